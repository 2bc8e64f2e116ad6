#pragma once

#include "Hours.h"
#include "OrderPlanStep.h"

#include <QDate>
#include <QString>

namespace od {

// What one plan step takes of a work centre on one day (the Capacity view's click-through).
struct StepDayLoad
{
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    qint64 stepId = 0;
    int lineNo = 0;
    int stepNo = 0;
    QString name;
    QString ownerName;
    QDate plannedStart;
    QDate plannedFinish;
    Hours hours; // on that day
    PlanStepStatus status = PlanStepStatus::Pending;
};

} // namespace od
