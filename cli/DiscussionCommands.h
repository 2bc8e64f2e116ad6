#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// `comment ORDER_NO TEXT [--attach FILE …]` writes on an order's discussion (@mentions included);
// `comments ORDER_NO [--json]` prints it, oldest first.
class DiscussionCommands
{
    Q_DECLARE_TR_FUNCTIONS(DiscussionCommands)

public:
    static bool handles(const QString& command)
    {
        return command == QLatin1String("comment") || command == QLatin1String("comments");
    }
    explicit DiscussionCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int comment();
    int comments();

    CliContext& m_ctx;
};

} // namespace od::cli
