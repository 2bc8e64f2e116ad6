#pragma once

#include <QDate>
#include <QLatin1String>
#include <QString>

namespace od {

// The kinds of things My work lists (WorkItem::kind), stored nowhere but printed by the CLI.
namespace WorkItemKind {
inline constexpr QLatin1String Confirmation{"confirmation"};      // chase the customer's confirmation
inline constexpr QLatin1String Exception{"exception"};            // an exception one owns
inline constexpr QLatin1String DateAcceptance{"date_acceptance"}; // ask the customer to accept a later date
} // namespace WorkItemKind

// One thing a user must do now for an order: what, for which order, by when, in words.
struct WorkItem
{
    QString kind;
    qint64 orderId = 0;
    QString orderNo;
    qint64 recordId = 0; // the exception, the plan step … the item is about (0: the order itself)
    QDate due;           // null: no date
    QString text;

    bool isOverdue(const QDate& today) const { return due.isValid() && due < today; }
};

} // namespace od
