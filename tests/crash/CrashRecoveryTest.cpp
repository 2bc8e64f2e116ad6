// The power goes, the program is killed, the PC freezes: whatever moment it happens, the
// database must come back whole. A writer child saves orders and imports CSV files without a
// pause; it is killed with SIGKILL at random moments, and after every kill the database is
// opened afresh and checked.

#include "OfficeDatabase.h"
#include "OrderBookInvariants.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace od;

namespace {

constexpr int kKills = 30;

// Waits until the writer has printed "ready" (its database is open) or has died.
bool waitUntilReady(QProcess& writer, QByteArray& output)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        writer.waitForReadyRead(50);
        output += writer.readAllStandardOutput();
        if (output.startsWith("ready\n"))
            return true;
        if (writer.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

qint64 countOf(Database& db, const char* sql)
{
    return test::scalar(db, QString::fromLatin1(sql));
}

} // namespace

TEST(CrashRecovery, WriterKilledAtRandomMomentsLeavesAWholeOrderBook)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    test::createOfficeDatabase(path);

    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(testing::Message() << "random seed " << seed);
    QRandomGenerator random(seed);
    qint64 ordersReported = 0;
    int commitsReported = 0;
    QElapsedTimer total;
    total.start();

    for (int kill = 0; kill < kKills; ++kill) {
        SCOPED_TRACE(testing::Message() << "kill " << kill + 1);
        QProcess writer;
        writer.setProgram(test::crashWriterPath());
        writer.setArguments({path, QStringLiteral("li"), QStringLiteral("--seed"),
                             QString::number(random.generate()), QStringLiteral("--workdir"), dir.path()});
        writer.start();
        ASSERT_TRUE(writer.waitForStarted()) << writer.errorString().toStdString();
        QByteArray output;
        ASSERT_TRUE(waitUntilReady(writer, output)) << writer.readAllStandardError().toStdString();

        QThread::msleep(20 + random.bounded(381));
        ASSERT_EQ(writer.state(), QProcess::Running)
            << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10'000));
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        const QByteArray errors = writer.readAllStandardError();
        EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
        const test::WriterReport report = test::parseWriterOutput(output);
        ordersReported += report.ordersCreated;
        commitsReported += report.commits;

        auto db = Database::open(path);
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        const QStringList violations = test::orderBookViolations(**db);
        ASSERT_TRUE(violations.isEmpty()) << violations.join(u'\n').toStdString();
        // Every save the writer reported had committed before the kill: none may be lost.
        ASSERT_GE(countOf(**db, "SELECT count(*) FROM orders"), ordersReported);
    }

    auto db = Database::open(path);
    ASSERT_TRUE(db.has_value());
    const qint64 orders = countOf(**db, "SELECT count(*) FROM orders");
    std::printf("[ crash    ] %d kills in %lld ms: %lld orders, %d commits reported, %lld lines, %lld audit "
                "entries\n",
                kKills, total.elapsed(), orders, commitsReported,
                countOf(**db, "SELECT count(*) FROM order_lines"),
                countOf(**db, "SELECT count(*) FROM audit_log"));
    // The stream really mixed every kind of write.
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.submit'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.edit'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.revise'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.confirm'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'import.orders'"), 0);
}
