#include "InvoiceListRepository.h"

#include "SqlValues.h"

namespace od {

Result<QList<InvoiceSummary>> InvoiceListRepository::list(qint64 customerId, bool openOnly, int limit,
                                                          int offset)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.invoice_no, i.kind, i.customer_id, c.code, c.name, i.invoice_date, i.due_date, "
        "i.total, i.credited, i.written_off, i.applied, i.open_amount, i.official_no, i.official_date, "
        "(SELECT group_concat(order_no, ' ') FROM (SELECT DISTINCT o.order_no FROM invoice_lines il "
        "  JOIN orders o ON o.id = il.order_id WHERE il.invoice_id = i.id ORDER BY o.order_no)) "
        "FROM invoices i JOIN customers c ON c.id = i.customer_id "
        "WHERE (:c = 0 OR i.customer_id = :c) AND (:open = 0 OR i.open_amount > 0) "
        "ORDER BY i.invoice_date DESC, i.id DESC LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":open"), openOnly ? 1 : 0);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto ok = sqlv::exec(q, tr("read the invoices")); !ok)
        return std::unexpected(ok.error());
    QList<InvoiceSummary> out;
    while (q.next()) {
        InvoiceSummary s;
        s.id = q.value(0).toLongLong();
        s.invoiceNo = q.value(1).toString();
        s.kindKey = q.value(2).toString();
        s.customerId = q.value(3).toLongLong();
        s.customerCode = q.value(4).toString();
        s.customerName = q.value(5).toString();
        s.invoiceDate = sqlv::toDate(q.value(6));
        s.dueDate = sqlv::toDate(q.value(7));
        s.total = Money::fromMinor(q.value(8).toLongLong());
        s.credited = Money::fromMinor(q.value(9).toLongLong());
        s.writtenOff = Money::fromMinor(q.value(10).toLongLong());
        s.applied = Money::fromMinor(q.value(11).toLongLong());
        s.open = Money::fromMinor(q.value(12).toLongLong());
        s.officialNo = q.value(13).toString();
        s.officialDate = sqlv::toDate(q.value(14));
        s.orderNos = q.value(15).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out << s;
    }
    return out;
}

} // namespace od
