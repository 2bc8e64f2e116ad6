// orderdesk-scheduler-bench [--orders N] [--runs N] [--storage]: the finite-capacity scheduler
// alone, on a synthetic valve factory (seven work centres, five-step routings, orders of 1–8
// lines like the demo's), with no database: re-planning every open order against a shared load,
// then the earliest delivery of a 20-line order and a plan for an ordinary order on top of that
// load. With --storage the busy factory's plans are also stored in a temporary database, to time
// reading the committed load and committing a plan.
#include "../Timing.h"
#include "StorageBench.h"

#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "Routing.h"
#include "Scheduler.h"
#include "WorkCalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <numeric>
#include <random>

using namespace od;

namespace {

Hours hours(const char* text)
{
    return *Hours::parse(QString::fromLatin1(text));
}

WorkCentre centre(const char* code, const char* hoursPerShift, int shifts, int units, int efficiencyBp)
{
    WorkCentre c;
    c.code = QString::fromLatin1(code);
    c.name = c.code;
    c.hoursPerShift = hours(hoursPerShift);
    c.shifts = shifts;
    c.units = units;
    c.efficiency = BasisPoints::fromRaw(efficiencyBp);
    return c;
}

RoutingStep step(int no, const char* centreCode, const char* setup, const char* run, int wait = 0,
                 int lead = 0)
{
    RoutingStep s;
    s.stepNo = no;
    s.name = QString::fromLatin1(centreCode);
    s.workCentre = QString::fromLatin1(centreCode);
    s.setupHours = hours(setup);
    s.runHoursPerUnit = hours(run);
    s.waitDays = wait;
    s.purchaseLeadDays = lead;
    return s;
}

// China's 2026 holidays and make-up working days.
WorkCalendar calendar2026()
{
    WorkCalendar calendar(WorkingWeekdays::mondayToFriday());
    const char* holidays[] = {
        "2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18",
        "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23", "2026-04-04", "2026-04-05",
        "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-06-19",
        "2026-06-20", "2026-06-21", "2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02",
        "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"};
    const char* workdays[] = {"2026-01-04", "2026-02-14", "2026-02-28",
                              "2026-05-09", "2026-09-20", "2026-10-10"};
    for (const char* d : holidays)
        calendar.set(
            {0, QDate::fromString(QString::fromLatin1(d), Qt::ISODate), CalendarDayKind::Holiday, {}, {}});
    for (const char* d : workdays)
        calendar.set(
            {0, QDate::fromString(QString::fromLatin1(d), Qt::ISODate), CalendarDayKind::Workday, {}, {}});
    return calendar;
}

QList<Routing> routings()
{
    Routing castValve; // bought castings, machined, assembled, tested, painted, packed
    castValve.steps = {step(1, "", "0", "0", 0, 10),     step(2, "MCH", "1.5", "0.8"),
                       step(3, "ASM", "0.5", "0.6"),     step(4, "PT", "0.3", "0.25"),
                       step(5, "PNT", "0.2", "0.15", 1), step(6, "PCK", "0.1", "0.1")};
    castValve.steps[0].name = QStringLiteral("铸件采购");
    Routing pump;
    pump.steps = {step(1, "MCH", "2", "1.5"), step(2, "ASM", "1", "2"), step(3, "PT", "0.5", "1"),
                  step(4, "PNT", "0.3", "0.4", 1), step(5, "PCK", "0.2", "0.3")};
    Routing flange;
    flange.steps = {step(1, "CUT", "0.5", "0.05"), step(2, "MCH", "0.5", "0.12"),
                    step(3, "PNT", "0.2", "0.02", 1), step(4, "PCK", "0.1", "0.01")};
    Routing hardfaced;
    hardfaced.steps = {step(1, "CUT", "0.5", "0.2"), step(2, "WLD", "0.5", "0.6", 1),
                       step(3, "MCH", "1", "1"),     step(4, "ASM", "0.5", "0.8"),
                       step(5, "PT", "0.3", "0.3"),  step(6, "PCK", "0.1", "0.1")};
    return {castValve, pump, flange, hardfaced};
}

// An order of `lineCount` lines of the routings, quantities 1–20.
OrderDemand makeOrder(std::mt19937_64& random, const QList<Routing>& routes, qint64 id, int lineCount,
                      const QDate& orderDate)
{
    OrderDemand order;
    order.orderId = id;
    order.orderNo = QStringLiteral("SO-2026-%1").arg(id, 6, 10, QLatin1Char('0'));
    order.orderDate = orderDate;
    order.requestedDate = orderDate.addDays(30);
    order.promisedDate = random() % 3 ? orderDate.addDays(35 + qint64(random() % 30)) : QDate();
    for (int i = 1; i <= lineCount; ++i) {
        const Routing& routing = routes[qsizetype(random() % quint64(routes.size()))];
        LineDemand line;
        line.lineNo = i;
        line.quantity = Quantity::fromUnits(1 + qint64(random() % 20));
        line.steps = *routing.demand(line.quantity, 0);
        order.lines << line;
    }
    return order;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the finite-capacity scheduler on a synthetic factory."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("orders"), QStringLiteral("Open orders to re-plan (default 40000)."),
                        QStringLiteral("N")},
                       {QStringLiteral("runs"), QStringLiteral("Timed runs per operation (default 51)."),
                        QStringLiteral("N")},
                       {QStringLiteral("storage"),
                        QStringLiteral("Also store the plans in a temporary database and time the reads.")}});
    parser.process(app);
    const int orderCount =
        parser.isSet(QStringLiteral("orders")) ? parser.value(QStringLiteral("orders")).toInt() : 40'000;
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 51;
    QTextStream out(stdout);

    const QDate today(2026, 1, 5);
    const QList<Routing> routes = routings();
    std::mt19937_64 random(20260105);
    // 1–8 lines, about 3.2 on average, as in the demo.
    const int lineWeights[] = {22, 25, 20, 13, 9, 6, 3, 2};
    std::discrete_distribution<int> lines(std::begin(lineWeights), std::end(lineWeights));
    QList<OrderDemand> orders;
    orders.reserve(orderCount);
    for (int i = 0; i < orderCount; ++i)
        orders << makeOrder(random, routes, i + 1, 1 + lines(random), today.addDays(-qint64(random() % 60)));

    QHash<QString, qint64> demandRaw;
    for (const OrderDemand& o : std::as_const(orders))
        for (const LineDemand& l : o.lines)
            for (const StepDemand& s : l.steps)
                demandRaw[s.workCentre] += s.hours.raw();
    out << "orderdesk-scheduler-bench: " << orderCount << " open orders, "
        << std::accumulate(orders.cbegin(), orders.cend(), qint64(0),
                           [](qint64 n, const OrderDemand& o) { return n + o.lines.size(); })
        << " lines, 7 work centres, a " << Scheduler::WindowDays << "-day window from "
        << today.toString(Qt::ISODate) << ", median of " << runs << " runs\n";
    auto row = [&out](const QString& what, double ms, const QString& note = {}) {
        out << QStringLiteral("  %1 %2 ms").arg(what, -58).arg(ms, 10, 'f', 4);
        if (!note.isEmpty())
            out << "  " << note;
        out << '\n';
    };

    // Enough machines and people that the open orders fill about nine months (every centre busy
    // for most of the year, so later orders look far ahead for free hours), then a factory with
    // a third of that: most orders cannot be planned within the year and scan all of it.
    for (const int busyDays : {185, 555}) {
        QList<WorkCentre> centres;
        for (const char* code : {"CUT", "MCH", "WLD", "ASM", "PT", "PNT", "PCK"}) {
            WorkCentre c = centre(code, "8", 2, 1, 9000);
            const qint64 perUnitPerDay = c.regularHours().raw();
            c.units = int(std::max<qint64>(1, demandRaw.value(c.code) / (perUnitPerDay * busyDays)));
            centres << c;
        }
        out << "\n"
            << (busyDays < 365 ? "Open orders fill about nine months:"
                               : "Overloaded (three times what fits in a year):")
            << "\n";

        QElapsedTimer timer;
        timer.start();
        const WorkCalendar calendar = calendar2026();
        const CapacityGrid grid(calendar, centres, today, Scheduler::WindowDays);
        row(QStringLiteral("capacity grid (calendar × centres × 366 days)"),
            double(timer.nsecsElapsed()) / 1e6);
        const Scheduler scheduler(grid);

        CapacityLoad load(grid);
        qint64 planned = 0, refused = 0, steps = 0;
        timer.restart();
        scheduler.replan(load, orders, [&](const OrderDemand&, const Scheduler::Outcome& outcome) {
            if (outcome) {
                ++planned;
                steps += outcome->steps.size();
            } else {
                ++refused;
            }
            return true;
        });
        const double replanMs = double(timer.nsecsElapsed()) / 1e6;
        row(QStringLiteral("re-plan every open order"), replanMs,
            QStringLiteral("%1 µs an order; %2 planned (%3 steps), %4 not within a year")
                .arg(replanMs * 1000 / std::max(1, orderCount), 0, 'f', 1)
                .arg(planned)
                .arg(steps)
                .arg(refused));

        std::mt19937_64 again(7);
        const OrderDemand twentyLines = makeOrder(again, routes, 999'999, 20, today);
        const OrderDemand ordinary = makeOrder(again, routes, 999'998, 3, today);
        QString earliest;
        row(QStringLiteral("earliest delivery of a 20-line order on that load"),
            bench::medianMs(runs,
                            [&] {
                                const auto plan = scheduler.propose(load, twentyLines);
                                earliest = plan ? plan->completion.toString(Qt::ISODate)
                                                : plan.error().message.left(60);
                                return true;
                            }),
            earliest);
        row(QStringLiteral("proposed plan of a 3-line order on that load"),
            bench::medianMs(runs, [&] { return scheduler.propose(load, ordinary).has_value() || true; }));
        row(QStringLiteral("copy of the whole load (part of every proposal)"), bench::medianMs(runs, [&] {
                CapacityLoad copy = load;
                return copy.days() > 0;
            }));
        if (busyDays < 365 && parser.isSet(QStringLiteral("storage")) &&
            !bench::runStorageBench(out, orders, centres, calendar, today, runs))
            return 2;
    }
    return 0;
}
