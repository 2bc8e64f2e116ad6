#pragma once

#include "BasisPoints.h"
#include "Error.h"
#include "Hours.h"
#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace od {

// Reads one CSV cell as a typed value. Numbers go through the exact domain parsers (never a
// double); the error names the column and quotes the text, so the user sees what to fix.
class CsvFieldParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvFieldParser)

public:
    static Result<Money> money(const QString& column, const QString& text);
    static Result<UnitPrice> unitPrice(const QString& column, const QString& text);
    static Result<Quantity> quantity(const QString& column, const QString& text);
    // Hours with up to 3 decimals ("12.5"), not negative.
    static Result<Hours> hours(const QString& column, const QString& text);
    // A percentage as typed: "15", "2.5".
    static Result<BasisPoints> percent(const QString& column, const QString& text);
    static Result<int> wholeNumber(const QString& column, const QString& text, int min, int max);
    // Any whole number an int holds (a record's own rules then say which are allowed).
    static Result<int> anyInt(const QString& column, const QString& text);
    // YYYY-MM-DD, and the YYYY/M/D that Excel writes back on Chinese Windows.
    static Result<QDate> date(const QString& column, const QString& text);

    // "email: This does not look like an email address." — the field of a rule's error is the
    // column name, which is what a user looking at the file needs.
    static QString withColumn(const Error& error);

    // A cell as a message quotes it: control characters made visible, and a long value cut
    // down ("AAAA…AAA (1048576 characters)"), so that a message stays readable and harmless.
    static QString shown(const QString& text);

private:
    // Why a decimal did not parse at `scale`: too many decimals, too large, or not a number.
    static Error decimalError(const QString& column, const QString& text, int scale);
};

} // namespace od
