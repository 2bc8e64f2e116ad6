#pragma once

#include <QStringList>

namespace od {

// The column names of the CSV formats (docs/CSV.md), in the order the export writes them.
// The `…Required` columns must be in every file; the others may be left out.
class CsvFormat
{
public:
    static QStringList customerColumns();
    static QStringList productColumns();
    static QStringList orderColumns();
    static QStringList workCentreColumns();
    static QStringList routingColumns();
    static QStringList calendarColumns();
    // customer_code,date,amount,reference,method,note,invoice_no,bill_maturity
    static QStringList paymentColumns();

    static QStringList customerRequired(); // code, name
    static QStringList productRequired();  // sku, name
    // order_no, and what no order line can do without: customer_code, sku, quantity.
    static QStringList orderRequired();
    static QStringList workCentreRequired(); // code, name, hours_per_shift
    static QStringList routingRequired();    // sku, step_no, name
    static QStringList calendarRequired();   // date, kind
    static QStringList paymentRequired(); // customer_code, date, amount, reference
};

} // namespace od
