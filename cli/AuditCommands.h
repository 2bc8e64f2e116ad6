#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// The audit trail: `audit verify` checks its hash chain, `audit list` shows recent entries.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static bool handles(const QString& command);
    explicit AuditCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int verify();
    int list();

    CliContext& m_ctx;
};

} // namespace od::cli
