#include "CustomerBalanceRepository.h"

#include "SqlValues.h"

namespace od {

Result<CustomerBalance> CustomerBalanceRepository::byCustomer(qint64 customerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT invoiced, credited, written_off, paid, applied FROM customer_balances "
                             "WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (auto ok = sqlv::exec(q, tr("read the customer's balance")); !ok)
        return std::unexpected(ok.error());
    CustomerBalance b;
    b.customerId = customerId;
    if (q.next()) {
        b.invoiced = Money::fromMinor(q.value(0).toLongLong());
        b.credited = Money::fromMinor(q.value(1).toLongLong());
        b.writtenOff = Money::fromMinor(q.value(2).toLongLong());
        b.paid = Money::fromMinor(q.value(3).toLongLong());
        b.applied = Money::fromMinor(q.value(4).toLongLong());
    }
    return b;
}

} // namespace od
