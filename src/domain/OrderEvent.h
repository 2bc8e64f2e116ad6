#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace od {

// One line of an order's timeline. `kind` is a stable key (created, edited, revised, submitted,
// confirmed, returned, status_changed, imported); `data` holds its facts by their keys, from
// which OrderEventText words it for the reader; `detail` is the sentence as written at the time.
struct OrderEvent
{
    qint64 id = 0;
    qint64 orderId = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    QString kind;
    int revision = 0;
    QJsonObject data;
    QString detail;
};

} // namespace od
