#include "ReviewCommands.h"

#include "ExitCode.h"
#include "ReviewService.h"

namespace od::cli {

int ReviewCommands::run()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("cause"), QStringLiteral("text"), QStringLiteral("lesson")}, 1,
                              1, QStringLiteral("review ORDER_NO --cause KEY --text TEXT [--lesson TEXT]"));
        !ok)
        return m_ctx.fail(ok.error());
    ReviewInput input;
    if (line.isSet(QStringLiteral("cause"))) {
        const QString key = line.value(QStringLiteral("cause"));
        input.cause = ReviewCauseInfo::fromKey(key);
        if (!input.cause) {
            QStringList keys;
            for (ReviewCause c : ReviewCauseInfo::all())
                keys << ReviewCauseInfo::key(c);
            return m_ctx.fail(Error::invalid(
                tr("Unknown cause \"%1\"; use one of %2.").arg(key, keys.join(QStringLiteral(", "))),
                QStringLiteral("cause")));
        }
    }
    input.happened = line.value(QStringLiteral("text"));
    input.lesson = line.value(QStringLiteral("lesson"));
    input.addToLessons = line.isSet(QStringLiteral("lesson"));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    const QString orderNo = line.arguments().value(0);
    auto review = ReviewService(**session).record(orderNo, input);
    if (!review)
        return m_ctx.fail(review.error());
    m_ctx.out() << (review->lessonId > 0
                        ? tr("Order %1 reviewed (cause: %2); the lesson was added to the lessons learnt.")
                        : tr("Order %1 reviewed (cause: %2)."))
                       .arg(review->orderNo, ReviewCauseInfo::displayName(review->cause))
                << Qt::endl;
    return Success;
}

} // namespace od::cli
