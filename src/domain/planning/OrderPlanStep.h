#pragma once

#include "Hours.h"
#include "Quantity.h"
#include "ScheduledStep.h"
#include "StepDemand.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace od {

enum class PlanStepStatus
{
    Pending,
    Started,
    Finished
};

// One step of a stored plan: what was planned (dates, hours per day, owner) and what happened
// (actual dates, quantity done, status).
struct OrderPlanStep
{
    qint64 id = 0;
    int lineNo = 0; // 0 = the order's shipping step
    int stepNo = 0;
    QString name;
    StepKind kind = StepKind::Work;
    qint64 workCentreId = 0; // 0 = none
    QString workCentre;      // code, filled when loaded
    Hours hours;
    Quantity quantity; // the line's
    int waitDays = 0;
    qint64 ownerUserId = 0; // 0 = nobody yet
    QDate plannedStart;
    QDate plannedFinish;
    QDate notBefore;
    QDate actualStart;
    QDate actualFinish;
    Quantity quantityDone;
    PlanStepStatus status = PlanStepStatus::Pending;
    QList<DayHours> days; // Work only: the hours planned per day on the work centre

    // "work", "purchase", "lead_time", "shipping" and "pending", "started", "finished": the
    // database keys.
    static QString kindKey(StepKind kind);
    static std::optional<StepKind> kindFromKey(QStringView key);
    static QString statusKey(PlanStepStatus status);
    static std::optional<PlanStepStatus> statusFromKey(QStringView key);
};

} // namespace od
