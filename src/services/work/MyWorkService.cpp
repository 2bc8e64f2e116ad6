#include "MyWorkService.h"

#include "AutomationRuleService.h"
#include "AwaitingConfirmationRepository.h"
#include "ChangeRequestService.h"
#include "CollectionService.h"
#include "CustomerRepository.h"
#include "DateAcceptanceRepository.h"
#include "Department.h"
#include "DiscussionService.h"
#include "ExceptionService.h"
#include "InvoicingService.h"
#include "MyWorkRepository.h"
#include "Permissions.h"
#include "ReceivablesService.h"
#include "RiskService.h"
#include "RuleFiringService.h"
#include "ShipmentService.h"
#include "SplitShipmentTaskRepository.h"

#include <algorithm>

namespace od {

Result<QList<WorkItem>> MyWorkService::items(int limit)
{
    QList<WorkItem> out;
    if (!m_session.isSignedIn())
        return out;
    if (auto ok = addConfirmations(out, limit); !ok)
        return std::unexpected(ok.error());
    const Department department = DepartmentInfo::of(m_session.user().role);
    QList<Status (MyWorkService::*)(QList<WorkItem>&, int)> sources{
        &MyWorkService::addMentions, &MyWorkService::addExceptions, &MyWorkService::addSteps,
        &MyWorkService::addDateAcceptances, &MyWorkService::addChanges};
    if (department == Department::Sales)
        sources << &MyWorkService::addOverdue << &MyWorkService::addDelays;
    if (department == Department::Logistics)
        sources << &MyWorkService::addReadyToShip << &MyWorkService::addFinishedToShip;
    if (department == Department::Finance)
        sources << &MyWorkService::addBilling << &MyWorkService::addOverdue
                << &MyWorkService::addBrokenPromises;
    if (department == Department::Management)
        sources << &MyWorkService::addBehindPromise;
    for (auto source : sources)
        if (auto ok = (this->*source)(out, limit); !ok)
            return std::unexpected(ok.error());
    // What the automation rules fired for the user or their department; the rule's item takes the
    // place of the one computed above for the same order.
    RuleFiringService rules(m_session);
    if (auto ok = rules.dropGoverned(out); !ok)
        return std::unexpected(ok.error());
    auto fired = rules.workItems(limit);
    if (!fired)
        return std::unexpected(fired.error());
    out << *fired;
    std::stable_sort(out.begin(), out.end(), [](const WorkItem& a, const WorkItem& b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Status MyWorkService::addConfirmations(QList<WorkItem>& out, int limit)
{
    // The salesperson chases their own customers; others do not see this work as theirs.
    if (!Permissions::allows(m_session, Permission::RecordConfirmation))
        return {};
    // One's own orders only (a manager sees every salesperson's queue on the Confirmation page).
    auto waiting = AwaitingConfirmationRepository(m_session.db()).list(m_session.user().id, limit);
    if (!waiting)
        return std::unexpected(waiting.error());
    // Chased after the reminder rule's days (whether the rule is on or not: it is the company's figure).
    auto reminder = AutomationRuleService::current(m_session, QString(RuleKey::ConfirmationReminder));
    if (!reminder)
        return std::unexpected(reminder.error());
    const int chaseDays = int(reminder->value(QStringLiteral("days"), ConfirmationChaseDays));
    for (const AwaitingConfirmation& a : *waiting) {
        WorkItem item;
        item.kind = WorkItemKind::Confirmation;
        item.orderId = a.orderId;
        item.orderNo = a.orderNo;
        const QDate sent = a.sentAt.toLocalTime().date();
        item.due = sent.addDays(chaseDays);
        item.text = tr("%1 has not confirmed revision %2, sent on %3.")
                        .arg(a.customerName)
                        .arg(a.revision)
                        .arg(sent.toString(Qt::ISODate));
        out << item;
    }
    return {};
}

Status MyWorkService::addDateAcceptances(QList<WorkItem>& out, int limit)
{
    if (!Permissions::allows(m_session, Permission::RecordConfirmation))
        return {};
    // One's own orders: production waits for their customers' answer.
    auto waiting = DateAcceptanceRepository(m_session.db()).awaiting(m_session.user().id, limit);
    if (!waiting)
        return std::unexpected(waiting.error());
    for (const DateAcceptanceRepository::Awaiting& a : *waiting) {
        WorkItem item;
        item.kind = WorkItemKind::DateAcceptance;
        item.orderId = a.orderId;
        item.orderNo = a.orderNo;
        item.due = a.productionStart;
        item.text =
            tr("%1 asked for %2 but the plan promises %3: record whether the customer accepts the later "
               "date before production starts.")
                .arg(a.customerName, a.requestedDate.toString(Qt::ISODate),
                     a.promisedDate.toString(Qt::ISODate));
        out << item;
    }
    return {};
}

Status MyWorkService::addMentions(QList<WorkItem>& out, int limit)
{
    auto pending = DiscussionService(m_session).pendingMentions(limit);
    if (!pending)
        return std::unexpected(pending.error());
    for (const PendingMention& m : *pending) {
        WorkItem item;
        item.kind = WorkItemKind::Mention;
        item.orderId = m.orderId;
        item.orderNo = m.orderNo;
        item.recordId = m.commentId;
        // Answer within a working day or so: it is due the day after it was written.
        item.due = m.createdAt.toLocalTime().date().addDays(1);
        QString body = m.body.simplified();
        if (body.size() > MentionPreviewLength)
            body = body.left(MentionPreviewLength - 1) + QChar(0x2026);
        item.text = tr("%1 wrote to you: %2").arg(m.authorName, body);
        out << item;
    }
    return {};
}

Status MyWorkService::addChanges(QList<WorkItem>& out, int limit)
{
    ChangeRequestService changes(m_session);
    if (changes.mayReject()) {
        ChangeRequestFilter waiting;
        waiting.status = ChangeStatus::WaitingApproval;
        auto listed = changes.list(waiting, limit);
        if (!listed)
            return std::unexpected(listed.error());
        for (const ChangeRequest& c : *listed) {
            if (!changes.mayDecide(c))
                continue;
            WorkItem item;
            item.kind = WorkItemKind::ChangeApproval;
            item.orderId = c.orderId;
            item.orderNo = c.orderNo;
            item.recordId = c.id;
            item.documentNo = c.changeNo;
            // Decided within a working day or two: the customer is waiting for the answer.
            item.due = c.requestedAt.toLocalTime().date().addDays(ChangeDecisionDays);
            item.text = tr("Change %1 asked by %2 waits for your approval: %3")
                            .arg(c.changeNo, c.requestedByName, c.reason.left(60));
            out << item;
        }
    }
    ChangeRequestFilter rejected;
    rejected.status = ChangeStatus::Rejected;
    rejected.requestedById = m_session.user().id;
    auto mine = changes.list(rejected, limit);
    if (!mine)
        return std::unexpected(mine.error());
    const QDate today = m_session.today();
    for (const ChangeRequest& c : *mine) {
        const QDate decided = c.decidedAt.toLocalTime().date();
        if (decided.daysTo(today) > RejectedChangeDays)
            continue;
        WorkItem item;
        item.kind = WorkItemKind::ChangeRejected;
        item.orderId = c.orderId;
        item.orderNo = c.orderNo;
        item.recordId = c.id;
        item.documentNo = c.changeNo;
        item.due = decided.addDays(ChangeDecisionDays);
        item.text = tr("Change %1 was rejected by %2: %3. Tell %4.")
                        .arg(c.changeNo, c.decidedByName, c.decisionNote.left(60), c.customerName);
        out << item;
    }
    return {};
}

Status MyWorkService::addDelays(QList<WorkItem>& out, int limit)
{
    // One's own orders at risk or late; a confirmation still to chase is listed as that already.
    auto flagged = RiskService(m_session).list({}, limit, true);
    if (!flagged)
        return std::unexpected(flagged.error());
    for (const RiskRow& r : *flagged) {
        QList<RiskReason> reasons = r.reasons;
        reasons.removeIf(
            [](const RiskReason& reason) { return reason.kind == RiskReasonKind::ConfirmationPending; });
        if (reasons.isEmpty())
            continue;
        WorkItem item;
        item.kind = WorkItemKind::CallCustomer;
        item.orderId = r.orderId;
        item.orderNo = r.orderNo;
        item.due = r.levelSince.toLocalTime().date();
        item.text = tr("Call %1 (%2): %3 Next: %4")
                        .arg(r.customerName, RiskLevelInfo::displayName(r.level), reasons.first().text(),
                             reasons.first().actionText());
        out << item;
    }
    return {};
}

Status MyWorkService::addExceptions(QList<WorkItem>& out, int limit)
{
    ExceptionFilter mine;
    mine.ownerId = m_session.user().id;
    mine.soonestDueFirst = true;
    auto owned = ExceptionService(m_session).list(mine, limit);
    if (!owned)
        return std::unexpected(owned.error());
    for (const OrderException& e : *owned) {
        WorkItem item;
        item.kind = WorkItemKind::Exception;
        item.orderId = e.orderId;
        item.orderNo = e.orderNo;
        item.recordId = e.id;
        item.due = e.dueDate;
        item.text =
            e.responsePlan.isEmpty()
                ? tr("Exception %1 (%2) needs a response plan: %3")
                      .arg(e.exceptionNo, ExceptionKindInfo::displayName(e.kind), e.description.left(60))
                : tr("Exception %1 (%2) is open: %3")
                      .arg(e.exceptionNo, ExceptionKindInfo::displayName(e.kind), e.description.left(60));
        out << item;
    }
    return {};
}

Status MyWorkService::addSteps(QList<WorkItem>& out, int limit)
{
    const QDate today = m_session.today();
    auto steps = MyWorkRepository(m_session.db())
                     .ownedSteps(m_session.user().id, today.addDays(StepLookAheadDays), limit);
    if (!steps)
        return std::unexpected(steps.error());
    for (const OwnedStep& s : *steps) {
        WorkItem item;
        item.kind = WorkItemKind::Step;
        item.orderId = s.orderId;
        item.orderNo = s.orderNo;
        item.recordId = s.stepId;
        item.due = s.started ? s.plannedFinish : s.plannedStart;
        const QString where = s.workCentre.isEmpty() ? s.name : tr("%1 on %2").arg(s.name, s.workCentre);
        item.text = s.started ? tr("Finish %1 for %2 by %3.")
                                    .arg(where, s.customerName, s.plannedFinish.toString(Qt::ISODate))
                              : tr("Start %1 for %2 on %3.")
                                    .arg(where, s.customerName, s.plannedStart.toString(Qt::ISODate));
        out << item;
    }
    return {};
}

Status MyWorkService::addBilling(QList<WorkItem>& out, int limit)
{
    if (!Permissions::allows(m_session, Permission::IssueInvoices))
        return {};
    auto billable = InvoicingService(m_session).toInvoice(0, limit);
    if (!billable)
        return std::unexpected(billable.error());
    for (const BillableOrder& b : *billable) {
        WorkItem item;
        item.kind = WorkItemKind::Invoice;
        item.orderId = b.orderId;
        item.orderNo = b.orderNo;
        // Billed late is paid late: the order's date is when the clock started.
        item.due = b.orderDate;
        item.text = tr("Invoice %1 (%2 %3): shipped and not invoiced yet.")
                        .arg(b.customerName, b.total.toDecimalString(), b.currency);
        out << item;
    }
    return {};
}

Status MyWorkService::addReadyToShip(QList<WorkItem>& out, int limit)
{
    if (!Permissions::allows(m_session, Permission::ShipOrders))
        return {};
    auto ready = ShipmentService(m_session).readyToShip(limit);
    if (!ready)
        return std::unexpected(ready.error());
    for (const ReadyOrder& r : *ready) {
        WorkItem item;
        item.kind = WorkItemKind::Ship;
        item.orderId = r.orderId;
        item.orderNo = r.orderNo;
        // The promise to the customer is the day it must arrive by; shipping late makes it late.
        item.due = r.promisedDate;
        item.text = r.shipments > 0
                        ? tr("Ship the rest to %1: %n shipment(s) left already.", nullptr, r.shipments)
                              .arg(r.customerName)
                        : tr("Ship to %1: ready since production finished.").arg(r.customerName);
        out << item;
    }
    return {};
}

Status MyWorkService::addFinishedToShip(QList<WorkItem>& out, int limit)
{
    if (!Permissions::allows(m_session, Permission::ShipOrders))
        return {};
    auto tasks = SplitShipmentTaskRepository(m_session.db()).open(limit);
    if (!tasks)
        return std::unexpected(tasks.error());
    for (const SplitShipmentTask& t : std::as_const(*tasks)) {
        QStringList lines;
        for (const ShipmentLine& l : t.lines)
            lines << QString::number(l.orderLineNo);
        WorkItem item;
        item.kind = WorkItemKind::ShipFinished;
        item.orderId = t.orderId;
        item.orderNo = t.orderNo;
        item.recordId = t.id;
        // To leave now; by the promise at the latest when it is past already.
        const QDate asked = t.createdAt.toLocalTime().date();
        item.due = t.promisedDate.isValid() && t.promisedDate < asked ? t.promisedDate : asked;
        item.text = t.forecast.isValid()
                        ? tr("Ship the finished lines of %1 now (line %2) to %3; the rest follows, forecast "
                             "on %4.")
                              .arg(t.orderNo, lines.join(QStringLiteral(", ")), t.customerName,
                                   t.forecast.toString(Qt::ISODate))
                        : tr("Ship the finished lines of %1 now (line %2) to %3; the rest follows.")
                              .arg(t.orderNo, lines.join(QStringLiteral(", ")), t.customerName);
        out << item;
    }
    return {};
}

Status MyWorkService::addOverdue(QList<WorkItem>& out, int limit)
{
    const QDate today = m_session.today();
    // Finance follows every customer; a salesperson the customers they look after.
    auto overdue =
        Permissions::allows(m_session, Permission::RecordPayments)
            ? ReceivablesService(m_session).overdue(today, limit)
            : MyWorkRepository(m_session.db()).overdueForSalesperson(m_session.user().id, today, limit);
    if (!overdue)
        return std::unexpected(overdue.error());
    for (const OverdueInvoice& o : *overdue) {
        WorkItem item;
        item.kind = WorkItemKind::Overdue;
        item.recordId = o.invoiceId;
        item.documentNo = o.invoiceNo;
        item.customerId = o.customerId;
        item.due = o.dueDate;
        item.text =
            tr("%1 owes %2 on invoice %3, due %4: %n day(s) overdue.", nullptr, int(o.dueDate.daysTo(today)))
                .arg(o.customerName, o.open.toDecimalString(), o.invoiceNo, o.dueDate.toString(Qt::ISODate));
        out << item;
    }
    return {};
}

Status MyWorkService::addBrokenPromises(QList<WorkItem>& out, int limit)
{
    if (!Permissions::allows(m_session, Permission::RecordPayments))
        return {};
    auto broken = CollectionService(m_session).brokenPromises();
    if (!broken)
        return std::unexpected(broken.error());
    CustomerRepository customers(m_session.db());
    for (const BrokenPromise& b : broken->mid(0, limit)) {
        auto customer = customers.byId(b.contact.customerId);
        if (!customer)
            return std::unexpected(customer.error());
        WorkItem item;
        item.kind = WorkItemKind::Promise;
        item.customerId = b.contact.customerId;
        item.documentNo = *customer ? (*customer)->code : QString();
        item.due = b.contact.promisedDate;
        item.text = tr("%1 promised to pay by %2 and has paid %3 since: call again.")
                        .arg(*customer ? (*customer)->name : QString(),
                             b.contact.promisedDate.toString(Qt::ISODate), b.paidSince.toDecimalString());
        out << item;
    }
    return {};
}

Status MyWorkService::addBehindPromise(QList<WorkItem>& out, int limit)
{
    const QDate today = m_session.today();
    auto behind = MyWorkRepository(m_session.db()).behindPromise(today, limit);
    if (!behind)
        return std::unexpected(behind.error());
    for (const OrderBehindPromise& b : *behind) {
        WorkItem item;
        item.kind = WorkItemKind::Late;
        item.orderId = b.orderId;
        item.orderNo = b.orderNo;
        item.due = b.promisedDate.isValid() ? b.promisedDate : b.plannedCompletion;
        if (b.promisedDate.isValid() && b.promisedDate < today)
            item.text = tr("%1's order was promised for %2 and is not ready: late.")
                            .arg(b.customerName, b.promisedDate.toString(Qt::ISODate));
        else if (b.promisedDate.isValid() && b.plannedCompletion > b.promisedDate)
            item.text = tr("%1's order is planned to finish on %2, after the promised %3: at risk.")
                            .arg(b.customerName, b.plannedCompletion.toString(Qt::ISODate),
                                 b.promisedDate.toString(Qt::ISODate));
        else
            item.text = tr("%1's order has a step behind plan since %2: at risk.")
                            .arg(b.customerName, b.oldestLateStepFinish.toString(Qt::ISODate));
        out << item;
    }
    return {};
}

} // namespace od
