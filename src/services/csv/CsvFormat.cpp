#include "CsvFormat.h"

namespace od {

QStringList CsvFormat::customerColumns()
{
    return {QStringLiteral("code"),
            QStringLiteral("name"),
            QStringLiteral("contact"),
            QStringLiteral("phone"),
            QStringLiteral("email"),
            QStringLiteral("address"),
            QStringLiteral("credit_limit"),
            QStringLiteral("payment_terms_days"),
            QStringLiteral("document_language")};
}

QStringList CsvFormat::productColumns()
{
    return {QStringLiteral("sku"),  QStringLiteral("name"),       QStringLiteral("spec"),
            QStringLiteral("unit"), QStringLiteral("unit_price"), QStringLiteral("lead_time_days")};
}

QStringList CsvFormat::orderColumns()
{
    return {QStringLiteral("order_no"),
            QStringLiteral("customer_code"),
            QStringLiteral("order_date"),
            QStringLiteral("requested_date"),
            QStringLiteral("status"),
            QStringLiteral("line_no"),
            QStringLiteral("sku"),
            QStringLiteral("description"),
            QStringLiteral("quantity"),
            QStringLiteral("unit_price"),
            QStringLiteral("discount_percent"),
            QStringLiteral("held_from_status"),
            QStringLiteral("tax_percent")};
}

QStringList CsvFormat::workCentreColumns()
{
    return {QStringLiteral("code"),
            QStringLiteral("name"),
            QStringLiteral("department"),
            QStringLiteral("hours_per_shift"),
            QStringLiteral("shifts"),
            QStringLiteral("units"),
            QStringLiteral("efficiency_percent")};
}

QStringList CsvFormat::routingColumns()
{
    return {QStringLiteral("sku"),         QStringLiteral("step_no"),
            QStringLiteral("name"),        QStringLiteral("work_centre"),
            QStringLiteral("setup_hours"), QStringLiteral("run_hours_per_unit"),
            QStringLiteral("wait_days"),   QStringLiteral("purchase_lead_days"),
            QStringLiteral("alternatives")};
}

QStringList CsvFormat::calendarColumns()
{
    return {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("work_centre"),
            QStringLiteral("hours")};
}

QStringList CsvFormat::paymentColumns()
{
    return {QStringLiteral("customer_code"), QStringLiteral("date"),         QStringLiteral("amount"),
            QStringLiteral("reference"),     QStringLiteral("method"),       QStringLiteral("note"),
            QStringLiteral("invoice_no"),    QStringLiteral("bill_maturity")};
}

QStringList CsvFormat::customerRequired()
{
    return {QStringLiteral("code"), QStringLiteral("name")};
}

QStringList CsvFormat::productRequired()
{
    return {QStringLiteral("sku"), QStringLiteral("name")};
}

QStringList CsvFormat::orderRequired()
{
    return {QStringLiteral("order_no"), QStringLiteral("customer_code"), QStringLiteral("sku"),
            QStringLiteral("quantity")};
}

QStringList CsvFormat::workCentreRequired()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("hours_per_shift")};
}

QStringList CsvFormat::routingRequired()
{
    return {QStringLiteral("sku"), QStringLiteral("step_no"), QStringLiteral("name")};
}

QStringList CsvFormat::calendarRequired()
{
    return {QStringLiteral("date"), QStringLiteral("kind")};
}

QStringList CsvFormat::paymentRequired()
{
    return {QStringLiteral("customer_code"), QStringLiteral("date"), QStringLiteral("amount"),
            QStringLiteral("reference")};
}

} // namespace od
