// libFuzzer target for the CSV import: the bytes of one input are
//  1. read by CsvReader (decoding, quoting), with the invariants of its result checked, and a
//     clean result written back with CsvWriter and read again, which must give the same cells;
//  2. written to a file and imported as customers, products and orders, first as a dry run and
//     then for real, into a database made once per process (a manager acting, two customers and
//     two products already there, so that order rows can succeed). An import that commits
//     leaves the database changed; the next input starts from a fresh copy, so every input
//     meets the same database and a crash replays from its input alone.
// A broken invariant aborts, which libFuzzer reports like a sanitizer finding.
// Build and run: docs/FUZZING.md.

#include "AuditRepository.h"
#include "CsvImportService.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "OrderRepository.h"
#include "ProductRepository.h"
#include "Session.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace od;

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            fail(#condition);                                                                                \
    } while (false)

// The database every input is imported into: a template made once, copied back whenever an
// import committed.
class FuzzDatabase
{
public:
    FuzzDatabase()
    {
        FUZZ_CHECK(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.orderdesk"));
        m_path = m_dir.filePath(QStringLiteral("fuzz.orderdesk"));
        m_csv = m_dir.filePath(QStringLiteral("input.csv"));
        createTemplate();
        reset();
    }

    Session& session() { return *m_session; }
    Database& db() { return *m_db; }
    const QString& csvPath() const { return m_csv; }
    void markChanged() { m_changed = true; }
    void resetIfChanged()
    {
        if (m_changed)
            reset();
    }

    // Rows in every table and the numbering counters: what a refused import must not change.
    QList<qint64> figures()
    {
        QList<qint64> out;
        for (const char* sql : {"SELECT count(*) FROM customers", "SELECT count(*) FROM products",
                                "SELECT count(*) FROM orders", "SELECT count(*) FROM order_lines",
                                "SELECT count(*) FROM order_events", "SELECT count(*) FROM audit_log",
                                "SELECT count(*) FROM order_search",
                                "SELECT coalesce(sum(last_value), 0) FROM order_number_counters"}) {
            QSqlQuery q(m_db->sql());
            FUZZ_CHECK(q.exec(QString::fromLatin1(sql)) && q.next());
            out << q.value(0).toLongLong();
        }
        return out;
    }

private:
    void createTemplate()
    {
        auto db = Database::open(m_template);
        FUZZ_CHECK(db.has_value());
        UserRepository users(**db);
        FUZZ_CHECK(
            users.insert({0, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true}).has_value());
        for (const auto& [code, name] :
             {std::pair{"C001", "上海华东机械有限公司"}, {"C002", "北京远航贸易有限公司"}}) {
            Customer c;
            c.code = QString::fromUtf8(code);
            c.name = QString::fromUtf8(name);
            FUZZ_CHECK(CustomerRepository(**db).insert(c).has_value());
        }
        for (const auto& [sku, name] : {std::pair{"VLV-DN50", "不锈钢球阀"}, {"BOLT-M8", "螺栓 \"M8\""}}) {
            Product p;
            p.sku = QString::fromUtf8(sku);
            p.name = QString::fromUtf8(name);
            p.unit = QStringLiteral("个");
            p.unitPrice = UnitPrice::fromRaw(1'250'125);
            FUZZ_CHECK(ProductRepository(**db).insert(p).has_value());
        }
        // Fold the WAL into the file, so that copying the file copies everything.
        FUZZ_CHECK((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
    }

    void reset()
    {
        m_session.reset();
        m_db.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
        FUZZ_CHECK(QFile::copy(m_template, m_path));
        auto db = Database::open(m_path);
        FUZZ_CHECK(db.has_value());
        m_db = std::move(*db);
        auto manager = UserRepository(*m_db).byName(QStringLiteral("li"));
        FUZZ_CHECK(manager.has_value() && manager->has_value());
        m_session = std::make_unique<Session>(*m_db, **manager);
        m_session->setToday(QDate(2026, 6, 1));
        m_changed = false;
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QString m_csv;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    bool m_changed = false;
};

FuzzDatabase* g_database = nullptr;

void checkReader(const QByteArray& bytes)
{
    const CsvReadResult read = CsvReader::read(bytes);
    FUZZ_CHECK(read.encoding == u"UTF-8" || read.encoding == u"GB18030" || read.encoding == u"UTF-16");
    int previousLine = 0;
    for (const CsvRecord& record : read.records) {
        FUZZ_CHECK(record.line >= 1);
        FUZZ_CHECK(record.line > previousLine); // one record per line at most, in file order
        FUZZ_CHECK(!record.fields.isEmpty());
        previousLine = record.line;
    }
    for (const CsvImportError& error : read.errors) {
        FUZZ_CHECK(error.line >= 1);
        FUZZ_CHECK(!error.message.isEmpty());
    }
    if (!read.errors.isEmpty())
        return;

    // What was read cleanly, written out the way the export writes it, reads back the same.
    QString text = QStringLiteral("\uFEFF");
    for (const CsvRecord& record : read.records)
        text += CsvWriter::formatRow(record.fields);
    const CsvReadResult again = CsvReader::parse(text);
    FUZZ_CHECK(again.errors.isEmpty());
    FUZZ_CHECK(again.records.size() == read.records.size());
    for (qsizetype i = 0; i < read.records.size(); ++i)
        FUZZ_CHECK(again.records[i].fields == read.records[i].fields);
}

void checkImport(CsvImportReport::Kind kind)
{
    FuzzDatabase& fixture = *g_database;
    fixture.resetIfChanged();
    CsvImportService service(fixture.session());
    auto run = [&](bool dryRun) { return service.import(kind, fixture.csvPath(), dryRun); };
    const QList<qint64> before = fixture.figures();

    auto dry = run(true);
    FUZZ_CHECK(dry.has_value()); // a file can be wrong; reading it and the database must not fail
    FUZZ_CHECK(!dry->committed);
    FUZZ_CHECK(dry->recordCount >= 0 && dry->rowCount >= 0);
    for (const CsvImportError& error : dry->errors)
        FUZZ_CHECK(error.line >= 1 && !error.message.isEmpty() &&
                   error.message.size() <= CsvImportReport::MaxMessageLength);
    FUZZ_CHECK(fixture.figures() == before);

    auto real = run(false);
    FUZZ_CHECK(real.has_value());
    FUZZ_CHECK(real->ok() == dry->ok()); // the dry run predicts the import
    FUZZ_CHECK(real->errors.size() == dry->errors.size());
    FUZZ_CHECK(real->committed == real->ok());
    if (real->committed) {
        FUZZ_CHECK(real->recordCount == dry->recordCount);
        fixture.markChanged();
        auto verification = AuditRepository(fixture.db()).verify();
        FUZZ_CHECK(verification.has_value() && !verification->firstBrokenId.has_value());
    } else {
        FUZZ_CHECK(fixture.figures() == before); // all or nothing
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    spdlog::set_level(spdlog::level::off); // the failures logged here are the fuzzer's own inputs
    // A static, so that the temporary folder is removed when libFuzzer exits at the end of a run.
    static FuzzDatabase database;
    g_database = &database;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkReader(bytes);

    QFile file(g_database->csvPath());
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(bytes) == qint64(size));
    file.close();
    checkImport(CsvImportReport::Kind::Customers);
    checkImport(CsvImportReport::Kind::Products);
    checkImport(CsvImportReport::Kind::Orders);
    return 0;
}
