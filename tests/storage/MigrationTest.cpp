#include "Migration.h"
#include "Database.h"
#include "SettingsRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace od {

TEST(Migrations, ThisBuildNumbersItsMigrationsOneAfterAnother)
{
    const QList<Migration>& all = Migrations::all();
    ASSERT_GE(all.size(), 3);
    EXPECT_TRUE(Migrations::orderProblem(all).isEmpty()) << Migrations::orderProblem(all).toStdString();
    EXPECT_EQ(Migrations::latest(), all.size());
    EXPECT_EQ(all.first().name, QStringLiteral("initial"));
}

TEST(Migrations, AGapOrARepeatedNumberIsNamed)
{
    const QList<Migration> gap{{1, QStringLiteral("initial"), {}, {}}, {3, QStringLiteral("later"), {}, {}}};
    EXPECT_TRUE(Migrations::orderProblem(gap).contains(QStringLiteral("2")));
    const QList<Migration> twice{{1, QStringLiteral("initial"), {}, {}},
                                 {2, QStringLiteral("planning"), {}, {}},
                                 {2, QStringLiteral("settlement"), {}, {}}};
    const QString problem = Migrations::orderProblem(twice);
    EXPECT_TRUE(problem.contains(QStringLiteral("planning")) &&
                problem.contains(QStringLiteral("settlement")))
        << problem.toStdString();
}

TEST(Migrations, ACppStepRunsInTheMigrationsTransactionAndAFailureLeavesTheVersionBefore)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("m.orderdesk")));
    ASSERT_TRUE(db.has_value());
    const int before = (*db)->schemaVersion();
    QList<Migration> migrations = Migrations::all();
    bool fail = true;
    migrations << Migration{
        before + 1, QStringLiteral("backfill"), {}, [&fail](Database& d) -> Status {
            if (auto ok = SettingsRepository(d).setValue(QStringLiteral("backfilled"), QStringLiteral("yes"));
                !ok)
                return ok;
            if (fail)
                return std::unexpected(Error::storage(QStringLiteral("step failed")));
            return {};
        }};
    auto refused = (*db)->apply(migrations, before + 1);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ((*db)->schemaVersion(), before);
    EXPECT_EQ(SettingsRepository(**db).value(QStringLiteral("backfilled"), QStringLiteral("no")).value(),
              QStringLiteral("no"));

    fail = false;
    ASSERT_TRUE((*db)->apply(migrations, before + 1).has_value());
    EXPECT_EQ((*db)->schemaVersion(), before + 1);
    EXPECT_EQ(SettingsRepository(**db).value(QStringLiteral("backfilled")).value(), QStringLiteral("yes"));
}

TEST(Migrations, ABrokenListIsRefusedBeforeAnythingRuns)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("m.orderdesk")));
    ASSERT_TRUE(db.has_value());
    QList<Migration> migrations = Migrations::all();
    migrations << Migration{Migrations::latest() + 2, QStringLiteral("skipped_one"), {}, {}};
    EXPECT_FALSE((*db)->apply(migrations, Migrations::latest() + 2).has_value());
    EXPECT_EQ((*db)->schemaVersion(), Migrations::latest());
}

} // namespace od
