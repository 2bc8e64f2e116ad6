#pragma once

#include "Database.h"
#include "OrderReview.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace od {

// The orders' reviews (事后分析) and the orders that ask for one; reviews are only ever added.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database& db) : m_db(db) {}

    Status insert(const OrderReview& review);
    Result<std::optional<OrderReview>> forOrder(qint64 orderId);
    // Whether the order asks for a review (delivered late or with an exception), reviewed or not;
    // nullopt when it does not (not delivered yet, or on time without an exception).
    Result<std::optional<ReviewDue>> due(qint64 orderId);
    // The orders asking for a review and not reviewed yet, of one salesperson (0: everyone's),
    // the longest-delivered first.
    Result<QList<ReviewDue>> outstanding(qint64 salespersonId, int limit);
    // The orders promised on or after `since` asking for a review and not reviewed yet, the latest
    // delivered first: read from the on-time summary's delivery rows, so cheap on a large book.
    Result<QList<ReviewDue>> recentlyOutstanding(const QDate& since, int limit);

private:
    // Runs the prepared query, whose columns are those of select().
    Result<QList<ReviewDue>> read(QSqlQuery& q);
    Result<QList<ReviewDue>> select(const QString& where, const QVariantList& params, int limit);
    Database& m_db;
};

} // namespace od
