#pragma once

#include <QString>

namespace od {

// spdlog to a rotating file in the app data folder and to stderr. One line per service
// mutation: user, action, order number. Never passwords or secrets.
class Logging
{
public:
    static void init(const QString& appName, bool toStderr = true);
    static void mutation(const QString& user, const QString& action, const QString& subject);
};

} // namespace od
