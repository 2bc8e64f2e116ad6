#include "CollectionContact.h"

#include "TextCheck.h"

namespace od {

QList<CollectionChannel> CollectionContactRules::channels()
{
    return {CollectionChannel::Phone, CollectionChannel::WeChat, CollectionChannel::Email,
            CollectionChannel::Visit, CollectionChannel::Letter};
}

QString CollectionContactRules::channelKey(CollectionChannel channel)
{
    switch (channel) {
    case CollectionChannel::Phone:
        return QStringLiteral("phone");
    case CollectionChannel::WeChat:
        return QStringLiteral("wechat");
    case CollectionChannel::Email:
        return QStringLiteral("email");
    case CollectionChannel::Visit:
        return QStringLiteral("visit");
    case CollectionChannel::Letter:
        return QStringLiteral("letter");
    }
    return {};
}

std::optional<CollectionChannel> CollectionContactRules::channelFromKey(QStringView key)
{
    for (CollectionChannel c : channels())
        if (key == channelKey(c))
            return c;
    return std::nullopt;
}

QString CollectionContactRules::channelName(CollectionChannel channel)
{
    switch (channel) {
    case CollectionChannel::Phone:
        return tr("Phone");
    case CollectionChannel::WeChat:
        return tr("WeChat");
    case CollectionChannel::Email:
        return tr("Email");
    case CollectionChannel::Visit:
        return tr("Visit");
    case CollectionChannel::Letter:
        return tr("Collection letter");
    }
    return {};
}

Status CollectionContactRules::check(const CollectionContact& contact)
{
    if (contact.customerId <= 0)
        return std::unexpected(
            Error::invalid(tr("Choose the customer contacted."), QStringLiteral("customer")));
    if (!contact.contactedAt.isValid())
        return std::unexpected(
            Error::invalid(tr("Enter when the customer was contacted."), QStringLiteral("contacted_at")));
    if (const QString problem = TextCheck::problem(contact.contactName, false); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("contact")));
    if (const QString problem = TextCheck::problem(contact.note, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("note")));
    if (contact.note.size() > MaxNoteLength)
        return std::unexpected(Error::invalid(tr("The note is longer than %1 characters.").arg(MaxNoteLength),
                                              QStringLiteral("note")));
    if (contact.note.trimmed().isEmpty() && !contact.promisedDate.isValid())
        return std::unexpected(Error::invalid(
            tr("Note what the customer said, or the day it promised to pay."), QStringLiteral("note")));
    if (contact.promisedDate.isValid() && contact.promisedDate < contact.contactedAt.date())
        return std::unexpected(Error::invalid(tr("The promised payment day is before the contact."),
                                              QStringLiteral("promised_date")));
    if (contact.promisedAmount && contact.promisedAmount->minor() <= 0)
        return std::unexpected(Error::invalid(tr("A promised amount must be more than zero."),
                                              QStringLiteral("promised_amount")));
    if (contact.promisedAmount && !contact.promisedDate.isValid())
        return std::unexpected(Error::invalid(tr("Enter the day the customer promised to pay that amount."),
                                              QStringLiteral("promised_date")));
    return {};
}

bool CollectionContactRules::isBroken(const CollectionContact& contact, Money paidSince, const QDate& today)
{
    if (!contact.promisedDate.isValid() || !(contact.promisedDate < today))
        return false;
    if (contact.promisedAmount)
        return paidSince < *contact.promisedAmount;
    return paidSince.minor() <= 0;
}

} // namespace od
