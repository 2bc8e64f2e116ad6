#include "CollectionContactRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

const char* kColumns =
    "c.id, c.customer_id, c.invoice_id, c.contacted_at, c.contacted_by, c.channel, c.contact_name, "
    "c.note, c.promised_date, c.promised_amount";

CollectionContact fromRow(const QSqlQuery& q)
{
    CollectionContact c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.invoiceId = q.value(2).toLongLong();
    c.contactedAt = sqlv::toTimestamp(q.value(3));
    c.contactedBy = q.value(4).toLongLong();
    c.channel =
        CollectionContactRules::channelFromKey(q.value(5).toString()).value_or(CollectionChannel::Phone);
    c.contactName = q.value(6).toString();
    c.note = q.value(7).toString();
    c.promisedDate = sqlv::toDate(q.value(8));
    if (!q.value(9).isNull())
        c.promisedAmount = Money::fromMinor(q.value(9).toLongLong());
    return c;
}

} // namespace

Status CollectionContactRepository::insert(CollectionContact& contact)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO collection_contacts (customer_id, invoice_id, contacted_at, contacted_by, "
        "channel, contact_name, note, promised_date, promised_amount) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(contact.customerId);
    q.addBindValue(contact.invoiceId ? QVariant(contact.invoiceId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::timestamp(contact.contactedAt));
    q.addBindValue(contact.contactedBy ? QVariant(contact.contactedBy)
                                       : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(CollectionContactRules::channelKey(contact.channel));
    q.addBindValue(sqlv::text(contact.contactName));
    q.addBindValue(sqlv::text(contact.note));
    q.addBindValue(sqlv::date(contact.promisedDate));
    q.addBindValue(contact.promisedAmount ? QVariant(contact.promisedAmount->minor())
                                          : QVariant(QMetaType::fromType<qint64>()));
    if (auto ok = sqlv::exec(q, tr("log the collection contact")); !ok)
        return ok;
    q.next();
    contact.id = q.value(0).toLongLong();
    return {};
}

Result<QList<CollectionContact>> CollectionContactRepository::forCustomer(qint64 customerId, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM collection_contacts c WHERE c.customer_id = ? "
                             "ORDER BY c.contacted_at DESC, c.id DESC LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("read the collection contacts")); !ok)
        return std::unexpected(ok.error());
    QList<CollectionContact> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<QList<BrokenPromise>> CollectionContactRepository::brokenPromises(const QDate& today)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The contact's day is the date part of its UTC timestamp.
    q.prepare(
        QStringLiteral(
            "SELECT %1, coalesce((SELECT sum(p.amount) FROM payments p WHERE p.customer_id = c.customer_id "
            "AND p.payment_date >= substr(c.contacted_at, 1, 10)), 0) FROM collection_contacts c "
            "WHERE c.promised_date IS NOT NULL AND c.promised_date < ? AND c.id = (SELECT c2.id FROM "
            "collection_contacts c2 WHERE c2.customer_id = c.customer_id ORDER BY c2.contacted_at DESC, "
            "c2.id DESC "
            "LIMIT 1) ORDER BY c.promised_date, c.id")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(sqlv::date(today));
    if (auto ok = sqlv::exec(q, tr("look for broken payment promises")); !ok)
        return std::unexpected(ok.error());
    QList<BrokenPromise> out;
    while (q.next()) {
        BrokenPromise b{fromRow(q), Money::fromMinor(q.value(10).toLongLong())};
        if (CollectionContactRules::isBroken(b.contact, b.paidSince, today))
            out << b;
    }
    return out;
}

} // namespace od
