#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace od {

// The kinds of timeline events (OrderEvent::kind), stored in the database: written once, here.
namespace OrderEventKind {
inline constexpr QLatin1String Created{"created"};
inline constexpr QLatin1String Edited{"edited"};
inline constexpr QLatin1String Revised{"revised"};
inline constexpr QLatin1String Submitted{"submitted"};
inline constexpr QLatin1String Confirmed{"confirmed"};
inline constexpr QLatin1String Returned{"returned"};
inline constexpr QLatin1String StatusChanged{"status_changed"};
inline constexpr QLatin1String Imported{"imported"};
inline constexpr QLatin1String ExceptionRaised{"exception_raised"};
inline constexpr QLatin1String ExceptionPlanned{"exception_planned"};
inline constexpr QLatin1String ExceptionContacted{"exception_contacted"};
inline constexpr QLatin1String ExceptionHandedOver{"exception_handed_over"};
inline constexpr QLatin1String ExceptionResolved{"exception_resolved"};
inline constexpr QLatin1String Planned{"planned"};
inline constexpr QLatin1String Progress{"progress"};
inline constexpr QLatin1String DateAccepted{"date_accepted"};
inline constexpr QLatin1String PlanChanged{"plan_changed"};
inline constexpr QLatin1String SettlementChanged{"settlement_changed"};
inline constexpr QLatin1String Shipped{"shipped"};     // a shipment left
inline constexpr QLatin1String Delivered{"delivered"}; // the customer signed for a shipment
inline constexpr QLatin1String Reviewed{"reviewed"};   // the post-analysis (事后分析) was written
} // namespace OrderEventKind

// One line of an order's timeline. `kind` is a stable key (created, edited, revised, submitted,
// confirmed, returned, status_changed, imported); `data` holds its facts by their keys, from
// which OrderEventText words it for the reader. `detail` is a sentence as written at the time,
// kept only where there is no data to word it from (events recorded before there was).
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
