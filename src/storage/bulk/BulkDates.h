#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

// The dates and times the bulk loader reads from the rows it writes, without QDate: "YYYY-MM-DD"
// and "YYYY-MM-DDTHH:MM:SS[.fff]Z" as counts since 1970-01-01.
namespace od::BulkDates {

// The `n` digits at `at` as a number; false when one of them is not a digit.
bool digits(std::string_view s, size_t at, size_t n, int& value);
// Days since 1970-01-01 of a date "YYYY-MM-DD" (the start of a longer text); none when it is not one.
std::optional<qint64> epochDay(std::string_view date);

} // namespace od::BulkDates
