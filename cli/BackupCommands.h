#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// backup FILE and restore FILE, as a signed-in user with the Backup permission.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    static bool handles(const QString& command);
    explicit BackupCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int backup();
    int restore();

    CliContext& m_ctx;
};

} // namespace od::cli
