#pragma once

#include "CompanyProfile.h"
#include "CsvRecordImporter.h"
#include "Order.h"
#include "Product.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace od {

// Orders, one row per order line with the order's header values repeated on each row:
// order_no,customer_code,order_date,requested_date,status,line_no,sku,description,quantity,
// unit_price,discount_percent. The rows of one order are consecutive. Orders keep the number,
// status and dates they had; rows without a number become new orders numbered on import.
class CsvOrderImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvOrderImporter)

public:
    // `sourceName` is the file name written into each imported order's timeline.
    CsvOrderImporter(Session& session, QString sourceName);

    CsvColumnMap columns() const override;
    Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                 CsvProgress& progress) override;
    qint64 recordCount() const override { return m_orders.size(); }
    Status write(CsvProgress& progress) override;

private:
    // An order being assembled from its rows.
    struct PendingOrder
    {
        Order order;
        int firstLine = 0;
        QStringList headerText;       // customer_code, order_date, requested_date, status as written
        QHash<int, int> lineOfLineNo; // line_no → file line where it was given
        int lastLineNo = 0;
        bool failed = false;
    };

    // The header values of a row as written, in the order of PendingOrder::headerText.
    static QStringList headerText(const CsvRecord& row, const CsvColumnMap& columns);
    Status checkHeader(PendingOrder& pending, const CsvRecord& row, const CsvColumnMap& columns,
                       CsvImportReport& report);
    Status checkLine(PendingOrder& pending, std::optional<int> lineNo, const CsvRecord& row,
                     const CsvColumnMap& columns, CsvImportReport& report);
    void compareHeader(const PendingOrder& pending, const CsvRecord& row, const CsvColumnMap& columns,
                       CsvImportReport& report) const;
    Result<std::optional<qint64>> customerId(const QString& code);
    Result<std::optional<Product>> product(const QString& sku);

    Session& m_session;
    QString m_sourceName;
    CompanyProfile m_company;
    QList<PendingOrder> m_pending;
    QList<Order> m_orders; // the orders that passed every check
    QHash<QString, std::optional<qint64>> m_customerIds;
    QHash<QString, std::optional<Product>> m_products;
};

} // namespace od
