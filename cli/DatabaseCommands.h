#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// The commands about the database as a whole: init, demo, summary, check.
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static bool handles(const QString& command);
    explicit DatabaseCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int init();
    int demo();
    int summary();
    int check();

    CliContext& m_ctx;
};

} // namespace od::cli
