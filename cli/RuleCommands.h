#pragma once

#include "CliContext.h"
#include "RuleState.h"

#include <QCoreApplication>

namespace od::cli {

// `rules [list] [--json]`, `rules enable|disable KEY`, `rules set KEY PARAM=VALUE …` and
// `rules run`: the automation rules (自动化规则) from a terminal.
class RuleCommands
{
    Q_DECLARE_TR_FUNCTIONS(RuleCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("rules"); }
    explicit RuleCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    int list(Session& session, bool json);
    int setParameters(Session& session, const QString& key, const QStringList& assignments);
    int runNow(Session& session);
    static QString parametersText(const RuleState& state);

    CliContext& m_ctx;
};

} // namespace od::cli
