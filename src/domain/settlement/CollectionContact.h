#pragma once

#include "Error.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace od {

enum class CollectionChannel
{
    Phone,
    WeChat,
    Email,
    Visit,
    Letter
};

// One contact with a customer about money it owes (催款), with what the customer promised: a
// day it will pay (承诺付款日) and, when it said, how much. A promise is broken when the day has
// passed and less than that has come in since the contact.
struct CollectionContact
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 invoiceId = 0; // 0 when about the customer's whole balance
    QDateTime contactedAt;
    qint64 contactedBy = 0;
    CollectionChannel channel = CollectionChannel::Phone;
    QString contactName; // who was spoken to
    QString note;
    QDate promisedDate;
    std::optional<Money> promisedAmount;
};

class CollectionContactRules
{
    Q_DECLARE_TR_FUNCTIONS(CollectionContactRules)

public:
    static constexpr int MaxNoteLength = 1000;

    static QList<CollectionChannel> channels();
    // "phone", "wechat", "email", "visit", "letter".
    static QString channelKey(CollectionChannel channel);
    static std::optional<CollectionChannel> channelFromKey(QStringView key);
    static QString channelName(CollectionChannel channel);

    // A note or a promise is required; a promised day is not before the contact, an amount is
    // more than zero. Errors carry their field ("note", "promised_date", "promised_amount").
    static Status check(const CollectionContact& contact);
    // The promised day has passed (`today` is after it) and `paidSince` — what the customer paid
    // from the contact's day on — is less than promised (or nothing, when no amount was given).
    static bool isBroken(const CollectionContact& contact, Money paidSince, const QDate& today);
};

} // namespace od
