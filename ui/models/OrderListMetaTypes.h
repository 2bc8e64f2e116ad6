#pragma once

#include "OrderListQuery.h"

#include <QMetaType>

// The Orders list's query and rows travel in signals (between the loader's thread and the list,
// and from a page asking for the orders behind one of its figures).
Q_DECLARE_METATYPE(od::OrderListQuery)
Q_DECLARE_METATYPE(od::OrderListRow)
