#include "MyWorkService.h"

#include "AwaitingConfirmationRepository.h"
#include "DateAcceptanceRepository.h"
#include "ExceptionService.h"
#include "Permissions.h"

#include <algorithm>

namespace od {

Result<QList<WorkItem>> MyWorkService::items(int limit)
{
    QList<WorkItem> out;
    if (!m_session.isSignedIn())
        return out;
    if (auto ok = addConfirmations(out, limit); !ok)
        return std::unexpected(ok.error());
    if (auto ok = addExceptions(out, limit); !ok)
        return std::unexpected(ok.error());
    if (auto ok = addDateAcceptances(out, limit); !ok)
        return std::unexpected(ok.error());
    std::stable_sort(out.begin(), out.end(), [](const WorkItem& a, const WorkItem& b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Status MyWorkService::addConfirmations(QList<WorkItem>& out, int limit)
{
    // The salesperson chases their own customers; others do not see this work as theirs.
    if (!Permissions::allows(m_session, Permission::RecordConfirmation))
        return {};
    // One's own orders only (a manager sees every salesperson's queue on the Confirmation page).
    auto waiting = AwaitingConfirmationRepository(m_session.db()).list(m_session.user().id, limit);
    if (!waiting)
        return std::unexpected(waiting.error());
    for (const AwaitingConfirmation& a : *waiting) {
        WorkItem item;
        item.kind = WorkItemKind::Confirmation;
        item.orderId = a.orderId;
        item.orderNo = a.orderNo;
        const QDate sent = a.sentAt.toLocalTime().date();
        item.due = sent.addDays(ConfirmationChaseDays);
        item.text = tr("%1 has not confirmed revision %2, sent on %3.")
                        .arg(a.customerName)
                        .arg(a.revision)
                        .arg(sent.toString(Qt::ISODate));
        out << item;
    }
    return {};
}

Status MyWorkService::addDateAcceptances(QList<WorkItem>& out, int limit)
{
    if (!Permissions::allows(m_session, Permission::RecordConfirmation))
        return {};
    // One's own orders: production waits for their customers' answer.
    auto waiting = DateAcceptanceRepository(m_session.db()).awaiting(m_session.user().id, limit);
    if (!waiting)
        return std::unexpected(waiting.error());
    for (const DateAcceptanceRepository::Awaiting& a : *waiting) {
        WorkItem item;
        item.kind = WorkItemKind::DateAcceptance;
        item.orderId = a.orderId;
        item.orderNo = a.orderNo;
        item.due = a.productionStart;
        item.text =
            tr("%1 asked for %2 but the plan promises %3: record whether the customer accepts the later "
               "date before production starts.")
                .arg(a.customerName, a.requestedDate.toString(Qt::ISODate),
                     a.promisedDate.toString(Qt::ISODate));
        out << item;
    }
    return {};
}

Status MyWorkService::addExceptions(QList<WorkItem>& out, int limit)
{
    ExceptionFilter mine;
    mine.ownerId = m_session.user().id;
    auto owned = ExceptionService(m_session).list(mine, limit);
    if (!owned)
        return std::unexpected(owned.error());
    for (const OrderException& e : *owned) {
        WorkItem item;
        item.kind = WorkItemKind::Exception;
        item.orderId = e.orderId;
        item.orderNo = e.orderNo;
        item.recordId = e.id;
        item.due = e.dueDate;
        item.text =
            e.responsePlan.isEmpty()
                ? tr("Exception %1 (%2) needs a response plan: %3")
                      .arg(e.exceptionNo, ExceptionKindInfo::displayName(e.kind), e.description.left(60))
                : tr("Exception %1 (%2) is open: %3")
                      .arg(e.exceptionNo, ExceptionKindInfo::displayName(e.kind), e.description.left(60));
        out << item;
    }
    return {};
}

} // namespace od
