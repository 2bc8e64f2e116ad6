#include "PaymentApplicationRepository.h"

#include "SqlValues.h"

namespace od {

Status PaymentApplicationRepository::record(const QList<LedgerChange>& changes, const QDate& appliedOn,
                                            qint64 userId)
{
    if (changes.isEmpty())
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "INSERT INTO payment_applications (payment_id, invoice_id, amount, applied_on, created_by, "
                  "created_at) VALUES (?, ?, ?, %1, ?, ?)")
                  .arg(QLatin1String(kAppliedOn)));
    const QString now = sqlv::nowUtc();
    for (const LedgerChange& change : changes) {
        if (change.amount.isZero())
            continue;
        q.addBindValue(change.paymentId);
        q.addBindValue(change.invoiceId);
        q.addBindValue(change.amount.minor());
        q.addBindValue(sqlv::date(appliedOn));
        q.addBindValue(change.paymentId);
        q.addBindValue(change.invoiceId);
        q.addBindValue(userId ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(now);
        if (auto ok = sqlv::exec(q, tr("apply the payment")); !ok)
            return ok;
    }
    return {};
}

Result<QList<LedgerChange>> PaymentApplicationRepository::sums(const QString& column, qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // `column` is one of two fixed names chosen below, never user text.
    q.prepare(QStringLiteral(
                  "SELECT payment_id, invoice_id, sum(amount) FROM payment_applications WHERE %1 = ? "
                  "GROUP BY payment_id, invoice_id HAVING sum(amount) <> 0 ORDER BY payment_id, invoice_id")
                  .arg(column));
    q.addBindValue(id);
    if (auto ok = sqlv::exec(q, tr("read where the payment is applied")); !ok)
        return std::unexpected(ok.error());
    QList<LedgerChange> out;
    while (q.next())
        out << LedgerChange{q.value(0).toLongLong(), q.value(1).toLongLong(),
                            Money::fromMinor(q.value(2).toLongLong())};
    return out;
}

Result<QList<LedgerChange>> PaymentApplicationRepository::forPayment(qint64 paymentId)
{
    return sums(QStringLiteral("payment_id"), paymentId);
}

Result<QList<LedgerChange>> PaymentApplicationRepository::forInvoice(qint64 invoiceId)
{
    return sums(QStringLiteral("invoice_id"), invoiceId);
}

} // namespace od
