#include "SettlementBenchmarks.h"

#include "BenchBook.h"

#include "Database.h"
#include "PaymentService.h"
#include "ReceivablesService.h"
#include "Timing.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <chrono>

namespace od::bench {

QList<BenchResult> SettlementBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    std::unique_ptr<Database>* db = &book->db;
    const User clerk = book->first(Role::FinanceClerk).value_or(User{});
    if (clerk.id == 0) {
        *error = QStringLiteral("the database has no finance clerk");
        return {};
    }
    // The customer with the most invoices, and the last day anything was invoiced.
    QSqlQuery q((*db)->sql());
    if (!q.exec(QStringLiteral(
            "SELECT customer_id, count(*), max(invoice_date) FROM invoices GROUP BY customer_id "
            "ORDER BY count(*) DESC LIMIT 1")) ||
        !q.next()) {
        *error = QStringLiteral("the database has no invoices (run orderdesk-cli invoice --all-shipped)");
        return {};
    }
    const qint64 customer = q.value(0).toLongLong();
    const qint64 invoices = q.value(1).toLongLong();
    const QDate last = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    QSqlQuery codes((*db)->sql());
    codes.exec(QStringLiteral("SELECT code FROM customers WHERE active = 1 ORDER BY id"));
    QStringList customerCodes;
    while (codes.next())
        customerCodes << codes.value(0).toString();

    Session session(**db, clerk);
    QList<BenchResult> out;

    BenchResult receivables;
    receivables.name = QStringLiteral("receivables for every customer");
    receivables.budgetMs = ReceivablesBudgetMs;
    receivables.medianMs = medianMs(
        m_runs, [&] { return ReceivablesService(session).receivables(session.today()).has_value(); });
    receivables.note = QStringLiteral("ReceivablesService::receivables: ageing, advances, holds, DSO");
    out << receivables;

    BenchResult statement;
    statement.name = QStringLiteral("one customer's statement for a year");
    statement.budgetMs = StatementBudgetMs;
    statement.medianMs = medianMs(m_runs, [&] {
        return ReceivablesService(session).statement(customer, last.addDays(-364), last).has_value();
    });
    statement.note = QStringLiteral("the customer with the most invoices (%1)").arg(invoices);
    out << statement;

    BenchResult payment;
    payment.name = QStringLiteral("record a payment with automatic application");
    payment.budgetMs = PaymentBudgetMs;
    int n = 0;
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    payment.medianMs = medianMs(m_runs, [&] {
        Payment p;
        p.customerId = customer;
        p.date = session.today();
        p.amount = Money::fromMinor(100'00);
        p.reference = QStringLiteral("BENCH-%1-%2").arg(stamp).arg(++n);
        return PaymentService(session).record(p).has_value();
    });
    payment.note = QStringLiteral("PaymentService::record: one transaction with the audit record");
    out << payment;

    BenchResult import;
    import.name = QStringLiteral("import %1 payments").arg(ImportRows);
    import.budgetMs = ImportBudgetMs;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payments.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || customerCodes.isEmpty()) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return out;
        }
        QByteArray csv("customer_code,date,amount,reference,method\n");
        const QByteArray day = session.today().toString(Qt::ISODate).toLatin1();
        for (int i = 0; i < ImportRows; ++i)
            csv += customerCodes[i % customerCodes.size()].toUtf8() + ',' + day + ",12.34,IMP-" +
                   stamp.toLatin1() + '-' + QByteArray::number(i) + ",bank_transfer\n";
        f.write(csv);
    }
    QString importError;
    // Once, timed by itself: a second run would only find every row already recorded.
    const auto start = std::chrono::steady_clock::now();
    auto report = PaymentService(session).importFile(path, false);
    import.medianMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!report || !report->committed)
        importError = report ? report->formattedErrors().value(0, report->summary()) : report.error().message;
    if (!importError.isEmpty())
        *error = importError;
    import.note = QStringLiteral("all or nothing in one transaction; run once (it adds the payments)");
    out << import;
    return out;
}

} // namespace od::bench
