#include "StageDurationStats.h"
#include "Stage.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

QList<DurationCount> each(std::initializer_list<qint64> hours)
{
    QList<DurationCount> counts;
    for (qint64 h : hours)
        counts << DurationCount{h, 1};
    return counts;
}

} // namespace

TEST(StageDurationStatsTest, OddCountTakesTheMiddleDuration)
{
    // Sorted: 5 10 24 48 100 — the middle is 24 hours (1.0 day).
    const StageDurationFigures f = StageDurationStats::figures(each({48, 5, 100, 24, 10}));
    EXPECT_EQ(f.spans, 5);
    EXPECT_EQ(f.totalHours, 187);
    EXPECT_EQ(f.medianHalfHours, 48);
    EXPECT_EQ(StageDurationStats::daysTextFromHalfHours(f.medianHalfHours), QStringLiteral("1.0"));
}

TEST(StageDurationStatsTest, EvenCountTakesTheMeanOfTheTwoMiddleDurations)
{
    // Sorted: 12 24 36 96 — the middle two are 24 and 36, the median 30 hours = 1.25 days → "1.3".
    const StageDurationFigures f = StageDurationStats::figures(each({96, 24, 12, 36}));
    EXPECT_EQ(f.medianHalfHours, 60);
    EXPECT_EQ(StageDurationStats::daysTextFromHalfHours(f.medianHalfHours), QStringLiteral("1.3"));
}

TEST(StageDurationStatsTest, NinetiethPercentileIsTheNearestRank)
{
    // Twenty spans of 1..20 days: rank ⌈0.9 × 20⌉ = 18 → 18 days.
    QList<DurationCount> counts;
    for (qint64 day = 20; day >= 1; --day)
        counts << DurationCount{day * 24, 1};
    EXPECT_EQ(StageDurationStats::figures(counts).p90Hours, 18 * 24);
    // Eleven spans: rank ⌈9.9⌉ = 10 → the tenth smallest.
    EXPECT_EQ(StageDurationStats::figures(each({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000})).p90Hours, 10);
    // One span: it is every percentile.
    EXPECT_EQ(StageDurationStats::figures(each({7})).p90Hours, 7);
}

TEST(StageDurationStatsTest, RepeatedDurationsCountAsManySpans)
{
    // 3 × 2 h, 1 × 10 h, 6 × 50 h: ten spans, the fifth and sixth are 50 and 50.
    const StageDurationFigures f = StageDurationStats::figures({{50, 6}, {2, 3}, {10, 1}, {99, 0}});
    EXPECT_EQ(f.spans, 10);
    EXPECT_EQ(f.totalHours, 316);
    EXPECT_EQ(f.medianHalfHours, 100);
    EXPECT_EQ(f.p90Hours, 50);
}

TEST(StageDurationStatsTest, NoSpansGiveNoFigures)
{
    const StageDurationFigures f = StageDurationStats::figures({});
    EXPECT_EQ(f.spans, 0);
    EXPECT_EQ(f.totalHours, 0);
    EXPECT_FALSE(StageDurationStats::shareBasisPoints(0, 0).has_value());
}

TEST(StageDurationStatsTest, ShareIsRoundedHalfUpInBasisPoints)
{
    EXPECT_EQ(StageDurationStats::shareBasisPoints(1, 3), 3333);
    EXPECT_EQ(StageDurationStats::shareBasisPoints(2, 3), 6667);
    EXPECT_EQ(StageDurationStats::shareBasisPoints(5, 5), 10000);
    EXPECT_EQ(StageDurationStats::percentText(3333), QStringLiteral("33.33"));
    EXPECT_EQ(StageDurationStats::percentText(5), QStringLiteral("0.05"));
}

TEST(StageDurationStatsTest, DaysAreShownWithOneDecimal)
{
    EXPECT_EQ(StageDurationStats::daysText(0), QStringLiteral("0.0"));
    EXPECT_EQ(StageDurationStats::daysText(36), QStringLiteral("1.5"));
    EXPECT_EQ(StageDurationStats::daysText(1), QStringLiteral("0.0")); // 0.04 day
    EXPECT_EQ(StageDurationStats::daysText(2), QStringLiteral("0.1")); // 0.083 day
    EXPECT_EQ(StageDurationStats::daysText(240), QStringLiteral("10.0"));
}

TEST(StageTest, KeysRoundTripAndRefuseNonsense)
{
    EXPECT_EQ((Stage{StageKind::Queue, 3}.key()), QStringLiteral("queue:3"));
    EXPECT_EQ(Stage::fromKey(QStringLiteral("work:12")), (Stage{StageKind::Work, 12}));
    EXPECT_EQ(Stage::fromKey(QStringLiteral("payment")), (Stage{StageKind::Payment, 0}));
    EXPECT_FALSE(Stage::fromKey(QStringLiteral("queue")).has_value());
    EXPECT_FALSE(Stage::fromKey(QStringLiteral("payment:2")).has_value());
    EXPECT_FALSE(Stage::fromKey(QStringLiteral("lunch")).has_value());
    EXPECT_FALSE((Stage{StageKind::Reconfirmation, 0}.inLeadTime()));
    EXPECT_TRUE((Stage{StageKind::Queue, 1}.isHandOff()));
    EXPECT_FALSE((Stage{StageKind::Transit, 0}.isHandOff()));
}
