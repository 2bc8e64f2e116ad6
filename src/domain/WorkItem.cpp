#include "WorkItem.h"

namespace od {

QList<QLatin1String> WorkItemKindInfo::all()
{
    return {WorkItemKind::Mention,        WorkItemKind::Late,           WorkItemKind::CallCustomer,
            WorkItemKind::Exception,      WorkItemKind::Step,           WorkItemKind::Confirmation,
            WorkItemKind::DateAcceptance, WorkItemKind::ChangeApproval, WorkItemKind::ChangeRejected,
            WorkItemKind::Ship,           WorkItemKind::ShipFinished,   WorkItemKind::Invoice,
            WorkItemKind::Overdue,        WorkItemKind::Promise,        WorkItemKind::AutoApproved,
            WorkItemKind::CreditHold,     WorkItemKind::Review};
}

QString WorkItemKindInfo::displayName(const QString& kind)
{
    if (kind == WorkItemKind::Confirmation)
        return tr("Confirmation to chase");
    if (kind == WorkItemKind::DateAcceptance)
        return tr("Later date to accept");
    if (kind == WorkItemKind::Exception)
        return tr("Exception");
    if (kind == WorkItemKind::Step)
        return tr("Production step");
    if (kind == WorkItemKind::Ship)
        return tr("To ship");
    if (kind == WorkItemKind::ShipFinished)
        return tr("Finished lines to ship");
    if (kind == WorkItemKind::Invoice)
        return tr("To invoice");
    if (kind == WorkItemKind::Overdue)
        return tr("Overdue invoice");
    if (kind == WorkItemKind::Promise)
        return tr("Broken promise to pay");
    if (kind == WorkItemKind::Mention)
        return tr("Mention");
    if (kind == WorkItemKind::CallCustomer)
        return tr("Customer to call about a delay");
    if (kind == WorkItemKind::Late)
        return tr("Order behind promise");
    if (kind == WorkItemKind::ChangeApproval)
        return tr("Change to approve");
    if (kind == WorkItemKind::ChangeRejected)
        return tr("Change rejected");
    if (kind == WorkItemKind::AutoApproved)
        return tr("Change approved by rule");
    if (kind == WorkItemKind::CreditHold)
        return tr("Customer on credit hold");
    if (kind == WorkItemKind::Review)
        return tr("Post-analysis to write");
    return kind;
}

} // namespace od
