#pragma once

#include <QDateTime>
#include <QString>

namespace od {

// An earlier revision of an order as it was when replaced (OrderSnapshot JSON).
struct OrderRevisionSnapshot
{
    int revision = 0;
    QString snapshotJson;
    QDateTime createdAt;
};

} // namespace od
