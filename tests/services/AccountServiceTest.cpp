#include "AccountService.h"
#include "AuditRepository.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "TestDatabase.h"
#include "UserCredentialRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

namespace {

class Accounts : public ::testing::Test
{
protected:
    test::TestDatabase t;
    AccountService accounts{t.session()};

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
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE users SET last_failed_at = '2020-01-01T00:00:00Z' WHERE name = 'wang'")));
    EXPECT_TRUE(accounts.signIn(QStringLiteral("wang"), QStringLiteral("wang-pass-1")).has_value());
    EXPECT_EQ((*UserCredentialRepository(t.db()).byUserId(t.salespersonId))->failedAttempts, 0);
}

TEST_F(Accounts, DisabledUsersCannotSignIn)
{
    Session admin = asAdmin();
    ASSERT_TRUE(
        accounts.resetPassword(admin, QStringLiteral("zhao"), QStringLiteral("zhao-pass-1")).has_value());
    ASSERT_TRUE(accounts.setActive(admin, QStringLiteral("zhao"), false).has_value());
    auto refused = accounts.signIn(QStringLiteral("zhao"), QStringLiteral("zhao-pass-1"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
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
