#pragma once

#include "CreditPolicy.h"
#include "Order.h"
#include "OrderReview.h"
#include "RuleState.h"
#include "Session.h"

#include <QCoreApplication>

#include <optional>

namespace od {

// Runs the automation rules (自动化规则): on the events they watch, inside the transaction of the
// event (an order shipped, delivered, confirmed, invoiced, reviewed; a credit hold placed or
// lifted; a change request waiting for approval, approved in a transaction of its own), and at
// start and each morning for what time alone brings (a confirmation pending too long, an invoice
// overdue long enough for a hold). Each firing is recorded once and only once per occasion (the
// rule_firings table's UNIQUE constraint) with its audit entry, and shows in My work until it is
// done or dismissed. A rule switched off does not fire; it does not fire later for what happened
// while it was off, except what time still brings.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)

public:
    // Days the salesperson has to write the post-analysis of an order after its delivery.
    static constexpr int ReviewWithinDays = 7;
    // At most this many firings per rule in one scheduled run.
    static constexpr int RunLimit = 20000;

    struct Run
    {
        int fired = 0;
        int closed = 0;
    };

    explicit RuleEngine(Session& session) : m_session(session) {}

    // At start and each morning, in one transaction of its own: reminders for confirmations
    // pending more than the rule's days, the credit rules applied to every customer (a hold for
    // an invoice overdue too long fires the credit-hold rule), and open firings whose occasion
    // has passed closed as done.
    Result<Run> runScheduled();

    // --- Inside the caller's transaction ---
    // An order moved between statuses (OrderChange::moveTo): shipped tells finance, delivered late
    // or with an exception asks for the post-analysis, leaving "awaiting confirmation" ends the
    // reminder.
    static Status orderMoved(Session& session, const Order& order, OrderStatus from, OrderStatus to);
    // The order was invoiced (its settlement left "unbilled").
    static Status orderInvoiced(Session& session, qint64 orderId);
    static Status orderReviewed(Session& session, qint64 orderId);
    // The customer confirmed the revision a change made.
    static Status changeDone(Session& session, qint64 changeId);
    static Status creditHoldPlaced(Session& session, const CreditHold& hold);
    static Status creditHoldLifted(Session& session, qint64 customerId, qint64 holdId);

    // After a change request starts waiting for approval (its own transaction has committed): the
    // small-change rule may approve it, in the same transaction a manager's approval would be.
    // A request that does not qualify stays for the managers; nothing is returned to the asker.
    static void changeSubmitted(Session& session, qint64 changeId);

    // Records the firing with its audit entry unless the rule fired on this occasion already:
    // its id, or nullopt. The order number, customer code or change number of `firing` name it
    // in the audit trail.
    static Result<std::optional<qint64>> fire(Session& session, const RuleFiring& firing);
    // Closes the rule's open firings on the subject ("done" or "dismissed"), of one occasion or
    // of any (nullopt), each with its audit entry; how many were closed.
    static Result<int> close(Session& session, const QString& ruleKey, const QString& subjectKind,
                             qint64 subjectId, const std::optional<QString>& occasion, const QString& how);
    // Closes one firing with its audit entry, as the session's user; false when it was closed already.
    static Result<bool> closeFiring(Session& session, const RuleFiring& firing, const QString& how);

    // The firings of the shipped and post-analysis rules for an order, as the events make them
    // (and the demo company, whose order book is written in bulk).
    static RuleFiring financeToldOfShipment(qint64 orderId, const QString& orderNo,
                                            const QString& customerName, Money total, const QString& currency,
                                            const QDate& shippedOn);
    static RuleFiring reviewAsked(const ReviewDue& due, const QDate& today);

private:
    Result<int> remindConfirmations();
    Result<int> holdForOverdue();
    Result<int> closePassed();

    Session& m_session;
};

} // namespace od
