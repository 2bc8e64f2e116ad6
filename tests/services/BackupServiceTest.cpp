#include "BackupService.h"
#include "AccountService.h"
#include "AttachmentStore.h"
#include "AuditRepository.h"
#include "DiscussionService.h"
#include "OrderBookInvariants.h"
#include "OrderIntakeService.h"
#include "Platform.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

#include <gtest/gtest.h>

#include <sqlite3.h>
#include <sys/stat.h>

#include <atomic>
#include <thread>

using namespace od;
using od::test::orderBookViolations;
using od::test::scalar;

namespace {

// "600" for rw-------; "missing" when there is no such file.
std::string fileMode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return "missing";
    return QString::number(st.st_mode & 07777, 8).toStdString();
}

// Changes a file behind OrderDesk's back, the way a foreign tool would.
void rawSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

// Lists compared as text, so that a failure shows the names.
std::string joined(const QStringList& list)
{
    return list.join(u'\n').toStdString();
}

User userById(Database& db, qint64 id)
{
    auto user = UserRepository(db).byId(id);
    EXPECT_TRUE(user && user->has_value());
    return user && *user ? **user : User{};
}

class BackupServiceTest : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager};
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海申通阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("VLV-50"), QStringLiteral("不锈钢球阀"), 1'250'000);
    qint64 flange = t.addProduct(QStringLiteral("FL-DN100"), QStringLiteral("法兰"), 855'000);
    BackupService service{t.session()};

    QString file(const QString& name) const { return t.dir() + u'/' + name; }
    User manager() { return userById(t.db(), t.managerId); }
    User admin() { return userById(t.db(), t.adminId); }

    // Saves a draft with `lines` lines through the intake service of `session`.
    Result<OrderIntakeService::SaveOutcome> saveOrder(Session& session, int lines)
    {
        OrderIntakeService intake(session);
        Order o = intake.newDraft();
        o.customerId = customer;
        o.requestedDate = QDate(2026, 8, 1);
        for (int i = 0; i < lines; ++i) {
            OrderLine line;
            line.productId = i % 2 ? flange : valve;
            line.quantity = Quantity::fromUnits(i + 1);
            line.unitPrice = UnitPrice::fromRaw(i % 2 ? 855'000 : 1'250'000);
            o.lines << line;
        }
        return intake.saveDraft(o, true);
    }
    void saveOrders(int count)
    {
        for (int i = 0; i < count; ++i) {
            auto saved = saveOrder(t.session(), 2);
            ASSERT_TRUE(saved && saved->saved);
        }
    }

    // A database file of its own (no open connection) holding what `t` holds now.
    QString separateDatabase(const QString& name)
    {
        const QString path = file(name);
        EXPECT_TRUE(service.backup(path).has_value());
        return path;
    }

    qint64 ordersIn(const QString& path)
    {
        auto db = Database::open(path, Database::Migrate::No);
        return db ? scalar(**db, QStringLiteral("SELECT count(*) FROM orders")) : -1;
    }

    QStringList leftovers() const
    {
        return QDir(t.dir()).entryList(
            {QStringLiteral("*.before-restore-*"), QStringLiteral("*.restoring*"), QStringLiteral("*.part")},
            QDir::Files);
    }

    void expectRefused(const QString& source, const char* messagePart)
    {
        const qint64 before = scalar(t.db(), QStringLiteral("SELECT count(*) FROM orders"));
        auto restored = BackupService::restore(t.path(), source, admin());
        ASSERT_FALSE(restored.has_value());
        EXPECT_EQ(restored.error().kind, Error::Kind::Invalid);
        EXPECT_TRUE(restored.error().message.contains(QLatin1String(messagePart)))
            << restored.error().message.toStdString();
        EXPECT_TRUE(restored.error().message.contains(QFileInfo(source).fileName()))
            << restored.error().message.toStdString();
        EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT count(*) FROM orders")), before);
        EXPECT_EQ(joined(leftovers()), "");
    }
};

} // namespace

TEST_F(BackupServiceTest, BackupWhileAnotherConnectionSavesOrdersIsOneConsistentSnapshot)
{
    std::atomic<bool> stop = false;
    std::atomic<int> saved = 0;
    std::atomic<bool> writerFailed = false;
    QString writerError; // read once the writer has stopped
    std::thread writer([&] {
        auto db = Database::open(t.path());
        if (!db) {
            writerError = db.error().message;
            writerFailed = true;
            return;
        }
        Session session(**db, userById(**db, t.salespersonId));
        session.setToday(QDate(2026, 6, 1));
        while (!stop) {
            auto outcome = saveOrder(session, 1 + saved % 7);
            if (!outcome || !outcome->saved) {
                writerError = outcome ? outcome->report.summary() : outcome.error().message;
                writerFailed = true;
                return;
            }
            ++saved;
        }
    });
    auto joinWriter = qScopeGuard([&] {
        stop = true;
        if (writer.joinable())
            writer.join();
    });
    QElapsedTimer timer;
    timer.start();
    while (saved < 20 && !writerFailed && timer.elapsed() < 30'000)
        QThread::msleep(5);
    ASSERT_GE(saved, 20);

    for (int round = 0; round < 3; ++round) {
        const QString target = file(QStringLiteral("backup-%1.sqlite").arg(round));
        const int savedBefore = saved;
        int savedAtFirstStep = -1;
        int savedDuringCopy = -1;
        auto ok = service.backup(target, [&](qint64, qint64) {
            if (savedAtFirstStep < 0) {
                // Hold the copy open until the other connection has committed more orders:
                // writing goes on during a backup, and none of it leaks into the copy.
                savedAtFirstStep = saved;
                QElapsedTimer wait;
                wait.start();
                while (saved < savedAtFirstStep + 3 && !writerFailed && wait.elapsed() < 10'000)
                    QThread::msleep(2);
                savedDuringCopy = saved - savedAtFirstStep;
            }
            return true;
        });
        ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
        ASSERT_GE(savedAtFirstStep, 0) << "the copy went in one step; the test needs several";
        EXPECT_GE(savedDuringCopy, 3) << "the backup blocked the other connection's saves";

        auto copy = Database::open(target, Database::Migrate::No);
        ASSERT_TRUE(copy.has_value());
        EXPECT_EQ(joined(orderBookViolations(**copy)), "");
        const qint64 orders = scalar(**copy, QStringLiteral("SELECT count(*) FROM orders"));
        EXPECT_GE(orders, savedBefore);
        // The writer counts an order just after its commit, so one commit may already be in the
        // snapshot without being counted yet; the three or more committed while the copy was held
        // open must not be.
        EXPECT_LE(orders, savedAtFirstStep + 1) << "orders committed after the copy started are in it";
        EXPECT_EQ(
            scalar(**copy, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.create'")),
            orders);
    }
    stop = true;
    writer.join();
    EXPECT_TRUE(writerError.isEmpty()) << writerError.toStdString();
    EXPECT_EQ(joined(orderBookViolations(t.db())), "");
    AuditFilter backups;
    backups.actionPrefix = QStringLiteral("database.backup");
    auto entries = AuditRepository(t.db()).list(backups, 10);
    ASSERT_EQ(entries->size(), 3);
    EXPECT_EQ(entries->at(0).userName, QStringLiteral("li"));
    EXPECT_EQ(entries->at(0).entityLabel, QStringLiteral("backup-2.sqlite"));
}

TEST(BackupFiles, DatabaseItsLogAndBackupsAreReadableByTheOwnerOnlyWhateverTheUmask)
{
    const mode_t previous = ::umask(0);
    auto restoreUmask = qScopeGuard([&] { ::umask(previous); });
    test::TestDatabase t{Role::Manager};
    t.addCustomer(QStringLiteral("C001"), QStringLiteral("北京远航贸易"));
    EXPECT_EQ(fileMode(t.path()), "600");
    EXPECT_EQ(fileMode(t.path() + QStringLiteral("-wal")), "600");
    EXPECT_EQ(fileMode(t.path() + QStringLiteral("-shm")), "600");

    BackupService service(t.session());
    const QString target = t.dir() + QStringLiteral("/manual.sqlite");
    ASSERT_TRUE(service.backup(target).has_value());
    EXPECT_EQ(fileMode(target), "600");

    const QString dir = t.dir() + QStringLiteral("/backups");
    auto daily = service.autoBackup(dir);
    ASSERT_TRUE(daily.has_value()) << daily.error().message.toStdString();
    EXPECT_EQ(fileMode(dir), "700");
    EXPECT_EQ(fileMode(daily->path), "600");
    // A backup is one file: no -wal or -shm beside it.
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
    EXPECT_EQ(joined(QDir(dir).entryList(QDir::Files)), QFileInfo(daily->path).fileName().toStdString());
}

TEST_F(BackupServiceTest, AnExistingFileIsReplacedByAnOwnerOnlyBackup)
{
    const QString target = file(QStringLiteral("old.sqlite"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("yesterday");
    }
    ASSERT_TRUE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    saveOrders(1);
    ASSERT_TRUE(service.backup(target).has_value());
    EXPECT_EQ(fileMode(target), "600");
    EXPECT_EQ(ordersIn(target), 1);
    EXPECT_EQ(joined(leftovers()), "");
}

TEST_F(BackupServiceTest, RestoreRefusesAFileThatIsNotADatabase)
{
    saveOrders(1);
    const QString text = file(QStringLiteral("orders.csv"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("order_no,customer_code\nSO-2026-000001,C001\n").repeated(100));
    f.close();
    expectRefused(text, "is not a database file");
}

TEST_F(BackupServiceTest, RestoreRefusesAnotherProgramsDatabase)
{
    saveOrders(1);
    const QString foreign = file(QStringLiteral("shop.db"));
    rawSql(foreign,
           "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO items VALUES (1, 'x');");
    expectRefused(foreign, "is not an OrderDesk database");
    // Even with a version number and a table called orders.
    const QString lookalike = file(QStringLiteral("lookalike.db"));
    rawSql(lookalike, "CREATE TABLE orders (id INTEGER PRIMARY KEY); PRAGMA user_version = 1;");
    expectRefused(lookalike, "is not an OrderDesk database");
}

TEST_F(BackupServiceTest, RestoreRefusesABackupFromANewerVersion)
{
    saveOrders(1);
    const QString newer = separateDatabase(QStringLiteral("newer.sqlite"));
    rawSql(newer, QStringLiteral("PRAGMA user_version = %1")
                      .arg(Database::latestSchemaVersion() + 1)
                      .toUtf8()
                      .constData());
    expectRefused(newer, "newer version of OrderDesk");
}

TEST_F(BackupServiceTest, RestoreRefusesABackupWhoseAuditTrailWasAlteredAndNamesTheEntry)
{
    saveOrders(3);
    const QString altered = separateDatabase(QStringLiteral("altered.sqlite"));
    rawSql(altered,
           "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_name = 'mallory' WHERE id = 2;");
    expectRefused(altered, "entry 2 is broken");
    auto checked = BackupService::checkRestoreSource(altered, t.session());
    ASSERT_FALSE(checked.has_value());
    EXPECT_TRUE(checked.error().message.contains(QLatin1String("entry 2")))
        << checked.error().message.toStdString();
}

TEST_F(BackupServiceTest, RestorePutsTheBackupBackAndKeepsTheReplacedFileAside)
{
    saveOrders(1);
    const QString backup = separateDatabase(QStringLiteral("monday.sqlite"));
    saveOrders(1);
    const QString live = separateDatabase(QStringLiteral("live.sqlite"));
    {
        // Work done in the live database after the backup, still in its write-ahead log.
        auto db = Database::open(live);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).has_value());
        Session session(**db, manager());
        session.setToday(QDate(2026, 6, 1));
        ASSERT_TRUE(saveOrder(session, 3).has_value());

        auto stillOpen = BackupService::restore(live, backup, admin());
        ASSERT_FALSE(stillOpen.has_value());
        EXPECT_EQ(stillOpen.error().kind, Error::Kind::Conflict);
        EXPECT_TRUE(stillOpen.error().message.contains(QLatin1String("still open")));
        EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM orders")), 3);
    }

    auto restored = BackupService::restore(live, backup, admin());
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_TRUE(QFileInfo(restored->previousDatabase)
                    .fileName()
                    .startsWith(QLatin1String("live.sqlite.before-restore-")));
    EXPECT_EQ(fileMode(restored->previousDatabase), "600");
    EXPECT_EQ(ordersIn(restored->previousDatabase), 3); // nothing of the replaced database is lost
    EXPECT_EQ(fileMode(live), "600");
    EXPECT_FALSE(QFileInfo::exists(live + QStringLiteral(".restoring")));

    auto db = Database::open(live);
    ASSERT_TRUE(db.has_value());
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM orders")), 1);
    EXPECT_EQ(joined(orderBookViolations(**db)), "");
    auto last = AuditRepository(**db).list({}, 1);
    ASSERT_EQ(last->size(), 1);
    EXPECT_EQ(last->at(0).action, QStringLiteral("database.restore"));
    EXPECT_EQ(last->at(0).userName, QStringLiteral("admin"));
    EXPECT_EQ(last->at(0).entityLabel, QStringLiteral("monday.sqlite"));
}

TEST_F(BackupServiceTest, TheFilesAttachedToCommentsGoWithTheBackupAndComeBackWithARestore)
{
    auto saved = saveOrder(t.session(), 1);
    ASSERT_TRUE(saved && saved->saved);
    const QString drawing = file(QStringLiteral("图纸.pdf"));
    {
        QFile f(drawing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 the customer's drawing");
    }
    const qint64 orderId = scalar(t.db(), QStringLiteral("SELECT max(id) FROM orders"));
    auto posted = DiscussionService(t.session()).post(orderId, QStringLiteral("见附件"), {drawing});
    ASSERT_TRUE(posted.has_value()) << posted.error().message.toStdString();
    const CommentAttachment attached = posted->attachments.first();

    const QString backup = file(QStringLiteral("friday.sqlite"));
    ASSERT_TRUE(service.backup(backup).has_value());
    EXPECT_TRUE(service.notice().isEmpty()) << service.notice().toStdString();
    auto inBackup = AttachmentStore(backup).pathOf(attached);
    ASSERT_TRUE(inBackup.has_value()) << inBackup.error().message.toStdString();
    EXPECT_NE(QFileInfo(*inBackup).absolutePath(),
              QFileInfo(AttachmentStore(t.path()).folder()).absoluteFilePath());

    // Put back in place of a database that never had the file (another PC, a lost folder).
    const QString elsewhere = file(QStringLiteral("elsewhere/orders.orderdesk"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(elsewhere).absolutePath()));
    ASSERT_TRUE(QFile::copy(backup, elsewhere));
    AttachmentStore(elsewhere).removeFolder();
    auto restored = BackupService::restore(elsewhere, backup, admin());
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_TRUE(restored->notice.isEmpty()) << restored->notice.toStdString();
    auto back = AttachmentStore(elsewhere).pathOf(attached);
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    QFile f(*back);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("%PDF-1.4 the customer's drawing"));
}

TEST_F(BackupServiceTest, RestoreTakesWhatOnlyTheSourcesWriteAheadLogHolds)
{
    // A copy of a database taken with its -wal file beside it, as a user might pick it.
    ASSERT_TRUE(t.db().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).has_value());
    saveOrders(2);
    const QString picked = file(QStringLiteral("copied.sqlite"));
    ASSERT_TRUE(QFile::copy(t.path(), picked));
    ASSERT_TRUE(QFile::copy(t.path() + QStringLiteral("-wal"), picked + QStringLiteral("-wal")));
    ASSERT_GT(QFileInfo(picked + QStringLiteral("-wal")).size(), 0);

    const QString live = file(QStringLiteral("live.sqlite"));
    ASSERT_TRUE(Database::open(live).has_value()); // an empty database, closed again
    auto restored = BackupService::restore(live, picked, admin());
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_EQ(ordersIn(live), 2);
}

TEST_F(BackupServiceTest, DailyBackupIsMadeOnceADayAndTheNewestSevenAreKept)
{
    t.actAs(t.salespersonId); // runs at start for whoever signs in
    const QString dir = file(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QStringList unrelated{QStringLiteral("orderdesk-notes.sqlite"),
                                QStringLiteral("orderdesk-2026-01-01.sqlite.txt"),
                                QStringLiteral("mine-2026-01-01.sqlite")};
    for (const QString& name : unrelated) {
        QFile f(dir + u'/' + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }

    for (int day = 1; day <= 10; ++day) {
        t.session().setToday(QDate(2026, 6, day));
        saveOrders(1);
        auto first = service.autoBackup(dir);
        ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
        EXPECT_TRUE(first->created);
        EXPECT_EQ(QFileInfo(first->path).fileName(),
                  QStringLiteral("orderdesk-2026-06-%1.sqlite").arg(day, 2, 10, QLatin1Char('0')));
        auto again = service.autoBackup(dir);
        ASSERT_TRUE(again.has_value());
        EXPECT_FALSE(again->created);
        EXPECT_EQ(ordersIn(first->path), day);
    }

    QStringList expected = unrelated;
    for (int day = 4; day <= 10; ++day)
        expected << QStringLiteral("orderdesk-2026-06-%1.sqlite").arg(day, 2, 10, QLatin1Char('0'));
    QStringList files = QDir(dir).entryList(QDir::Files);
    files.sort();
    expected.sort();
    EXPECT_EQ(joined(files), joined(expected));
    EXPECT_EQ(
        scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.backup'")),
        10);
}

TEST_F(BackupServiceTest, SalespersonMayNeitherBackUpNorRestore)
{
    saveOrders(1);
    const QString backup = separateDatabase(QStringLiteral("backup.sqlite"));
    const QString live = separateDatabase(QStringLiteral("live.sqlite"));
    t.actAs(t.salespersonId);

    const QString target = file(QStringLiteral("mine.sqlite"));
    auto refused = service.backup(target);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    EXPECT_FALSE(QFileInfo::exists(target));

    auto restoreRefused = BackupService::restore(live, backup, userById(t.db(), t.salespersonId));
    ASSERT_FALSE(restoreRefused.has_value());
    EXPECT_EQ(restoreRefused.error().kind, Error::Kind::Forbidden);
    EXPECT_EQ(joined(leftovers()), "");
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'database.%'")),
              2);
}

TEST_F(BackupServiceTest, ManagersAndFinanceClerksBackUpButOnlyAdministratorsRestore)
{
    saveOrders(1);
    const QString backup = separateDatabase(QStringLiteral("backup.sqlite"));
    const QString live = separateDatabase(QStringLiteral("live.sqlite"));
    for (qint64 id : {t.managerId, t.financeId}) {
        t.actAs(id);
        const QString own = file(QStringLiteral("own-%1.sqlite").arg(id));
        EXPECT_TRUE(service.backup(own).has_value());
        auto refused = BackupService::restore(live, backup, userById(t.db(), id));
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
        EXPECT_TRUE(refused.error().message.contains(QLatin1String("may not restore")))
            << refused.error().message.toStdString();
    }
    EXPECT_TRUE(BackupService::restore(live, backup, admin()).has_value());
}

TEST_F(BackupServiceTest, ABackupWhoseUsersDisagreeWithItsOwnAuditTrailIsRefusedAsAltered)
{
    saveOrders(1);
    Session adminSession(t.db(), admin());
    ASSERT_TRUE(AccountService(t.session())
                    .resetPassword(adminSession, QStringLiteral("zhao"), QStringLiteral("zhao-password-1"))
                    .has_value());
    struct Edit
    {
        const char* sql;
        const char* named;
    };
    const Edit edits[] = {
        {"UPDATE users SET role = 'administrator' WHERE name = 'zhao'", "zhao"},
        {"UPDATE users SET active = 0 WHERE name = 'admin'", "admin"},
        {"UPDATE users SET password_hash = password_hash || 'x' WHERE name = 'zhao'", "zhao"},
        {"INSERT INTO users (name, display_name, role, active, created_at) VALUES ('mallory', 'M', "
         "'administrator', 1, '2026-01-01T00:00:00Z')",
         "mallory"},
        {"PRAGMA foreign_keys = OFF; DELETE FROM users WHERE name = 'li'", "li"},
    };
    const QString live = separateDatabase(QStringLiteral("live.sqlite"));
    for (const Edit& edit : edits) {
        SCOPED_TRACE(edit.sql);
        const QString copy =
            separateDatabase(QStringLiteral("edited-%1.sqlite").arg(qHash(QByteArray(edit.sql))));
        rawSql(copy, edit.sql);
        auto checked = BackupService::checkRestoreSource(copy, t.session());
        ASSERT_FALSE(checked.has_value());
        EXPECT_TRUE(checked.error().message.contains(QLatin1String(edit.named)))
            << checked.error().message.toStdString();
        EXPECT_TRUE(checked.error().message.contains(QLatin1String("was not restored")))
            << checked.error().message.toStdString();
        auto restored = BackupService::restore(live, copy, admin());
        ASSERT_FALSE(restored.has_value());
        EXPECT_EQ(restored.error().kind, Error::Kind::Invalid);
    }
    // The untouched backup passes the same check.
    const QString clean = separateDatabase(QStringLiteral("clean.sqlite"));
    EXPECT_TRUE(BackupService::checkRestoreSource(clean, t.session()).has_value());
    EXPECT_TRUE(BackupService::restore(live, clean, admin()).has_value());
}

TEST_F(BackupServiceTest, AnotherCompanysBackupIsRestoredOnlyWhenConfirmedAndTheRestoreIsRecorded)
{
    saveOrders(2);
    const QString live = separateDatabase(QStringLiteral("live.sqlite"));
    test::TestDatabase other{Role::Administrator};
    other.addCustomer(QStringLiteral("X001"), QStringLiteral("别家公司"));
    const QString foreign = file(QStringLiteral("foreign.sqlite"));
    ASSERT_TRUE(BackupService(other.session()).backup(foreign).has_value());

    auto source = BackupService::checkRestoreSource(foreign, t.session());
    ASSERT_TRUE(source.has_value()) << source.error().message.toStdString();
    EXPECT_TRUE(source->otherCompany);
    auto own = BackupService::checkRestoreSource(live, t.session());
    ASSERT_TRUE(own.has_value());
    EXPECT_FALSE(own->otherCompany);

    auto refused = BackupService::restore(live, foreign, admin());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(refused.error().field, QLatin1String(BackupService::OtherCompanyField));
    EXPECT_EQ(ordersIn(live), 2);

    BackupService::RestoreOptions confirmed;
    confirmed.otherCompanyConfirmed = true;
    auto restored = BackupService::restore(live, foreign, admin(), confirmed);
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_EQ(ordersIn(live), 0);
    auto db = Database::open(live);
    ASSERT_TRUE(db.has_value());
    auto last = AuditRepository(**db).list({}, 1);
    ASSERT_EQ(last->size(), 1);
    EXPECT_EQ(last->at(0).action, QStringLiteral("database.restore"));
    EXPECT_EQ(last->at(0).userName, QStringLiteral("admin"));
    EXPECT_TRUE(std::any_of(last->at(0).changes.cbegin(), last->at(0).changes.cend(),
                            [](const FieldChange& c) { return c.field == QLatin1String("company"); }));
    EXPECT_FALSE(AuditRepository(**db).verify()->firstBrokenId.has_value());
}

TEST_F(BackupServiceTest, ABackupWhileAnotherProgramHoldsTheWriteLockIsWholeAndItsEntryWaitsNotLost)
{
    saveOrders(2);
    const QString target = file(QStringLiteral("during-import.sqlite"));
    {
        auto importer = Database::open(t.path());
        ASSERT_TRUE(importer.has_value());
        Transaction longImport(**importer);
        ASSERT_TRUE(longImport.isActive());

        auto done = service.backup(target);
        ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
        EXPECT_FALSE(service.notice().isEmpty());
        EXPECT_EQ(ordersIn(target), 2);
        EXPECT_EQ(
            scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.backup'")),
            0);
    }
    // The next change by anyone writes the entry, with the time the backup was made.
    saveOrders(1);
    auto entries = AuditRepository(t.db()).list({0, {}, {}, QStringLiteral("database.backup")}, 10);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->at(0).userName, QStringLiteral("li"));
    EXPECT_FALSE(AuditRepository(t.db()).verify()->firstBrokenId.has_value());
    EXPECT_EQ(joined(leftovers()), "");
}

TEST_F(BackupServiceTest, ABackupThatCannotBeRecordedLeavesNoFile)
{
    saveOrders(1);
    const QString target = file(QStringLiteral("unrecorded.sqlite"));
    // Neither the database's write lock nor the access ledger can be had: nothing may remain.
    ASSERT_TRUE(QDir().mkpath(t.path() + QStringLiteral("-access")));
    auto importer = Database::open(t.path());
    ASSERT_TRUE(importer.has_value());
    Transaction longImport(**importer);
    ASSERT_TRUE(longImport.isActive());
    auto failed = service.backup(target);
    ASSERT_FALSE(failed.has_value());
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(joined(leftovers()), "");
}

TEST_F(BackupServiceTest, OneRestoreAtATimeAndAKilledOneLeavesNoLockBehind)
{
    saveOrders(1);
    const QString backup = separateDatabase(QStringLiteral("backup.sqlite"));
    const QString live = separateDatabase(QStringLiteral("live.sqlite"));
    {
        // Another restore of the same database is under way (its lock is held).
        Platform::FileLock running(live + QStringLiteral(".restore-lock"));
        ASSERT_TRUE(running.tryLock());
        auto refused = BackupService::restore(live, backup, admin());
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
        EXPECT_TRUE(refused.error().message.contains(QLatin1String("Another restore")))
            << refused.error().message.toStdString();
    }
    // The lock goes with whoever held it (the crash test kills restores half-way, too).
    EXPECT_TRUE(BackupService::restore(live, backup, admin()).has_value());
}
