#include "SuggestionService.h"

#include "CalendarRepository.h"
#include "CalendarService.h"
#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "Logging.h"
#include "OpenWork.h"
#include "OrderChange.h"
#include "OrderPlanRepository.h"
#include "Permissions.h"
#include "PlanningService.h"
#include "PlanningSettingsRepository.h"
#include "Scheduler.h"
#include "SplitShipmentService.h"
#include "StepAlternativeRepository.h"
#include "WorkCentreRepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace od {

namespace {

// What the audit entry of an applied suggestion says of it: its key and the late orders it saves.
QString reasonOf(const Suggestion& s)
{
    QStringList saved;
    for (const SavedOrder& o : s.saved)
        saved << o.orderNo;
    return saved.isEmpty()
               ? QStringLiteral("suggestion %1").arg(s.key)
               : QStringLiteral("suggestion %1, saves %2").arg(s.key, saved.join(QStringLiteral(", ")));
}

// Every order's completion when all are re-planned on `grid` (null: it cannot be planned), and
// the load they leave.
struct Replanned
{
    QHash<qint64, QDate> completion;
    CapacityLoad load;
};

Replanned replan(const CapacityGrid& grid, const Scheduler::Options& options,
                 const QList<OrderDemand>& orders)
{
    Replanned out;
    out.completion.reserve(orders.size());
    out.load = CapacityLoad(grid);
    const Scheduler scheduler(grid, options);
    scheduler.replan(out.load, orders, [&](const OrderDemand& order, const Scheduler::Outcome& outcome) {
        out.completion.insert(order.orderId, outcome ? outcome->completion : QDate());
        return true;
    });
    return out;
}

int daysLate(const QDate& promised, const QDate& forecast)
{
    return forecast.isValid() && forecast > promised ? int(promised.daysTo(forecast)) : 0;
}

// The suggestion's effect: the late orders it saves and the days it takes off, the orders on
// time it would make late. False when it does nothing for a late order.
bool effectOf(Suggestion& s, const Replanned& before, const Replanned& after,
              const QList<const OrderDemand*>& late, const QList<OrderDemand>& orders)
{
    for (const OrderDemand* order : late) {
        const QDate was = before.completion.value(order->orderId);
        const QDate now = after.completion.value(order->orderId);
        if (!now.isValid())
            continue;
        s.daysGained += qMax(0, daysLate(order->promisedDate, was) - daysLate(order->promisedDate, now));
        if (now <= order->promisedDate)
            s.saved << SavedOrder{order->orderId, order->orderNo, order->promisedDate, was, now};
    }
    for (const OrderDemand& order : orders) {
        if (!order.promisedDate.isValid())
            continue;
        const QDate was = before.completion.value(order.orderId);
        const QDate now = after.completion.value(order.orderId);
        if (was.isValid() && was <= order.promisedDate && (!now.isValid() || now > order.promisedDate))
            ++s.ordersLater;
    }
    if (s.saved.isEmpty() && s.daysGained <= 0)
        return false;
    std::sort(s.saved.begin(), s.saved.end(),
              [](const SavedOrder& a, const SavedOrder& b) { return a.orderNo < b.orderNo; });
    return true;
}

QString basisOf(const Suggestion& s)
{
    QStringList parts{s.key};
    for (const QDate& d : s.days)
        parts << d.toString(Qt::ISODate);
    for (const SavedOrder& o : s.saved)
        parts << QString::number(o.orderId);
    parts << QString::number(s.daysGained) << QString::number(s.ordersLater);
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
}

// Moving a step not started of a late order from a centre fully loaded before its promise to an
// alternative centre of its routing step: one re-plan per try, the late orders most days late
// first, at most SuggestionService::MaxMoves tries.
Status addMoves(Session& session, const CapacityGrid& grid, const Scheduler::Options& options,
                const QList<OrderDemand>& orders, const Replanned& before,
                const QList<const OrderDemand*>& late, SuggestionReport& out)
{
    StepAlternativeRepository alternatives(session.db());
    auto any = alternatives.any();
    if (!any)
        return std::unexpected(any.error());
    if (!*any)
        return {};
    // The first day each centre is fully loaded.
    QHash<QString, int> firstFull;
    for (int c = 0; c < grid.centreCount(); ++c)
        for (int d = 0; d < grid.days(); ++d) {
            const qint64 available = grid.availableRaw(c, d);
            if (available > 0 && before.load.rawAt(c, d) >= available) {
                firstFull.insert(grid.centre(c).code, d);
                break;
            }
        }
    QHash<qint64, const OrderDemand*> lateById;
    for (const OrderDemand* order : late)
        lateById.insert(order->orderId, order);
    int tries = 0;
    for (const LateOrder& row : std::as_const(out.late)) {
        const OrderDemand* order = lateById.value(row.orderId);
        if (!order)
            continue;
        if (tries >= SuggestionService::MaxMoves)
            break;
        auto found = alternatives.forOrder(order->orderId);
        if (!found)
            return std::unexpected(found.error());
        const qint64 promiseDay = grid.dayIndex(order->promisedDate);
        for (const StepAlternative& alt : std::as_const(*found)) {
            if (tries >= SuggestionService::MaxMoves)
                break;
            qsizetype li = -1, si = -1;
            for (qsizetype l = 0; l < order->lines.size() && si < 0; ++l) {
                if (order->lines[l].lineNo != alt.lineNo)
                    continue;
                for (qsizetype k = 0; k < order->lines[l].steps.size(); ++k)
                    if (order->lines[l].steps[k].stepNo == alt.stepNo &&
                        order->lines[l].steps[k].kind == StepKind::Work) {
                        li = l;
                        si = k;
                        break;
                    }
            }
            if (si < 0)
                continue;
            const StepDemand& step = order->lines[li].steps[si];
            const auto full = firstFull.constFind(step.workCentre);
            if (full == firstFull.cend() || *full >= promiseDay)
                continue;
            ++tries;
            QList<OrderDemand> moved = orders;
            moved[order - orders.constData()].lines[li].steps[si].workCentre = alt.workCentre;
            const Replanned after = replan(grid, options, moved);
            Suggestion s;
            s.kind = SuggestionKind::MoveStep;
            if (!effectOf(s, before, after, late, orders))
                continue;
            s.orderId = order->orderId;
            s.orderNo = order->orderNo;
            s.lineNo = alt.lineNo;
            s.stepNo = alt.stepNo;
            s.stepName = step.name;
            s.workCentre = step.workCentre;
            const int from = grid.indexOf(step.workCentre);
            s.workCentreName = from >= 0 ? grid.centre(from).name : QString();
            s.toCentre = alt.workCentre;
            s.toCentreName = alt.workCentreName;
            s.key =
                QStringLiteral("move:%1:%2:%3:%4").arg(s.orderNo).arg(s.lineNo).arg(s.stepNo).arg(s.toCentre);
            s.basis = basisOf(s);
            out.suggestions << s;
        }
    }
    return {};
}

} // namespace

Result<SuggestionReport> SuggestionService::report()
{
    if (auto ok = Permissions::require(m_session, Permission::UseSuggestions); !ok)
        return std::unexpected(ok.error());
    return compute(m_session);
}

Result<SuggestionReport> SuggestionService::compute(Session& session)
{
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
    auto orders = OpenWork::demands(session);
    if (!orders)
        return std::unexpected(orders.error());

    SuggestionReport out;
    out.today = session.today();
    out.ordersPlanned = int(orders->size());
    Scheduler::Options options;
    options.shippingWorkingDays = settings->shippingWorkingDays;
    const CapacityGrid grid(*calendar, *centres, out.today, Scheduler::WindowDays);
    const Replanned before = replan(grid, options, *orders);

    // The late orders, and the latest promise of those needing each work centre.
    QList<const OrderDemand*> late;
    QHash<QString, QDate> lastPromise;
    for (const OrderDemand& order : std::as_const(*orders)) {
        if (!order.promisedDate.isValid())
            continue;
        const QDate forecast = before.completion.value(order.orderId);
        if (forecast.isValid() && forecast <= order.promisedDate)
            continue;
        LateOrder row;
        row.orderId = order.orderId;
        row.orderNo = order.orderNo;
        row.promisedDate = order.promisedDate;
        row.forecast = forecast;
        row.daysLate = forecast.isValid() ? daysLate(order.promisedDate, forecast) : Scheduler::HorizonDays;
        out.late << row;
        if (!forecast.isValid())
            continue; // what cannot be planned at all is not a matter of overtime
        late << &order;
        for (const LineDemand& line : order.lines)
            for (const StepDemand& step : line.steps)
                if (step.kind == StepKind::Work && lastPromise.value(step.workCentre) < order.promisedDate)
                    lastPromise.insert(step.workCentre, order.promisedDate);
    }
    std::stable_sort(out.late.begin(), out.late.end(), [](const LateOrder& a, const LateOrder& b) {
        if (a.daysLate != b.daysLate)
            return a.daysLate > b.daysLate;
        return a.orderNo < b.orderNo;
    });
    // Late orders whose finished lines could leave ahead of the rest (分批发货).
    auto splits = SplitShipmentService::find(session, out.late, *calendar, settings->shippingWorkingDays);
    if (!splits)
        return std::unexpected(splits.error());
    out.splits = std::move(*splits);
    if (late.isEmpty())
        return out;

    // A centre's own entry on a date is its own decision (a day off, an extra day, overtime
    // already): overtime is never suggested over it.
    QHash<QString, QSet<QDate>> ownEntries;
    for (const CalendarDay& day : calendar->entries())
        if (!day.isCompanyWide())
            ownEntries[day.workCentre].insert(day.date);

    const Hours perUnit = Hours::fromWhole(OvertimeHours);
    for (int c = 0; c < grid.centreCount(); ++c) {
        const WorkCentre& centre = grid.centre(c);
        const QDate until = lastPromise.value(centre.code);
        if (!centre.active || !until.isValid())
            continue;
        const QSet<QDate> own = ownEntries.value(centre.code);
        Suggestion s;
        s.workCentre = centre.code;
        s.workCentreName = centre.name;
        s.hoursPerUnit = perUnit;
        const int lastDay = int(qMin<qint64>(grid.dayIndex(until), grid.days()));
        for (int d = 0; d < lastDay; ++d) {
            const qint64 available = grid.availableRaw(c, d);
            if (available <= 0 || before.load.rawAt(c, d) < available || own.contains(grid.date(d)))
                continue;
            s.days << grid.date(d);
        }
        if (s.days.isEmpty())
            continue;
        WorkCalendar withOvertime = *calendar;
        for (const QDate& date : std::as_const(s.days)) {
            CalendarDay day;
            day.date = date;
            day.kind = CalendarDayKind::Overtime;
            day.workCentre = centre.code;
            day.hours = perUnit;
            withOvertime.set(day);
        }
        const CapacityGrid more(withOvertime, *centres, out.today, Scheduler::WindowDays);
        for (const QDate& date : std::as_const(s.days)) {
            const qint64 d = grid.dayIndex(date);
            s.extraHours = Hours::fromRaw(s.extraHours.raw() + more.availableRaw(c, int(d)) -
                                          grid.availableRaw(c, int(d)));
        }
        const Replanned after = replan(more, options, *orders);
        if (!effectOf(s, before, after, late, *orders))
            continue;
        s.key = QStringLiteral("overtime:%1:%2:%3")
                    .arg(centre.code, perUnit.toDecimalString(), s.days.last().toString(Qt::ISODate));
        s.basis = basisOf(s);
        out.suggestions << s;
    }
    if (auto moves = addMoves(session, grid, options, *orders, before, late, out); !moves)
        return std::unexpected(moves.error());
    std::stable_sort(out.suggestions.begin(), out.suggestions.end(),
                     [](const Suggestion& a, const Suggestion& b) {
                         if (a.saved.size() != b.saved.size())
                             return a.saved.size() > b.saved.size();
                         if (a.daysGained != b.daysGained)
                             return a.daysGained > b.daysGained;
                         return a.key < b.key;
                     });
    return out;
}

Result<Suggestion> SuggestionService::apply(const QString& key, const QString& basis)
{
    if (auto ok = Permissions::require(m_session, Permission::UseSuggestions); !ok)
        return std::unexpected(ok.error());
    if (key.trimmed().startsWith(QLatin1String("move:")))
        return applyMove(key.trimmed(), basis);
    Database& db = m_session.db();
    // Worked out again inside the transaction that writes it: what is applied is what holds now.
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto now = compute(m_session);
    if (!now)
        return std::unexpected(now.error());
    const auto found = std::find_if(now->suggestions.cbegin(), now->suggestions.cend(),
                                    [&](const Suggestion& s) { return s.key == key.trimmed(); });
    if (found == now->suggestions.cend() || (!basis.isEmpty() && found->basis != basis))
        return std::unexpected(outOfDate(key.trimmed()));
    const Suggestion s = *found;
    if (auto ok =
            CalendarService::writeOvertime(m_session, s.workCentre, s.days, s.hoursPerUnit, reasonOf(s));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(m_session.user().name, QStringLiteral("suggestion.apply"), s.key);
    return s;
}

Error SuggestionService::outOfDate(const QString& key)
{
    return Error::conflict(
        tr("The suggestion %1 is out of date: the load, the calendar or the orders changed "
           "since it was shown. Look at the suggestions again.")
            .arg(key));
}

Result<Suggestion> SuggestionService::applyMove(const QString& key, const QString& basis)
{
    // The order comes from the suggestion as it stands; it is worked out again once the order's
    // change (its transaction) is open, and that is what is applied.
    const auto find = [&](const SuggestionReport& report) -> std::optional<Suggestion> {
        for (const Suggestion& s : report.suggestions)
            if (s.key == key)
                return s;
        return std::nullopt;
    };
    auto first = compute(m_session);
    if (!first)
        return std::unexpected(first.error());
    const std::optional<Suggestion> shown = find(*first);
    if (!shown)
        return std::unexpected(outOfDate(key));
    auto opened = OrderChange::open(m_session, shown->orderId, 0);
    if (!opened)
        return std::unexpected(opened.error());
    auto now = compute(m_session);
    if (!now)
        return std::unexpected(now.error());
    const std::optional<Suggestion> found = find(*now);
    if (!found || (!basis.isEmpty() && found->basis != basis))
        return std::unexpected(outOfDate(key));
    auto plan = OrderPlanRepository(m_session.db()).committedForOrder(found->orderId);
    if (!plan)
        return std::unexpected(plan.error());
    PlanStepChange change;
    if (*plan)
        for (qsizetype i = 0; i < (*plan)->steps.size(); ++i)
            if ((*plan)->steps[i].lineNo == found->lineNo && (*plan)->steps[i].stepNo == found->stepNo &&
                (*plan)->steps[i].kind == StepKind::Work)
                change.stepNo = int(i + 1);
    if (change.stepNo == 0)
        return std::unexpected(outOfDate(key));
    change.workCentre = found->toCentre;
    change.reason = reasonOf(*found);
    if (auto changed = PlanningService::changeCommittedIn(m_session, **opened, change); !changed)
        return std::unexpected(changed.error());
    if (auto ok = (*opened)->commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(m_session.user().name, QStringLiteral("suggestion.apply"), found->key);
    return *found;
}

QString SuggestionService::kindKey(SuggestionKind kind)
{
    return kind == SuggestionKind::MoveStep ? QStringLiteral("move_step") : QStringLiteral("overtime");
}

QString SuggestionService::kindName(SuggestionKind kind)
{
    return kind == SuggestionKind::MoveStep ? tr("Move a step") : tr("Overtime");
}

QString SuggestionService::describe(const Suggestion& s)
{
    if (s.kind == SuggestionKind::MoveStep)
        return tr("Move step %1 (%2) of %3, line %4, from %5 (%6) to %7 (%8)")
            .arg(s.stepNo)
            .arg(s.stepName, s.orderNo)
            .arg(s.lineNo)
            .arg(s.workCentreName, s.workCentre, s.toCentreName, s.toCentre);
    const QString centre = QStringLiteral("%1 (%2)").arg(s.workCentreName, s.workCentre);
    const QString first = s.days.isEmpty() ? QString() : s.days.first().toString(Qt::ISODate);
    const QString last = s.days.isEmpty() ? QString() : s.days.last().toString(Qt::ISODate);
    if (s.days.size() == 1)
        return tr("%1 h overtime on %2 on %3").arg(s.hoursPerUnit.toDecimalString(), centre, first);
    return tr("%1 h overtime a day on %2, %3 days from %4 to %5")
        .arg(s.hoursPerUnit.toDecimalString(), centre)
        .arg(s.days.size())
        .arg(first, last);
}

QString SuggestionService::effect(const Suggestion& s)
{
    // The first few by number; a long list would not fit a line.
    constexpr int shown = 5;
    QStringList saved;
    for (const SavedOrder& o : s.saved)
        if (saved.size() < shown)
            saved << o.orderNo;
    if (s.saved.size() > shown)
        saved << tr("%1 more").arg(s.saved.size() - shown);
    QString text = saved.isEmpty() ? tr("no late order back on its promise")
                                   : tr("on time again: %1").arg(saved.join(tr(", ")));
    text += tr("; %1 days late taken off").arg(s.daysGained);
    if (s.ordersLater > 0)
        text += tr("; %1 other orders would become late").arg(s.ordersLater);
    return text;
}

} // namespace od
