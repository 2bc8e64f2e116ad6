#include "DocumentNumberFormat.h"

namespace od {

QString DocumentNumberFormat::money(Money amount) const
{
    return localizeDecimal(amount.toDecimalString());
}

QString DocumentNumberFormat::quantity(Quantity quantity) const
{
    return localizeDecimal(quantity.toDecimalString());
}

QString DocumentNumberFormat::unitPrice(UnitPrice price) const
{
    return localizeDecimal(price.toDecimalString());
}

QString DocumentNumberFormat::percent(BasisPoints rate) const
{
    return localizeDecimal(rate.toPercentString()) + m_locale.percent();
}

QString DocumentNumberFormat::date(QDate date) const
{
    if (!date.isValid())
        return {};
    return m_locale.toString(date, QStringLiteral("yyyy-MM-dd"));
}

QString DocumentNumberFormat::localizeDecimal(const QString& plainDecimal) const
{
    QStringView digits(plainDecimal);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits = digits.mid(1);

    const qsizetype point = digits.indexOf(u'.');
    const QStringView whole = point < 0 ? digits : digits.left(point);
    const QStringView fraction = point < 0 ? QStringView() : digits.mid(point + 1);

    // The whole part of every fixed-point type fits in qint64, so QLocale can group it exactly.
    bool ok = false;
    const qlonglong wholeValue = whole.toLongLong(&ok);
    QString out = ok ? m_locale.toString(wholeValue) : whole.toString();
    if (!fraction.isEmpty())
        out += m_locale.decimalPoint() + fraction.toString();
    if (negative)
        out.prepend(m_locale.negativeSign());
    return out;
}

} // namespace od
