#include "Confirmation.h"

namespace od {

QList<ConfirmationChannel> ConfirmationChannelInfo::all()
{
    return {ConfirmationChannel::Phone, ConfirmationChannel::Email, ConfirmationChannel::WeChat,
            ConfirmationChannel::SignedDocument, ConfirmationChannel::InPerson};
}

QString ConfirmationChannelInfo::key(ConfirmationChannel channel)
{
    switch (channel) {
    case ConfirmationChannel::Phone: return QStringLiteral("phone");
    case ConfirmationChannel::Email: return QStringLiteral("email");
    case ConfirmationChannel::WeChat: return QStringLiteral("wechat");
    case ConfirmationChannel::SignedDocument: return QStringLiteral("signed_document");
    case ConfirmationChannel::InPerson: return QStringLiteral("in_person");
    }
    return {};
}

std::optional<ConfirmationChannel> ConfirmationChannelInfo::fromKey(QStringView key)
{
    for (auto c : all())
        if (ConfirmationChannelInfo::key(c) == key)
            return c;
    return std::nullopt;
}

QString ConfirmationChannelInfo::displayName(ConfirmationChannel channel)
{
    switch (channel) {
    case ConfirmationChannel::Phone: return tr("Phone");
    case ConfirmationChannel::Email: return tr("Email");
    case ConfirmationChannel::WeChat: return tr("WeChat");
    case ConfirmationChannel::SignedDocument: return tr("Signed document");
    case ConfirmationChannel::InPerson: return tr("In person");
    }
    return {};
}

} // namespace od
