#pragma once

#include <QDateTime>
#include <QString>

namespace od {

// One line of an order's timeline. `kind` is a stable key (created, edited, revised, submitted,
// confirmed, returned, status_changed, imported); `detail` is the human sentence as written.
struct OrderEvent
{
    qint64 id = 0;
    qint64 orderId = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    QString kind;
    int revision = 0;
    QString detail;
};

} // namespace od
