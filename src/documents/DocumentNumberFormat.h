#pragma once

#include "BasisPoints.h"
#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace od {

// Exact numbers for printed documents in the reader's locale: the digits come from the fixed-point
// types' own decimal strings (never through a double), only the separators come from QLocale.
class DocumentNumberFormat
{
public:
    explicit DocumentNumberFormat(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}

    // Always two decimals with thousands separators: "1,234,567.50".
    QString money(Money amount) const;
    // As many decimals as the quantity has: "1,200", "2.5".
    QString quantity(Quantity quantity) const;
    // Two to four decimals: "1,280.00", "0.0125".
    QString unitPrice(UnitPrice price) const;
    // "13%", "2.5%"
    QString percent(BasisPoints rate) const;
    // ISO order (2026-03-15): unambiguous for every reader of a contract.
    QString date(QDate date) const;

    // Any plain decimal string ("-1234.5") regrouped for the locale.
    QString localizeDecimal(const QString& plainDecimal) const;

private:
    QLocale m_locale;
};

} // namespace od
