#pragma once

#include "Stage.h"
#include "StageDurationStats.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// One stage of the bottleneck analysis in a period and in the period of the same length before it.
struct StageFigures
{
    Stage stage;
    QString name;
    StageDurationFigures current;
    StageDurationFigures previous;
    // Of the total lead time of the period (every stage but re-confirmation); none without data.
    std::optional<qint64> shareBasisPoints;
    std::optional<qint64> previousShareBasisPoints;
    bool worst = false; // the stage with the largest share of the period's lead time

    bool hasData() const { return current.spans > 0; }
    bool hasPreviousData() const { return previous.spans > 0; }
};

// The bottleneck analysis (瓶颈分析) of a period: how long orders spend in each stage, measured
// from the recorded timeline and step dates, and the time that adds no work.
struct BottleneckReport
{
    QDate from;
    QDate to;
    QDate previousFrom;
    QDate previousTo;
    // The stages of the lead time in the order an order meets them; work centres by name.
    // Every stage is listed, with no spans when nothing was recorded.
    QList<StageFigures> stages;

    // Time without work.
    StageFigures reconfirmations;  // a confirmation → the same order's next one
    qint64 firstConfirmations = 0; // orders confirmed for the first time in the period
    qint64 changeRequests = 0;
    qint64 ordersWithChanges = 0;
    // Hand-offs between people or centres that wait longest (by 90th percentile), at most five.
    QList<StageFigures> longestHandOffs;

    // Re-confirmations and change requests per order confirmed for the first time, in hundredths;
    // none when no order was confirmed for the first time.
    std::optional<qint64> reconfirmationsPerOrderHundredths() const;
    std::optional<qint64> changesPerOrderHundredths() const;

    const StageFigures* worst() const;
};

} // namespace od
