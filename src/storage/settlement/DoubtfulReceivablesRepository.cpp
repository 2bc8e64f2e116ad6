#include "DoubtfulReceivablesRepository.h"

#include "SqlValues.h"

namespace od {

Result<QList<DoubtfulReceivable>> DoubtfulReceivablesRepository::list(const QDate& asOf, int minDaysOverdue,
                                                                      int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.invoice_no, i.customer_id, c.code, c.name, i.invoice_date, i.due_date, "
        "i.open_amount, "
        "(SELECT max(k.contacted_at) FROM collection_contacts k WHERE k.customer_id = i.customer_id), "
        "(SELECT k.promised_date FROM collection_contacts k WHERE k.customer_id = i.customer_id "
        " ORDER BY k.contacted_at DESC, k.id DESC LIMIT 1) "
        "FROM invoices i JOIN customers c ON c.id = i.customer_id "
        "WHERE i.open_amount > 0 AND i.due_date < ? ORDER BY i.due_date, i.id LIMIT ?"));
    q.addBindValue(sqlv::date(asOf.addDays(-minDaysOverdue)));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("list the doubtful receivables")); !ok)
        return std::unexpected(ok.error());
    QList<DoubtfulReceivable> out;
    while (q.next()) {
        DoubtfulReceivable d;
        d.invoiceId = q.value(0).toLongLong();
        d.invoiceNo = q.value(1).toString();
        d.customerId = q.value(2).toLongLong();
        d.customerCode = q.value(3).toString();
        d.customerName = q.value(4).toString();
        d.invoiceDate = sqlv::toDate(q.value(5));
        d.dueDate = sqlv::toDate(q.value(6));
        d.open = Money::fromMinor(q.value(7).toLongLong());
        d.daysOverdue = int(d.dueDate.daysTo(asOf));
        d.lastContact = sqlv::toTimestamp(q.value(8)).toLocalTime().date();
        d.promisedDate = sqlv::toDate(q.value(9));
        out << d;
    }
    return out;
}

Result<DoubtfulTotals> DoubtfulReceivablesRepository::totals(const QDate& asOf, int minDaysOverdue)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(open_amount), 0), count(DISTINCT customer_id) "
                             "FROM invoices WHERE open_amount > 0 AND due_date < ?"));
    q.addBindValue(sqlv::date(asOf.addDays(-minDaysOverdue)));
    if (auto ok = sqlv::exec(q, tr("add up the doubtful receivables")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return DoubtfulTotals{};
    return DoubtfulTotals{q.value(0).toLongLong(), Money::fromMinor(q.value(1).toLongLong()),
                          q.value(2).toLongLong()};
}

} // namespace od
