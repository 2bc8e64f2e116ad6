#include "OrderEventText.h"

#include "ChangeEventText.h"
#include "ContactChannel.h"
#include "ExceptionEventText.h"
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
const QString kPromised = QStringLiteral("promised");
const QString kEarliest = QStringLiteral("earliest");
const QString kStepNo = QStringLiteral("step_no");
const QString kStep = QStringLiteral("step");
const QString kAction = QStringLiteral("action");
const QString kQuantity = QStringLiteral("quantity");
const QString kDone = QStringLiteral("done");
const QString kPlanned = QStringLiteral("planned");
const QString kRequested = QStringLiteral("requested");
const QString kAcceptedAt = QStringLiteral("accepted_at");
const QString kOwner = QStringLiteral("owner");
const QString kNotBefore = QStringLiteral("not_before");
const QString kCause = QStringLiteral("cause");
const QString kDocument = QStringLiteral("document");
const QString kShipment = QStringLiteral("shipment");
const QString kCarrier = QStringLiteral("carrier");
const QString kTracking = QStringLiteral("tracking_no");
const QString kDate = QStringLiteral("date");
const QString kReceivedBy = QStringLiteral("received_by");
const QString kReceipt = QStringLiteral("receipt");
const QString kLesson = QStringLiteral("lesson");

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

QString settlementName(const QJsonValue& key)
{
    const auto status = SettlementStatusInfo::fromKey(key.toString());
    return status ? SettlementStatusInfo::displayName(*status) : key.toString();
}

} // namespace

void OrderEventText::created(OrderEvent& event, int lines, Money total, const QString& currency)
{
    event.kind = OrderEventKind::Created;
    event.data = {{kLines, lines}, {kTotal, total.toDecimalString()}, {kCurrency, currency}};
}

void OrderEventText::edited(OrderEvent& event, int lines, Money total, const QString& currency)
{
    event.kind = OrderEventKind::Edited;
    event.data = {{kLines, lines}, {kTotal, total.toDecimalString()}, {kCurrency, currency}};
}

void OrderEventText::revised(OrderEvent& event, const QString& reason)
{
    event.kind = OrderEventKind::Revised;
    event.data = {};
    if (!reason.trimmed().isEmpty())
        event.data.insert(kReason, reason.trimmed());
}

void OrderEventText::submitted(OrderEvent& event)
{
    event.kind = OrderEventKind::Submitted;
    event.data = {};
}

void OrderEventText::confirmed(OrderEvent& event, const Confirmation& confirmation)
{
    event.kind = OrderEventKind::Confirmed;
    event.data = {{kContact, confirmation.contactName},
                  {kChannel, ConfirmationChannelInfo::key(confirmation.channel)},
                  {kConfirmedAt, confirmation.confirmedAt.toUTC().toString(Qt::ISODate)}};
    if (!confirmation.remarks.trimmed().isEmpty())
        event.data.insert(kRemarks, confirmation.remarks.trimmed());
}

void OrderEventText::returned(OrderEvent& event, const QString& reason)
{
    event.kind = OrderEventKind::Returned;
    event.data = {{kReason, reason.trimmed()}};
}

void OrderEventText::statusChanged(OrderEvent& event, OrderStatus from, OrderStatus to, const QString& note)
{
    event.kind = OrderEventKind::StatusChanged;
    event.data = {{kFrom, OrderStatusInfo::key(from)}, {kTo, OrderStatusInfo::key(to)}};
    if (!note.trimmed().isEmpty())
        event.data.insert(kNote, note.trimmed());
}

void OrderEventText::imported(OrderEvent& event, const QString& source, OrderStatus status)
{
    event.kind = OrderEventKind::Imported;
    event.data = {{kSource, source}, {kStatus, OrderStatusInfo::key(status)}};
}

void OrderEventText::planned(OrderEvent& event, const QDate& promised, const QDate& earliest,
                             const QString& overrideReason)
{
    event.kind = OrderEventKind::Planned;
    event.data = {{kPromised, promised.toString(Qt::ISODate)}, {kEarliest, earliest.toString(Qt::ISODate)}};
    if (!overrideReason.trimmed().isEmpty())
        event.data.insert(kReason, overrideReason.trimmed());
}

void OrderEventText::progress(OrderEvent& event, int stepNo, const QString& stepName, const QString& action,
                              const QString& quantity, const QString& done, const QString& planned,
                              const QString& note)
{
    event.kind = OrderEventKind::Progress;
    event.data = {{kStepNo, stepNo}, {kStep, stepName}, {kAction, action}};
    if (!quantity.isEmpty())
        event.data.insert(kQuantity, quantity);
    if (!done.isEmpty())
        event.data.insert(kDone, done);
    if (!planned.isEmpty())
        event.data.insert(kPlanned, planned);
    if (!note.trimmed().isEmpty())
        event.data.insert(kNote, note.trimmed());
}

void OrderEventText::dateAccepted(OrderEvent& event, const QDate& promised, const QDate& requested,
                                  const QString& contact, const QString& channelKey,
                                  const QDateTime& acceptedAt, const QString& note)
{
    event.kind = OrderEventKind::DateAccepted;
    event.data = {{kPromised, promised.toString(Qt::ISODate)},
                  {kRequested, requested.toString(Qt::ISODate)},
                  {kContact, contact},
                  {kChannel, channelKey},
                  {kAcceptedAt, acceptedAt.toUTC().toString(Qt::ISODate)}};
    if (!note.trimmed().isEmpty())
        event.data.insert(kNote, note.trimmed());
}

void OrderEventText::planChanged(OrderEvent& event, int stepNo, const QString& stepName, const QString& owner,
                                 const QDate& notBefore, const QDate& earliest)
{
    event.kind = OrderEventKind::PlanChanged;
    event.data = {{kStepNo, stepNo}, {kStep, stepName}, {kEarliest, earliest.toString(Qt::ISODate)}};
    if (!owner.isEmpty())
        event.data.insert(kOwner, owner);
    if (notBefore.isValid())
        event.data.insert(kNotBefore, notBefore.toString(Qt::ISODate));
}

void OrderEventText::settlementChanged(OrderEvent& event, SettlementStatus from, SettlementStatus to,
                                       const QString& cause, const QString& document)
{
    event.kind = OrderEventKind::SettlementChanged;
    event.data = {{kFrom, SettlementStatusInfo::key(from)},
                  {kTo, SettlementStatusInfo::key(to)},
                  {kCause, cause},
                  {kDocument, document}};
}

void OrderEventText::shipped(OrderEvent& event, const QString& shipmentNo, const QString& carrier,
                             const QString& trackingNo, const QDate& shipDate, const QString& lines)
{
    event.kind = OrderEventKind::Shipped;
    event.data = {{kShipment, shipmentNo},
                  {kCarrier, carrier},
                  {kDate, shipDate.toString(Qt::ISODate)},
                  {kLines, lines}};
    if (!trackingNo.isEmpty())
        event.data.insert(kTracking, trackingNo);
}

void OrderEventText::delivered(OrderEvent& event, const QString& shipmentNo, const QDate& on,
                               const QString& receivedBy, const QString& receipt)
{
    event.kind = OrderEventKind::Delivered;
    event.data = {{kShipment, shipmentNo}, {kDate, on.toString(Qt::ISODate)}};
    if (!receivedBy.isEmpty())
        event.data.insert(kReceivedBy, receivedBy);
    if (!receipt.isEmpty())
        event.data.insert(kReceipt, receipt);
}

void OrderEventText::reviewed(OrderEvent& event, ReviewCause cause, qint64 lessonId)
{
    event.kind = OrderEventKind::Reviewed;
    event.data = {{kCause, ReviewCauseInfo::key(cause)}};
    if (lessonId > 0)
        event.data.insert(kLesson, lessonId);
}

QString OrderEventText::describe(const OrderEvent& event)
{
    const QString& kind = event.kind;
    const QJsonObject& data = event.data;
    if (ExceptionEventText::isExceptionEvent(kind))
        return ExceptionEventText::describe(event);
    if (ChangeEventText::isChangeEvent(kind))
        return ChangeEventText::describe(event);
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
    if (kind == OrderEventKind::Planned) {
        const QDate promised = QDate::fromString(data.value(kPromised).toString(), Qt::ISODate);
        const QDate earliest = QDate::fromString(data.value(kEarliest).toString(), Qt::ISODate);
        QString text = tr("Plan committed: delivery promised for %1 (earliest possible %2).")
                           .arg(LocaleFormat::date(promised), LocaleFormat::date(earliest));
        if (const QString reason = data.value(kReason).toString(); !reason.isEmpty())
            text += u' ' + tr("Earlier than capacity allows: %1").arg(reason);
        return text;
    }
    if (kind == OrderEventKind::DateAccepted) {
        const auto channel = ContactChannelInfo::fromKey(data.value(kChannel).toString());
        QString text =
            tr("The customer accepted delivery on %1 instead of the %2 asked for: %3 (%4), %5.")
                .arg(LocaleFormat::date(QDate::fromString(data.value(kPromised).toString(), Qt::ISODate)),
                     LocaleFormat::date(QDate::fromString(data.value(kRequested).toString(), Qt::ISODate)),
                     data.value(kContact).toString(),
                     channel ? ContactChannelInfo::displayName(*channel) : data.value(kChannel).toString(),
                     LocaleFormat::dateTime(
                         QDateTime::fromString(data.value(kAcceptedAt).toString(), Qt::ISODate)));
        if (const QString note = data.value(kNote).toString(); !note.isEmpty())
            text += u' ' + note;
        return text;
    }
    if (kind == OrderEventKind::PlanChanged) {
        const QString step =
            tr("step %1 %2").arg(data.value(kStepNo).toInt()).arg(data.value(kStep).toString());
        QStringList parts;
        if (const QString owner = data.value(kOwner).toString(); !owner.isEmpty())
            parts << tr("%1 given to %2").arg(step, owner);
        if (const QString later = data.value(kNotBefore).toString(); !later.isEmpty())
            parts << tr("%1 moved to start on %2 or later")
                         .arg(step, LocaleFormat::date(QDate::fromString(later, Qt::ISODate)));
        return tr("Plan changed: %1; earliest completion now %2.")
            .arg(parts.join(QStringLiteral("; ")),
                 LocaleFormat::date(QDate::fromString(data.value(kEarliest).toString(), Qt::ISODate)));
    }
    if (kind == OrderEventKind::Progress) {
        const QString action = data.value(kAction).toString();
        const QString step =
            tr("step %1 %2").arg(data.value(kStepNo).toInt()).arg(data.value(kStep).toString());
        QString text;
        if (action == QLatin1String("start"))
            text = tr("Started %1.").arg(step);
        else if (action == QLatin1String("finish"))
            text = tr("Finished %1.").arg(step);
        else
            text = tr("%1 done on %2 (%3 of %4).")
                       .arg(data.value(kQuantity).toString(), step, data.value(kDone).toString(),
                            data.value(kPlanned).toString());
        if (const QString note = data.value(kNote).toString(); !note.isEmpty())
            text += u' ' + note;
        return text;
    }
    if (kind == OrderEventKind::Shipped) {
        const QDate date = QDate::fromString(data.value(kDate).toString(), Qt::ISODate);
        const QString tracking = data.value(kTracking).toString();
        QString text =
            tracking.isEmpty()
                ? tr("Shipment %1 left on %2 with %3 (line=quantity: %4).")
                      .arg(data.value(kShipment).toString(), LocaleFormat::date(date),
                           data.value(kCarrier).toString(), data.value(kLines).toString())
                : tr("Shipment %1 left on %2 with %3, tracking number %4 (line=quantity: %5).")
                      .arg(data.value(kShipment).toString(), LocaleFormat::date(date),
                           data.value(kCarrier).toString(), tracking, data.value(kLines).toString());
        return text;
    }
    if (kind == OrderEventKind::Delivered) {
        const QDate date = QDate::fromString(data.value(kDate).toString(), Qt::ISODate);
        QString text = tr("Shipment %1 delivered on %2.")
                           .arg(data.value(kShipment).toString(), LocaleFormat::date(date));
        if (const QString by = data.value(kReceivedBy).toString(); !by.isEmpty())
            text += u' ' + tr("Signed by %1.").arg(by);
        if (const QString receipt = data.value(kReceipt).toString(); !receipt.isEmpty())
            text += u' ' + tr("Receipt: %1").arg(receipt);
        return text;
    }
    if (kind == OrderEventKind::Reviewed) {
        const auto cause = ReviewCauseInfo::fromKey(data.value(kCause).toString());
        const QString name = cause ? ReviewCauseInfo::displayName(*cause) : data.value(kCause).toString();
        if (data.contains(kLesson))
            return tr("Reviewed: the cause was %1. The lesson was added to the lessons learnt.").arg(name);
        return tr("Reviewed: the cause was %1.").arg(name);
    }
    if (kind == OrderEventKind::SettlementChanged) {
        const QString from = settlementName(data.value(kFrom));
        const QString to = settlementName(data.value(kTo));
        const QString cause = data.value(kCause).toString();
        const QString document = data.value(kDocument).toString();
        if (cause == QLatin1String("invoice"))
            return tr("Invoice %1 issued: settlement %2 → %3.").arg(document, from, to);
        if (cause == QLatin1String("credit_note"))
            return tr("Credit note %1 issued: settlement %2 → %3.").arg(document, from, to);
        if (cause == QLatin1String("payment"))
            return tr("Payment %1 received: settlement %2 → %3.").arg(document, from, to);
        if (cause == QLatin1String("reapply"))
            return tr("Payment %1 re-applied: settlement %2 → %3.").arg(document, from, to);
        if (cause == QLatin1String("import"))
            return tr("Payments imported from %1: settlement %2 → %3.").arg(document, from, to);
        if (cause == QLatin1String("write_off"))
            return tr("Invoice %1 written off: settlement %2 → %3.").arg(document, from, to);
        return tr("Settlement %1 → %2.").arg(from, to);
    }
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
    if (ExceptionEventText::isExceptionEvent(kind))
        return ExceptionEventText::kindName(kind);
    if (ChangeEventText::isChangeEvent(kind))
        return ChangeEventText::kindName(kind);
    if (kind == OrderEventKind::Planned)
        return tr("Planned");
    if (kind == OrderEventKind::Progress)
        return tr("Progress");
    if (kind == OrderEventKind::DateAccepted)
        return tr("Later date accepted");
    if (kind == OrderEventKind::PlanChanged)
        return tr("Plan changed");
    if (kind == OrderEventKind::SettlementChanged)
        return tr("Settlement");
    if (kind == OrderEventKind::Shipped)
        return tr("Shipped");
    if (kind == OrderEventKind::Delivered)
        return tr("Delivered");
    if (kind == OrderEventKind::Reviewed)
        return tr("Reviewed");
    return kind;
}

} // namespace od
