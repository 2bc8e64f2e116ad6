// orderdesk-cli probed from outside, the way an attacker or a careless colleague would: files
// written over the database, sign-ins in parallel, a restore used to become administrator,
// numbers with a decimal comma, formulas in exported names, unusable database files, hostile
// text and encodings. Each test is one finding of that probe.
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kAdminPassword = QStringLiteral("first-admin-pw");

QString passwordOf(const QString& user)
{
    return user == QLatin1String("admin") ? kAdminPassword : user + QStringLiteral("-password-1");
}

QStringList args(const QString& db, const QString& user, const QStringList& rest)
{
    QStringList out{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        out << QStringLiteral("--user") << user;
    return out + rest;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    file.write(bytes);
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A connection of the test's own to a database file, as another program would have.
class RawDatabase
{
public:
    explicit RawDatabase(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        EXPECT_TRUE(db.open()) << path.toStdString();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

qint64 count(const QString& db, const QString& sql)
{
    RawDatabase raw(db);
    return raw.scalar(sql).toLongLong();
}

// A company as `init` makes it, with a finance clerk (zhao), two salespeople (wang, chen) and a
// manager (li), each signing in with passwordOf(name). Made once and copied for each test (the
// accounts cost a few Argon2id hashes each), unless a test needs a company of its own.
class Office
{
public:
    enum class Company
    {
        Shared, // a copy of the one made first: the same company
        Own     // made afresh: another company
    };

    explicit Office(const QString& file = QStringLiteral("office.orderdesk"), Company company = Company::Shared)
    {
        db = cli.database(file);
        if (company == Company::Shared) {
            static const std::unique_ptr<Office> original = std::make_unique<Office>(file, Company::Own);
            EXPECT_TRUE(QFile::copy(original->db, db));
            return;
        }
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kAdminPassword);
        const CliRun init = cli.run(args(db, {}, {QStringLiteral("init")}));
        EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
        for (const auto& [name, role] : {std::pair{"zhao", "finance_clerk"}, std::pair{"wang", "salesperson"},
                                         std::pair{"chen", "salesperson"}, std::pair{"li", "manager"}}) {
            cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), passwordOf(QString::fromLatin1(name)));
            const CliRun added = as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"),
                                                              QString::fromLatin1(name), QStringLiteral("--role"),
                                                              QString::fromLatin1(role)});
            EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
    }

    CliRun as(const QString& user, const QStringList& rest)
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), passwordOf(user));
        return cli.run(args(db, user, rest));
    }
    CliRun anonymous(const QStringList& rest) { return cli.run(args(db, {}, rest)); }
    QString file(const QString& name) const { return cli.dir() + u'/' + name; }

    // Imports a CSV file as the manager.
    CliRun import(const QString& kind, const QString& name, const QByteArray& csv, const QString& user = "li")
    {
        const QString path = file(name);
        writeFile(path, csv);
        return as(user, {QStringLiteral("import"), kind, path});
    }

    CliRunner cli;
    QString db;
};

const QByteArray kCustomers =
    "code,name,credit_limit\nC001,上海申通阀门有限公司,50000.00\nC002,北京远航贸易,0\n";
const QByteArray kProducts =
    "sku,name,unit,unit_price\nVLV-50,不锈钢球阀,台,125.00\nFL-DN100,法兰,片,85.50\n";
const QByteArray kOrderHeader =
    "order_no,customer_code,order_date,requested_date,status,line_no,sku,description,quantity,unit_price,"
    "discount_percent\n";

void addCatalog(Office& office)
{
    ASSERT_EQ(office.import(QStringLiteral("customers"), QStringLiteral("c.csv"), kCustomers).exitCode, 0);
    ASSERT_EQ(office.import(QStringLiteral("products"), QStringLiteral("p.csv"), kProducts).exitCode, 0);
}

} // namespace

// 1. An export or backup given the live database (or its -wal) as its file refuses and writes nothing.
TEST(CliHardening, ExportOrBackupOverTheLiveDatabaseIsRefusedAndTheDatabaseKeepsWorking)
{
    Office office;
    addCatalog(office);
    for (const QString& target : QStringList{office.db, office.db + QStringLiteral("-wal")}) {
        SCOPED_TRACE(target.toStdString());
        const CliRun exported = office.as(QStringLiteral("wang"),
                                          {QStringLiteral("export"), QStringLiteral("customers"), target});
        EXPECT_EQ(exported.exitCode, 1) << exported.out.toStdString();
        EXPECT_TRUE(exported.err.contains(QLatin1String("is the database OrderDesk is working on")))
            << exported.err.toStdString();
        EXPECT_FALSE(exported.out.contains(QLatin1String("Wrote")));
        const CliRun backup = office.as(QStringLiteral("admin"), {QStringLiteral("backup"), target});
        EXPECT_EQ(backup.exitCode, 1) << backup.out.toStdString();
    }
    EXPECT_TRUE(contentOf(office.db).startsWith("SQLite format 3"));
    const CliRun check = office.anonymous({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_EQ(count(office.db, QStringLiteral("SELECT count(*) FROM customers")), 2);
}

// 2. Ten sign-ins started at once after the wait: only the one attempt the throttle allows is checked.
TEST(CliHardening, ParallelSignInsGetNoMoreAttemptsThanTheThrottleAllows)
{
    Office office;
    office.cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QStringLiteral("wrong-guess"));
    for (int i = 0; i < 3; ++i) // the free attempts
        EXPECT_EQ(office.cli
                      .run(args(office.db, QStringLiteral("zhao"),
                                {QStringLiteral("user"), QStringLiteral("list")}))
                      .exitCode,
                  1);
    QThread::msleep(2500); // the wait after three failures

    auto burst = [&](const QStringList& passwords) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (const QString& password : passwords) {
            office.cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), password);
            running.push_back(office.cli.start(
                args(office.db, QStringLiteral("zhao"),
                     {QStringLiteral("orders"), QStringLiteral("--limit"), QStringLiteral("1")})));
        }
        int checked = 0;
        int signedIn = 0;
        for (auto& process : running) {
            const CliRun run = CliRunner::finish(*process);
            if (run.exitCode == 0)
                ++signedIn;
            else if (run.err.contains(QLatin1String("Wrong user name or password")))
                ++checked;
            else
                EXPECT_TRUE(run.err.contains(QLatin1String("Too many failed attempts")))
                    << run.err.toStdString();
        }
        return std::pair{checked, signedIn};
    };
    QStringList wrong;
    for (int i = 0; i < 10; ++i)
        wrong << QStringLiteral("guess-%1").arg(i);
    const auto [checked, signedIn] = burst(wrong);
    EXPECT_EQ(signedIn, 0);
    EXPECT_EQ(checked, 1) << "ten attempts at once after a wait: one is checked, nine wait";

    // Nine wrong and the right one at once: at most one of them is even looked at.
    QThread::msleep(4500);
    QStringList mixed = wrong.mid(0, 9);
    mixed.insert(4, passwordOf(QStringLiteral("zhao")));
    const auto [checkedAgain, signedInAgain] = burst(mixed);
    EXPECT_LE(checkedAgain + signedInAgain, 1);
}

// 3. A finance clerk cannot restore; a backup whose users were edited is refused as tampered;
//    another company's backup needs --other-company; the restore is audited where it lands.
TEST(CliHardening, RestoreIsForAdministratorsAndRefusesAlteredUsersAndAsksAboutAnotherCompany)
{
    Office office;
    addCatalog(office);
    const QString copy = office.file(QStringLiteral("copy.orderdesk"));
    ASSERT_EQ(office.as(QStringLiteral("zhao"), {QStringLiteral("backup"), copy}).exitCode, 0);
    {
        RawDatabase raw(copy);
        raw.exec(QStringLiteral("UPDATE users SET role = 'administrator' WHERE name = 'zhao'"));
    }
    const CliRun byClerk = office.as(QStringLiteral("zhao"), {QStringLiteral("restore"), copy});
    EXPECT_EQ(byClerk.exitCode, 1) << byClerk.out.toStdString();
    EXPECT_TRUE(byClerk.err.contains(QLatin1String("may not restore"))) << byClerk.err.toStdString();

    const CliRun tampered = office.as(QStringLiteral("admin"), {QStringLiteral("restore"), copy});
    EXPECT_EQ(tampered.exitCode, 1) << tampered.out.toStdString();
    EXPECT_TRUE(tampered.err.contains(QLatin1String("zhao"))) << tampered.err.toStdString();
    EXPECT_TRUE(tampered.err.contains(QLatin1String("was not restored"))) << tampered.err.toStdString();
    EXPECT_EQ(count(office.db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator'")), 1);

    // A password hash swapped in the copy is found the same way.
    const QString swapped = office.file(QStringLiteral("swapped.orderdesk"));
    ASSERT_EQ(office.as(QStringLiteral("admin"), {QStringLiteral("backup"), swapped}).exitCode, 0);
    {
        RawDatabase raw(swapped);
        raw.exec(QStringLiteral("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE "
                                "name = 'zhao') WHERE name = 'admin'"));
    }
    const CliRun swappedRun = office.as(QStringLiteral("admin"), {QStringLiteral("restore"), swapped});
    EXPECT_EQ(swappedRun.exitCode, 1) << swappedRun.out.toStdString();
    EXPECT_TRUE(swappedRun.err.contains(QLatin1String("admin"))) << swappedRun.err.toStdString();

    Office other(QStringLiteral("other-company.orderdesk"), Office::Company::Own);
    const QString foreign = office.file(QStringLiteral("other-backup.orderdesk"));
    ASSERT_EQ(other.as(QStringLiteral("admin"), {QStringLiteral("backup"), foreign}).exitCode, 0);
    const CliRun unconfirmed = office.as(QStringLiteral("admin"), {QStringLiteral("restore"), foreign});
    EXPECT_EQ(unconfirmed.exitCode, 1) << unconfirmed.out.toStdString();
    EXPECT_TRUE(unconfirmed.err.contains(QLatin1String("--other-company"))) << unconfirmed.err.toStdString();
    const CliRun confirmed = office.as(
        QStringLiteral("admin"), {QStringLiteral("restore"), foreign, QStringLiteral("--other-company")});
    EXPECT_EQ(confirmed.exitCode, 0) << confirmed.err.toStdString();
    EXPECT_EQ(
        count(office.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.restore'")),
        1);
    EXPECT_EQ(office.anonymous({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

// 7 and 8. While another program holds the write lock (a long import), a backup is whole and
// its audit entry waits; signing in works, says why changes wait, and its record is not lost.
TEST(CliHardening, BackupAndSignInWhileTheWriteLockIsHeldAreWholeAndAuditedLater)
{
    Office office;
    addCatalog(office);
    const QString backup = office.file(QStringLiteral("during-import.orderdesk"));
    const qint64 signInsBefore =
        count(office.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.sign_in'"));
    {
        RawDatabase importer(office.db);
        importer.exec(QStringLiteral("BEGIN IMMEDIATE"));
        importer.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('import.in_progress', '1')"));

        QElapsedTimer timer;
        timer.start();
        const CliRun list = office.as(QStringLiteral("wang"), {QStringLiteral("orders")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        EXPECT_LT(timer.elapsed(), 4000) << "signing in must not wait for the write lock";
        EXPECT_TRUE(list.err.contains(QLatin1String("changes"))) << list.err.toStdString();

        const CliRun backedUp = office.as(QStringLiteral("li"), {QStringLiteral("backup"), backup});
        EXPECT_EQ(backedUp.exitCode, 0) << backedUp.err.toStdString();
        importer.exec(QStringLiteral("ROLLBACK"));
    }
    EXPECT_EQ(count(backup, QStringLiteral("SELECT count(*) FROM customers")), 2);
    // The next sign-in writes what waited.
    EXPECT_EQ(office.as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}).exitCode,
              0);
    EXPECT_EQ(
        count(office.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.backup'")),
        1);
    EXPECT_GE(
        count(office.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.sign_in' AND "
                                        "user_name = 'wang'")),
        1);
    EXPECT_GT(
        count(office.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.sign_in'")),
        signInsBefore + 2);
    EXPECT_EQ(office.anonymous({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

// 11. An unknown name, a throttled name and a disabled account get the same answer in about the
//     same time as a wrong password.
TEST(CliHardening, SignInFailuresAllGetTheSameAnswerInSimilarTime)
{
    Office office;
    ASSERT_EQ(office
                  .as(QStringLiteral("admin"),
                      {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("chen")})
                  .exitCode,
              0);
    auto attempt = [&](const QString& user, const QString& password, qint64* ms) {
        office.cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), password);
        QElapsedTimer timer;
        timer.start();
        const CliRun run =
            office.cli.run(args(office.db, user, {QStringLiteral("user"), QStringLiteral("list")}));
        *ms = timer.elapsed();
        EXPECT_EQ(run.exitCode, 1) << user.toStdString();
        return run.err.trimmed();
    };
    qint64 wrongMs = 0, unknownMs = 0, disabledMs = 0, throttledMs = 0;
    const QString wrong = attempt(QStringLiteral("wang"), QStringLiteral("not-it-1"), &wrongMs);
    const QString unknown = attempt(QStringLiteral("nobody"), QStringLiteral("not-it-1"), &unknownMs);
    const QString disabled = attempt(QStringLiteral("chen"), passwordOf(QStringLiteral("chen")), &disabledMs);
    EXPECT_EQ(unknown, wrong);
    EXPECT_EQ(disabled, wrong);
    for (int i = 0; i < 3; ++i) {
        qint64 ignored = 0;
        attempt(QStringLiteral("li"), QStringLiteral("guess-%1").arg(i), &ignored);
    }
    const QString throttled = attempt(QStringLiteral("li"), QStringLiteral("guess-x"), &throttledMs);
    EXPECT_TRUE(throttled.contains(QLatin1String("Too many failed attempts"))) << throttled.toStdString();
    // Unknown names are throttled the same way: the answer does not tell which names exist.
    for (int i = 0; i < 3; ++i) {
        qint64 ignored = 0;
        attempt(QStringLiteral("nobody2"), QStringLiteral("guess-%1").arg(i), &ignored);
    }
    qint64 unknownThrottledMs = 0;
    const QString unknownThrottled =
        attempt(QStringLiteral("nobody2"), QStringLiteral("guess-x"), &unknownThrottledMs);
    EXPECT_EQ(unknownThrottled.left(unknownThrottled.indexOf(u'.')), throttled.left(throttled.indexOf(u'.')));
    for (qint64 ms : {unknownMs, disabledMs, throttledMs, unknownThrottledMs})
        EXPECT_GT(ms, wrongMs / 2) << "wrong password " << wrongMs << " ms";
}
