#include "CsvFieldParser.h"

#include "FixedPoint.h"
#include "TextCheck.h"

#include <QRegularExpression>

#include <climits>
#include <limits>

namespace od {

Error CsvFieldParser::decimalError(const QString& column, const QString& text, int scale)
{
    static const QRegularExpression decimal(QStringLiteral("^[+-]?[0-9,]*(?:\\.([0-9]*))?$"));
    const auto match = decimal.match(text.trimmed());
    const bool hasDigit = text.contains(QRegularExpression(QStringLiteral("[0-9]")));
    if (!match.hasMatch() || !hasDigit)
        return Error::invalid(tr("%1: \"%2\" is not a number.").arg(column, shown(text)), column);
    const QString trimmed = text.trimmed();
    const qsizetype point = trimmed.indexOf(u'.');
    QStringView integral = QStringView(trimmed).first(point < 0 ? trimmed.size() : point);
    if (!integral.isEmpty() && (integral.front() == u'+' || integral.front() == u'-'))
        integral = integral.mid(1);
    if (!fixed::hasValidGrouping(integral))
        return Error::invalid(tr("%1: \"%2\" is not a number: a comma may only separate thousands "
                                 "(1,234.50); write decimals with a point (2.5).")
                                  .arg(column, shown(text)),
                              column);
    QString decimals = match.captured(1);
    while (decimals.endsWith(u'0'))
        decimals.chop(1);
    if (decimals.size() > scale)
        return Error::invalid(
            tr("%1: \"%2\" has more than %3 decimal places.").arg(column, shown(text)).arg(scale), column);
    return Error::invalid(tr("%1: \"%2\" is too large.").arg(column, shown(text)), column);
}

QString CsvFieldParser::shown(const QString& text)
{
    constexpr qsizetype kShown = 40;
    QString out = TextCheck::defused(text, false);
    if (out.size() > kShown) {
        qsizetype head = kShown;
        if (out.at(head - 1).isHighSurrogate())
            --head;
        out = tr("%1… (%n characters)", nullptr, int(std::min<qsizetype>(text.size(), INT_MAX)))
                  .arg(out.left(head));
    }
    return out;
}

QString CsvFieldParser::withColumn(const Error& error)
{
    return error.field.isEmpty() ? error.message : QStringLiteral("%1: %2").arg(error.field, error.message);
}

Result<Money> CsvFieldParser::money(const QString& column, const QString& text)
{
    if (const auto value = Money::parse(text))
        return *value;
    return std::unexpected(decimalError(column, text, Money::Scale));
}

Result<UnitPrice> CsvFieldParser::unitPrice(const QString& column, const QString& text)
{
    if (const auto value = UnitPrice::parse(text))
        return *value;
    return std::unexpected(decimalError(column, text, UnitPrice::Scale));
}

Result<Quantity> CsvFieldParser::quantity(const QString& column, const QString& text)
{
    if (const auto value = Quantity::parse(text))
        return *value;
    return std::unexpected(decimalError(column, text, Quantity::Scale));
}

Result<Hours> CsvFieldParser::hours(const QString& column, const QString& text)
{
    if (const auto value = Hours::parse(text))
        return *value;
    if (text.trimmed().startsWith(u'-') && text.contains(QRegularExpression(QStringLiteral("[1-9]"))))
        return std::unexpected(
            Error::invalid(tr("%1: hours cannot be negative (\"%2\").").arg(column, text), column));
    return std::unexpected(decimalError(column, text, Hours::Scale));
}

Result<BasisPoints> CsvFieldParser::percent(const QString& column, const QString& text)
{
    QString typed = text.trimmed();
    if (typed.endsWith(u'%'))
        typed.chop(1); // "15%" is what people type in a spreadsheet
    if (const auto value = BasisPoints::parsePercent(typed))
        return *value;
    return std::unexpected(decimalError(column, text, 2));
}

Result<int> CsvFieldParser::wholeNumber(const QString& column, const QString& text, int min, int max)
{
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    const QString t = text.trimmed();
    if (!digits.match(t).hasMatch())
        return std::unexpected(
            Error::invalid(tr("%1: \"%2\" is not a whole number.").arg(column, shown(text)), column));
    bool ok = false;
    const qlonglong value = t.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::unexpected(Error::invalid(
            tr("%1: %2 is out of range (%3 to %4).").arg(column, shown(text)).arg(min).arg(max), column));
    return int(value);
}

Result<int> CsvFieldParser::anyInt(const QString& column, const QString& text)
{
    return wholeNumber(column, text, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

Result<QDate> CsvFieldParser::date(const QString& column, const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression slashed(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"));
    const QString t = text.trimmed();
    auto match = iso.match(t);
    if (!match.hasMatch())
        match = slashed.match(t);
    if (!match.hasMatch())
        return std::unexpected(Error::invalid(
            tr("%1: \"%2\" is not a date in the form YYYY-MM-DD.").arg(column, shown(text)), column));
    const QDate d(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!d.isValid())
        return std::unexpected(
            Error::invalid(tr("%1: %2 is not a real date.").arg(column, shown(text)), column));
    return d;
}

} // namespace od
