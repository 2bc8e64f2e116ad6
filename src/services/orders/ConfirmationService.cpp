#include "ConfirmationService.h"

#include "ChangeRequestService.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderStatusService.h"
#include "TextCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace od {

namespace {

// Copies the file into `dir` under its content hash, so the same file is stored once and a
// stored file can be checked against the hash recorded with the confirmation.
Result<std::pair<QString, QString>> storeAttachment(const QString& source, const QString& dir)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(ConfirmationService::tr("Cannot read the file %1.").arg(source),
                                              QStringLiteral("attachment")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return std::unexpected(Error::invalid(ConfirmationService::tr("Cannot read the file %1.").arg(source),
                                              QStringLiteral("attachment")));
    const QString hex = QString::fromLatin1(hash.result().toHex());
    const QString suffix = QFileInfo(source).suffix();
    const QString name = suffix.isEmpty() ? hex : hex + u'.' + suffix.toLower();
    if (!QDir().mkpath(dir))
        return std::unexpected(
            Error::storage(ConfirmationService::tr("Cannot create the folder %1.").arg(dir)));
    const QString target = dir + u'/' + name;
    if (!QFile::exists(target) && !QFile::copy(source, target))
        return std::unexpected(
            Error::storage(ConfirmationService::tr("Cannot copy the file to %1.").arg(target)));
    return std::pair{QStringLiteral("attachments/") + name, hex};
}

} // namespace

QString ConfirmationService::attachmentsDir() const
{
    return QFileInfo(m_session.db().path()).absolutePath() + QStringLiteral("/attachments");
}

Status ConfirmationService::record(qint64 orderId, int revision, Confirmation confirmation,
                                   const QString& attachmentSource)
{
    if (confirmation.contactName.trimmed().isEmpty())
        return std::unexpected(
            Error::invalid(tr("Enter who confirmed on the customer's side."), QStringLiteral("contact")));
    if (const QString problem = TextCheck::problem(confirmation.contactName, false); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("contact")));
    if (const QString problem = TextCheck::problem(confirmation.remarks, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("remarks")));
    if (!confirmation.confirmedAt.isValid())
        return std::unexpected(
            Error::invalid(tr("Enter when the customer confirmed."), QStringLiteral("confirmed_at")));
    if (confirmation.confirmedAt > QDateTime::currentDateTimeUtc().addSecs(300))
        return std::unexpected(
            Error::invalid(tr("The confirmation time is in the future."), QStringLiteral("confirmed_at")));
    if (!attachmentSource.isEmpty()) {
        // Copied before the transaction: the copy is named by its hash, so a rolled-back
        // confirmation leaves at most an unreferenced duplicate, never a wrong reference.
        auto stored = storeAttachment(attachmentSource, attachmentsDir());
        if (!stored)
            return std::unexpected(stored.error());
        confirmation.attachmentPath = stored->first;
        confirmation.attachmentSha256 = stored->second;
    }

    auto opened = OrderChange::open(m_session, orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order& order = change.before();
    if (auto ok = OrderStatusService::permitted(m_session, order, OrderStatus::Confirmed); !ok)
        return ok;
    if (order.revision != revision)
        return std::unexpected(Error::conflict(tr("Order %1 is now at revision %2; the customer's answer was "
                                                  "about revision %3. Send the current "
                                                  "revision again.")
                                                   .arg(order.orderNo)
                                                   .arg(order.revision)
                                                   .arg(revision)));
    if (!OrderStatusMachine::canTransition(order.status, OrderStatus::Confirmed))
        return std::unexpected(
            Error::conflict(OrderStatusMachine::refusal(order.status, OrderStatus::Confirmed)));
    confirmation.orderId = orderId;
    confirmation.revision = revision;
    confirmation.contactName = confirmation.contactName.trimmed();
    confirmation.recordedBy = m_session.user().id;
    if (auto ok = change.orders().insertConfirmation(confirmation); !ok)
        return ok;
    // The confirmation just recorded is what the lifecycle's guard for "confirmed" asks for.
    if (auto ok = change.moveTo(OrderStatus::Confirmed); !ok)
        return ok;
    OrderEvent event;
    event.revision = revision;
    OrderEventText::confirmed(event, confirmation);
    const QList<FieldChange> changes{
        {QStringLiteral("status"), OrderStatusInfo::key(OrderStatus::AwaitingConfirmation),
         OrderStatusInfo::key(OrderStatus::Confirmed)},
        {QStringLiteral("confirmation"), QString(),
         QStringLiteral("%1 / %2 / %3 / rev %4")
             .arg(confirmation.contactName, ConfirmationChannelInfo::key(confirmation.channel),
                  confirmation.confirmedAt.toUTC().toString(Qt::ISODate))
             .arg(revision)}};
    if (auto ok = change.record(event, QStringLiteral("order.confirm"), changes); !ok)
        return ok;
    // A revision made by an approved change request: the request is done.
    if (auto ok = ChangeRequestService::customerConfirmed(change, revision); !ok)
        return ok;
    return change.commit();
}

Status ConfirmationService::returnToDraft(qint64 orderId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return std::unexpected(
            Error::invalid(tr("Say why the order goes back to draft."), QStringLiteral("reason")));
    if (const QString problem = TextCheck::problem(reason, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("reason")));
    auto opened = OrderChange::open(m_session, orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    if (auto ok = OrderStatusService::permitted(m_session, change.before(), OrderStatus::Draft); !ok)
        return ok;
    if (change.before().status != OrderStatus::AwaitingConfirmation)
        return std::unexpected(
            Error::conflict(OrderStatusMachine::refusal(change.before().status, OrderStatus::Draft)));
    if (auto ok = change.moveTo(OrderStatus::Draft); !ok)
        return ok;
    OrderEvent event;
    OrderEventText::returned(event, reason);
    const QList<FieldChange> changes{{QStringLiteral("status"),
                                      OrderStatusInfo::key(OrderStatus::AwaitingConfirmation),
                                      OrderStatusInfo::key(OrderStatus::Draft)},
                                     {QStringLiteral("reason"), QString(), reason.trimmed()}};
    if (auto ok = change.record(event, QStringLiteral("order.return"), changes); !ok)
        return ok;
    return change.commit();
}

} // namespace od
