#include "SqlValues.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace od::test {

TEST(SqlValuesTest, StoredDatesAndTimesReadBackExactly)
{
    EXPECT_EQ(sqlv::toDate(QStringLiteral("2026-02-28")), QDate(2026, 2, 28));
    EXPECT_EQ(sqlv::toDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
    const QDateTime t(QDate(2026, 5, 18), QTime(2, 15, 9), Qt::UTC);
    EXPECT_EQ(sqlv::toTimestamp(sqlv::timestamp(t)), t);
    // Written as local wall-clock time by older versions: read as UTC, as before.
    EXPECT_EQ(sqlv::toTimestamp(QStringLiteral("2026-05-18T02:15:09")), t);
    // A time with milliseconds takes the general path and keeps them.
    EXPECT_EQ(sqlv::toTimestamp(QStringLiteral("2026-05-18T02:15:09.250Z")), t.addMSecs(250));
    // A time in another zone is converted, not read as UTC.
    EXPECT_EQ(sqlv::toTimestamp(QStringLiteral("2026-05-18T10:15:09+08:00")).toUTC(), t);
}

TEST(SqlValuesTest, WhatIsNotADateStaysInvalidAndNullStaysNull)
{
    EXPECT_FALSE(sqlv::toDate(QVariant()).isValid());
    EXPECT_FALSE(sqlv::toDate(QStringLiteral("2026-13-01")).isValid());
    EXPECT_FALSE(sqlv::toDate(QStringLiteral("2026-02-30")).isValid());
    EXPECT_FALSE(sqlv::toDate(QStringLiteral("20x6-01-01")).isValid());
    EXPECT_FALSE(sqlv::toTimestamp(QVariant()).isValid());
    EXPECT_FALSE(sqlv::toTimestamp(QStringLiteral("2026-05-18T25:00:00Z")).isValid());
    EXPECT_FALSE(sqlv::toTimestamp(QStringLiteral("yesterday")).isValid());
}

TEST(SqlValuesTest, TextReadThroughSqlitesOwnApiReadsAsTheSameValues)
{
    using namespace std::string_view_literals;
    EXPECT_EQ(sqlv::toDate("2024-02-29"sv), QDate(2024, 2, 29));
    EXPECT_EQ(sqlv::toTimestamp("2026-05-18T02:15:09Z"sv),
              QDateTime(QDate(2026, 5, 18), QTime(2, 15, 9), Qt::UTC));
    EXPECT_EQ(sqlv::toTimestamp("2026-05-18T10:15:09+08:00"sv).toUTC(),
              QDateTime(QDate(2026, 5, 18), QTime(2, 15, 9), Qt::UTC));
    // SQL NULL reads as empty text: no date, no time.
    EXPECT_FALSE(sqlv::toDate(std::string_view()).isValid());
    EXPECT_FALSE(sqlv::toTimestamp(std::string_view()).isValid());
    EXPECT_FALSE(sqlv::toDate("2026-02-30"sv).isValid());
    EXPECT_FALSE(sqlv::toTimestamp("yesterday"sv).isValid());
}

} // namespace od::test
