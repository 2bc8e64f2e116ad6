#pragma once

#include "RuleState.h"
#include "Session.h"
#include "WorkItem.h"

#include <QCoreApplication>

namespace od {

// The automation rules' firings as the people they are for see them: My work items (the
// person's own and their department's, while they still ask for something), and dismissing one.
class RuleFiringService
{
    Q_DECLARE_TR_FUNCTIONS(RuleFiringService)

public:
    explicit RuleFiringService(Session& session) : m_session(session) {}

    // The open firings for the signed-in user and their department, as My work items.
    Result<QList<WorkItem>> workItems(int limit);
    // My work computes some items the rules now govern (a confirmation to chase, a shipped order
    // to invoice): an order on which the rule fired shows the firing's item instead, and nothing
    // once the firing is dismissed. Removes those computed items from `items`.
    Status dropGoverned(QList<WorkItem>& items);
    // The person a firing is for, or anyone of its department, dismisses it; audited.
    Status dismiss(qint64 firingId);
    // Whether the signed-in user may dismiss the firing.
    bool mayDismiss(const RuleFiring& firing) const;

    static WorkItem toWorkItem(const RuleFiring& firing);

private:
    Session& m_session;
};

} // namespace od
