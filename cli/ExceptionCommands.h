#pragma once

#include "CliContext.h"
#include "OrderException.h"

#include <QCoreApplication>

namespace od::cli {

// Exceptions on orders: `exception add|plan|contact|handover|resolve` and the list, `exceptions`.
class ExceptionCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExceptionCommands)

public:
    static bool handles(const QString& command);
    explicit ExceptionCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int add(Session& session);
    int change(Session& session, const QString& action);
    int list();
    // The active user with this login name, as an owner.
    Result<qint64> ownerId(Session& session, const QString& name);

    CliContext& m_ctx;
};

} // namespace od::cli
