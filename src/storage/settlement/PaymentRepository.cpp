#include "PaymentRepository.h"

#include "PaymentRules.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace od {

namespace {

const char* kColumns =
    "id, customer_id, payment_date, amount, method, reference, bill_maturity, note, applied";

Payment fromRow(const QSqlQuery& q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.date = sqlv::toDate(q.value(2));
    p.amount = Money::fromMinor(q.value(3).toLongLong());
    p.method = PaymentMethodInfo::fromKey(q.value(4).toString()).value_or(PaymentMethod::BankTransfer);
    p.reference = q.value(5).toString();
    p.billMaturity = sqlv::toDate(q.value(6));
    p.note = q.value(7).toString();
    p.applied = Money::fromMinor(q.value(8).toLongLong());
    return p;
}

LedgerPayment ledgerFromRow(const QSqlQuery& q)
{
    return LedgerPayment{q.value(0).toLongLong(), sqlv::toDate(q.value(1)),
                         Money::fromMinor(q.value(2).toLongLong()),
                         Money::fromMinor(q.value(3).toLongLong())};
}

} // namespace

Status PaymentRepository::insert(Payment& payment, qint64 userId)
{
    const QString reference = PaymentRules::normalizedReference(payment.reference);
    auto existing = byReference(payment.customerId, reference);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return std::unexpected(Error::conflict(
            tr("Payment %1 of this customer is already recorded (%2, %3 on %4).")
                .arg(reference, PaymentMethodInfo::displayName((*existing)->method),
                     (*existing)->amount.toDecimalString(), (*existing)->date.toString(Qt::ISODate)),
            QStringLiteral("reference")));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO payments (customer_id, payment_date, amount, method, reference, bill_maturity, "
        "note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(payment.customerId);
    q.addBindValue(sqlv::date(payment.date));
    q.addBindValue(payment.amount.minor());
    q.addBindValue(PaymentMethodInfo::key(payment.method));
    q.addBindValue(reference);
    q.addBindValue(sqlv::date(payment.billMaturity));
    q.addBindValue(sqlv::text(payment.note));
    q.addBindValue(userId ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::nowUtc());
    if (auto ok = sqlv::exec(q, tr("record payment %1").arg(reference)); !ok)
        return ok;
    q.next();
    payment.id = q.value(0).toLongLong();
    payment.reference = reference;
    payment.applied = Money();
    return {};
}

Result<std::optional<Payment>> PaymentRepository::single(QSqlQuery& q)
{
    if (auto ok = sqlv::exec(q, tr("read a payment")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<Payment>();
    return std::optional<Payment>(fromRow(q));
}

Result<std::optional<Payment>> PaymentRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM payments WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    return single(q);
}

Result<std::optional<Payment>> PaymentRepository::byReference(qint64 customerId, const QString& reference)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM payments WHERE customer_id = ? AND reference = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(customerId);
    q.addBindValue(PaymentRules::normalizedReference(reference));
    return single(q);
}

Result<QHash<PaymentKey, Payment>> PaymentRepository::recorded(const QList<PaymentKey>& keys)
{
    QHash<PaymentKey, Payment> out;
    if (keys.isEmpty())
        return out;
    // All the keys go in as one bound JSON array; each is looked up by the unique index.
    QJsonArray array;
    for (const PaymentKey& key : keys)
        array.append(QJsonArray{key.customerId, PaymentRules::normalizedReference(key.reference)});
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM payments WHERE id IN (SELECT p.id FROM json_each(?) k JOIN payments p "
                       "ON p.customer_id = json_extract(k.value, '$[0]') "
                       "AND p.reference = json_extract(k.value, '$[1]'))")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (auto ok = sqlv::exec(q, tr("look up recorded payments")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        const Payment p = fromRow(q);
        out.insert(PaymentKey{p.customerId, p.reference}, p);
    }
    return out;
}

Result<QList<Payment>> PaymentRepository::forCustomer(qint64 customerId, int limit, int offset)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM payments WHERE customer_id = ? ORDER BY payment_date DESC, id DESC "
                       "LIMIT ? OFFSET ?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (auto ok = sqlv::exec(q, tr("list the customer's payments")); !ok)
        return std::unexpected(ok.error());
    QList<Payment> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<QList<LedgerPayment>> PaymentRepository::unappliedForCustomer(qint64 customerId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, payment_date, amount, applied FROM payments "
                             "WHERE customer_id = ? AND applied < amount ORDER BY payment_date, id"));
    q.addBindValue(customerId);
    if (auto ok = sqlv::exec(q, tr("read the customer's advances")); !ok)
        return std::unexpected(ok.error());
    QList<LedgerPayment> out;
    while (q.next())
        out << ledgerFromRow(q);
    return out;
}

Result<std::optional<LedgerPayment>> PaymentRepository::ledgerPayment(qint64 paymentId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, payment_date, amount, applied FROM payments WHERE id = ?"));
    q.addBindValue(paymentId);
    if (auto ok = sqlv::exec(q, tr("read a payment")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<LedgerPayment>();
    return std::optional<LedgerPayment>(ledgerFromRow(q));
}

} // namespace od
