#include "DatabaseStartup.h"

#include "DemoDataGenerator.h"
#include "DemoRevisions.h"
#include "SettingsService.h"
#include "SummaryService.h"
#include "widgets/BackgroundTask.h"

namespace od {

Result<bool> DatabaseStartup::hasUsers(Session& session)
{
    auto users = SettingsService(session).users();
    if (!users)
        return std::unexpected(users.error());
    return !users->isEmpty();
}

Result<bool> DatabaseStartup::isEmpty(Session& session)
{
    auto users = hasUsers(session);
    if (!users)
        return std::unexpected(users.error());
    if (*users)
        return false;
    auto summary = SummaryService(session).summary();
    if (!summary)
        return std::unexpected(summary.error());
    return summary->customers == 0 && summary->orders == 0;
}

Status DatabaseStartup::generateDemo(Session& session, qint64 orders, Progress mode, QWidget* parent,
                                     bool* cancelled)
{
    DemoOptions options;
    options.orders = orders;
    auto work = [options](Session& target, TaskProgress& progress) -> Status {
        progress.setLabel(tr("Generating the demo company…"));
        progress.setMaximum(options.orders);
        auto outcome = DemoDataGenerator(target).generate(options, [&progress](qint64 done, qint64 total) {
            progress.setMaximum(total);
            progress.setValue(done);
            progress.setLabel(tr("Generating demo orders: %1 of %2").arg(done).arg(total));
            return !progress.isCancelled();
        });
        if (!outcome)
            return std::unexpected(outcome.error());
        if (outcome->cancelled)
            return {};
        if (auto revised = DemoRevisions::reviseSome(target, DemoRevisions::DefaultCount, options.today);
            !revised)
            return std::unexpected(revised.error());
        return {};
    };
    if (cancelled)
        *cancelled = false;
    if (mode == Progress::None) {
        TaskProgress unwatched;
        return work(session, unwatched);
    }
    return BackgroundTask::runWithDialog(parent, tr("Demo company"), session.factory(), work, cancelled);
}

} // namespace od
