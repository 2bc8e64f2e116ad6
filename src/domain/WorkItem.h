#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace od {

// The kinds of things My work lists (WorkItem::kind), stored nowhere but printed by the CLI.
namespace WorkItemKind {
inline constexpr QLatin1String Confirmation{"confirmation"}; // chase the customer's confirmation
inline constexpr QLatin1String Exception{"exception"};       // an exception one owns
inline constexpr QLatin1String Step{"step"};                 // a plan step one owns, due to start or finish
inline constexpr QLatin1String Invoice{"invoice"};           // an order shipped and not invoiced
inline constexpr QLatin1String Overdue{"overdue"};           // an invoice past its due date
inline constexpr QLatin1String Promise{"promise"};           // a customer's broken promise to pay
inline constexpr QLatin1String Late{"late"};                 // an order behind its promised date
inline constexpr QLatin1String DateAcceptance{"date_acceptance"}; // ask the customer to accept a later date
inline constexpr QLatin1String Mention{
    "mention"};                              // a colleague wrote to one (or one's department) on an order
inline constexpr QLatin1String Ship{"ship"}; // an order ready to ship
inline constexpr QLatin1String ShipFinished{
    "ship_finished"}; // the finished lines of an order still in production, sent ahead (分批发货)
inline constexpr QLatin1String ChangeApproval{"change_approval"}; // a change request waiting for a manager
inline constexpr QLatin1String ChangeRejected{"change_rejected"}; // one's change request was rejected
inline constexpr QLatin1String CallCustomer{"call_customer"};     // tell the customer about a delay (预警)
// Made by the automation rules (自动化规则):
inline constexpr QLatin1String AutoApproved{
    "change_auto_approved"};                              // a change the rule approved, for managers
inline constexpr QLatin1String CreditHold{"credit_hold"}; // a customer the rule put on credit hold
inline constexpr QLatin1String Review{"review"}; // write the post-analysis of an order delivered late
} // namespace WorkItemKind

// One thing a user must do now for an order: what, for which order, by when, in words.
struct WorkItem
{
    QString kind;
    qint64 orderId = 0;
    QString orderNo;
    qint64 recordId =
        0; // the exception, the plan step, the invoice … the item is about (0: the order itself)
    QString documentNo;    // the invoice's number when the item is about an invoice, not an order
    qint64 customerId = 0; // the customer, when the item is about its account (a broken promise)
    QDate due;             // null: no date
    QString text;
    // When an automation rule made the item: its firing, which the user may dismiss, and the rule.
    qint64 firingId = 0;
    QString rule;

    bool isOverdue(const QDate& today) const { return due.isValid() && due < today; }
};

// The kinds' names as My work shows them ("待确认", "生产步骤" …).
class WorkItemKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(WorkItemKind)

public:
    static QList<QLatin1String> all();
    static QString displayName(const QString& kind);
};

} // namespace od
