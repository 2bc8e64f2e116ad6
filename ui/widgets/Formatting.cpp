#include "Formatting.h"

#include <QLocale>

namespace od {

QString Formatting::currencySymbol(const QString& currency)
{
    if (currency.isEmpty() || currency == QLatin1String("CNY") || currency == QLatin1String("RMB"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    return currency + u' ';
}

QString Formatting::moneyAmount(Money amount)
{
    const QLocale locale;
    const qint64 minor = amount.minor();
    // Split into whole units and cents with integer arithmetic; the sign is handled once.
    const quint64 magnitude = minor < 0 ? quint64(-(minor + 1)) + 1 : quint64(minor);
    const quint64 whole = magnitude / 100;
    const quint64 cents = magnitude % 100;
    QString text = locale.toString(qulonglong(whole)) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString Formatting::money(Money amount, const QString& currency)
{
    const QString symbol = currencySymbol(currency);
    if (amount.isNegative())
        return QLocale().negativeSign() + symbol + moneyAmount(-amount);
    return symbol + moneyAmount(amount);
}

QString Formatting::unitPrice(UnitPrice price, const QString& currency)
{
    const QLocale locale;
    // toDecimalString() is exact ("-1150.0125"); only the whole part gets group separators.
    QString text = price.toDecimalString();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString decimals = dot < 0 ? QString() : text.mid(dot + 1);
    QString grouped = locale.toString(whole.toULongLong());
    if (!decimals.isEmpty())
        grouped += locale.decimalPoint() + decimals;
    return (negative ? locale.negativeSign() : QString()) + currencySymbol(currency) + grouped;
}

QString Formatting::date(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString Formatting::dateTime(const QDateTime& utcOrLocal)
{
    if (!utcOrLocal.isValid())
        return {};
    return QLocale().toString(utcOrLocal.toLocalTime(), QLocale::ShortFormat);
}

QString Formatting::count(qint64 number)
{
    return QLocale().toString(number);
}

QString Formatting::label(const QString& text)
{
    // Chinese typesetting uses the full-width colon; a half-width one looks broken next to hanzi.
    return text + (QLocale().language() == QLocale::Chinese ? QChar(0xFF1A) : QChar(u':'));
}

} // namespace od
