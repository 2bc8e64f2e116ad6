#include "WriteOffRepository.h"

#include "SqlValues.h"

namespace od {

Status WriteOffRepository::insert(WriteOff& writeOff, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO write_offs (invoice_id, customer_id, write_off_date, amount, reason, "
                       "approved_by, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(writeOff.invoiceId);
    q.addBindValue(writeOff.customerId);
    q.addBindValue(sqlv::date(writeOff.date));
    q.addBindValue(writeOff.amount.minor());
    q.addBindValue(sqlv::text(writeOff.reason));
    q.addBindValue(writeOff.approvedBy);
    q.addBindValue(userId ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::nowUtc());
    if (auto ok = sqlv::exec(q, tr("write off the invoice")); !ok)
        return ok;
    q.next();
    writeOff.id = q.value(0).toLongLong();
    return {};
}

Result<QList<WriteOff>> WriteOffRepository::forCustomer(qint64 customerId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, invoice_id, customer_id, write_off_date, amount, reason, approved_by "
                       "FROM write_offs WHERE customer_id = ? ORDER BY write_off_date, id"));
    q.addBindValue(customerId);
    if (auto ok = sqlv::exec(q, tr("read the customer's write-offs")); !ok)
        return std::unexpected(ok.error());
    QList<WriteOff> out;
    while (q.next())
        out << WriteOff{q.value(0).toLongLong(),
                        q.value(1).toLongLong(),
                        q.value(2).toLongLong(),
                        sqlv::toDate(q.value(3)),
                        Money::fromMinor(q.value(4).toLongLong()),
                        q.value(5).toString(),
                        q.value(6).toLongLong()};
    return out;
}

} // namespace od
