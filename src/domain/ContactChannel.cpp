#include "ContactChannel.h"

#include "KeyedEnum.h"

namespace od {

namespace {

constexpr EnumRow<ContactChannel> kRows[] = {
    {ContactChannel::Phone, "phone", QT_TRANSLATE_NOOP("ContactChannel", "Phone")},
    {ContactChannel::Email, "email", QT_TRANSLATE_NOOP("ContactChannel", "Email")},
    {ContactChannel::WeChat, "wechat", QT_TRANSLATE_NOOP("ContactChannel", "WeChat")},
    {ContactChannel::Visit, "visit", QT_TRANSLATE_NOOP("ContactChannel", "Visit")},
    {ContactChannel::Document, "document", QT_TRANSLATE_NOOP("ContactChannel", "Letter or document")},
};

} // namespace

QList<ContactChannel> ContactChannelInfo::all()
{
    return enumValues(kRows);
}

QString ContactChannelInfo::key(ContactChannel channel)
{
    return enumKey(kRows, channel);
}

std::optional<ContactChannel> ContactChannelInfo::fromKey(QStringView key)
{
    return enumFromKey(kRows, key);
}

QString ContactChannelInfo::displayName(ContactChannel channel)
{
    return enumName("ContactChannel", kRows, channel);
}

} // namespace od
