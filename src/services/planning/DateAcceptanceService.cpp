#include "DateAcceptanceService.h"

#include "AuditEntry.h"
#include "DateAcceptanceRepository.h"
#include "LocaleFormat.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderPlanRepository.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "TextCheck.h"

namespace od {

namespace {

constexpr int kMaxContact = 100;
constexpr int kMaxNote = 1000;

} // namespace

Error DateAcceptanceService::missingError(const QString& orderNo, const QDate& requested,
                                          const QDate& promised)
{
    return Error::conflict(
        tr("%1 is promised for %2, later than the %3 the customer asked for: record that the customer "
           "accepted the new date before production starts.")
            .arg(orderNo, LocaleFormat::date(promised), LocaleFormat::date(requested)));
}

Result<DateAcceptanceState> DateAcceptanceService::state(qint64 orderId)
{
    auto order = OrderQueryService(m_session).order(orderId);
    if (!order)
        return std::unexpected(order.error());
    DateAcceptanceState s;
    s.requestedDate = order->requestedDate;
    s.promisedDate = order->promisedDate;
    s.needed = DateAcceptance::needed(s.requestedDate, s.promisedDate);
    if (!s.needed)
        return s;
    auto covering = DateAcceptanceRepository(m_session.db()).covering(orderId, s.promisedDate);
    if (!covering)
        return std::unexpected(covering.error());
    s.acceptance = *covering;
    return s;
}

Result<QList<DateAcceptance>> DateAcceptanceService::history(qint64 orderId)
{
    auto order = OrderQueryService(m_session).order(orderId);
    if (!order)
        return std::unexpected(order.error());
    return DateAcceptanceRepository(m_session.db()).forOrder(orderId);
}

Result<DateAcceptance> DateAcceptanceService::record(qint64 orderId, const DateAcceptanceRequest& request)
{
    if (auto ok = Permissions::require(m_session, Permission::RecordConfirmation); !ok)
        return std::unexpected(ok.error());
    const QString contact = request.contactName.trimmed();
    const QString note = request.note.trimmed();
    if (contact.isEmpty())
        return std::unexpected(Error::invalid(tr("Say who on the customer's side accepted the new date."),
                                              QStringLiteral("contact")));
    if (contact.size() > kMaxContact)
        return std::unexpected(
            Error::invalid(tr("The name of who accepted is longer than %1 characters.").arg(kMaxContact),
                           QStringLiteral("contact")));
    if (note.size() > kMaxNote)
        return std::unexpected(Error::invalid(tr("The note is longer than %1 characters.").arg(kMaxNote),
                                              QStringLiteral("note")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime acceptedAt = request.acceptedAt.isValid() ? request.acceptedAt.toUTC() : now;
    if (acceptedAt > now.addSecs(300))
        return std::unexpected(Error::invalid(tr("The customer cannot have accepted the date in the future."),
                                              QStringLiteral("accepted_at")));

    auto opened = OrderChange::open(m_session, orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order before = change.before();
    if (auto ok = Permissions::requireOrderEdit(m_session, before.salespersonId); !ok)
        return std::unexpected(ok.error());
    if (before.status != OrderStatus::Planned && before.status != OrderStatus::InProduction)
        return std::unexpected(
            Error::conflict(tr("A later date is accepted for a planned order; %1 is \"%2\".")
                                .arg(before.orderNo, OrderStatusInfo::displayName(before.status))));
    auto plan = OrderPlanRepository(m_session.db()).committedForOrder(orderId);
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan)
        return std::unexpected(Error::conflict(
            tr("%1 has no committed plan whose date the customer could accept.").arg(before.orderNo)));
    if (!DateAcceptance::needed(before.requestedDate, before.promisedDate))
        return std::unexpected(Error::conflict(
            tr("%1 is promised for %2, not later than the customer asked: there is no new date to accept.")
                .arg(before.orderNo, LocaleFormat::date(before.promisedDate))));
    DateAcceptanceRepository acceptances(m_session.db());
    auto covering = acceptances.covering(orderId, before.promisedDate);
    if (!covering)
        return std::unexpected(covering.error());
    if (*covering)
        return std::unexpected(
            Error::conflict(tr("The customer already accepted delivery on %1 (%2, %3).")
                                .arg(LocaleFormat::date((*covering)->promisedDate), (*covering)->contactName,
                                     LocaleFormat::dateTime((*covering)->acceptedAt))));

    DateAcceptance a;
    a.orderId = orderId;
    a.revision = before.revision;
    a.requestedDate = before.requestedDate;
    a.promisedDate = before.promisedDate;
    a.contactName = contact;
    a.channel = request.channel;
    a.acceptedAt = acceptedAt;
    a.note = note;
    a.recordedBy = m_session.user().id;
    a.recordedByName = m_session.user().displayName;
    a.recordedAt = now;
    auto id = acceptances.insert(a);
    if (!id)
        return std::unexpected(id.error());
    a.id = *id;

    OrderEvent event;
    OrderEventText::dateAccepted(event, a.promisedDate, a.requestedDate, contact,
                                 ContactChannelInfo::key(a.channel), acceptedAt, note);
    QList<FieldChange> changes{
        {QStringLiteral("accepted_date"), QString(), a.promisedDate.toString(Qt::ISODate)},
        {QStringLiteral("requested_date"), QString(), a.requestedDate.toString(Qt::ISODate)},
        {QStringLiteral("accepted_by"), QString(), contact},
        {QStringLiteral("channel"), QString(), ContactChannelInfo::key(a.channel)},
        {QStringLiteral("accepted_at"), QString(), acceptedAt.toString(Qt::ISODate)}};
    if (!note.isEmpty())
        changes << FieldChange{QStringLiteral("note"), QString(), note};
    if (auto ok = change.record(event, QStringLiteral("order.accept_date"), changes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    return a;
}

} // namespace od
