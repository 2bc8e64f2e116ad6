#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od {

// How someone spoke with the customer: about an exception, a change they asked for.
enum class ContactChannel
{
    Phone,
    Email,
    WeChat,
    Visit,
    Document
};

class ContactChannelInfo
{
public:
    static QList<ContactChannel> all();
    static QString key(ContactChannel channel);
    static std::optional<ContactChannel> fromKey(QStringView key);
    static QString displayName(ContactChannel channel);
};

} // namespace od
