#include "FuzzDatabase.h"

#include "AuditRepository.h"
#include "CustomerRepository.h"
#include "ProductRepository.h"
#include "UserRepository.h"

#include <QFile>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace od::fuzz {

void fail(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

FuzzDatabase::FuzzDatabase()
{
    FUZZ_CHECK(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.orderdesk"));
    m_path = m_dir.filePath(QStringLiteral("fuzz.orderdesk"));
    m_csv = m_dir.filePath(QStringLiteral("input.csv"));
    createTemplate();
    reset();
}

QList<qint64> FuzzDatabase::figures()
{
    QList<qint64> out;
    for (const char* sql :
         {"SELECT count(*) FROM customers", "SELECT count(*) FROM products", "SELECT count(*) FROM orders",
          "SELECT count(*) FROM order_lines", "SELECT count(*) FROM order_events",
          "SELECT count(*) FROM audit_log", "SELECT count(*) FROM order_search",
          "SELECT coalesce(sum(last_value), 0) FROM order_number_counters"}) {
        QSqlQuery q(m_db->sql());
        FUZZ_CHECK(q.exec(QString::fromLatin1(sql)) && q.next());
        out << q.value(0).toLongLong();
    }
    return out;
}

void FuzzDatabase::createTemplate()
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

void FuzzDatabase::reset()
{
    m_session.reset();
    m_db.reset();
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-access")})
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

void FuzzDatabase::checkImport(const QByteArray& bytes, CsvImportReport::Kind kind)
{
    resetIfChanged();
    QFile file(m_csv);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(bytes) == bytes.size());
    file.close();

    CsvImportService service(session());
    auto run = [&](bool dryRun) { return service.import(kind, m_csv, dryRun); };
    const QList<qint64> before = figures();

    auto dry = run(true);
    FUZZ_CHECK(dry.has_value()); // a file can be wrong; reading it and the database must not fail
    FUZZ_CHECK(!dry->committed);
    FUZZ_CHECK(dry->recordCount >= 0 && dry->rowCount >= 0);
    for (const CsvImportError& error : dry->errors) {
        FUZZ_CHECK(error.line >= 1 && !error.message.isEmpty() &&
                   error.message.size() <= CsvImportReport::MaxMessageLength);
        // A message never carries a control character out of the file into a terminal or a log.
        for (QChar c : error.message)
            FUZZ_CHECK(c == u'\n' || c == u'\t' || c.unicode() >= 0x20);
    }
    FUZZ_CHECK(figures() == before);

    auto real = run(false);
    FUZZ_CHECK(real.has_value());
    FUZZ_CHECK(real->ok() == dry->ok()); // the dry run predicts the import
    FUZZ_CHECK(real->errors.size() == dry->errors.size());
    FUZZ_CHECK(real->committed == real->ok());
    if (real->committed) {
        FUZZ_CHECK(real->recordCount == dry->recordCount);
        markChanged();
        auto verification = AuditRepository(db()).verify();
        FUZZ_CHECK(verification.has_value() && !verification->firstBrokenId.has_value());
    } else {
        FUZZ_CHECK(figures() == before); // all or nothing
    }
}

} // namespace od::fuzz
