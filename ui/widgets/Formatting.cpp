#include "Formatting.h"

#include "LocaleFormat.h"

#include <QLocale>

namespace od {

QString Formatting::currencySymbol(const QString& currency)
{
    return LocaleFormat::currencySymbol(currency);
}

QString Formatting::moneyAmount(Money amount)
{
    return LocaleFormat::moneyAmount(amount);
}

QString Formatting::money(Money amount, const QString& currency)
{
    return LocaleFormat::money(amount, currency);
}

QString Formatting::unitPrice(UnitPrice price, const QString& currency)
{
    return LocaleFormat::unitPrice(price, currency);
}

QString Formatting::quantity(Quantity quantity)
{
    return LocaleFormat::quantity(quantity);
}

QString Formatting::date(QDate date)
{
    return LocaleFormat::date(date);
}

QString Formatting::dateTime(const QDateTime& utcOrLocal)
{
    return LocaleFormat::dateTime(utcOrLocal);
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
