#include "SettlementBatchRepository.h"

#include "PaymentApplicationRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace od {

namespace {

QString idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QByteArray isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
}

} // namespace

Error SettlementBatchRepository::sqliteError(const QString& what) const
{
    return Database::storageError(what, QString::fromUtf8(SqliteStatement::errorText(m_db.handle())));
}

Result<QHash<qint64, QList<OpenInvoiceItem>>>
SettlementBatchRepository::openInvoices(const QList<qint64>& customerIds)
{
    QHash<qint64, QList<OpenInvoiceItem>> out;
    if (customerIds.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Each customer's part of the partial index of open invoices, one customer after the other.
    q.prepare(QStringLiteral(
        "SELECT i.customer_id, i.id, i.invoice_no, i.invoice_date, i.due_date, i.open_amount "
        "FROM json_each(?) c JOIN invoices i ON i.customer_id = c.value AND i.open_amount > 0"));
    q.addBindValue(idArray(customerIds));
    if (auto ok = sqlv::exec(q, tr("read the customers' open invoices")); !ok)
        return std::unexpected(ok.error());
    while (q.next())
        out[q.value(0).toLongLong()] << OpenInvoiceItem{q.value(1).toLongLong(), q.value(2).toString(),
                                                        sqlv::toDate(q.value(3)), sqlv::toDate(q.value(4)),
                                                        Money::fromMinor(q.value(5).toLongLong())};
    return out;
}

Status SettlementBatchRepository::insertPayments(QList<Payment>& payments, qint64 userId)
{
    if (payments.isEmpty())
        return {};
    if (!m_payment.isPrepared() &&
        m_payment.prepare(m_db.handle(),
                          "INSERT INTO payments (customer_id, payment_date, amount, method, reference, "
                          "bill_maturity, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "RETURNING id") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("record the payments")));
    const QByteArray now = sqlv::nowUtc().toLatin1();
    for (Payment& p : payments) {
        const QByteArray date = isoDate(p.date);
        const QByteArray method = PaymentMethodInfo::key(p.method).toUtf8();
        const QByteArray reference = p.reference.toUtf8();
        const QByteArray maturity = isoDate(p.billMaturity);
        const QByteArray note = p.note.toUtf8();
        m_payment.bindInt(1, p.customerId);
        m_payment.bindText(2, SqliteStatement::view(date));
        m_payment.bindInt(3, p.amount.minor());
        m_payment.bindText(4, SqliteStatement::view(method));
        m_payment.bindText(5, SqliteStatement::view(reference));
        m_payment.bindTextOrNull(6, SqliteStatement::view(maturity));
        m_payment.bindText(7, SqliteStatement::view(note));
        if (userId)
            m_payment.bindInt(8, userId);
        else
            m_payment.bindNull(8);
        m_payment.bindText(9, SqliteStatement::view(now));
        if (m_payment.step() != SQLITE_ROW) {
            const Error error = sqliteError(tr("record payment %1").arg(p.reference));
            m_payment.reset();
            return std::unexpected(error);
        }
        p.id = m_payment.columnInt(0);
        const int done = m_payment.step();
        m_payment.reset();
        if (done != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record payment %1").arg(p.reference)));
        p.applied = Money();
    }
    return {};
}

Status SettlementBatchRepository::insertApplications(const QList<DatedLedgerChange>& changes, qint64 userId)
{
    if (changes.isEmpty())
        return {};
    const std::string insert =
        std::string("INSERT INTO payment_applications (payment_id, invoice_id, amount, "
                    "applied_on, created_by, created_at) VALUES (?, ?, ?, ") +
        kAppliedOn + ", ?, ?)";
    if (!m_application.isPrepared() && m_application.prepare(m_db.handle(), insert) != SQLITE_OK)
        return std::unexpected(sqliteError(tr("apply the payments")));
    const QByteArray now = sqlv::nowUtc().toLatin1();
    QDate lastDate;
    QByteArray day;
    for (const DatedLedgerChange& dated : changes) {
        if (dated.change.amount.isZero())
            continue;
        if (dated.appliedOn != lastDate) {
            lastDate = dated.appliedOn;
            day = isoDate(lastDate);
        }
        m_application.bindInt(1, dated.change.paymentId);
        m_application.bindInt(2, dated.change.invoiceId);
        m_application.bindInt(3, dated.change.amount.minor());
        m_application.bindText(4, SqliteStatement::view(day));
        m_application.bindInt(5, dated.change.paymentId);
        m_application.bindInt(6, dated.change.invoiceId);
        if (userId)
            m_application.bindInt(7, userId);
        else
            m_application.bindNull(7);
        m_application.bindText(8, SqliteStatement::view(now));
        if (m_application.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("apply the payments")));
    }
    return {};
}

} // namespace od
