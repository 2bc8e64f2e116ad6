#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od {
class Session;
struct SuggestionReport;
} // namespace od

namespace od::cli {

// `suggestions [--json]` and `suggestions apply KEY`: the allocation suggestions (调度建议) —
// overtime on a fully loaded work centre and the late orders it brings back on their promise, and
// the late orders whose finished lines could ship ahead of the rest (split:ORDER_NO).
class SuggestionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("suggestions"); }
    explicit SuggestionCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    int list(Session& session, bool json);
    int apply(Session& session, const QString& key);
    int listSplits(const SuggestionReport& report);

    CliContext& m_ctx;
};

} // namespace od::cli
