#include "DemoRules.h"

#include "Database.h"
#include "DemoStaff.h"
#include "ReviewRepository.h"
#include "RuleEngine.h"
#include "RuleFiringRepository.h"

namespace od {

Result<int> DemoRules::fireSome(Session& demo, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    // The manager's session runs them, as the app does for whoever signs in first in the morning.
    auto manager = DemoStaff::firstActive(demo.db(), Role::Manager);
    if (!manager)
        return std::unexpected(manager.error());
    if (!*manager)
        return 0;
    Session session(demo.db(), **manager);
    session.setToday(day);

    int fired = 0;
    {
        Transaction tx(demo.db());
        if (!tx.isActive())
            return std::unexpected(tx.beginError());
        RuleFiringRepository firings(demo.db());
        auto shipped = firings.shippedWithoutFiring(day.addDays(-ShippedDays), MaxFirings);
        if (!shipped)
            return std::unexpected(shipped.error());
        for (const RuleFiringRepository::Shipped& s : std::as_const(*shipped)) {
            RuleFiring f =
                RuleEngine::financeToldOfShipment(s.orderId, s.orderNo, s.customerName,
                                                  Money::fromMinor(s.totalMinor), s.currency, s.shippedOn);
            f.firedAt = QDateTime(s.shippedOn, QTime(17, 0)).toUTC();
            auto id = RuleEngine::fire(session, f);
            if (!id)
                return std::unexpected(id.error());
            fired += *id ? 1 : 0;
        }
        auto due = ReviewRepository(demo.db()).recentlyOutstanding(day.addDays(-90), MaxFirings);
        if (!due)
            return std::unexpected(due.error());
        for (const ReviewDue& d : std::as_const(*due)) {
            if (d.salespersonId <= 0)
                continue;
            RuleFiring f = RuleEngine::reviewAsked(d, day);
            if (d.deliveredOn.isValid())
                f.firedAt = QDateTime(d.deliveredOn, QTime(18, 0)).toUTC();
            auto id = RuleEngine::fire(session, f);
            if (!id)
                return std::unexpected(id.error());
            fired += *id ? 1 : 0;
        }
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
    }
    auto run = RuleEngine(session).runScheduled();
    if (!run)
        return std::unexpected(run.error());
    return fired + run->fired;
}

} // namespace od
