// libFuzzer target for the number and date parsers: the bytes of one input, read as UTF-8, are
// parsed as every kind of number OrderDesk takes from outside (Money, UnitPrice, Quantity,
// percentages, whole numbers, fixed::parseDecimal at each scale) and as a date, the way a CSV
// cell or a form field is. It checks that
//  - a value that parses formats back to a text that parses to the same value (nothing is
//    rounded, wrapped or misread on the way in);
//  - a comma is accepted only as a correct thousands separator;
//  - the domain parser and the CSV cell parser agree, and a refusal has a message, bounded in
//    length and free of control characters;
//  - a date that parses is a real, storable calendar day written the way the text said;
//  - the formula guard of the CSV export is undone exactly by the import's, and the terminal
//    defusing of text leaves no control character.
// Build and run: docs/FUZZING.md.

#include "BasisPoints.h"
#include "CsvFieldParser.h"
#include "CsvFormulaGuard.h"
#include "FixedPoint.h"
#include "FuzzDatabase.h"
#include "Money.h"
#include "Quantity.h"
#include "TextCheck.h"
#include "UnitPrice.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace {

using namespace od;

const QString kColumn = QStringLiteral("amount");

void checkMessage(const Error& error)
{
    FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(error.message.size() <= 400); // the cell is quoted cut down, never whole
    for (QChar c : error.message)
        FUZZ_CHECK(!TextCheck::isControl(c, false));
}

// The integral digits of `text` (sign and spaces off, up to the point) have a comma only where
// one belongs.
bool commasAreThousandsSeparators(const QString& text)
{
    QStringView t = QStringView(text).trimmed();
    if (!t.isEmpty() && (t.front() == u'-' || t.front() == u'+'))
        t = t.mid(1);
    const qsizetype point = t.indexOf(u'.');
    return fixed::hasValidGrouping(point < 0 ? t : t.first(point));
}

template <typename T> void checkScaled(const QString& text, std::optional<T> parsed, const Result<T>& cell)
{
    FUZZ_CHECK(parsed.has_value() == cell.has_value());
    if (!cell)
        checkMessage(cell.error());
    if (!parsed)
        return;
    FUZZ_CHECK(commasAreThousandsSeparators(text));
    FUZZ_CHECK(cell->raw() == parsed->raw());
    // What is shown is read back as the same value.
    const auto again = T::parse(parsed->toDecimalString());
    FUZZ_CHECK(again.has_value() && again->raw() == parsed->raw());
}

void checkDecimals(const QString& text)
{
    for (int scale = 0; scale <= 4; ++scale) {
        const auto value = fixed::parseDecimal(text, scale);
        if (!value)
            continue;
        FUZZ_CHECK(commasAreThousandsSeparators(text));
        const QString shown = fixed::formatDecimal(*value, scale, 0);
        FUZZ_CHECK(fixed::parseDecimal(shown, scale) == value);
        // More room for decimals never changes the value, only its scale.
        if (scale < 4 && *value > -100'000'000'000'000 && *value < 100'000'000'000'000)
            FUZZ_CHECK(fixed::parseDecimal(text, scale + 1) == *value * 10);
    }
}

void checkMoney(const QString& text)
{
    auto money = Money::parse(text);
    auto cell = CsvFieldParser::money(kColumn, text);
    FUZZ_CHECK(money.has_value() == cell.has_value());
    if (!cell)
        checkMessage(cell.error());
    if (money) {
        FUZZ_CHECK(commasAreThousandsSeparators(text));
        FUZZ_CHECK(cell->minor() == money->minor());
        const auto again = Money::parse(money->toDecimalString());
        FUZZ_CHECK(again.has_value() && again->minor() == money->minor());
    }
}

void checkPercent(const QString& text)
{
    auto percent = CsvFieldParser::percent(kColumn, text);
    if (!percent) {
        checkMessage(percent.error());
        return;
    }
    const auto again = BasisPoints::parsePercent(percent->toPercentString());
    FUZZ_CHECK(again.has_value() && again->raw() == percent->raw());
}

void checkWholeNumber(const QString& text)
{
    auto number = CsvFieldParser::wholeNumber(kColumn, text, -1000, 1000);
    if (!number) {
        checkMessage(number.error());
        return;
    }
    FUZZ_CHECK(*number >= -1000 && *number <= 1000);
    FUZZ_CHECK(text.trimmed().toLongLong() == *number);
}

void checkDate(const QString& text)
{
    auto date = CsvFieldParser::date(kColumn, text);
    if (!date) {
        checkMessage(date.error());
        return;
    }
    FUZZ_CHECK(date->isValid());
    // Written as YYYY-MM-DD or YYYY/M/D, and that is the day it is.
    static const QRegularExpression parts(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$"));
    const auto match = parts.match(text.trimmed());
    FUZZ_CHECK(match.hasMatch());
    FUZZ_CHECK(date->year() == match.captured(1).toInt() && date->month() == match.captured(2).toInt() &&
               date->day() == match.captured(3).toInt());
}

void checkText(const QString& text)
{
    FUZZ_CHECK(CsvFormulaGuard::restored(CsvFormulaGuard::defused(text)) == text);
    const QString defused = CsvFormulaGuard::defused(text);
    if (!defused.isEmpty() && defused != text)
        FUZZ_CHECK(defused.startsWith(u'\''));
    for (bool multiLine : {false, true}) {
        const QString shown = TextCheck::defused(text, multiLine);
        FUZZ_CHECK(!TextCheck::hasControlCharacters(shown, multiLine));
        FUZZ_CHECK(TextCheck::problem(shown, multiLine).isEmpty() || !TextCheck::isWellFormed(shown));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    spdlog::set_level(spdlog::level::off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0; // a cell, not a file
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    checkDecimals(text);
    checkMoney(text);
    checkScaled(text, UnitPrice::parse(text), CsvFieldParser::unitPrice(kColumn, text));
    checkScaled(text, Quantity::parse(text), CsvFieldParser::quantity(kColumn, text));
    checkPercent(text);
    checkWholeNumber(text);
    checkDate(text);
    checkText(text);
    return 0;
}
