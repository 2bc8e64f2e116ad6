#include "LocaleFormat.h"

#include <QLocale>

namespace od {

QString LocaleFormat::currencySymbol(const QString& currency)
{
    if (currency.isEmpty() || currency == QLatin1String("CNY") || currency == QLatin1String("RMB"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    return currency + u' ';
}

QString LocaleFormat::decimal(const QString& plainDecimal)
{
    const QLocale locale;
    QString text = plainDecimal;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString decimals = dot < 0 ? QString() : text.mid(dot + 1);
    QString grouped = locale.toString(whole.toULongLong());
    if (!decimals.isEmpty())
        grouped += locale.decimalPoint() + decimals;
    return negative ? locale.negativeSign() + grouped : grouped;
}

QString LocaleFormat::moneyAmount(Money amount)
{
    return decimal(amount.toDecimalString());
}

QString LocaleFormat::money(Money amount, const QString& currency)
{
    const QString symbol = currencySymbol(currency);
    if (amount.isNegative())
        return QLocale().negativeSign() + symbol + moneyAmount(-amount);
    return symbol + moneyAmount(amount);
}

QString LocaleFormat::unitPrice(UnitPrice price, const QString& currency)
{
    // toDecimalString() is exact ("-1150.0125"); only the whole part gets group separators.
    QString text = decimal(price.toDecimalString());
    const QLocale locale;
    if (text.startsWith(locale.negativeSign()))
        return locale.negativeSign() + currencySymbol(currency) + text.mid(locale.negativeSign().size());
    return currencySymbol(currency) + text;
}

QString LocaleFormat::quantity(Quantity quantity)
{
    return decimal(quantity.toDecimalString());
}

QString LocaleFormat::date(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::English)
        return locale.toString(date, QStringLiteral("MMM d, yyyy"));
    return date.toString(Qt::ISODate);
}

QString LocaleFormat::dateTime(const QDateTime& utcOrLocal)
{
    if (!utcOrLocal.isValid())
        return {};
    const QDateTime local = utcOrLocal.toLocalTime();
    return date(local.date()) + u' ' + QLocale().toString(local.time(), QLocale::ShortFormat);
}

} // namespace od
