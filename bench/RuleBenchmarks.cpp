#include "RuleBenchmarks.h"

#include "AutomationRuleService.h"
#include "BareSqlite.h"
#include "BenchBook.h"
#include "RuleEngine.h"
#include "RuleFiringRepository.h"
#include "RuleKey.h"
#include "RuleRepository.h"
#include "Timing.h"

namespace od::bench {

QList<BenchResult> RuleBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    const std::optional<User> manager = book->first(Role::Manager);
    if (!manager) {
        *error = QStringLiteral("the database has no active manager");
        return {};
    }
    BareSqlite bare;
    if (!bare.open(m_path)) {
        *error = bare.lastError();
        return {};
    }
    Session session(*book->db, *manager);
    if (const QDate today = book->dayAfterLastOrder(); today.isValid())
        session.setToday(today);
    QList<BenchResult> out;

    qint64 fired = 0;
    BenchResult page;
    page.name = QStringLiteral("Rules page, every rule and its firings");
    page.budgetMs = RulesPageBudgetMs;
    page.medianMs = medianMs(m_runs, [&] {
        auto rules = AutomationRuleService(session).list();
        fired = 0;
        if (rules)
            for (const RuleState& s : *rules)
                fired += s.firings;
        return rules.has_value();
    });
    page.sqliteMedianMs = medianMs(m_runs, [&] { return bare.run(RuleRepository::firingStatsSql(), {}); });
    page.note =
        QStringLiteral("AutomationRuleService::list as %1: %2 firings in all").arg(manager->name).arg(fired);
    out << page;

    // The first run fires what time brought since the demo was made; the timed ones find nothing new.
    auto first = RuleEngine(session).runScheduled();
    if (!first) {
        *error = first.error().message;
        return {};
    }
    int firedAgain = 0;
    BenchResult morning;
    morning.name = QStringLiteral("Rules' morning run, nothing new to fire");
    morning.budgetMs = MorningRunBudgetMs;
    morning.medianMs = medianMs(m_runs, [&] {
        auto ran = RuleEngine(session).runScheduled();
        firedAgain += ran ? ran->fired : 0;
        return ran.has_value();
    });
    const QString sentBefore =
        QDateTime(session.today().addDays(-3), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    morning.sqliteMedianMs = medianMs(m_runs, [&] {
        return bare.run(RuleFiringRepository::awaitingWithoutReminderSql(),
                        {QString(RuleKey::ConfirmationReminder), sentBefore, RuleEngine::RunLimit}) &&
               bare.run(RuleFiringRepository::staleSql(RuleEngine::RunLimit), {});
    });
    morning.note =
        QStringLiteral("RuleEngine::runScheduled as %1 on %2 (reminders, the credit rules on every "
                       "customer, what is done): %3 fired on the first run, %4 after")
            .arg(manager->name, session.today().toString(Qt::ISODate))
            .arg(first->fired)
            .arg(firedAgain);
    out << morning;
    return out;
}

} // namespace od::bench
