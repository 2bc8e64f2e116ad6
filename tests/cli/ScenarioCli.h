#pragma once
// orderdesk-cli run on a database a test builds itself: the manager li and the salesperson wang get
// the passwords the command line signs in with (NAME-pass-2026), and the test's session acts as the
// manager to build its scenario.
#include "CliRunner.h"
#include "TestDatabase.h"

#include "AccountService.h"

#include <gtest/gtest.h>

namespace od::test {

class ScenarioCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AccountService accounts(t.session());
        for (const QString& user : {QStringLiteral("li"), QStringLiteral("wang")})
            ASSERT_TRUE(
                accounts.resetPassword(t.session(), user, user + QStringLiteral("-pass-2026")).has_value());
        t.actAs(t.managerId);
    }

    // Runs the command line as `user` on the test's database.
    CliRun as(const QString& user, const QStringList& arguments)
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), user + QStringLiteral("-pass-2026"));
        return cli.run(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--user"), user} +
                       arguments);
    }

    TestDatabase t{Role::Administrator};
    CliRunner cli;
};

} // namespace od::test
