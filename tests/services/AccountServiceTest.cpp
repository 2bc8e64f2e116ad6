#include "AccountService.h"
#include "AccessLedger.h"
#include "AuditRepository.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "TestDatabase.h"
#include "UserCredentialRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace od;

namespace {

class Accounts : public ::testing::Test
{
protected:
    test::TestDatabase t;
    AccountService accounts{t.session()};

    // Changes the access ledger beside the database, as the passing of time would.
    void ledgerSql(const char* sql)
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(t.path() + QStringLiteral("-access")).constData(), &db),
                  SQLITE_OK);
        EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }

    // Audit entries still waiting in the access ledger.
    int waitingEntries()
    {
        sqlite3* db = nullptr;
        if (sqlite3_open(QFile::encodeName(t.path() + QStringLiteral("-access")).constData(), &db) !=
            SQLITE_OK)
            return -1;
        sqlite3_stmt* q = nullptr;
        int n = -1;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM pending_audit", -1, &q, nullptr) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            n = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
        sqlite3_close(db);
        return n;
    }

    Session asAdmin()
    {
        return Session(t.db(), User{t.adminId, QStringLiteral("admin"), QStringLiteral("管理员"),
                                    Role::Administrator, true});
    }
};

} // namespace

TEST(PasswordHasher, StoresArgon2idAndNeverThePassword)
{
    const QString hash = PasswordHasher::hash(QStringLiteral("订单管家-2026"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(QStringLiteral("2026")));
    EXPECT_TRUE(PasswordHasher::verify(hash, QStringLiteral("订单管家-2026")));
    EXPECT_FALSE(PasswordHasher::verify(hash, QStringLiteral("订单管家-2025")));
    EXPECT_NE(hash, PasswordHasher::hash(QStringLiteral("订单管家-2026"))); // salted
}

TEST_F(Accounts, ANewDatabaseAsksForTheFirstAdministratorOnce)
{
    EXPECT_TRUE(*accounts.needsFirstAdministrator()); // the fixture's users have no password
    auto admin = accounts.createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("张总"),
                                                   QStringLiteral("correct horse"));
    ASSERT_TRUE(admin.has_value()) << admin.error().message.toStdString();
    EXPECT_EQ(admin->role, Role::Administrator);
    EXPECT_FALSE(*accounts.needsFirstAdministrator());
    EXPECT_FALSE(
        accounts.createFirstAdministrator(QStringLiteral("boss2"), QString(), QStringLiteral("correct horse"))
            .has_value());
    EXPECT_EQ(accounts.signIn(QStringLiteral("boss"), QStringLiteral("correct horse"))->name,
              QStringLiteral("boss"));
}

TEST_F(Accounts, WrongPasswordAndUnknownNameGiveTheSameAnswer)
{
    Session admin = asAdmin();
    ASSERT_TRUE(
        accounts.resetPassword(admin, QStringLiteral("wang"), QStringLiteral("wang-pass-1")).has_value());
    auto wrong = accounts.signIn(QStringLiteral("wang"), QStringLiteral("nope-nope"));
    auto unknown = accounts.signIn(QStringLiteral("nobody"), QStringLiteral("nope-nope"));
    ASSERT_FALSE(wrong.has_value());
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(wrong.error().message, unknown.error().message);
    EXPECT_TRUE(accounts.signIn(QStringLiteral("wang"), QStringLiteral("wang-pass-1")).has_value());
}

TEST_F(Accounts, RepeatedFailuresSlowDownFurtherAttempts)
{
    Session admin = asAdmin();
    ASSERT_TRUE(
        accounts.resetPassword(admin, QStringLiteral("wang"), QStringLiteral("wang-pass-1")).has_value());
    for (int i = 0; i < AccountService::FreeAttempts; ++i)
        EXPECT_FALSE(accounts.signIn(QStringLiteral("wang"), QStringLiteral("guess-%1").arg(i)).has_value());
    EXPECT_GT(*accounts.secondsUntilNextAttempt(QStringLiteral("wang")), 0);
    // Even the right password waits now.
    auto throttled = accounts.signIn(QStringLiteral("wang"), QStringLiteral("wang-pass-1"));
    ASSERT_FALSE(throttled.has_value());
    EXPECT_TRUE(throttled.error().message.contains(QStringLiteral("Try again")));
    // Once the wait is over (simulated by moving the last failure into the past) it works.
    ledgerSql("UPDATE attempts SET last_ms = last_ms - 60000");
    EXPECT_TRUE(accounts.signIn(QStringLiteral("wang"), QStringLiteral("wang-pass-1")).has_value());
    EXPECT_EQ(*accounts.secondsUntilNextAttempt(QStringLiteral("wang")), 0);
    // ... and the count starts again: three free attempts.
    for (int i = 0; i < AccountService::FreeAttempts; ++i)
        EXPECT_EQ(accounts.signIn(QStringLiteral("wang"), QStringLiteral("guess-%1").arg(i)).error().message,
                  accounts.signIn(QStringLiteral("nobody-%1").arg(i), QStringLiteral("x")).error().message);
}

TEST_F(Accounts, DisabledUsersCannotSignIn)
{
    Session admin = asAdmin();
    ASSERT_TRUE(
        accounts.resetPassword(admin, QStringLiteral("zhao"), QStringLiteral("zhao-pass-1")).has_value());
    ASSERT_TRUE(accounts.setActive(admin, QStringLiteral("zhao"), false).has_value());
    auto refused = accounts.signIn(QStringLiteral("zhao"), QStringLiteral("zhao-pass-1"));
    ASSERT_FALSE(refused.has_value());
    // The same answer as a wrong password: the right password of a disabled account is not confirmed.
    EXPECT_EQ(refused.error().message,
              accounts.signIn(QStringLiteral("zhao"), QStringLiteral("wrong-1")).error().message);
    EXPECT_FALSE(accounts.setActive(admin, QStringLiteral("admin"), false).has_value()); // not oneself
}

TEST_F(Accounts, OnlyTheAdministratorManagesUsersAndEveryoneChangesTheirOwnPassword)
{
    Session admin = asAdmin();
    ASSERT_TRUE(
        accounts.resetPassword(admin, QStringLiteral("wang"), QStringLiteral("wang-pass-1")).has_value());
    auto forbidden = accounts.resetPassword(t.session(), QStringLiteral("li"), QStringLiteral("hijacked!"));
    ASSERT_FALSE(forbidden.has_value());
    EXPECT_EQ(forbidden.error().kind, Error::Kind::Forbidden);
    EXPECT_FALSE(accounts
                     .addUser(t.session(),
                              User{0, QStringLiteral("x"), QStringLiteral("X"), Role::Manager, true},
                              QStringLiteral("long enough"))
                     .has_value());
    EXPECT_FALSE(
        accounts.changeOwnPassword(t.session(), QStringLiteral("wrong-old"), QStringLiteral("new-pass-2"))
            .has_value());
    EXPECT_FALSE(
        accounts.changeOwnPassword(t.session(), QStringLiteral("wang-pass-1"), QStringLiteral("short"))
            .has_value());
    ASSERT_TRUE(
        accounts.changeOwnPassword(t.session(), QStringLiteral("wang-pass-1"), QStringLiteral("new-pass-2"))
            .has_value());
    EXPECT_TRUE(accounts.signIn(QStringLiteral("wang"), QStringLiteral("new-pass-2")).has_value());
}

TEST_F(Accounts, NoPasswordOrHashEverReachesTheAuditTrail)
{
    Session admin = asAdmin();
    ASSERT_TRUE(accounts
                    .addUser(admin,
                             User{0, QStringLiteral("sun"), QStringLiteral("孙丽"), Role::Salesperson, true},
                             QStringLiteral("secret-sun-123"))
                    .has_value());
    accounts.signIn(QStringLiteral("sun"), QStringLiteral("wrong-password"));
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%secret-sun%' "
                                      "OR changes LIKE '%argon2%' OR changes LIKE '%wrong-password%'")));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_GE(*AuditRepository(t.db()).count(), 2);
}

TEST(PermissionMatrix, EachRoleDoesItsJob)
{
    EXPECT_TRUE(PermissionInfo::allowed(Role::Salesperson, Permission::EditOwnOrders));
    EXPECT_FALSE(PermissionInfo::allowed(Role::Salesperson, Permission::EditAllOrders));
    EXPECT_FALSE(PermissionInfo::allowed(Role::Salesperson, Permission::OverrideCreditLimit));
    EXPECT_TRUE(PermissionInfo::allowed(Role::Manager, Permission::OverrideCreditLimit));
    EXPECT_FALSE(PermissionInfo::allowed(Role::FinanceClerk, Permission::EditOwnOrders));
    EXPECT_TRUE(PermissionInfo::allowed(Role::FinanceClerk, Permission::EditCreditTerms));
    EXPECT_FALSE(PermissionInfo::allowed(Role::Manager, Permission::ManageUsers));
    for (Permission p : PermissionInfo::all())
        EXPECT_TRUE(PermissionInfo::allowed(Role::Administrator, p)) << PermissionInfo::key(p).toStdString();
    EXPECT_TRUE(PermissionInfo::refusal(Role::Salesperson, Permission::ManageUsers)
                    .contains(RoleInfo::displayName(Role::Salesperson)));
}

TEST_F(Accounts, SignInsAtTheSameMomentGetNoMoreChecksThanTheThrottleAllows)
{
    Session admin = asAdmin();
    ASSERT_TRUE(accounts.resetPassword(admin, QStringLiteral("li"), QStringLiteral("li-pass-1")).has_value());
    // Ten attempts at once, each from its own connection as from ten programs: three free ones.
    std::atomic<int> checked = 0;
    std::atomic<int> throttled = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < 10; ++i)
        threads.emplace_back([&, i] {
            auto session = Session::open(t.path());
            ASSERT_TRUE(session.has_value());
            auto result =
                AccountService(**session).signIn(QStringLiteral("li"), QStringLiteral("guess-%1").arg(i));
            ASSERT_FALSE(result.has_value());
            if (result.error().message.contains(QLatin1String("Too many failed attempts")))
                ++throttled;
            else
                ++checked;
        });
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(checked, AccountService::FreeAttempts);
    EXPECT_EQ(throttled, 10 - AccountService::FreeAttempts);
    // Each checked attempt is in the audit trail, none of the refused ones.
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.sign_in_failed'")));
    q.next();
    EXPECT_EQ(q.value(0).toInt() + waitingEntries(), AccountService::FreeAttempts);
}

TEST_F(Accounts, SigningInWhileAnImportHoldsTheWriteLockWorksSaysWhyAndRecordsLater)
{
    Session admin = asAdmin();
    ASSERT_TRUE(
        accounts.resetPassword(admin, QStringLiteral("wang"), QStringLiteral("wang-pass-1")).has_value());
    auto importer = Database::open(t.path());
    ASSERT_TRUE(importer.has_value());
    AccessLedger* ledger = (*importer)->accessLedger(true);
    ASSERT_NE(ledger, nullptr);
    auto job = ledger->startJob(QStringLiteral("li"), QStringLiteral("importing orders from orders.csv"));
    ASSERT_TRUE(job.has_value());
    {
        Transaction longImport(**importer);
        ASSERT_TRUE(longImport.isActive());
        QElapsedTimer timer;
        timer.start();
        auto user = accounts.signIn(QStringLiteral("wang"), QStringLiteral("wang-pass-1"));
        ASSERT_TRUE(user.has_value()) << user.error().message.toStdString();
        EXPECT_LT(timer.elapsed(), 3000);
        EXPECT_TRUE(accounts.notice().contains(QLatin1String("li has been importing orders from orders.csv")))
            << accounts.notice().toStdString();
        // Anyone who tries to change something meanwhile is told the same.
        Transaction change(t.db(), 100);
        ASSERT_FALSE(change.isActive());
        EXPECT_TRUE(change.beginError().message.contains(QLatin1String("importing orders")))
            << change.beginError().message.toStdString();
    }
    ASSERT_TRUE(ledger->finishJob(*job).has_value());
    // The import's commit (or any later change) writes what waited.
    auto user = accounts.signIn(QStringLiteral("wang"), QStringLiteral("wang-pass-1"));
    ASSERT_TRUE(user.has_value());
    EXPECT_TRUE(accounts.notice().isEmpty());
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE action = 'user.sign_in' AND user_name = 'wang'")));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 2);
    EXPECT_EQ(waitingEntries(), 0);
    EXPECT_FALSE(AuditRepository(t.db()).verify()->firstBrokenId.has_value());
}
