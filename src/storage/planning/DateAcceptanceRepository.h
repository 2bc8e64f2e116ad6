#pragma once

#include "Database.h"
#include "DateAcceptance.h"

#include <QList>

#include <optional>

namespace od {

// The customers' acceptances of later delivery dates (date_acceptances).
class DateAcceptanceRepository
{
public:
    explicit DateAcceptanceRepository(Database& db) : m_db(db) {}

    // Inserts the acceptance and returns its id; `acceptance.id` is ignored.
    Result<qint64> insert(const DateAcceptance& acceptance);
    // The order's acceptances, the latest first.
    Result<QList<DateAcceptance>> forOrder(qint64 orderId);
    // The latest acceptance of the order that covers a promise of `promised` (its accepted date is
    // that day or later), if any.
    Result<std::optional<DateAcceptance>> covering(qint64 orderId, const QDate& promised);

    // A salesperson's planned orders promised later than requested whose customer has not accepted
    // that date yet, the one whose production should start first first.
    struct Awaiting
    {
        qint64 orderId = 0;
        QString orderNo;
        QString customerName;
        QDate requestedDate;
        QDate promisedDate;
        QDate productionStart; // the plan's first step
    };
    Result<QList<Awaiting>> awaiting(qint64 salespersonId, int limit);

private:
    Result<QList<DateAcceptance>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace od
