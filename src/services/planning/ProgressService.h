#pragma once

#include "OrderPlanStep.h"
#include "Quantity.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// What the person responsible for a step reports.
struct ProgressReport
{
    enum class Action
    {
        Start, // work on the step began today
        Done,  // `quantity` more finished today
        Finish // the step is finished (all of its quantity)
    };
    Action action = Action::Start;
    Quantity quantity; // Done only
    QString note;
};

// Progress on the steps of committed plans (开工, 完成数量, 完工), reported by the step's owner or a
// manager. The first step started moves the order from planned to in production; the last
// production step finished moves it to ready to ship. Each report is one change of the order,
// with its timeline event and audit record.
class ProgressService
{
    Q_DECLARE_TR_FUNCTIONS(ProgressService)

public:
    explicit ProgressService(Session& session) : m_session(session) {}

    // `stepNo` is the step's number in the order's plan (1 = its first step), as the plan shows it.
    // Returns the step as saved.
    Result<OrderPlanStep> report(qint64 orderId, int stepNo, const ProgressReport& report);

private:
    Session& m_session;
};

} // namespace od
