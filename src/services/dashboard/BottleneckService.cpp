#include "BottleneckService.h"

#include "Permissions.h"
#include "StageSpanRepository.h"

#include <algorithm>

namespace od {

namespace {

// Stages every period lists, with or without data; the work centres' follow from the centres.
constexpr StageKind kFixedStages[] = {StageKind::Confirmation, StageKind::Planning, StageKind::Shipping,
                                      StageKind::Transit, StageKind::Payment};

std::optional<qint64> perOrderHundredths(qint64 count, qint64 orders)
{
    if (orders <= 0)
        return std::nullopt;
    return (count * 200 / orders + 1) / 2;
}

} // namespace

std::optional<qint64> BottleneckReport::reconfirmationsPerOrderHundredths() const
{
    return perOrderHundredths(reconfirmations.current.spans, firstConfirmations);
}

std::optional<qint64> BottleneckReport::changesPerOrderHundredths() const
{
    return perOrderHundredths(changeRequests, firstConfirmations);
}

const StageFigures* BottleneckReport::worst() const
{
    for (const StageFigures& s : stages)
        if (s.worst)
            return &s;
    return nullptr;
}

Result<BottleneckReport> BottleneckService::report(const QDate& from, const QDate& to)
{
    if (!m_session.isSignedIn())
        return std::unexpected(Error::invalid(tr("Sign in to see the bottleneck analysis.")));
    if (auto ok = Permissions::require(m_session, Permission::ViewDashboard); !ok)
        return std::unexpected(ok.error());
    if (!from.isValid() || !to.isValid())
        return std::unexpected(Error::invalid(tr("Choose the first and the last day of the period.")));
    if (to < from)
        return std::unexpected(Error::invalid(tr("The period ends on %1, before it starts on %2.")
                                                  .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                                              QStringLiteral("to")));
    const qint64 days = from.daysTo(to) + 1;
    if (days > MaxPeriodDays)
        return std::unexpected(Error::invalid(
            tr("The period is %1 days long; choose at most %2 days.").arg(days).arg(MaxPeriodDays),
            QStringLiteral("from")));

    BottleneckReport report;
    report.from = from;
    report.to = to;
    report.previousTo = from.addDays(-1);
    report.previousFrom = report.previousTo.addDays(-(days - 1));

    StageSpanRepository repo(m_session.db());
    auto current = repo.durations(from, to);
    if (!current)
        return std::unexpected(current.error());
    auto previous = repo.durations(report.previousFrom, report.previousTo);
    if (!previous)
        return std::unexpected(previous.error());
    auto centres = repo.workCentreNames();
    if (!centres)
        return std::unexpected(centres.error());
    auto changes = repo.changeRequests(from, to);
    if (!changes)
        return std::unexpected(changes.error());

    QList<Stage> stages;
    for (StageKind kind : kFixedStages)
        stages << Stage{kind, 0};
    QList<qint64> centreIds = centres->keys();
    for (const QString& key : current->keys() + previous->keys())
        if (auto stage = Stage::fromKey(key); stage && stage->workCentreId > 0)
            centreIds << stage->workCentreId;
    std::sort(centreIds.begin(), centreIds.end());
    centreIds.erase(std::unique(centreIds.begin(), centreIds.end()), centreIds.end());
    // Centres in the order of their names; queue before work at each.
    std::stable_sort(centreIds.begin(), centreIds.end(), [&](qint64 a, qint64 b) {
        return centres->value(a).localeAwareCompare(centres->value(b)) < 0;
    });
    for (qint64 id : centreIds)
        stages << Stage{StageKind::Queue, id} << Stage{StageKind::Work, id};
    std::stable_sort(stages.begin(), stages.end(),
                     [](const Stage& a, const Stage& b) { return a.sequence() < b.sequence(); });

    const auto figuresOf = [&](const Stage& stage) {
        StageFigures f;
        f.stage = stage;
        f.name = StageText::name(stage, centres->value(stage.workCentreId));
        f.current = StageDurationStats::figures(current->value(stage.key()));
        f.previous = StageDurationStats::figures(previous->value(stage.key()));
        return f;
    };
    qint64 totalHours = 0;
    qint64 previousTotalHours = 0;
    for (const Stage& stage : stages) {
        StageFigures f = figuresOf(stage);
        totalHours += f.current.totalHours;
        previousTotalHours += f.previous.totalHours;
        report.stages << f;
    }
    StageFigures* worst = nullptr;
    for (StageFigures& f : report.stages) {
        if (f.hasData())
            f.shareBasisPoints = StageDurationStats::shareBasisPoints(f.current.totalHours, totalHours);
        if (f.hasPreviousData())
            f.previousShareBasisPoints =
                StageDurationStats::shareBasisPoints(f.previous.totalHours, previousTotalHours);
        if (f.hasData() && f.current.totalHours > 0 &&
            (!worst || f.current.totalHours > worst->current.totalHours))
            worst = &f;
    }
    if (worst)
        worst->worst = true;

    report.reconfirmations = figuresOf(Stage{StageKind::Reconfirmation, 0});
    report.firstConfirmations =
        StageDurationStats::figures(current->value(Stage{StageKind::Confirmation, 0}.key())).spans -
        report.reconfirmations.current.spans;
    report.firstConfirmations = std::max<qint64>(0, report.firstConfirmations);
    report.changeRequests = changes->requests;
    report.ordersWithChanges = changes->orders;

    for (const StageFigures& f : report.stages)
        if (f.stage.isHandOff() && f.hasData())
            report.longestHandOffs << f;
    std::stable_sort(report.longestHandOffs.begin(), report.longestHandOffs.end(),
                     [](const StageFigures& a, const StageFigures& b) {
                         return a.current.p90Hours != b.current.p90Hours
                                    ? a.current.p90Hours > b.current.p90Hours
                                    : a.current.medianHalfHours > b.current.medianHalfHours;
                     });
    if (report.longestHandOffs.size() > HandOffsShown)
        report.longestHandOffs.resize(HandOffsShown);
    return report;
}

OrderListQuery BottleneckService::ordersBehind(const Stage& stage, const QDate& from, const QDate& to)
{
    OrderListQuery q;
    q.stageKey = stage.key();
    q.stageFrom = from;
    q.stageTo = to;
    return q;
}

} // namespace od
