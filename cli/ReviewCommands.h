#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// `review ORDER_NO --cause KEY --text TEXT [--lesson TEXT]`: the post-analysis (事后分析) of an
// order delivered late or with an exception; a lesson given also goes to the lessons learnt.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("review"); }
    explicit ReviewCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    CliContext& m_ctx;
};

} // namespace od::cli
