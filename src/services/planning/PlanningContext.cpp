#include "PlanningContext.h"

#include "CalendarRepository.h"
#include "PlanningSettingsRepository.h"
#include "ProductRepository.h"
#include "RoutingRepository.h"
#include "WorkCentreLoadRepository.h"
#include "WorkCentreRepository.h"

#include <QSet>

namespace od {

Result<std::unique_ptr<PlanningContext>> PlanningContext::load(Session& session, bool withCommittedLoad)
{
    std::unique_ptr<PlanningContext> context(new PlanningContext(session));
    Database& db = session.db();
    auto settings = PlanningSettingsRepository(db).settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto calendar = CalendarRepository(db).calendar(settings->workingWeekdays);
    if (!calendar)
        return std::unexpected(calendar.error());
    auto centres = WorkCentreRepository(db).all();
    if (!centres)
        return std::unexpected(centres.error());
    context->m_grid =
        std::make_unique<CapacityGrid>(*calendar, *centres, session.today(), Scheduler::WindowDays);
    context->m_committed = CapacityLoad(*context->m_grid);
    if (withCommittedLoad) {
        if (auto ok = WorkCentreLoadRepository(db).addTo(context->m_committed, *context->m_grid); !ok)
            return std::unexpected(ok.error());
    }
    Scheduler::Options options;
    options.shippingWorkingDays = settings->shippingWorkingDays;
    context->m_scheduler = std::make_unique<Scheduler>(*context->m_grid, options);
    return context;
}

Result<QList<LineDemand>> PlanningContext::lineDemands(const QList<Line>& lines,
                                                       const QList<StepChoice>& choices)
{
    QList<qint64> ids;
    for (const Line& line : lines)
        if (!ids.contains(line.productId))
            ids << line.productId;
    auto products = ProductRepository(m_session.db()).byIds(ids);
    if (!products)
        return std::unexpected(products.error());
    auto routings = RoutingRepository(m_session.db()).forProducts(ids);
    if (!routings)
        return std::unexpected(routings.error());
    QList<LineDemand> out;
    for (const Line& line : lines) {
        const auto product = products->constFind(line.productId);
        if (product == products->cend())
            return std::unexpected(
                Error::notFound(tr("Line %1: its product no longer exists.").arg(line.lineNo)));
        if (!line.quantity.isPositive())
            return std::unexpected(
                Error::invalid(tr("Line %1: a quantity above zero is needed to plan it.").arg(line.lineNo),
                               QStringLiteral("quantity")));
        LineDemand demand;
        demand.lineNo = line.lineNo;
        demand.sku = product->sku;
        demand.quantity = line.quantity;
        demand.requestedDate = line.requestedDate;
        auto steps = routings->value(line.productId).demand(line.quantity, product->leadTimeDays);
        if (!steps)
            return std::unexpected(Error::invalid(
                tr("Line %1 (%2): %3").arg(line.lineNo).arg(product->sku, steps.error().message)));
        demand.steps = *steps;
        for (const StepChoice& choice : choices) {
            if (choice.lineNo != line.lineNo || !choice.notBefore.isValid())
                continue;
            for (StepDemand& step : demand.steps)
                if (step.stepNo == choice.stepNo)
                    step.notBefore = choice.notBefore;
        }
        out << demand;
    }
    return out;
}

Result<OrderDemand> PlanningContext::demandFor(const Order& order, const QList<StepChoice>& choices)
{
    OrderDemand demand;
    demand.orderId = order.id;
    demand.orderNo = order.orderNo;
    demand.orderDate = order.orderDate;
    demand.requestedDate = order.requestedDate;
    demand.promisedDate = order.promisedDate;
    QList<Line> lines;
    for (const OrderLine& l : order.lines)
        lines << Line{l.lineNo, l.productId, l.quantity, l.requestedDate};
    auto demands = lineDemands(lines, choices);
    if (!demands)
        return std::unexpected(demands.error());
    demand.lines = *demands;
    return demand;
}

Result<OrderDemand> PlanningContext::demandFor(const QList<PromiseLine>& lines, const QDate& requestedDate)
{
    OrderDemand demand;
    demand.orderDate = m_session.today();
    demand.requestedDate = requestedDate;
    QList<Line> input;
    int lineNo = 0;
    for (const PromiseLine& l : lines)
        input << Line{++lineNo, l.productId, l.quantity, l.requestedDate};
    auto demands = lineDemands(input, {});
    if (!demands)
        return std::unexpected(demands.error());
    demand.lines = *demands;
    return demand;
}

} // namespace od
