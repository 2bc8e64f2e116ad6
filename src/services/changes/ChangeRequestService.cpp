#include "ChangeRequestService.h"

#include "ChangeEventText.h"
#include "ChangeImpactPlanner.h"
#include "ChangeRequestRepository.h"
#include "ChangeRules.h"
#include "CustomerRepository.h"
#include "Department.h"
#include "DocumentNumberAllocator.h"
#include "OrderChange.h"
#include "OrderIntakeService.h"
#include "OrderPlan.h"
#include "OrderPlanRepository.h"
#include "OrderQueryService.h"
#include "OrderSnapshot.h"
#include "Permissions.h"
#include "ProductRepository.h"
#include "RuleEngine.h"
#include "RuleKey.h"
#include "SettingsService.h"
#include "ShipmentRepository.h"
#include "SmallChangeApproval.h"

#include <algorithm>
#include <climits>

namespace od {

namespace {

const QString kPrefix = QStringLiteral("CHG");

bool everyLineShipped(const Order& order, const QMap<int, Quantity>& shipped)
{
    if (order.lines.isEmpty())
        return false;
    for (const OrderLine& line : order.lines)
        if (shipped.value(line.lineNo) < line.quantity)
            return false;
    return true;
}

QList<FieldChange> auditOf(const ChangeRequest& r, const ChangeImpact& impact)
{
    return {{QStringLiteral("change"), QString(),
             QStringLiteral("%1 %2").arg(r.changeNo, ChangeStatusInfo::key(r.status))},
            {QStringLiteral("change asked"), QString(), ChangeEventText::summary(r)},
            {QStringLiteral("change reason"), QString(), r.reason},
            {QStringLiteral("change contact"), QString(),
             QStringLiteral("%1 / %2").arg(r.contact, ContactChannelInfo::key(r.channel))},
            {QStringLiteral("change total"), impact.oldTotal.toDecimalString(),
             impact.newTotal.toDecimalString()},
            {QStringLiteral("change earliest"), impact.oldEarliest.toString(Qt::ISODate),
             impact.newEarliest.toString(Qt::ISODate)}};
}

} // namespace

bool ChangeRequestService::mayDecide(const ChangeRequest& request) const
{
    if (!Permissions::allows(m_session, Permission::ApproveChanges))
        return false;
    return request.requestedById != m_session.user().id ||
           Permissions::allows(m_session, Permission::ApproveOwnChanges);
}

bool ChangeRequestService::mayReject() const
{
    return Permissions::allows(m_session, Permission::ApproveChanges);
}

Result<ChangeRequest> ChangeRequestService::visible(qint64 changeId)
{
    auto missing = [&] {
        return std::unexpected(
            Error::notFound(tr("The change request does not exist, or it is not yours to see.")));
    };
    if (!m_session.isSignedIn())
        return missing();
    auto found = ChangeRequestRepository(m_session.db()).byId(changeId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return missing();
    // Whoever may see the order sees its change requests; whoever asked sees their own.
    if ((*found)->requestedById != m_session.user().id &&
        !OrderQueryService(m_session).order((*found)->orderId))
        return missing();
    return **found;
}

Status ChangeRequestService::resolveProducts(ChangeRequest& draft)
{
    ProductRepository products(m_session.db());
    for (ChangeAddedLine& added : draft.addedLines) {
        auto product =
            added.productId > 0 ? products.byId(added.productId) : products.bySku(added.sku.trimmed());
        if (!product)
            return std::unexpected(product.error());
        if (!*product)
            return std::unexpected(
                Error::invalid(tr("There is no product with the SKU %1.").arg(added.sku.trimmed()),
                               QStringLiteral("add_line")));
        if (!(*product)->active)
            return std::unexpected(
                Error::invalid(tr("Product %1 is no longer sold; it cannot be added.").arg((*product)->sku),
                               QStringLiteral("add_line")));
        added.productId = (*product)->id;
        added.sku = (*product)->sku;
        added.productName = (*product)->name;
        added.unit = (*product)->unit;
        added.unitPrice = (*product)->unitPrice;
    }
    return {};
}

Result<QMap<int, Quantity>> ChangeRequestService::shipped(qint64 orderId)
{
    return ShipmentRepository(m_session.db()).shippedByLine(orderId);
}

Result<ChangeImpact> ChangeRequestService::compute(const Order& order, const ChangeRequest& request)
{
    auto after = ChangeRules::apply(request, order);
    if (!after)
        return std::unexpected(after.error());
    ChangeImpact impact;
    impact.before = order;
    impact.after = *after;
    impact.cancel = request.cancel;
    impact.cancelCharge = request.cancelCharge;
    impact.scrapCost = request.scrapCost;
    impact.oldTotal = order.total;
    impact.newTotal = request.cancel ? request.cancelCharge : after->total;

    auto planned = ChangeImpactPlanner(m_session).plan(order, *after, request.cancel);
    if (!planned)
        return std::unexpected(planned.error());
    impact.oldEarliest = planned->oldEarliest;
    impact.newEarliest = planned->newEarliest;
    impact.planningProblem = planned->problem;
    impact.pushed = planned->pushed;

    // The order's own credit check (as at intake): the customer's other open orders plus this one
    // as the change makes it, against the credit limit.
    CustomerRepository customers(m_session.db());
    auto customer = customers.byId(order.customerId);
    if (!customer)
        return std::unexpected(customer.error());
    impact.creditLimit = *customer ? (*customer)->creditLimit : Money();
    auto others = customers.openOrdersTotal(order.customerId, order.id);
    if (!others)
        return std::unexpected(others.error());
    const auto afterExposure = others->checkedAdd(request.cancel ? Money() : impact.newTotal);
    if (!afterExposure)
        return std::unexpected(
            Error::invalid(tr("The change makes the order too large to be a real amount.")));
    impact.exposureAfter = *afterExposure;
    impact.overCreditLimit = impact.creditLimit > Money() && impact.exposureAfter > impact.creditLimit;
    return impact;
}

Result<ChangeImpact> ChangeRequestService::impact(ChangeRequest draft)
{
    auto order = OrderQueryService(m_session).order(draft.orderId);
    if (!order)
        return std::unexpected(order.error());
    if (auto ok = resolveProducts(draft); !ok)
        return std::unexpected(ok.error());
    auto sent = shipped(order->id);
    if (!sent)
        return std::unexpected(sent.error());
    if (auto ok = ChangeRules::checkOrder(*order, everyLineShipped(*order, *sent)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = ChangeRules::checkRequest(draft, *order, *sent); !ok)
        return std::unexpected(ok.error());
    return compute(*order, draft);
}

Result<ChangeRequestService::Outcome> ChangeRequestService::request(ChangeRequest draft, bool submit)
{
    auto order = OrderQueryService(m_session).order(draft.orderId);
    if (!order)
        return std::unexpected(order.error());
    if (auto ok = Permissions::requireOrderEdit(m_session, order->salespersonId); !ok)
        return std::unexpected(ok.error());
    draft.reason = draft.reason.trimmed();
    draft.contact = draft.contact.trimmed();
    if (draft.address)
        draft.address = draft.address->trimmed();
    if (auto ok = resolveProducts(draft); !ok)
        return std::unexpected(ok.error());

    auto opened = OrderChange::open(m_session, draft.orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order& before = change.before();
    auto sent = shipped(before.id);
    if (!sent)
        return std::unexpected(sent.error());
    if (auto ok = ChangeRules::checkOrder(before, everyLineShipped(before, *sent)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = ChangeRules::checkRequest(draft, before, *sent); !ok)
        return std::unexpected(ok.error());
    ChangeRequestRepository requests(change.db());
    auto open = requests.openOnOrder(before.id);
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return std::unexpected(Error::conflict(tr("Change request %1 on order %2 is still undecided: it must "
                                                  "be approved or rejected before another "
                                                  "change is asked.")
                                                   .arg(**open, before.orderNo)));
    auto impact = compute(before, draft);
    if (!impact)
        return std::unexpected(impact.error());

    auto number = DocumentNumberAllocator(change.db())
                      .next(DocumentNumberAllocator::Kind::Change, kPrefix, m_session.today().year());
    if (!number)
        return std::unexpected(number.error());
    draft.changeNo = *number;
    draft.baseRevision = before.revision;
    draft.baseVersion = before.version;
    draft.status = submit ? ChangeStatus::WaitingApproval : ChangeStatus::Draft;
    draft.requestedById = m_session.user().id;
    draft.requestedAt = QDateTime::currentDateTimeUtc();
    draft.scrapCost = Money();
    draft.scrapNote.clear();
    draft.oldTotal = impact->oldTotal;
    draft.newTotal = impact->newTotal;
    draft.oldEarliest = impact->oldEarliest;
    draft.newEarliest = impact->newEarliest;
    draft.ordersPushed = int(impact->pushed.size());
    draft.overCreditLimit = impact->overCreditLimit;
    draft.currency = before.currency;
    if (auto ok = requests.insert(draft); !ok)
        return std::unexpected(ok.error());
    OrderEvent event;
    ChangeEventText::requested(event, draft);
    if (auto ok = change.record(event, QStringLiteral("change.request"), auditOf(draft, *impact)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    if (submit)
        RuleEngine::changeSubmitted(m_session, draft.id);
    auto stored = ChangeRequestRepository(m_session.db()).byId(draft.id);
    if (!stored)
        return std::unexpected(stored.error());
    return Outcome{stored->value_or(draft), *impact};
}

Status ChangeRequestService::submit(qint64 changeId)
{
    auto r = visible(changeId);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != ChangeStatus::Draft)
        return std::unexpected(
            Error::conflict(tr("Change request %1 is \"%2\", not a draft.")
                                .arg(r->changeNo, ChangeStatusInfo::displayName(r->status))));
    if (auto ok = Permissions::requireOrderEdit(m_session, r->salespersonId); !ok)
        return ok;
    auto opened = OrderChange::open(m_session, r->orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    auto moved =
        ChangeRequestRepository(change.db())
            .move(r->id, ChangeStatus::Draft, ChangeStatus::WaitingApproval, m_session.user().id, {});
    if (!moved)
        return std::unexpected(moved.error());
    if (!*moved)
        return std::unexpected(
            Error::conflict(tr("Change request %1 was sent by someone else just now.").arg(r->changeNo)));
    OrderEvent event;
    r->status = ChangeStatus::WaitingApproval;
    ChangeEventText::requested(event, *r);
    if (auto ok = change.record(event, QStringLiteral("change.submit"),
                                {{QStringLiteral("change %1 status").arg(r->changeNo),
                                  QStringLiteral("draft"), QStringLiteral("waiting_approval")}});
        !ok)
        return ok;
    if (auto ok = change.commit(); !ok)
        return ok;
    RuleEngine::changeSubmitted(m_session, r->id);
    return {};
}

Status ChangeRequestService::requireDecision(const ChangeRequest& r, bool approving)
{
    if (auto ok = Permissions::require(m_session, Permission::ApproveChanges); !ok)
        return ok;
    if (approving && r.requestedById == m_session.user().id &&
        !Permissions::allows(m_session, Permission::ApproveOwnChanges))
        return std::unexpected(
            Error{Error::Kind::Forbidden,
                  tr("You asked for change %1 yourself: another manager must approve it.").arg(r.changeNo),
                  {}});
    if (r.status == ChangeStatus::Draft)
        return std::unexpected(Error::conflict(
            tr("Change request %1 is still a draft: it must be sent for approval first.").arg(r.changeNo)));
    if (r.status != ChangeStatus::WaitingApproval)
        return std::unexpected(
            Error::conflict(tr("Change request %1 has already been decided (%2).")
                                .arg(r.changeNo, ChangeStatusInfo::displayName(r.status))));
    return {};
}

Result<ChangeRequest> ChangeRequestService::approve(qint64 changeId, const QString& note)
{
    auto r = visible(changeId);
    if (!r)
        return std::unexpected(r.error());
    if (auto ok = requireDecision(*r, true); !ok)
        return std::unexpected(ok.error());
    const QString comment = note.trimmed();
    if (comment.size() > ChangeRules::MaxTextLength)
        return std::unexpected(
            Error::invalid(tr("Keep the note under %1 characters.").arg(ChangeRules::MaxTextLength),
                           QStringLiteral("note")));
    return decide(*r, comment, false);
}

Result<ChangeRequest> ChangeRequestService::approveByRule(qint64 changeId)
{
    auto r = visible(changeId);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != ChangeStatus::WaitingApproval)
        return std::unexpected(
            Error::conflict(tr("Change request %1 is \"%2\", not waiting for approval.")
                                .arg(r->changeNo, ChangeStatusInfo::displayName(r->status))));
    if (r->cancel)
        return std::unexpected(Error::conflict(
            tr("Change request %1 cancels the order: a manager decides a cancellation.").arg(r->changeNo)));
    return decide(*r, QString(), true);
}

Result<ChangeRequest> ChangeRequestService::decide(ChangeRequest request, QString comment, bool byRule)
{
    ChangeRequest* r = &request;
    // The order as it was when the change was asked: anything saved since is a conflict.
    auto opened = OrderChange::open(m_session, r->orderId, r->baseVersion);
    if (!opened) {
        if (opened.error().kind == Error::Kind::Conflict)
            return std::unexpected(
                Error::conflict(tr("Order %1 has changed since change %2 was asked (%3). Reject this request "
                                   "and ask again on the "
                                   "order as it is now.")
                                    .arg(r->orderNo, r->changeNo, opened.error().message)));
        return std::unexpected(opened.error());
    }
    OrderChange& change = **opened;
    const Order before = change.before();
    if (before.revision != r->baseRevision)
        return std::unexpected(
            Error::conflict(tr("Order %1 is at revision %2 now; change %3 was asked on revision %4.")
                                .arg(before.orderNo)
                                .arg(before.revision)
                                .arg(r->changeNo)
                                .arg(r->baseRevision)));
    auto sent = shipped(before.id);
    if (!sent)
        return std::unexpected(sent.error());
    if (auto ok = ChangeRules::checkOrder(before, everyLineShipped(before, *sent)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = ChangeRules::checkRequest(*r, before, *sent); !ok)
        return std::unexpected(ok.error());

    ChangeRequestRepository requests(change.db());
    OrderPlanRepository plans(change.db());
    auto ownPlan = plans.forRevision(before.id, before.revision);
    if (!ownPlan)
        return std::unexpected(ownPlan.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r->decisionNote = comment;

    if (r->cancel) {
        auto moved = requests.move(r->id, ChangeStatus::WaitingApproval, ChangeStatus::Approved,
                                   m_session.user().id, comment);
        if (!moved)
            return std::unexpected(moved.error());
        if (!*moved)
            return std::unexpected(Error::conflict(
                tr("Change request %1 was decided by someone else just now.").arg(r->changeNo)));
        if (*ownPlan && (*ownPlan)->committed)
            if (auto ok = plans.release((*ownPlan)->id, now); !ok)
                return std::unexpected(ok.error());
        const OrderStatus from = before.status;
        if (auto ok = change.moveTo(OrderStatus::Cancelled); !ok)
            return std::unexpected(ok.error());
        OrderEvent event;
        ChangeEventText::cancelled(event, *r);
        if (auto ok = change.record(
                event, QStringLiteral("change.approve"),
                {{QStringLiteral("change %1 status").arg(r->changeNo), QStringLiteral("waiting_approval"),
                  QStringLiteral("approved")},
                 {QStringLiteral("status"), OrderStatusInfo::key(from),
                  OrderStatusInfo::key(OrderStatus::Cancelled)},
                 {QStringLiteral("cancellation charge"), QString(), r->cancelCharge.toDecimalString()},
                 {QStringLiteral("decision note"), QString(), comment}});
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = change.commit(); !ok)
            return std::unexpected(ok.error());
        return visible(r->id);
    }

    auto after = ChangeRules::apply(*r, before);
    if (!after)
        return std::unexpected(after.error());
    auto planned = ChangeImpactPlanner(m_session).plan(before, *after, false);
    if (!planned)
        return std::unexpected(planned.error());
    if (!planned->newSchedule)
        return std::unexpected(
            Error::conflict(tr("Change %1 cannot be planned: %2").arg(r->changeNo, planned->problem)));
    if (byRule) {
        // The small-change rule decides instead of a manager, its reasons as the decision note.
        auto reason = SmallChangeApproval::check(m_session, *r, before, *after, int(planned->pushed.size()));
        if (!reason)
            return std::unexpected(reason.error());
        comment = *reason;
        r->decisionNote = comment;
    }
    const int newRevision = before.revision + 1;
    auto moved = requests.move(r->id, ChangeStatus::WaitingApproval, ChangeStatus::WaitingCustomer,
                               m_session.user().id, comment, newRevision);
    if (!moved)
        return std::unexpected(moved.error());
    if (!*moved)
        return std::unexpected(
            Error::conflict(tr("Change request %1 was decided by someone else just now.").arg(r->changeNo)));

    // The new revision, which goes back to draft…
    OrderIntakeService intake(m_session);
    if (auto ok = intake.revise(change, *after, tr("change %1: %2").arg(r->changeNo, r->reason)); !ok)
        return std::unexpected(ok.error());
    // …planned again in its place in the queue: the old plan's hours given back, the new plan's taken…
    if (*ownPlan && (*ownPlan)->committed)
        if (auto ok = plans.release((*ownPlan)->id, now); !ok)
            return std::unexpected(ok.error());
    const QDate earliest = planned->newSchedule->completion;
    const QDate requested = change.order().requestedDate;
    const QDate promised = requested.isValid() && requested > earliest ? requested : earliest;
    OrderPlan plan = OrderPlan::fromSchedule(*planned->newSchedule, planned->newDemand, newRevision,
                                             planned->context->grid());
    plan.promisedDate = promised;
    plan.committed = true;
    plan.committedBy = m_session.user().id;
    plan.committedAt = now;
    // What production has done already stays done: each step keeps its owner, progress and dates.
    if (*ownPlan)
        carryProgress(plan, **ownPlan, *after, m_session.today());
    if (auto id = plans.insert(plan); !id)
        return std::unexpected(id.error());
    const QDate promisedBefore = before.promisedDate;
    change.order().promisedDate = promised;
    if (auto ok = change.savePromisedDate(); !ok)
        return std::unexpected(ok.error());
    // …and sent to the customer for confirmation.
    if (auto ok = intake.sendForConfirmation(change); !ok)
        return std::unexpected(ok.error());
    OrderEvent event;
    event.revision = newRevision;
    ChangeEventText::approved(event, *r, newRevision, promised, int(planned->pushed.size()));
    QStringList pushed;
    for (const PushedOrder& p : std::as_const(planned->pushed))
        pushed << QStringLiteral("%1 +%2").arg(p.orderNo).arg(p.days);
    QList<FieldChange> audited{
        {QStringLiteral("change %1 status").arg(r->changeNo), QStringLiteral("waiting_approval"),
         QStringLiteral("waiting_customer")},
        {QStringLiteral("revision"), QString::number(before.revision), QString::number(newRevision)},
        {QStringLiteral("promised_date"), promisedBefore.toString(Qt::ISODate),
         promised.toString(Qt::ISODate)},
        {QStringLiteral("orders pushed"), QString(), pushed.join(QLatin1Char(' '))},
        {QStringLiteral("decision note"), QString(), comment}};
    if (byRule)
        audited << FieldChange{QStringLiteral("rule"), QString(), QString(RuleKey::SmallChangeApproval)};
    if (auto ok = change.record(event, QStringLiteral("change.approve"), audited); !ok)
        return std::unexpected(ok.error());
    if (byRule) {
        // The firing, in the approval's own transaction: the rule approves a request once.
        RuleFiring firing;
        firing.ruleKey = RuleKey::SmallChangeApproval;
        firing.subjectKind = RuleSubject::Change;
        firing.subjectId = r->id;
        firing.department = DepartmentInfo::key(Department::Management);
        firing.since = m_session.today();
        firing.detail = comment;
        firing.orderId = before.id;
        firing.orderNo = before.orderNo;
        auto fired = RuleEngine::fire(m_session, firing);
        if (!fired)
            return std::unexpected(fired.error());
        if (!*fired)
            return std::unexpected(
                Error::conflict(tr("Change request %1 was approved by the rule already.").arg(r->changeNo)));
    }
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    return visible(r->id);
}

Status ChangeRequestService::reject(qint64 changeId, const QString& note)
{
    auto r = visible(changeId);
    if (!r)
        return std::unexpected(r.error());
    if (auto ok = requireDecision(*r, false); !ok)
        return ok;
    const QString comment = note.trimmed();
    if (comment.isEmpty())
        return std::unexpected(
            Error::invalid(tr("Say why the change is rejected: the salesperson tells the customer."),
                           QStringLiteral("note")));
    if (comment.size() > ChangeRules::MaxTextLength)
        return std::unexpected(
            Error::invalid(tr("Keep the note under %1 characters.").arg(ChangeRules::MaxTextLength),
                           QStringLiteral("note")));
    auto opened = OrderChange::open(m_session, r->orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    auto moved =
        ChangeRequestRepository(change.db())
            .move(r->id, ChangeStatus::WaitingApproval, ChangeStatus::Rejected, m_session.user().id, comment);
    if (!moved)
        return std::unexpected(moved.error());
    if (!*moved)
        return std::unexpected(
            Error::conflict(tr("Change request %1 was decided by someone else just now.").arg(r->changeNo)));
    OrderEvent event;
    ChangeEventText::rejected(event, *r, comment);
    if (auto ok = change.record(event, QStringLiteral("change.reject"),
                                {{QStringLiteral("change %1 status").arg(r->changeNo),
                                  QStringLiteral("waiting_approval"), QStringLiteral("rejected")},
                                 {QStringLiteral("decision note"), QString(), comment}});
        !ok)
        return ok;
    return change.commit();
}

Status ChangeRequestService::setScrapCost(qint64 changeId, Money cost, const QString& note)
{
    if (auto ok = Permissions::require(m_session, Permission::PlanOrders); !ok)
        return ok;
    auto r = visible(changeId);
    if (!r)
        return std::unexpected(r.error());
    if (!r->isOpen())
        return std::unexpected(
            Error::conflict(tr("Change request %1 has already been decided (%2).")
                                .arg(r->changeNo, ChangeStatusInfo::displayName(r->status))));
    if (cost.isNegative())
        return std::unexpected(Error::invalid(tr("The cost cannot be negative."), QStringLiteral("cost")));
    const QString text = note.trimmed();
    if (text.size() > ChangeRules::MaxTextLength)
        return std::unexpected(
            Error::invalid(tr("Keep the note under %1 characters.").arg(ChangeRules::MaxTextLength),
                           QStringLiteral("note")));
    auto opened = OrderChange::open(m_session, r->orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    if (auto ok = ChangeRequestRepository(change.db()).setScrapCost(r->id, cost, text); !ok)
        return ok;
    OrderEvent event;
    event.kind = QStringLiteral("change_cost");
    event.detail = tr("Change %1: production already done costs %2 to scrap or rework. %3")
                       .arg(r->changeNo, cost.toDecimalString(), text)
                       .trimmed();
    if (auto ok =
            change.record(event, QStringLiteral("change.cost"),
                          {{QStringLiteral("change %1 scrap cost").arg(r->changeNo),
                            r->scrapCost.toDecimalString(), cost.toDecimalString()},
                           {QStringLiteral("change %1 scrap note").arg(r->changeNo), r->scrapNote, text}});
        !ok)
        return ok;
    return change.commit();
}

Result<QList<ChangeRequest>> ChangeRequestService::list(const ChangeRequestFilter& filter, int limit)
{
    if (!m_session.isSignedIn())
        return QList<ChangeRequest>();
    return ChangeRequestRepository(m_session.db())
        .list(filter, OrderQueryService(m_session).ownOrdersOnlyId(), limit);
}

Result<ChangeRequest> ChangeRequestService::change(qint64 changeId)
{
    return visible(changeId);
}

Result<ChangeRequest> ChangeRequestService::byNumber(const QString& changeNo)
{
    auto id = ChangeRequestRepository(m_session.db()).idByNumber(changeNo);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return std::unexpected(Error::notFound(
            tr("The change request %1 does not exist, or it is not yours to see.").arg(changeNo)));
    return visible(**id);
}

Result<ChangeImpact> ChangeRequestService::impactOf(qint64 changeId)
{
    auto r = visible(changeId);
    if (!r)
        return std::unexpected(r.error());
    auto order = OrderQueryService(m_session).order(r->orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!r->isOpen()) {
        // A decided request: its figures as they were when asked.
        ChangeImpact impact;
        impact.before = *order;
        impact.after = *order;
        impact.cancel = r->cancel;
        impact.cancelCharge = r->cancelCharge;
        impact.scrapCost = r->scrapCost;
        impact.oldTotal = r->oldTotal;
        impact.newTotal = r->newTotal;
        impact.oldEarliest = r->oldEarliest;
        impact.newEarliest = r->newEarliest;
        impact.overCreditLimit = r->overCreditLimit;
        return impact;
    }
    auto impact = compute(*order, *r);
    if (impact)
        impact->scrapCost = r->scrapCost;
    return impact;
}

Result<ChangeRequestService::DocumentSource> ChangeRequestService::documentSource(qint64 changeId)
{
    auto r = visible(changeId);
    if (!r)
        return std::unexpected(r.error());
    auto company = SettingsService(m_session).company();
    if (!company)
        return std::unexpected(company.error());
    DocumentSource source{*r, {}, {}, *company};
    if (r->status == ChangeStatus::Rejected || r->status == ChangeStatus::Draft)
        return std::unexpected(
            Error::conflict(tr("Change request %1 is \"%2\": there is nothing to confirm with the customer.")
                                .arg(r->changeNo, ChangeStatusInfo::displayName(r->status))));
    OrderQueryService query(m_session);
    auto current = query.order(r->orderId);
    if (!current)
        return std::unexpected(current.error());
    if (r->newRevision == 0 && !r->cancel) {
        auto impact = impactOf(changeId);
        if (!impact)
            return std::unexpected(impact.error());
        source.before = impact->before;
        source.after = impact->after;
        return source;
    }
    source.after = *current;
    source.before = *current;
    auto revisions = query.revisions(r->orderId);
    if (!revisions)
        return std::unexpected(revisions.error());
    for (const OrderRevisionSnapshot& s : std::as_const(*revisions)) {
        if (s.revision == r->baseRevision && r->newRevision > 0)
            if (auto old = OrderSnapshot::fromJson(s.snapshotJson))
                source.before = *old;
        if (r->newRevision > 0 && s.revision == r->newRevision && current->revision != r->newRevision)
            if (auto made = OrderSnapshot::fromJson(s.snapshotJson))
                source.after = *made;
    }
    return source;
}

void ChangeRequestService::carryProgress(OrderPlan& plan, const OrderPlan& before, const Order& after,
                                         const QDate& today)
{
    for (OrderPlanStep& step : plan.steps) {
        const auto old =
            std::find_if(before.steps.cbegin(), before.steps.cend(), [&](const OrderPlanStep& o) {
                return o.lineNo == step.lineNo && o.stepNo == step.stepNo && o.kind == step.kind &&
                       o.workCentreId == step.workCentreId;
            });
        if (old == before.steps.cend())
            continue;
        step.ownerUserId = old->ownerUserId;
        if (old->status == PlanStepStatus::Pending)
            continue;
        step.actualStart = old->actualStart;
        step.quantityDone = std::min(old->quantityDone, step.quantity);
        // Finished for the old quantity is finished for a smaller one; more to make starts it again.
        const bool allDone = old->status == PlanStepStatus::Finished &&
                             (step.kind != StepKind::Work || old->quantityDone >= step.quantity);
        step.status = allDone ? PlanStepStatus::Finished : PlanStepStatus::Started;
        if (allDone)
            step.actualFinish = old->actualFinish;
    }
    // Steps with nothing left to do for the changed quantity were not planned again: they stay on
    // the plan finished (today, when the change finished them), without hours. A removed line's go.
    for (const OrderPlanStep& old : before.steps) {
        if (old.status == PlanStepStatus::Pending || old.lineNo == 0)
            continue;
        const auto line = std::find_if(after.lines.cbegin(), after.lines.cend(),
                                       [&](const OrderLine& l) { return l.lineNo == old.lineNo; });
        if (line == after.lines.cend())
            continue;
        const bool planned = std::any_of(plan.steps.cbegin(), plan.steps.cend(), [&](const OrderPlanStep& s) {
            return s.lineNo == old.lineNo && s.stepNo == old.stepNo;
        });
        if (planned)
            continue;
        OrderPlanStep kept = old;
        kept.id = 0;
        kept.days.clear();
        kept.quantity = line->quantity;
        kept.quantityDone = std::min(old.quantityDone, line->quantity);
        kept.status = PlanStepStatus::Finished;
        if (!kept.actualFinish.isValid())
            kept.actualFinish = today;
        plan.steps << kept;
    }
    std::stable_sort(
        plan.steps.begin(), plan.steps.end(), [](const OrderPlanStep& a, const OrderPlanStep& b) {
            // Lines by number, then the order's shipping step (line 0) last, as a schedule lists them.
            const int la = a.lineNo == 0 ? INT_MAX : a.lineNo, lb = b.lineNo == 0 ? INT_MAX : b.lineNo;
            return la != lb ? la < lb : a.stepNo < b.stepNo;
        });
}

Status ChangeRequestService::customerConfirmed(OrderChange& change, int revision)
{
    auto done = ChangeRequestRepository(change.db()).customerConfirmed(change.order().id, revision);
    if (!done)
        return std::unexpected(done.error());
    // A change re-planned the order when it was approved: once the customer confirms, it is planned
    // again, or back in production when production had started.
    if (!done->isEmpty()) {
        auto plan = OrderPlanRepository(change.db()).forRevision(change.order().id, revision);
        if (!plan)
            return std::unexpected(plan.error());
        if (*plan && (*plan)->committed) {
            const QList<OrderPlanStep>& steps = (*plan)->steps;
            const bool started = std::any_of(steps.cbegin(), steps.cend(), [](const OrderPlanStep& s) {
                return s.status != PlanStepStatus::Pending;
            });
            const bool made = std::all_of(steps.cbegin(), steps.cend(), [](const OrderPlanStep& s) {
                return s.lineNo == 0 || s.status == PlanStepStatus::Finished;
            });
            if (auto ok = change.moveTo(OrderStatus::Planned); !ok)
                return ok;
            if (started)
                if (auto ok = change.moveTo(OrderStatus::InProduction); !ok)
                    return ok;
            if (started && made)
                if (auto ok = change.moveTo(OrderStatus::ReadyToShip); !ok)
                    return ok;
        }
    }
    ChangeRequestRepository requests(change.db());
    for (const QString& changeNo : std::as_const(*done)) {
        auto id = requests.idByNumber(changeNo);
        if (!id)
            return std::unexpected(id.error());
        if (*id)
            if (auto ok = RuleEngine::changeDone(change.session(), **id); !ok)
                return ok;
        OrderEvent event;
        event.revision = revision;
        ChangeEventText::done(event, changeNo, revision);
        if (auto ok = change.record(event, QStringLiteral("change.done"),
                                    {{QStringLiteral("change %1 status").arg(changeNo),
                                      QStringLiteral("waiting_customer"), QStringLiteral("done")}});
            !ok)
            return ok;
    }
    return {};
}

} // namespace od
