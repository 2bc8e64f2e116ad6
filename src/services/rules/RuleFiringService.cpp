#include "RuleFiringService.h"

#include "Database.h"
#include "Department.h"
#include "RuleCatalog.h"
#include "RuleEngine.h"
#include "RuleFiringRepository.h"

#include <QSet>

namespace od {

WorkItem RuleFiringService::toWorkItem(const RuleFiring& f)
{
    WorkItem item;
    item.firingId = f.id;
    item.rule = f.ruleKey;
    item.orderId = f.orderId;
    item.orderNo = f.orderNo;
    item.due = f.due;
    const QString since = f.since.toString(Qt::ISODate);
    if (f.ruleKey == RuleKey::ConfirmationReminder) {
        item.kind = WorkItemKind::Confirmation;
        item.text = tr("Reminder: %1 has not confirmed revision %2, sent on %3: call them.")
                        .arg(f.customerName)
                        .arg(f.revision)
                        .arg(since);
    } else if (f.ruleKey == RuleKey::ShippedTellFinance) {
        item.kind = WorkItemKind::Invoice;
        item.text =
            tr("Invoice %1: the order shipped on %2 and is not invoiced yet.").arg(f.customerName, since);
    } else if (f.ruleKey == RuleKey::LateDeliveryReview) {
        item.kind = WorkItemKind::Review;
        item.text = tr("Write the post-analysis (事后分析) of %1's order, %2.").arg(f.customerName, f.detail);
    } else if (f.ruleKey == RuleKey::SmallChangeApproval) {
        item.kind = WorkItemKind::AutoApproved;
        item.recordId = f.subjectId;
        item.documentNo = f.changeNo;
        item.text = tr("Change %1 on %2's order was approved by the rule \"%3\" on %4.")
                        .arg(f.changeNo, f.customerName, RuleCatalog::displayName(f.ruleKey), since);
    } else if (f.ruleKey == RuleKey::CreditHoldOverdue) {
        item.kind = WorkItemKind::CreditHold;
        item.customerId = f.customerId;
        item.documentNo = f.customerCode;
        item.text = tr("%1 is on credit hold since %2: %3 Release it with a reason, or chase the payment.")
                        .arg(f.customerName, since, f.detail);
    } else {
        item.kind = f.ruleKey;
        item.text = f.detail;
    }
    return item;
}

Result<QList<WorkItem>> RuleFiringService::workItems(int limit)
{
    QList<WorkItem> out;
    if (!m_session.isSignedIn())
        return out;
    const QString department = DepartmentInfo::key(DepartmentInfo::of(m_session.user().role));
    auto open = RuleFiringRepository(m_session.db()).openForWork(m_session.user().id, department, limit);
    if (!open)
        return std::unexpected(open.error());
    for (const RuleFiring& f : std::as_const(*open))
        out << toWorkItem(f);
    return out;
}

Status RuleFiringService::dropGoverned(QList<WorkItem>& items)
{
    QList<qint64> confirmations, invoices;
    for (const WorkItem& i : std::as_const(items)) {
        if (i.firingId != 0 || i.orderId <= 0)
            continue;
        if (i.kind == WorkItemKind::Confirmation)
            confirmations << i.orderId;
        else if (i.kind == WorkItemKind::Invoice)
            invoices << i.orderId;
    }
    RuleFiringRepository firings(m_session.db());
    auto reminded = firings.firedOnOrders(QString(RuleKey::ConfirmationReminder), confirmations, true);
    if (!reminded)
        return std::unexpected(reminded.error());
    auto told = firings.firedOnOrders(QString(RuleKey::ShippedTellFinance), invoices, false);
    if (!told)
        return std::unexpected(told.error());
    items.removeIf([&](const WorkItem& i) {
        if (i.firingId != 0)
            return false;
        return (i.kind == WorkItemKind::Confirmation && reminded->contains(i.orderId)) ||
               (i.kind == WorkItemKind::Invoice && told->contains(i.orderId));
    });
    return {};
}

bool RuleFiringService::mayDismiss(const RuleFiring& firing) const
{
    if (!m_session.isSignedIn())
        return false;
    if (firing.userId > 0)
        return firing.userId == m_session.user().id;
    return firing.department == DepartmentInfo::key(DepartmentInfo::of(m_session.user().role));
}

Status RuleFiringService::dismiss(qint64 firingId)
{
    auto missing = [] {
        return std::unexpected(Error::notFound(tr("This reminder does not exist, or it is not yours.")));
    };
    if (!m_session.isSignedIn())
        return missing();
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto found = RuleFiringRepository(m_session.db()).byId(firingId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found || !mayDismiss(**found))
        return missing();
    auto closed = RuleEngine::closeFiring(m_session, **found, QStringLiteral("dismissed"));
    if (!closed)
        return std::unexpected(closed.error());
    if (!*closed)
        return std::unexpected(Error::conflict(tr("This reminder was closed already.")));
    return tx.commit();
}

} // namespace od
