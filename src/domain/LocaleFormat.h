#pragma once

#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace od {

// Money, quantities and dates as a person reads them, in the default locale (the UI language):
// "¥144,640,053,741.44", "99,999,999", "2026-12-04" / "Dec 4, 2026". Shared by the services'
// messages and the front end so that a figure reads the same in a warning and in a table.
// Numbers are formatted from their integers; no floating point on the way.
class LocaleFormat
{
public:
    // "¥1,234.50" / "-¥0.05"; other currencies get their ISO code in front: "USD 12.00".
    static QString money(Money amount, const QString& currency = QStringLiteral("CNY"));
    // "1,234.50" without a currency sign.
    static QString moneyAmount(Money amount);
    static QString currencySymbol(const QString& currency);
    // "¥1,150.00", "¥0.0125": grouped like money, with the price's own two to four decimals.
    static QString unitPrice(UnitPrice price, const QString& currency = QStringLiteral("CNY"));
    // "99,999,999", "2.5": grouped, with only the decimals the quantity has.
    static QString quantity(Quantity quantity);
    // A calendar day no reader can take for another: "2026-12-04" in Chinese, "Dec 4, 2026" in
    // English ("12/4/26" could be April or December, 2026 or 1926). "" for a null date.
    static QString date(QDate date);
    // The day as above and the local time of day: "2026-12-04 15:05", "Dec 4, 2026 3:05 PM".
    static QString dateTime(const QDateTime& utcOrLocal);
    // A plain decimal ("-1234.5") regrouped for the locale.
    static QString decimal(const QString& plainDecimal);
};

} // namespace od
