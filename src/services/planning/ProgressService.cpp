#include "ProgressService.h"

#include "AuditEntry.h"
#include "DateAcceptanceRepository.h"
#include "DateAcceptanceService.h"
#include "LocaleFormat.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderPlanRepository.h"
#include "Permissions.h"

#include <algorithm>

namespace od {

namespace {

QString actionKey(ProgressReport::Action action)
{
    switch (action) {
    case ProgressReport::Action::Start:
        return QStringLiteral("start");
    case ProgressReport::Action::Done:
        return QStringLiteral("done");
    case ProgressReport::Action::Finish:
        return QStringLiteral("finish");
    }
    return {};
}

} // namespace

Result<OrderPlanStep> ProgressService::report(qint64 orderId, int stepNo, const ProgressReport& report)
{
    auto opened = OrderChange::open(m_session, orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order before = change.before();
    OrderPlanRepository plans(m_session.db());
    auto plan = plans.forRevision(orderId, before.revision);
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan || !(*plan)->committed)
        return std::unexpected(
            Error::conflict(tr("%1 has no committed plan to report progress on.").arg(before.orderNo)));
    if (before.status != OrderStatus::Planned && before.status != OrderStatus::InProduction)
        return std::unexpected(
            Error::conflict(tr("Progress is reported on planned orders and orders in "
                               "production; %1 is \"%2\".")
                                .arg(before.orderNo, OrderStatusInfo::displayName(before.status))));
    QList<OrderPlanStep>& steps = (*plan)->steps;
    if (stepNo < 1 || stepNo > steps.size())
        return std::unexpected(Error::notFound(tr("The plan of %1 has steps 1 to %2; there is no step %3.")
                                                   .arg(before.orderNo)
                                                   .arg(steps.size())
                                                   .arg(stepNo)));
    OrderPlanStep& step = steps[stepNo - 1];
    const bool owner = step.ownerUserId > 0 && step.ownerUserId == m_session.user().id;
    if (!owner && !Permissions::allows(m_session, Permission::ReportAnyProgress))
        return std::unexpected(
            Error{Error::Kind::Forbidden,
                  tr("Only the person responsible for step %1 (%2) or a manager may report its progress.")
                      .arg(stepNo)
                      .arg(step.name),
                  {}});
    if (step.kind == StepKind::Shipping)
        return std::unexpected(
            Error::conflict(tr("Shipping is recorded when the goods leave, not as progress of a step.")));
    if (step.status == PlanStepStatus::Finished)
        return std::unexpected(
            Error::conflict(tr("Step %1 (%2) is already finished.").arg(stepNo).arg(step.name)));
    // Production starts only on a date the customer agreed to.
    if (before.status == OrderStatus::Planned &&
        DateAcceptance::needed(before.requestedDate, before.promisedDate)) {
        auto accepted = DateAcceptanceRepository(m_session.db()).covering(orderId, before.promisedDate);
        if (!accepted)
            return std::unexpected(accepted.error());
        if (!*accepted)
            return std::unexpected(DateAcceptanceService::missingError(before.orderNo, before.requestedDate,
                                                                       before.promisedDate));
    }

    const QDate today = m_session.today();
    QList<FieldChange> changes;
    QString quantityText;
    switch (report.action) {
    case ProgressReport::Action::Start:
        if (step.status == PlanStepStatus::Started)
            return std::unexpected(
                Error::conflict(tr("Step %1 (%2) was started on %3.")
                                    .arg(stepNo)
                                    .arg(step.name, LocaleFormat::date(step.actualStart))));
        step.status = PlanStepStatus::Started;
        step.actualStart = today;
        changes << FieldChange{QStringLiteral("step_%1.status").arg(stepNo), QStringLiteral("pending"),
                               QStringLiteral("started")};
        break;
    case ProgressReport::Action::Done: {
        if (!report.quantity.isPositive())
            return std::unexpected(
                Error::invalid(tr("Report a quantity above zero."), QStringLiteral("quantity")));
        const qint64 left = step.quantity.raw() - step.quantityDone.raw();
        if (report.quantity.raw() > left)
            return std::unexpected(Error::invalid(
                tr("Step %1 (%2) is planned for %3; %4 are done, so at most %5 more can be reported.")
                    .arg(stepNo)
                    .arg(step.name, step.quantity.toDecimalString(), step.quantityDone.toDecimalString(),
                         Quantity::fromRaw(qMax<qint64>(0, left)).toDecimalString()),
                QStringLiteral("quantity")));
        const Quantity was = step.quantityDone;
        step.quantityDone = Quantity::fromRaw(step.quantityDone.raw() + report.quantity.raw());
        if (step.status == PlanStepStatus::Pending) {
            step.status = PlanStepStatus::Started;
            step.actualStart = today;
        }
        quantityText = report.quantity.toDecimalString();
        changes << FieldChange{QStringLiteral("step_%1.quantity_done").arg(stepNo), was.toDecimalString(),
                               step.quantityDone.toDecimalString()};
        break;
    }
    case ProgressReport::Action::Finish:
        if (step.status == PlanStepStatus::Pending)
            step.actualStart = today;
        changes << FieldChange{QStringLiteral("step_%1.status").arg(stepNo),
                               OrderPlanStep::statusKey(step.status), QStringLiteral("finished")};
        step.status = PlanStepStatus::Finished;
        step.actualFinish = today;
        if (step.quantityDone < step.quantity)
            step.quantityDone = step.quantity;
        break;
    }
    if (!report.note.trimmed().isEmpty())
        changes << FieldChange{QStringLiteral("note"), QString(), report.note.trimmed()};
    if (auto ok = plans.updateStep(step); !ok)
        return std::unexpected(ok.error());

    OrderEvent event;
    OrderEventText::progress(event, stepNo, step.name, actionKey(report.action), quantityText,
                             step.quantityDone.toDecimalString(), step.quantity.toDecimalString(),
                             report.note);
    if (auto ok = change.record(event, QStringLiteral("order.progress"), changes); !ok)
        return std::unexpected(ok.error());

    // The lifecycle follows the shop floor.
    const auto move = [&](OrderStatus to) -> Status {
        const OrderStatus from = change.order().status;
        if (auto ok = change.moveTo(to); !ok)
            return ok;
        OrderEvent moved;
        OrderEventText::statusChanged(moved, from, to, {});
        return change.record(
            moved, QStringLiteral("order.status"),
            {{QStringLiteral("status"), OrderStatusInfo::key(from), OrderStatusInfo::key(to)}});
    };
    if (change.order().status == OrderStatus::Planned) {
        if (auto ok = move(OrderStatus::InProduction); !ok)
            return std::unexpected(ok.error());
    }
    const bool allDone = std::all_of(steps.cbegin(), steps.cend(), [](const OrderPlanStep& s) {
        return s.kind == StepKind::Shipping || s.status == PlanStepStatus::Finished;
    });
    if (allDone) {
        if (auto ok = move(OrderStatus::ReadyToShip); !ok)
            return std::unexpected(ok.error());
        // Its finished lines may have left ahead of the rest: then it has shipped, every bit of it.
        auto facts = change.facts();
        if (!facts)
            return std::unexpected(facts.error());
        if (facts->everyLineShipped) {
            if (auto ok = move(OrderStatus::Shipped); !ok)
                return std::unexpected(ok.error());
            if (facts->undeliveredShipments == 0)
                if (auto ok = move(OrderStatus::Delivered); !ok)
                    return std::unexpected(ok.error());
        }
    }
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    return step;
}

} // namespace od
