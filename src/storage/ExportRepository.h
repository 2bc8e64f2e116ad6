#pragma once

#include "BasisPoints.h"
#include "Customer.h"
#include "Database.h"
#include "OrderStatus.h"
#include "Product.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QDate>
#include <QString>

#include <functional>

namespace od {

// One order line with the header values of its order, as the CSV export writes it.
struct OrderExportLine
{
    QString orderNo;
    QString customerCode;
    QDate orderDate;
    QDate requestedDate;
    OrderStatus status = OrderStatus::Draft;
    std::optional<OrderStatus> heldFrom; // the status an on-hold order returns to
    int lineNo = 0;
    QString sku;
    QString description;
    Quantity quantity;
    UnitPrice unitPrice;
    BasisPoints discount;
    BasisPoints taxRate; // the order's
};

// Streams whole tables for the exports, one row in memory at a time, in the order a person
// expects to read them (codes, SKUs, order numbers). Each walk is a single SELECT, so it sees
// one consistent snapshot even while others keep writing.
class ExportRepository
{
public:
    explicit ExportRepository(Database& db) : m_db(db) {}

    Result<qint64> customerCount();
    Result<qint64> productCount();
    // salespersonId: 0 = every order's lines, else only that salesperson's orders.
    Result<qint64> orderLineCount(qint64 salespersonId = 0);

    // Each calls `visit` per row and stops early (without error) when it returns false.
    Status forEachCustomer(const std::function<bool(const Customer&)>& visit);
    Status forEachProduct(const std::function<bool(const Product&)>& visit);
    Status forEachOrderLine(qint64 salespersonId, const std::function<bool(const OrderExportLine&)>& visit);

private:
    Result<qint64> count(const QString& table);
    Database& m_db;
};

} // namespace od
