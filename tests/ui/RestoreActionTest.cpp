#include "UiOrderFactory.h"

#include "BackupService.h"
#include "main/DailyBackup.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace od::test {

namespace {

qint64 orderCount(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("SELECT count(*) FROM orders"));
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

// File → Restore… as an administrator would use it: pick the backup, confirm, read where the old
// database went. Every modal dialog is answered by a timer, as the user would.
TEST(RestoreActionTest, RestoresTheChosenBackupAndKeepsTheReplacedDatabase)
{
    TestDatabase t(Role::Administrator);
    UiOrderFactory orders(t);
    orders.addDraft(orders.customerEast, 1);
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(BackupService(t.session()).backup(backup).has_value());
    orders.addDraft(orders.customerEast, 2); // after the backup: gone once it is restored

    const QString path = t.path();
    int answered = 0;
    QTimer answerer;
    QObject::connect(&answerer, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(backup);
            QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
            ++answered;
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            QAbstractButton* yes = box->button(QMessageBox::Yes);
            (yes ? yes : box->button(QMessageBox::Ok))->click();
            ++answered;
        }
    });
    answerer.start(50);
    {
        MainWindow window(t.session());
        window.show();
        auto* restore = window.findChild<QAction*>(QStringLiteral("restoreAction"));
        ASSERT_NE(restore, nullptr);
        restore->trigger();
    }
    answerer.stop();

    EXPECT_GE(answered, 3); // file dialog, confirmation, result
    EXPECT_EQ(orderCount(path), 1);
    const QStringList kept = QDir(t.dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(orderCount(QDir(t.dir()).filePath(kept.first())), 2);
}

// Restoring replaces every account: only an administrator sees the action; a manager and a
// finance clerk may still back up.
TEST(RestoreActionTest, OnlyAnAdministratorIsOfferedRestore)
{
    for (Role role : {Role::Manager, Role::FinanceClerk, Role::Salesperson, Role::Administrator}) {
        TestDatabase t(role);
        MainWindow window(t.session());
        const bool offered = window.findChild<QAction*>(QStringLiteral("restoreAction")) != nullptr;
        EXPECT_EQ(offered, role == Role::Administrator) << RoleInfo::key(role).toStdString();
        const bool backupOffered = window.findChild<QAction*>(QStringLiteral("backupAction")) != nullptr;
        EXPECT_EQ(backupOffered, role != Role::Salesperson) << RoleInfo::key(role).toStdString();
    }
}

// Another company's backup is asked about apart, with No as the answer ready: saying No leaves
// this company's database as it was.
TEST(RestoreActionTest, AnotherCompanysBackupIsAskedAboutAndNoKeepsThisDatabase)
{
    TestDatabase t(Role::Administrator);
    UiOrderFactory orders(t);
    orders.addDraft(orders.customerEast, 1);
    TestDatabase other(Role::Administrator);
    other.addCustomer(QStringLiteral("X001"), QStringLiteral("别家公司"));
    const QString foreign = QDir(t.dir()).filePath(QStringLiteral("foreign.sqlite"));
    ASSERT_TRUE(BackupService(other.session()).backup(foreign).has_value());

    QStringList asked;
    QTimer answerer;
    QObject::connect(&answerer, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(foreign);
            QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            asked << box->text();
            QAbstractButton* no = box->button(QMessageBox::No);
            (no ? no : box->button(QMessageBox::Ok))->click();
        }
    });
    answerer.start(50);
    {
        MainWindow window(t.session());
        window.show();
        window.findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
    }
    answerer.stop();

    // (The file dialog may complain once while the timer types into it.)
    const QStringList aboutCompany = asked.filter(QStringLiteral("another company"));
    ASSERT_EQ(aboutCompany.size(), 1) << asked.join(u'|').toStdString();
    EXPECT_TRUE(asked.filter(QStringLiteral("Replace the current database")).isEmpty())
        << asked.join(u'|').toStdString();
    EXPECT_EQ(orderCount(t.path()), 1);
    EXPECT_TRUE(QDir(t.dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
}

// File → Back up… as an administrator would use it: choose where, wait for the copy, read the
// status bar.
TEST(BackupActionTest, BacksUpToTheChosenFileAndSaysWhere)
{
    TestDatabase t(Role::Administrator);
    t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海申通阀门有限公司"));
    const QString target = QDir(t.dir()).filePath(QStringLiteral("friday.sqlite"));

    QTimer answerer;
    bool chosen = false;
    QObject::connect(&answerer, &QTimer::timeout, [&] {
        // The whole path typed into the file name box, as a user may.
        auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        auto* name = files ? files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")) : nullptr;
        if (name && !chosen) {
            name->setText(target);
            QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
            chosen = true;
        }
    });
    answerer.start(50);
    MainWindow window(t.session());
    window.show();
    auto* backup = window.findChild<QAction*>(QStringLiteral("backupAction"));
    ASSERT_NE(backup, nullptr);
    ASSERT_TRUE(backup->isEnabled());
    backup->trigger();
    answerer.stop();

    EXPECT_TRUE(chosen);
    ASSERT_TRUE(QFileInfo::exists(target)) << window.statusBar()->currentMessage().toStdString();
    auto copy = Database::open(target);
    ASSERT_TRUE(copy.has_value());
    QSqlQuery q((*copy)->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM customers")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("上海申通阀门有限公司"));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("friday.sqlite")))
        << window.statusBar()->currentMessage().toStdString();
}

// The automatic daily backup runs behind the window: the user is not kept waiting, the file
// appears, and the status bar message says where.
TEST(DailyBackupTest, MakesTodaysBackupInTheBackgroundAndSaysWhere)
{
    TestDatabase t(Role::Salesperson);
    t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海申通阀门有限公司"));
    const QString dir = QDir(t.dir()).filePath(QStringLiteral("daily"));
    DailyBackup backup(t.session().factory(), dir);
    QString said;
    bool done = false;
    QObject::connect(&backup, &DailyBackup::finished, [&](bool ok, const QString& message) {
        EXPECT_TRUE(ok) << message.toStdString();
        said = message;
        done = true;
    });
    backup.start();
    EXPECT_FALSE(done); // start() returns at once
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 60'000));
    // Named after the business day of the session that made it.
    const QString file = QDir(dir).filePath(BackupService::dailyFileName(t.session().today()));
    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_TRUE(said.contains(QStringLiteral("orderdesk-"))) << said.toStdString();

    // Once there, today's backup is not made again and nothing is said.
    DailyBackup again(t.session().factory(), dir);
    done = false;
    said = QStringLiteral("unset");
    QObject::connect(&again, &DailyBackup::finished, [&](bool, const QString& message) {
        said = message;
        done = true;
    });
    again.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 60'000));
    EXPECT_TRUE(said.isEmpty()) << said.toStdString();
}

} // namespace od::test
