#include "DatabaseStartup.h"

#include "CustomerService.h"
#include "DemoDataGenerator.h"
#include "DemoRevisions.h"
#include "OrderPageCache.h"
#include "SettingsService.h"
#include "widgets/BackgroundTask.h"

namespace od {

Result<bool> DatabaseStartup::hasUsers(Database& db)
{
    auto users = SettingsService(db).users();
    if (!users)
        return std::unexpected(users.error());
    return !users->isEmpty();
}

Result<bool> DatabaseStartup::isEmpty(Database& db)
{
    auto users = hasUsers(db);
    if (!users)
        return std::unexpected(users.error());
    if (*users)
        return false;
    Session reader(db, User{});
    auto customers = CustomerService(reader).search(QString(), 1, true);
    if (!customers)
        return std::unexpected(customers.error());
    if (!customers->isEmpty())
        return false;
    OrderPageCache orders(db, 1, 1);
    if (auto ok = orders.setQuery(OrderListQuery{}); !ok)
        return std::unexpected(ok.error());
    return orders.rowCount() == 0;
}

Status DatabaseStartup::generateDemo(Database& db, qint64 orders, Progress mode, QWidget* parent,
                                     bool* cancelled)
{
    DemoOptions options;
    options.orders = orders;
    auto work = [options](Database& target, TaskProgress& progress) -> Status {
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
        return work(db, unwatched);
    }
    return BackgroundTask::runWithDialog(parent, tr("Demo company"), db.path(), work, cancelled);
}

} // namespace od
