#pragma once

#include <QDate>
#include <QString>

namespace od {

// What My work reads from the plans: the steps a user owns, and the orders whose plan cannot
// keep the date promised to the customer.

// A step of a committed plan that its owner has not finished.
struct OwnedStep
{
    qint64 stepId = 0;
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    int lineNo = 0; // 0 = the order's shipping step
    int stepNo = 0;
    QString name;
    QString workCentre; // code; empty for a step on no work centre
    QDate plannedStart;
    QDate plannedFinish;
    bool started = false;
};

// An open order whose committed plan finishes after its promised date, whose promised date has
// passed, or with a step past its planned finish.
struct OrderBehindPromise
{
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    QDate promisedDate;         // null: none promised
    QDate plannedCompletion;    // the committed plan's earliest completion
    QDate oldestLateStepFinish; // null: no step is past its planned finish
};

} // namespace od
