#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace od {

enum class ConfirmationChannel { Phone, Email, WeChat, SignedDocument, InPerson };

class ConfirmationChannelInfo
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationChannel)

public:
    static QList<ConfirmationChannel> all();
    static QString key(ConfirmationChannel channel);
    static std::optional<ConfirmationChannel> fromKey(QStringView key);
    static QString displayName(ConfirmationChannel channel);
};

// The customer's confirmation of one revision of an order.
struct Confirmation
{
    qint64 id = 0;
    qint64 orderId = 0;
    int revision = 0;
    QString contactName; // who confirmed on the customer's side
    ConfirmationChannel channel = ConfirmationChannel::Phone;
    QDateTime confirmedAt;
    QString remarks;
    qint64 recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt;
    QString attachmentPath;   // relative to the app's data folder; empty when none
    QString attachmentSha256; // hex
};

} // namespace od
