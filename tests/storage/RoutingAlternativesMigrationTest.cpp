#include "Migration.h"
#include "RoutingRepository.h"
#include "TestDatabase.h"
#include "WorkCentreRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

// A routing step's alternative work centres (migration 032): pairs unique, never the step's own
// centre (on insert, on update, and when the step's own centre changes), gone with their step,
// only existing centres.

namespace od::test {

namespace {

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql);
}

qint64 count(Database& db)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM routing_step_alternatives")) && q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST(RoutingAlternativesMigration, PairsAreUniqueNeverTheOwnCentreAndGoWithTheirStep)
{
    bool found = false;
    for (const Migration& m : Migrations::all())
        found = found || (m.number == 32 && m.name == QLatin1String("routing_step_alternatives"));
    EXPECT_TRUE(found);

    TestDatabase t{Role::Manager};
    Database& db = t.db();
    const qint64 valve =
        t.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("铸钢法兰闸阀"), 12'800'000);
    qint64 ids[3] = {};
    const char* codes[3] = {"JG", "SK", "ZP"};
    for (int i = 0; i < 3; ++i) {
        WorkCentre c;
        c.code = QString::fromLatin1(codes[i]);
        c.name = c.code;
        ids[i] = *WorkCentreRepository(db).insert(c);
    }
    RoutingStep step;
    step.stepNo = 10;
    step.name = QStringLiteral("机加工");
    step.workCentre = QStringLiteral("JG");
    step.runHoursPerUnit = Hours::fromWhole(1);
    step.alternatives = {QStringLiteral("SK")};
    ASSERT_TRUE(RoutingRepository(db).replace(valve, {step}).has_value());
    EXPECT_EQ(count(db), 1);
    const qint64 stepId = RoutingRepository(db).forProduct(valve)->steps[0].id;
    const QString insert =
        QStringLiteral("INSERT INTO routing_step_alternatives VALUES (%1, %2)").arg(stepId);

    EXPECT_FALSE(exec(db, insert.arg(ids[1]))); // SK twice
    EXPECT_FALSE(exec(db, insert.arg(ids[0]))); // its own centre
    EXPECT_FALSE(exec(db, insert.arg(999)));    // no such centre
    EXPECT_TRUE(exec(db, insert.arg(ids[2])));
    EXPECT_FALSE(exec(db, QStringLiteral("UPDATE routing_step_alternatives SET work_centre_id = %1 WHERE "
                                         "work_centre_id = %2")
                              .arg(ids[0])
                              .arg(ids[2])));
    EXPECT_FALSE(exec(db, QStringLiteral("UPDATE routing_steps SET work_centre_id = %1 WHERE id = %2")
                              .arg(ids[1])
                              .arg(stepId)));
    EXPECT_EQ(count(db), 2);
    // Saving the routing again keeps what it says; without steps nothing is left.
    ASSERT_TRUE(RoutingRepository(db).replace(valve, {step}).has_value());
    EXPECT_EQ(count(db), 1);
    ASSERT_TRUE(RoutingRepository(db).replace(valve, {}).has_value());
    EXPECT_EQ(count(db), 0);
}

} // namespace od::test
