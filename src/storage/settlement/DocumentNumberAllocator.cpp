#include "DocumentNumberAllocator.h"

#include "OrderNumberAllocator.h"
#include "SqlValues.h"

namespace od {

QString DocumentNumberAllocator::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Invoice:
        return QStringLiteral("invoice");
    case Kind::CreditNote:
        return QStringLiteral("credit_note");
    case Kind::Exception:
        return QStringLiteral("exception");
    case Kind::Shipment:
        return QStringLiteral("shipment");
    case Kind::Change:
        return QStringLiteral("change");
    }
    return {};
}

Result<QString> DocumentNumberAllocator::next(Kind kind, const QString& prefix, int year)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO document_number_counters (kind, prefix, year, last_value) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (kind, prefix, year) DO UPDATE SET last_value = last_value + 1 "
        "RETURNING last_value"));
    q.addBindValue(kindKey(kind));
    q.addBindValue(prefix);
    q.addBindValue(year);
    const QString what = kind == Kind::Invoice      ? tr("number the invoice")
                         : kind == Kind::CreditNote ? tr("number the credit note")
                         : kind == Kind::Shipment   ? tr("number the shipment")
                         : kind == Kind::Change     ? tr("number the change request")
                                                    : tr("number the exception");
    if (auto ok = sqlv::exec(q, what); !ok)
        return std::unexpected(ok.error());
    q.next();
    return OrderNumberAllocator::format(prefix, year, q.value(0).toLongLong());
}

} // namespace od
