#pragma once

#include "UnitPrice.h"

#include <QString>

namespace od {

struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString spec;
    QString unit;
    UnitPrice unitPrice;
    int leadTimeDays = 0;
    // Made-to-order goods whose line must say the customer's spec (size, material, pressure…).
    bool requiresSpec = false;
    bool active = true;
};

} // namespace od
