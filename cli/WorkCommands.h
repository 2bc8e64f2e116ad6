#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// `mywork [--json]`: what the signed-in user must do now, most urgent first.
class WorkCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("mywork"); }
    explicit WorkCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    CliContext& m_ctx;
};

} // namespace od::cli
