#include "ExportBenchmarks.h"

#include "BenchBook.h"

#include "BareSqlite.h"
#include "Database.h"
#include "ListTables.h"
#include "TableExportService.h"
#include "Timing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace od::bench {

QList<BenchResult> ExportBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    std::unique_ptr<Database>* db = &book->db;
    const std::optional<User> manager = book->first(Role::Manager);
    // The first day of the newest ExportRows orders (a few more when orders share that day).
    QSqlQuery q((*db)->sql());
    QDate from, to;
    q.prepare(QStringLiteral("SELECT order_date FROM orders ORDER BY order_date DESC LIMIT 1 OFFSET ?"));
    q.addBindValue(ExportRows - 1);
    if (q.exec() && q.next())
        from = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    if (q.exec(QStringLiteral("SELECT max(order_date) FROM orders")) && q.next())
        to = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    if (!manager || !from.isValid() || !to.isValid()) {
        *error = QStringLiteral("the database needs a manager and at least %1 orders").arg(ExportRows);
        return {};
    }

    Session session(**db, *manager);
    session.setToday(to.addDays(1));
    OrderListQuery query;
    query.from = from;
    query.to = to;
    query.sortColumn = OrderListQuery::Column::OrderDate;
    query.descending = false;
    const QString target = QDir::temp().filePath(QStringLiteral("orderdesk-bench-export.xlsx"));
    qint64 rows = 0;
    qint64 progressCalls = 0;
    qint64 bytes = 0;
    const int runs = qMin(m_runs, 5); // seconds each: a few runs give a steady median
    BenchResult r;
    r.name = QStringLiteral("Export 100,000 orders to Excel (.xlsx)");
    r.budgetMs = ExportBudgetMs;
    r.medianMs = medianMs(runs, [&] {
        auto sheet = ListTables(session).orders(query);
        if (!sheet)
            return false;
        progressCalls = 0;
        auto written = TableExportService(session).write(target, {*sheet}, [&](qint64, qint64) {
            ++progressCalls;
            return true;
        });
        if (!written)
            return false;
        rows = written->rowCount;
        bytes = QFileInfo(target).size();
        return true;
    });

    // Bare: the same rows and columns read through the C API, nothing written.
    BareSqlite bare;
    if (bare.open(m_path)) {
        const QString sql = QStringLiteral(
            "SELECT o.id, o.order_no, o.customer_name, o.salesperson_name, o.status, o.order_date, "
            "o.requested_date, o.promised_date, o.total, o.currency, o.revision FROM orders o "
            "WHERE o.order_date BETWEEN ? AND ? ORDER BY o.order_date, o.id");
        const QVariantList params{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
        r.sqliteMedianMs = medianMs(runs, [&] { return bare.run(sql, params); });
    }
    r.note =
        QStringLiteral("ListTables::orders + TableExportService::write as the manager, order dates %1 to %2: "
                       "%3 rows, %4 KB, progress reported %5 times; bare: the same rows read, not written")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            .arg(rows)
            .arg(bytes / 1024)
            .arg(progressCalls);
    QFile::remove(target);
    return {r};
}

} // namespace od::bench
