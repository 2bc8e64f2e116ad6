#include "OrderEventText.h"

#include "LocaleFormat.h"

#include <QJsonObject>

namespace od {

namespace {

const QString kLines = QStringLiteral("lines");
const QString kTotal = QStringLiteral("total");
const QString kCurrency = QStringLiteral("currency");
const QString kContact = QStringLiteral("contact");
const QString kChannel = QStringLiteral("channel");
const QString kConfirmedAt = QStringLiteral("confirmed_at");
const QString kRemarks = QStringLiteral("remarks");
const QString kReason = QStringLiteral("reason");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kNote = QStringLiteral("note");
const QString kSource = QStringLiteral("source");
const QString kStatus = QStringLiteral("status");

QString statusName(const QJsonValue& key)
{
    const auto status = OrderStatusInfo::fromKey(key.toString());
    return status ? OrderStatusInfo::displayName(*status) : key.toString();
}

QString amount(const QJsonObject& data)
{
    const auto total = Money::parse(data.value(kTotal).toString());
    return total ? LocaleFormat::money(*total, data.value(kCurrency).toString())
                 : data.value(kTotal).toString();
}

} // namespace

void OrderEventText::created(OrderEvent& event, int lines, Money total, const QString& currency)
{
    event.kind = OrderEventKind::Created;
    event.data = {{kLines, lines}, {kTotal, total.toDecimalString()}, {kCurrency, currency}};
    event.detail = describe(event);
}

void OrderEventText::edited(OrderEvent& event, int lines, Money total, const QString& currency)
{
    event.kind = OrderEventKind::Edited;
    event.data = {{kLines, lines}, {kTotal, total.toDecimalString()}, {kCurrency, currency}};
    event.detail = describe(event);
}

void OrderEventText::revised(OrderEvent& event, const QString& reason)
{
    event.kind = OrderEventKind::Revised;
    event.data = {};
    if (!reason.trimmed().isEmpty())
        event.data.insert(kReason, reason.trimmed());
    event.detail = describe(event);
}

void OrderEventText::submitted(OrderEvent& event)
{
    event.kind = OrderEventKind::Submitted;
    event.data = {};
    event.detail = describe(event);
}

void OrderEventText::confirmed(OrderEvent& event, const Confirmation& confirmation)
{
    event.kind = OrderEventKind::Confirmed;
    event.data = {{kContact, confirmation.contactName},
                  {kChannel, ConfirmationChannelInfo::key(confirmation.channel)},
                  {kConfirmedAt, confirmation.confirmedAt.toUTC().toString(Qt::ISODate)}};
    if (!confirmation.remarks.trimmed().isEmpty())
        event.data.insert(kRemarks, confirmation.remarks.trimmed());
    event.detail = describe(event);
}

void OrderEventText::returned(OrderEvent& event, const QString& reason)
{
    event.kind = OrderEventKind::Returned;
    event.data = {{kReason, reason.trimmed()}};
    event.detail = describe(event);
}

void OrderEventText::statusChanged(OrderEvent& event, OrderStatus from, OrderStatus to, const QString& note)
{
    event.kind = OrderEventKind::StatusChanged;
    event.data = {{kFrom, OrderStatusInfo::key(from)}, {kTo, OrderStatusInfo::key(to)}};
    if (!note.trimmed().isEmpty())
        event.data.insert(kNote, note.trimmed());
    event.detail = describe(event);
}

void OrderEventText::imported(OrderEvent& event, const QString& source, OrderStatus status)
{
    event.kind = OrderEventKind::Imported;
    event.data = {{kSource, source}, {kStatus, OrderStatusInfo::key(status)}};
    event.detail = describe(event);
}

QString OrderEventText::describe(const OrderEvent& event)
{
    const QString& kind = event.kind;
    const QJsonObject& data = event.data;
    // These two say nothing but the revision, which every event carries.
    if (kind == OrderEventKind::Revised) {
        if (const QString reason = data.value(kReason).toString(); !reason.isEmpty())
            return tr("Revision %1 starts: %2. It must be confirmed again.").arg(event.revision).arg(reason);
        return tr("Changed after it was sent: revision %1 starts and must be confirmed again.")
            .arg(event.revision);
    }
    if (kind == OrderEventKind::Submitted)
        return tr("Sent to the customer for confirmation (revision %1).").arg(event.revision);
    if (data.isEmpty())
        return event.detail;
    if (kind == OrderEventKind::Created)
        return tr("Order entered with %n line(s), total %1.", nullptr, data.value(kLines).toInt())
            .arg(amount(data));
    if (kind == OrderEventKind::Edited)
        return tr("Edited: %n line(s), total %1.", nullptr, data.value(kLines).toInt()).arg(amount(data));
    if (kind == OrderEventKind::Confirmed) {
        const auto channel = ConfirmationChannelInfo::fromKey(data.value(kChannel).toString());
        QString text = tr("Confirmed by %1 (%2) on %3.")
                           .arg(data.value(kContact).toString(),
                                channel ? ConfirmationChannelInfo::displayName(*channel)
                                        : data.value(kChannel).toString(),
                                LocaleFormat::dateTime(
                                    QDateTime::fromString(data.value(kConfirmedAt).toString(), Qt::ISODate)));
        if (const QString remarks = data.value(kRemarks).toString(); !remarks.isEmpty())
            text += u' ' + remarks;
        return text;
    }
    if (kind == OrderEventKind::Returned)
        return tr("Returned to draft: %1").arg(data.value(kReason).toString());
    if (kind == OrderEventKind::StatusChanged) {
        QString text = tr("%1 → %2").arg(statusName(data.value(kFrom)), statusName(data.value(kTo)));
        if (const QString note = data.value(kNote).toString(); !note.isEmpty())
            text += tr(": %1").arg(note);
        return text;
    }
    if (kind == OrderEventKind::Imported)
        return tr("Imported from %1 with status \"%2\".")
            .arg(data.value(kSource).toString(), statusName(data.value(kStatus)));
    return event.detail;
}

QString OrderEventText::kindName(const QString& kind)
{
    if (kind == OrderEventKind::Created)
        return tr("Created");
    if (kind == OrderEventKind::Edited)
        return tr("Edited");
    if (kind == OrderEventKind::Revised)
        return tr("New revision");
    if (kind == OrderEventKind::Submitted)
        return tr("Sent for confirmation");
    if (kind == OrderEventKind::Confirmed)
        return tr("Confirmed by customer");
    if (kind == OrderEventKind::Returned)
        return tr("Returned to draft");
    if (kind == OrderEventKind::StatusChanged)
        return tr("Status changed");
    if (kind == OrderEventKind::Imported)
        return tr("Imported");
    return kind;
}

} // namespace od
