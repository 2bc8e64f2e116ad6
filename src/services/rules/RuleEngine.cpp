#include "RuleEngine.h"

#include "AuditTrail.h"
#include "AutomationRuleService.h"
#include "ChangeRequestService.h"
#include "CreditControlService.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "Department.h"
#include "ReviewRepository.h"
#include "RuleFiringRepository.h"

#include <spdlog/spdlog.h>

namespace od {

namespace {

const QString kDays = QStringLiteral("days");
const QString kDone = QStringLiteral("done");

struct AuditSubject
{
    QString entity;
    qint64 id = 0;
    QString label;
};

// Firings on an order or on a change request are in the order's history; a credit hold in the
// customer's, as the hold itself is.
AuditSubject auditSubject(const RuleFiring& f)
{
    if (f.subjectKind == RuleSubject::Customer)
        return {QStringLiteral("customer"), f.subjectId,
                f.customerCode.isEmpty() ? QString::number(f.subjectId) : f.customerCode};
    return {QStringLiteral("order"), f.orderId, f.orderNo};
}

Result<bool> enabled(Session& session, const QString& key)
{
    auto state = AutomationRuleService::current(session, key);
    if (!state)
        return std::unexpected(state.error());
    return state->enabled;
}

} // namespace

Result<std::optional<qint64>> RuleEngine::fire(Session& session, const RuleFiring& firing)
{
    auto id = RuleFiringRepository(session.db()).insert(firing);
    if (!id || !*id)
        return id;
    const AuditSubject subject = auditSubject(firing);
    QList<FieldChange> changes{{QStringLiteral("rule"), QString(), firing.ruleKey},
                               {QStringLiteral("subject"), QString(),
                                QStringLiteral("%1 %2").arg(firing.subjectKind).arg(firing.subjectId)}};
    if (!firing.occasion.isEmpty())
        changes << FieldChange{QStringLiteral("occasion"), QString(), firing.occasion};
    changes << (firing.department.isEmpty()
                    ? FieldChange{QStringLiteral("for_user"), QString(), QString::number(firing.userId)}
                    : FieldChange{QStringLiteral("for_department"), QString(), firing.department});
    if (firing.due.isValid())
        changes << FieldChange{QStringLiteral("due"), QString(), firing.due.toString(Qt::ISODate)};
    if (!firing.detail.isEmpty())
        changes << FieldChange{QStringLiteral("detail"), QString(), firing.detail};
    if (auto ok = AuditTrail::record(session, QStringLiteral("rule.fire"), subject.entity, subject.id,
                                     subject.label, changes);
        !ok)
        return std::unexpected(ok.error());
    spdlog::info("rule {} fired on {} {} ({})", firing.ruleKey.toStdString(),
                 firing.subjectKind.toStdString(), firing.subjectId, subject.label.toStdString());
    return id;
}

Result<bool> RuleEngine::closeFiring(Session& session, const RuleFiring& firing, const QString& how)
{
    auto closed = RuleFiringRepository(session.db()).close(firing.id, how, session.user().id);
    if (!closed || !*closed)
        return closed;
    const AuditSubject subject = auditSubject(firing);
    if (auto ok = AuditTrail::record(
            session, how == kDone ? QStringLiteral("rule.done") : QStringLiteral("rule.dismiss"),
            subject.entity, subject.id, subject.label,
            {{QStringLiteral("rule"), QString(), firing.ruleKey},
             {QStringLiteral("closed"), QString(), how}});
        !ok)
        return std::unexpected(ok.error());
    return true;
}

Result<int> RuleEngine::close(Session& session, const QString& ruleKey, const QString& subjectKind,
                              qint64 subjectId, const std::optional<QString>& occasion, const QString& how)
{
    auto open = RuleFiringRepository(session.db()).openOn(ruleKey, subjectKind, subjectId);
    if (!open)
        return std::unexpected(open.error());
    int closed = 0;
    for (const RuleFiring& f : std::as_const(*open)) {
        if (occasion && f.occasion != *occasion)
            continue;
        auto done = closeFiring(session, f, how);
        if (!done)
            return std::unexpected(done.error());
        closed += *done ? 1 : 0;
    }
    return closed;
}

Status RuleEngine::orderMoved(Session& session, const Order& order, OrderStatus from, OrderStatus to)
{
    if (from == to)
        return {};
    if (from == OrderStatus::AwaitingConfirmation)
        if (auto ok = close(session, QString(RuleKey::ConfirmationReminder), QString(RuleSubject::Order),
                            order.id, std::nullopt, kDone);
            !ok)
            return std::unexpected(ok.error());
    if (to == OrderStatus::Cancelled)
        for (QLatin1String rule : {RuleKey::ShippedTellFinance, RuleKey::LateDeliveryReview})
            if (auto ok =
                    close(session, QString(rule), QString(RuleSubject::Order), order.id, std::nullopt, kDone);
                !ok)
                return std::unexpected(ok.error());

    const QDate today = session.today();
    if (to == OrderStatus::Shipped) {
        auto on = enabled(session, QString(RuleKey::ShippedTellFinance));
        if (!on)
            return std::unexpected(on.error());
        if (*on)
            if (auto fired = fire(session, financeToldOfShipment(order.id, order.orderNo, order.customerName,
                                                                 order.total, order.currency, today));
                !fired)
                return std::unexpected(fired.error());
    }
    if (to == OrderStatus::Delivered) {
        auto on = enabled(session, QString(RuleKey::LateDeliveryReview));
        if (!on)
            return std::unexpected(on.error());
        if (!*on)
            return {};
        auto due = ReviewRepository(session.db()).due(order.id);
        if (!due)
            return std::unexpected(due.error());
        if (*due && (*due)->salespersonId > 0)
            if (auto fired = fire(session, reviewAsked(**due, today)); !fired)
                return std::unexpected(fired.error());
    }
    return {};
}

RuleFiring RuleEngine::financeToldOfShipment(qint64 orderId, const QString& orderNo,
                                             const QString& customerName, Money total,
                                             const QString& currency, const QDate& shippedOn)
{
    RuleFiring f;
    f.ruleKey = RuleKey::ShippedTellFinance;
    f.subjectKind = RuleSubject::Order;
    f.subjectId = orderId;
    f.orderId = orderId;
    f.orderNo = orderNo;
    f.department = DepartmentInfo::key(Department::Finance);
    f.since = shippedOn;
    f.due = shippedOn;
    f.detail = tr("%1's order shipped in full (%2 %3): invoice it.")
                   .arg(customerName, total.toDecimalString(), currency);
    return f;
}

RuleFiring RuleEngine::reviewAsked(const ReviewDue& d, const QDate& today)
{
    RuleFiring f;
    f.ruleKey = RuleKey::LateDeliveryReview;
    f.subjectKind = RuleSubject::Order;
    f.subjectId = d.orderId;
    f.orderId = d.orderId;
    f.orderNo = d.orderNo;
    f.userId = d.salespersonId;
    f.since = d.deliveredOn.isValid() ? d.deliveredOn : today;
    f.due = f.since.addDays(ReviewWithinDays);
    f.detail = d.isLate() ? tr("delivered on %1, %n day(s) after the date promised", nullptr, d.daysLate())
                                .arg(f.since.toString(Qt::ISODate))
                          : tr("delivered on %1 after %n exception(s)", nullptr, d.exceptions)
                                .arg(f.since.toString(Qt::ISODate));
    return f;
}

Status RuleEngine::orderInvoiced(Session& session, qint64 orderId)
{
    auto closed = close(session, QString(RuleKey::ShippedTellFinance), QString(RuleSubject::Order), orderId,
                        std::nullopt, kDone);
    return closed ? Status{} : std::unexpected(closed.error());
}

Status RuleEngine::orderReviewed(Session& session, qint64 orderId)
{
    auto closed = close(session, QString(RuleKey::LateDeliveryReview), QString(RuleSubject::Order), orderId,
                        std::nullopt, kDone);
    return closed ? Status{} : std::unexpected(closed.error());
}

Status RuleEngine::changeDone(Session& session, qint64 changeId)
{
    auto closed = close(session, QString(RuleKey::SmallChangeApproval), QString(RuleSubject::Change),
                        changeId, std::nullopt, kDone);
    return closed ? Status{} : std::unexpected(closed.error());
}

Status RuleEngine::creditHoldPlaced(Session& session, const CreditHold& hold)
{
    // Only a hold for an overdue invoice is this rule's; the credit limit is a setting of its own.
    if (hold.id <= 0 || !hold.reasons.contains(QStringLiteral("overdue")))
        return {};
    RuleFiring f;
    f.ruleKey = RuleKey::CreditHoldOverdue;
    f.subjectKind = RuleSubject::Customer;
    f.subjectId = hold.customerId;
    f.customerId = hold.customerId;
    f.occasion = QString::number(hold.id);
    f.department = DepartmentInfo::key(Department::Management);
    f.since = hold.placedOn;
    f.due = hold.placedOn;
    f.detail = hold.detail;
    auto customer = CustomerRepository(session.db()).byId(hold.customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (*customer)
        f.customerCode = (*customer)->code;
    auto fired = fire(session, f);
    return fired ? Status{} : std::unexpected(fired.error());
}

Status RuleEngine::creditHoldLifted(Session& session, qint64 customerId, qint64 holdId)
{
    auto closed = close(session, QString(RuleKey::CreditHoldOverdue), QString(RuleSubject::Customer),
                        customerId, QString::number(holdId), kDone);
    return closed ? Status{} : std::unexpected(closed.error());
}

void RuleEngine::changeSubmitted(Session& session, qint64 changeId)
{
    auto on = enabled(session, QString(RuleKey::SmallChangeApproval));
    if (!on || !*on)
        return;
    auto approved = ChangeRequestService(session).approveByRule(changeId);
    if (!approved)
        spdlog::info("change request {} left for the managers: {}", changeId,
                     approved.error().message.toStdString());
}

Result<int> RuleEngine::remindConfirmations()
{
    auto rule = AutomationRuleService::current(m_session, QString(RuleKey::ConfirmationReminder));
    if (!rule)
        return std::unexpected(rule.error());
    if (!rule->enabled)
        return 0;
    const int days = int(rule->value(kDays, 3));
    const QDate today = m_session.today();
    // Pending more than `days` days: sent before the start of the day `days` days ago.
    const QDateTime sentBefore = QDateTime(today.addDays(-days), QTime(0, 0)).toUTC();
    auto waiting = RuleFiringRepository(m_session.db()).awaitingWithoutReminder(sentBefore, RunLimit);
    if (!waiting)
        return std::unexpected(waiting.error());
    int fired = 0;
    for (const RuleFiringRepository::Waiting& w : std::as_const(*waiting)) {
        if (w.salespersonId <= 0)
            continue;
        RuleFiring f;
        f.ruleKey = RuleKey::ConfirmationReminder;
        f.subjectKind = RuleSubject::Order;
        f.subjectId = w.orderId;
        f.orderId = w.orderId;
        f.orderNo = w.orderNo;
        f.occasion = QString::number(w.revision);
        f.userId = w.salespersonId;
        f.since = w.sentAt.toLocalTime().date();
        f.due = f.since.addDays(days);
        f.detail = tr("%1 has not confirmed revision %2, sent on %3.")
                       .arg(w.customerName)
                       .arg(w.revision)
                       .arg(f.since.toString(Qt::ISODate));
        auto id = fire(m_session, f);
        if (!id)
            return std::unexpected(id.error());
        fired += *id ? 1 : 0;
    }
    return fired;
}

Result<int> RuleEngine::holdForOverdue()
{
    auto on = enabled(m_session, QString(RuleKey::CreditHoldOverdue));
    if (!on)
        return std::unexpected(on.error());
    if (!*on)
        return 0;
    RuleFiringRepository firings(m_session.db());
    auto before = firings.count(QString(RuleKey::CreditHoldOverdue));
    if (!before)
        return std::unexpected(before.error());
    // Holds placed before the rules were recorded (an older database) fire now, once.
    auto holds = firings.overdueHoldsWithoutFiring(RunLimit);
    if (!holds)
        return std::unexpected(holds.error());
    for (const RuleFiringRepository::Hold& h : std::as_const(*holds)) {
        CreditHold hold;
        hold.id = h.holdId;
        hold.customerId = h.customerId;
        hold.placedOn = h.placedOn;
        hold.reasons << QStringLiteral("overdue");
        hold.detail = h.detail;
        if (auto ok = creditHoldPlaced(m_session, hold); !ok)
            return std::unexpected(ok.error());
    }
    // Invoices fall overdue as the days pass: the credit rules are applied to every customer, and
    // a hold they place for an overdue invoice fires the rule (CreditControlService::refresh).
    auto customers = CustomerRepository(m_session.db()).all();
    if (!customers)
        return std::unexpected(customers.error());
    CreditControlService credit(m_session);
    for (const Customer& c : std::as_const(*customers))
        if (auto ok = credit.refresh(c.id); !ok)
            return std::unexpected(ok.error());
    auto after = firings.count(QString(RuleKey::CreditHoldOverdue));
    if (!after)
        return std::unexpected(after.error());
    return int(*after - *before);
}

Result<int> RuleEngine::closePassed()
{
    auto stale = RuleFiringRepository(m_session.db()).stale(RunLimit);
    if (!stale)
        return std::unexpected(stale.error());
    int closed = 0;
    for (const RuleFiring& f : std::as_const(*stale)) {
        auto done = closeFiring(m_session, f, kDone);
        if (!done)
            return std::unexpected(done.error());
        closed += *done ? 1 : 0;
    }
    return closed;
}

Result<RuleEngine::Run> RuleEngine::runScheduled()
{
    if (!m_session.isSignedIn())
        return std::unexpected(Error{Error::Kind::Forbidden, tr("Sign in to run the automation rules."), {}});
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    Run run;
    auto reminded = remindConfirmations();
    if (!reminded)
        return std::unexpected(reminded.error());
    auto held = holdForOverdue();
    if (!held)
        return std::unexpected(held.error());
    auto closed = closePassed();
    if (!closed)
        return std::unexpected(closed.error());
    run.fired = *reminded + *held;
    run.closed = *closed;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    spdlog::info("automation rules: {} fired, {} done", run.fired, run.closed);
    return run;
}

} // namespace od
