#include "OrderBookInvariants.h"

#include "AuditRepository.h"
#include "OrderNumberAllocator.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace od::test {

namespace {

// Each row of `sql` (first column) becomes "<what>: <value>"; at most five.
void collect(Database& db, const QString& what, const QString& sql, QStringList& out)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql)) {
        out << QStringLiteral("%1: query failed: %2").arg(what, q.lastError().text());
        return;
    }
    int n = 0;
    while (q.next() && n++ < 5)
        out << QStringLiteral("%1: %2").arg(what, q.value(0).toString());
}

} // namespace

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList orderBookViolations(Database& db)
{
    QStringList out;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            out << QStringLiteral("integrity_check failed: %1").arg(q.lastError().text());
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                out << QStringLiteral("integrity: %1").arg(q.value(0).toString());
    }
    collect(db, QStringLiteral("foreign key"),
            QStringLiteral("SELECT \"table\" || ' row ' || rowid FROM pragma_foreign_key_check"), out);
    collect(
        db, QStringLiteral("lines or totals do not match"),
        QStringLiteral(
            "SELECT order_no || ' line_count=' || line_count || ' lines=' || n || ' subtotal=' || subtotal "
            "|| ' sum=' || s FROM (SELECT o.*, (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) "
            "AS n, (SELECT coalesce(sum(amount), 0) FROM order_lines l WHERE l.order_id = o.id) AS s "
            "FROM orders o) WHERE line_count <> n OR subtotal <> s OR total <> subtotal + tax"),
        out);
    collect(db, QStringLiteral("order without timeline event"),
            QStringLiteral("SELECT order_no FROM orders o WHERE NOT EXISTS "
                           "(SELECT 1 FROM order_events e WHERE e.order_id = o.id)"),
            out);
    collect(db, QStringLiteral("order without search row"),
            QStringLiteral("SELECT order_no FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_search s "
                           "WHERE s.rowid = o.id)"),
            out);
    // Imported orders are audited once per import (entity 'import'), the others one by one.
    collect(db, QStringLiteral("order without audit entry"),
            QStringLiteral(
                "SELECT order_no FROM orders o WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                "a.entity = 'order' AND a.entity_id = o.id) AND NOT EXISTS (SELECT 1 FROM order_events e "
                "WHERE e.order_id = o.id AND e.kind = 'imported')"),
            out);
    collect(
        db, QStringLiteral("audit entry without its order"),
        QStringLiteral(
            "SELECT a.id || ' ' || a.entity_label FROM audit_log a WHERE a.entity = 'order' AND NOT EXISTS "
            "(SELECT 1 FROM orders o WHERE o.id = a.entity_id)"),
        out);

    AuditRepository audit(db);
    AuditFilter imports;
    imports.actionPrefix = QStringLiteral("import.orders");
    qint64 recordedImports = 0;
    if (auto entries = audit.list(imports, 1'000'000)) {
        for (const AuditEntry& e : *entries)
            for (const FieldChange& c : e.changes)
                if (c.field == QLatin1String("records"))
                    recordedImports += c.after.toLongLong();
    }
    const qint64 importedOrders = scalar(
        db, QStringLiteral("SELECT count(DISTINCT order_id) FROM order_events WHERE kind = 'imported'"));
    if (recordedImports != importedOrders)
        out << QStringLiteral("imports: audit entries record %1 orders, %2 are in the database")
                   .arg(recordedImports)
                   .arg(importedOrders);

    // Gap-free numbering: per prefix and year exactly 1..n, and the counter at n.
    QHash<QString, QSet<qint64>> numbers;
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT order_no FROM orders"));
        while (q.next()) {
            QString prefix;
            int year = 0;
            qint64 value = 0;
            if (!OrderNumberAllocator::parse(q.value(0).toString(), &prefix, &year, &value))
                out << QStringLiteral("order number: %1 is malformed").arg(q.value(0).toString());
            else
                numbers[prefix + u'-' + QString::number(year)].insert(value);
        }
    }
    QHash<QString, qint64> counters;
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT prefix || '-' || year, last_value FROM order_number_counters"));
        while (q.next())
            counters.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        for (qint64 v = 1; v <= it.value().size(); ++v)
            if (!it.value().contains(v)) {
                out << QStringLiteral("order numbers: %1 has a gap at %2").arg(it.key()).arg(v);
                break;
            }
        if (counters.value(it.key()) != it.value().size())
            out << QStringLiteral("order numbers: counter of %1 is %2 with %3 orders")
                       .arg(it.key())
                       .arg(counters.value(it.key()))
                       .arg(it.value().size());
    }

    auto verification = audit.verify();
    if (!verification)
        out << QStringLiteral("audit verify failed: %1").arg(verification.error().message);
    else if (verification->firstBrokenId)
        out << QStringLiteral("audit chain broken at %1: %2")
                   .arg(*verification->firstBrokenId)
                   .arg(verification->problem);
    return out;
}

} // namespace od::test
