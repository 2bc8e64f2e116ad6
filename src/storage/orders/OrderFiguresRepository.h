#pragma once

#include "Database.h"
#include "Money.h"
#include "Quantity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace od {

// The largest figures of the orders a company has really taken (confirmed by the customer, and
// not cancelled),
// which the intake compares a new order with: a quantity or total far beyond them is most
// likely a typing slip. Each question is one index lookup, so it can run on every check.
class OrderFiguresRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderFiguresRepository)

public:
    explicit OrderFiguresRepository(Database& db) : m_db(db) {}

    // For each product: the largest quantity of it on any order but `excludeOrderId`. Products
    // never ordered are left out.
    Result<QHash<qint64, Quantity>> largestQuantities(const QList<qint64>& productIds, qint64 excludeOrderId);
    // The largest total of the customer's orders (customerId > 0) or of anyone's (0), leaving
    // out `excludeOrderId`; zero when there is none.
    Result<Money> largestTotal(qint64 customerId, qint64 excludeOrderId);

private:
    Database& m_db;
};

} // namespace od
