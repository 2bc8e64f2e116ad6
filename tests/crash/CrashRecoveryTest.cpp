// The power goes, the program is killed, the PC freezes: whatever moment it happens, the
// database must come back whole. A writer child saves orders, imports CSV files, backs up and
// restores without a pause; it is killed with SIGKILL at random moments, and after every kill
// the database and every new backup are opened afresh and checked.
//
// Soak mode: ORDERDESK_CRASH_SOAK=N kills N times instead of 30 (off in CI; docs/SECURITY.md
// has the figures of a run with 1,000).

#include "OfficeDatabase.h"
#include "OrderBookInvariants.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <memory>

using namespace od;

namespace {

constexpr int kKills = 30;
constexpr int kOfficeKills = 100;

int killsToMake()
{
    bool ok = false;
    const int soak = qEnvironmentVariableIntValue("ORDERDESK_CRASH_SOAK", &ok);
    return ok && soak > 0 ? soak : kKills;
}

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
    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(testing::Message() << "random seed " << seed);
    QRandomGenerator random(seed);
    const int kills = killsToMake();
    qint64 commits = 0, checkedFiles = 0;
    int backups = 0, restores = 0, killedInBackup = 0, killedInRestore = 0, leftoverTemporaryFiles = 0;
    QElapsedTimer total;
    total.start();

    // A soak starts a new office every kOfficeKills kills, so that each check reads a database of a
    // size an office reaches in weeks, not one grown by a thousand writers.
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    std::unique_ptr<test::WriterLedger> ledger;
    QSet<QString> backupsChecked;
    auto closeOffice = [&] {
        if (!ledger)
            return;
        commits += ledger->commits();
        backups += ledger->backups();
        restores += ledger->restores();
        killedInBackup += ledger->killedInBackup();
        killedInRestore += ledger->killedInRestore();
    };

    for (int kill = 0; kill < kills; ++kill) {
        SCOPED_TRACE(testing::Message() << "kill " << kill + 1);
        if (kill % kOfficeKills == 0) {
            closeOffice();
            dir = std::make_unique<QTemporaryDir>();
            ASSERT_TRUE(dir->isValid());
            path = dir->filePath(QStringLiteral("office.sqlite"));
            test::createOfficeDatabase(path);
            ledger = std::make_unique<test::WriterLedger>();
            backupsChecked.clear();
        }
        QProcess writer;
        writer.setProgram(test::crashWriterPath());
        writer.setArguments({path, QStringLiteral("li"), QStringLiteral("--seed"),
                             QString::number(random.generate()), QStringLiteral("--workdir"), dir->path()});
        writer.start();
        ASSERT_TRUE(writer.waitForStarted()) << writer.errorString().toStdString();
        QByteArray output;
        ASSERT_TRUE(waitUntilReady(writer, output)) << writer.readAllStandardError().toStdString();

        QThread::msleep(20 + random.bounded(381));
        ASSERT_EQ(writer.state(), QProcess::Running)
            << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10'000));
        output += writer.readAllStandardOutput();
        const QByteArray errors = writer.readAllStandardError();
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << "the writer stopped by itself: " << errors.toStdString();
        EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
        ledger->feed(output);

        {
            auto db = Database::open(path);
            ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
            const QStringList violations = test::orderBookViolations(**db);
            ASSERT_TRUE(violations.isEmpty()) << "corrupt: " << violations.join(u'\n').toStdString();
            // Every commit the writer reported happened before the kill: none may be lost.
            const QString lost = ledger->check(
                countOf(**db, "SELECT count(*) FROM orders"),
                countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'database.restore'"));
            ASSERT_TRUE(lost.isEmpty()) << "lost: " << lost.toStdString();
        }
        // A backup is whole under its name or not there; so is the database a restore kept aside.
        const QDir folder(dir->path());
        const QStringList made =
            folder.entryList({QStringLiteral("backup-*.sqlite")}, QDir::Files, QDir::Time);
        for (const QString& name : folder.entryList(
                 {QStringLiteral("backup-*.sqlite"), QStringLiteral("*.before-restore-*")}, QDir::Files)) {
            const QString file = folder.filePath(name);
            if (backupsChecked.contains(file))
                continue;
            auto copy = Database::open(file, Database::Migrate::No);
            ASSERT_TRUE(copy.has_value())
                << "partial: " << name.toStdString() << ": " << copy.error().message.toStdString();
            const QStringList violations = test::orderBookViolations(**copy);
            ASSERT_TRUE(violations.isEmpty())
                << "partial: " << name.toStdString() << ": " << violations.join(u'\n').toStdString();
            ++checkedFiles;
            copy->reset();
            backupsChecked.insert(file);
        }
        // Checked files take only disk space from here on; the writer restores the newest backup.
        for (const QString& name : folder.entryList({QStringLiteral("*.before-restore-*")}, QDir::Files))
            QFile::remove(folder.filePath(name));
        for (qsizetype i = 2; i < made.size(); ++i) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(folder.filePath(made[i] + suffix));
        }
        // A backup interrupted before it was complete leaves only its temporary file.
        for (const QString& name : folder.entryList({QStringLiteral("*.part*")}, QDir::Files)) {
            ++leftoverTemporaryFiles;
            QFile::remove(folder.filePath(name));
        }
    }
    closeOffice();

    auto db = Database::open(path);
    ASSERT_TRUE(db.has_value());
    const qint64 orders = countOf(**db, "SELECT count(*) FROM orders");
    std::printf(
        "[ crash    ] %d kills in %lld ms (%d office(s)): %lld commits reported, %d backups, %d restores; "
        "kills "
        "during a backup %d, during a restore %d; %lld backups and replaced databases checked; 0 corrupt, 0 "
        "partial, 0 lost commits; %d temporary .part files of interrupted backups; last office %lld orders, "
        "%lld lines, %lld audit entries\n",
        kills, total.elapsed(), (kills + kOfficeKills - 1) / kOfficeKills, commits, backups, restores,
        killedInBackup, killedInRestore, checkedFiles, leftoverTemporaryFiles, orders,
        countOf(**db, "SELECT count(*) FROM order_lines"), countOf(**db, "SELECT count(*) FROM audit_log"));
    // The stream really mixed every kind of write.
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.submit'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.edit'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.revise'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'order.confirm'"), 0);
    EXPECT_GT(countOf(**db, "SELECT count(*) FROM audit_log WHERE action = 'import.orders'"), 0);
    EXPECT_GT(backups, 0);
}
