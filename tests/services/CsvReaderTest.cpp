#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace od;

TEST(CsvReaderTest, QuotedFieldsKeepCommasQuotesAndLineBreaks)
{
    const auto result = CsvReader::parse(u"code,name,address\r\nC1,\"上海, 浦东\",\"He said "
                                         u"\"\"hi\"\"\"\r\nC2,\"two\r\nlines\",x\r\nC3,plain,y\r\n");
    ASSERT_TRUE(result.errors.isEmpty());
    ASSERT_EQ(result.records.size(), 4);
    EXPECT_EQ(result.records[1].fields, QStringList({"C1", "上海, 浦东", "He said \"hi\""}));
    EXPECT_EQ(result.records[2].fields, QStringList({"C2", "two\nlines", "x"}));
    // Line numbers are physical lines: the record after a two-line cell starts on line 5.
    EXPECT_EQ(result.records[2].line, 3);
    EXPECT_EQ(result.records[3].line, 5);
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheLineWhereItOpens)
{
    const auto result = CsvReader::parse(u"code,name\nC1,ok\nC2,\"never closed\nC3,x\n");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 3);
    EXPECT_TRUE(result.errors[0].message.contains(u"never closed"));
}

TEST(CsvReaderTest, TextAfterClosingQuoteIsAnErrorOnItsLine)
{
    const auto result = CsvReader::parse(u"code,name\nC1,\"abc\"def\nC2,fine\n");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 2);
    ASSERT_EQ(result.records.size(), 3);
    EXPECT_TRUE(result.records[1].malformed);
    EXPECT_FALSE(result.records[2].malformed);
}

TEST(CsvReaderTest, BlankAndCommaOnlyLinesAreNotRecords)
{
    const auto result = CsvReader::parse(u"a,b\n\n1,2\n,,\n3,4");
    ASSERT_EQ(result.records.size(), 3);
    EXPECT_EQ(result.records[2].line, 5);
    EXPECT_EQ(result.records[2].fields, QStringList({"3", "4"}));
}

TEST(CsvReaderTest, DetectsUtf8WithAndWithoutBomAndGbk)
{
    const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + QStringLiteral("name\n上海\n").toUtf8();
    auto decoded = CsvReader::decode(withBom);
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_EQ(decoded.text, QStringLiteral("name\n上海\n")); // the BOM is not part of the first column name

    decoded = CsvReader::decode(QStringLiteral("name\n上海\n").toUtf8());
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_EQ(decoded.text, QStringLiteral("name\n上海\n"));

    // 上海 as Excel saves it on Chinese Windows (GBK): C9 CF BA A3.
    decoded = CsvReader::decode(QByteArray("name\n\xC9\xCF\xBA\xA3\n"));
    EXPECT_TRUE(decoded.ok);
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_EQ(decoded.text, QStringLiteral("name\n上海\n"));
}

TEST(CsvReaderTest, DamagedUtf8IsReportedNotMisreadAsGbk)
{
    QByteArray bytes = QStringLiteral("code,name\nC1,上海华东机械\nC2,北京远航").toUtf8();
    bytes += '\xFF'; // one broken byte on line 3
    bytes += QStringLiteral("贸易\nC3,广州南方电器\n").toUtf8();
    const auto result = CsvReader::read(bytes);
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 3);
    EXPECT_TRUE(result.errors[0].message.contains("not valid UTF-8"));
    EXPECT_TRUE(result.records.isEmpty());
}

TEST(CsvWriterTest, QuotesOnlyWhereNeededAndEndsLinesWithCrLf)
{
    EXPECT_EQ(CsvWriter::formatRow({"C1", "上海", "a,b", "say \"hi\"", "two\nlines", ""}),
              QStringLiteral("C1,上海,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
}

TEST(CsvWriterTest, WhatItWritesReadsBackTheSame)
{
    const QList<QStringList> rows = {{"code", "name", "address"},
                                     {"C1", "华东机械, 有限公司", "\"引号\"\n第二行"},
                                     {"C2", "", "  spaces  "}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeByteOrderMark();
    for (const QStringList& row : rows)
        writer.writeRow(row);
    ASSERT_TRUE(writer.ok());
    EXPECT_TRUE(buffer.data().startsWith("\xEF\xBB\xBF"));

    const auto read = CsvReader::read(buffer.data());
    ASSERT_TRUE(read.errors.isEmpty());
    ASSERT_EQ(read.records.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        EXPECT_EQ(read.records[i].fields, rows[i]);
}
