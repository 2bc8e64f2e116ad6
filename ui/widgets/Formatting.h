#pragma once

#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace od {

// Money and dates as the user reads them, in the current UI language's locale (QLocale()): the
// same words as the core's messages (LocaleFormat). Money is formatted from its integer minor
// units; no floating point on the way.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    // "¥1,234.50" / "-¥0.05"; other currencies get their ISO code in front: "USD 12.00".
    static QString money(Money amount, const QString& currency = QStringLiteral("CNY"));
    // "1,234.50" without a currency sign, for table cells next to a currency column.
    static QString moneyAmount(Money amount);
    static QString currencySymbol(const QString& currency);
    // "¥1,150.00", "¥0.0125": grouped like money, with the price's own two to four decimals.
    static QString unitPrice(UnitPrice price, const QString& currency = QStringLiteral("CNY"));
    // "99,999,999", "2.5"
    static QString quantity(Quantity quantity);
    // A day no reader can take for another: "2026-12-04" / "Dec 4, 2026"; "" for a null date.
    static QString date(QDate date);
    // The same day and the local time of day; "" for an invalid one.
    static QString dateTime(const QDateTime& utcOrLocal);
    // "123,456"
    static QString count(qint64 number);
    // A form label with the colon of the UI language: "Customer:" / "客户：".
    static QString label(const QString& text);
};

} // namespace od
