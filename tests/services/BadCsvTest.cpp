// Import files that are damaged, not text, absurdly large or full of impossible values: each one
// gets a message with a line number and the database is left exactly as it was.

#include "BadInputSupport.h"
#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "CustomerService.h"
#include "OrderRepository.h"
#include "OrderValidator.h"
#include "TestDatabase.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace od;
using od::test::databaseFigures;
using od::test::describe;
using od::test::printable;
using od::test::writeCsvFile;

namespace {

const QByteArray kCustomerHeader = "code,name,contact,phone,email,address,credit_limit,payment_terms_days\n";
const QByteArray kOrderHeader =
    "order_no,customer_code,order_date,requested_date,status,line_no,sku,description,"
    "quantity,unit_price,discount_percent\n";

class BadCsvTest : public ::testing::Test
{
protected:
    enum class Kind
    {
        Customers,
        Products,
        Orders
    };

    void SetUp() override
    {
        t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海华东机械"));
        t.addProduct(QStringLiteral("VLV-50"), QStringLiteral("不锈钢球阀"), 1'250'000);
    }

    Result<CsvImportReport> import(Kind kind, const QByteArray& bytes, bool dryRun)
    {
        const QString path = writeCsvFile(t.dir(), QStringLiteral("bad.csv"), bytes);
        CsvImportService service(t.session());
        return kind == Kind::Customers  ? service.importCustomers(path, dryRun)
               : kind == Kind::Products ? service.importProducts(path, dryRun)
                                        : service.importOrders(path, dryRun);
    }

    // Importing `bytes` (checked and for real) is refused with at least one message, each with
    // a line number, one of them containing `expected`; no table changes.
    void expectRefused(Kind kind, const QByteArray& bytes, const QString& expected = {})
    {
        const auto before = databaseFigures(t.db());
        for (bool dryRun : {true, false}) {
            SCOPED_TRACE(dryRun ? "dry run" : "import");
            auto report = import(kind, bytes, dryRun);
            ASSERT_TRUE(report) << report.error().message.toStdString();
            EXPECT_FALSE(report->ok());
            EXPECT_FALSE(report->committed);
            ASSERT_FALSE(report->errors.isEmpty());
            bool seen = expected.isEmpty();
            for (const CsvImportError& e : report->errors) {
                EXPECT_GE(e.line, 1);
                EXPECT_FALSE(e.message.isEmpty());
                EXPECT_LE(e.message.size(), 1000) << "a message should quote the file, not reproduce it";
                seen = seen || e.message.contains(expected);
            }
            EXPECT_TRUE(seen) << "no message mentions \"" << expected.toStdString()
                              << "\"; first: " << printable(report->errors.first().message.left(300));
        }
        EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
    }

    test::TestDatabase t{Role::Manager}; // importing is the manager's job
};

QByteArray orderRow(const QByteArray& cells)
{
    return kOrderHeader + cells + '\n';
}

} // namespace

TEST_F(BadCsvTest, BinaryGarbageIsRefused)
{
    QRandomGenerator random(20260601);
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    for (char& b : garbage)
        b = char(random.bounded(256));
    for (Kind kind : {Kind::Customers, Kind::Products, Kind::Orders})
        expectRefused(kind, garbage);
    // Garbage behind a correct header is still refused.
    expectRefused(Kind::Customers, kCustomerHeader + garbage);
}

TEST_F(BadCsvTest, NulBytesAreRefusedNamingTheLine)
{
    expectRefused(Kind::Customers, kCustomerHeader + QByteArray("C2,Ac\0me,,,,,,\n", 15),
                  QStringLiteral("NUL"));
    expectRefused(Kind::Customers, kCustomerHeader + "C2,Acme,,,,,,\n" + QByteArray("C3,\0,,,,,,\n", 11),
                  QStringLiteral("NUL"));
    auto report =
        import(Kind::Customers, kCustomerHeader + "C2,Acme,,,,,,\n" + QByteArray("C3,\0,,,,,,\n", 11), true);
    ASSERT_TRUE(report);
    ASSERT_FALSE(report->errors.isEmpty());
    EXPECT_EQ(report->errors.first().line, 3);
}

TEST_F(BadCsvTest, Utf16FilesAreRefusedWithAHint)
{
    // What Excel saves as "Unicode Text": UTF-16 with a byte-order mark, full of NUL bytes.
    const QString text = QString::fromLatin1(kCustomerHeader) + QStringLiteral("C2,华南贸易,,,,,,\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    expectRefused(Kind::Customers, utf16, QStringLiteral("UTF-16"));
}

TEST_F(BadCsvTest, TruncatedUtf8IsRefused)
{
    QByteArray bytes = kCustomerHeader;
    for (int i = 2; i < 8; ++i)
        bytes += QStringLiteral("C%1,华东机械%1厂,张伟,,,上海市浦东新区,,\n").arg(i).toUtf8();
    bytes += QStringLiteral("C9,华南").toUtf8();
    bytes += QByteArray("\xE8\xB4"); // the first two of the three bytes of 贸
    expectRefused(Kind::Customers, bytes, QStringLiteral("UTF-8"));
    // A multi-byte character cut in the middle of the file, not only at its end.
    QByteArray middle = kCustomerHeader + QStringLiteral("C2,华").toUtf8() + "\xE5\x8D" + ",,,,,,\n";
    for (int i = 3; i < 8; ++i)
        middle += QStringLiteral("C%1,华东机械%1厂,张伟,,,上海市浦东新区,,\n").arg(i).toUtf8();
    expectRefused(Kind::Customers, middle, QStringLiteral("UTF-8"));
}

TEST_F(BadCsvTest, UnterminatedQuotesAndTextAfterAQuoteAreRefused)
{
    expectRefused(Kind::Customers, kCustomerHeader + "C2,\"Acme\nC3,Other,,,,,,\n",
                  QStringLiteral("never closed"));
    expectRefused(Kind::Customers, kCustomerHeader + "C2,\"Acme", QStringLiteral("never closed"));
    expectRefused(Kind::Customers, kCustomerHeader + "\"", QStringLiteral("never closed"));
    expectRefused(Kind::Customers, kCustomerHeader + "C2,\"Acme\"Ltd,,,,,,\n",
                  QStringLiteral("closing quote"));
    expectRefused(Kind::Customers, "\"code,name\n", QStringLiteral("never closed"));
}

TEST_F(BadCsvTest, AFiveMegabyteLineIsRefusedQuickly)
{
    const QByteArray huge(5 * 1024 * 1024, 'x');
    expectRefused(Kind::Customers, kCustomerHeader + "C2," + huge + ",,,,,,\n", QStringLiteral("name"));
    expectRefused(Kind::Customers, kCustomerHeader + "C2,\"" + huge + "\",,,,,,\n", QStringLiteral("name"));
    expectRefused(Kind::Customers, huge, QStringLiteral("Unknown column"));
    expectRefused(Kind::Orders, orderRow(",C001,,,,,VLV-50,x," + huge + ",,"), QStringLiteral("quantity"));
    expectRefused(Kind::Customers, kCustomerHeader + "C2,Acme,,,,,,\n" + huge); // no line break at all
}

TEST_F(BadCsvTest, AHundredThousandColumnsAreRefused)
{
    QByteArray wide = kCustomerHeader.trimmed();
    for (int i = 0; i < 100'000; ++i)
        wide += ",c" + QByteArray::number(i);
    expectRefused(Kind::Customers, wide + "\nC2,Acme\n", QStringLiteral("Unknown column"));

    QByteArray row = "C2,Acme,,,,,,";
    row += QByteArray(100'000, ',');
    row += 'x';
    expectRefused(Kind::Customers, kCustomerHeader + row + '\n', QStringLiteral("more cells"));
}

TEST_F(BadCsvTest, ImpossibleDatesAreRefused)
{
    expectRefused(Kind::Orders, orderRow(",C001,2026-02-30,,,,VLV-50,,1,,"),
                  QStringLiteral("2026-02-30 is not a real date"));
    expectRefused(Kind::Orders, orderRow(",C001,2026-06-01,2026/13/01,,,VLV-50,,1,,"),
                  QStringLiteral("not a real date"));
    expectRefused(Kind::Orders, orderRow(",C001,0000-01-01,,,,VLV-50,,1,,"), QStringLiteral("order_date"));
    expectRefused(Kind::Orders, orderRow(",C001,20260601,,,,VLV-50,,1,,"), QStringLiteral("YYYY-MM-DD"));
    expectRefused(Kind::Orders, orderRow(",C001,2026-06-01,99999-01-01,,,VLV-50,,1,,"),
                  QStringLiteral("requested_date"));
    // Digits of another script look like a date to \d but are none.
    expectRefused(Kind::Orders, orderRow(QStringLiteral(",C001,٢٠٢٦-٠٦-٠١,,,,VLV-50,,1,,").toUtf8()),
                  QStringLiteral("order_date"));
}

TEST_F(BadCsvTest, OverflowingNegativeAndZeroNumbersAreRefused)
{
    struct Case
    {
        QByteArray cells;
        QString expected;
    };
    const QList<Case> cases{
        {",C001,,,,,VLV-50,,99999999999999999999999,,", QStringLiteral("too large")},
        {",C001,,,,,VLV-50,,1000000000.001,,", QStringLiteral("quantity")},
        {",C001,,,,,VLV-50,,1,9223372036854775808,", QStringLiteral("too large")},
        {",C001,,,,,VLV-50,,1000000000,99999999999,", QStringLiteral("too large")},
        {",C001,,,,,VLV-50,,0,,", QStringLiteral("more than zero")},
        {",C001,,,,,VLV-50,,-1,,", QStringLiteral("more than zero")},
        {",C001,,,,,VLV-50,,-0.000,,", QStringLiteral("more than zero")},
        {",C001,,,,,VLV-50,,1,-0.01,", QStringLiteral("negative")},
        {",C001,,,,,VLV-50,,1,,100.01", QStringLiteral("between 0 and 100")},
        {",C001,,,,,VLV-50,,1,,-5", QStringLiteral("between 0 and 100")},
        {",C001,,,,,VLV-50,,1e5,,", QStringLiteral("not a number")},
        {",C001,,,,,VLV-50,,NaN,,", QStringLiteral("not a number")},
        {",C001,,,,,VLV-50,,inf,,", QStringLiteral("not a number")},
        {QStringLiteral(",C001,,,,,VLV-50,,１２,,").toUtf8(), QStringLiteral("not a number")},
        {",C001,,,,,VLV-50,,0x10,,", QStringLiteral("not a number")},
        {",C001,,,,99999999999,VLV-50,,1,,", QStringLiteral("line_no")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.cells.toStdString());
        expectRefused(Kind::Orders, orderRow(c.cells), c.expected);
    }
    // Rows that each fit and together do not.
    QByteArray rows = kOrderHeader;
    for (int i = 0; i < 3; ++i)
        rows += "SO-2026-000001,C001,2026-06-01,,,,VLV-50,,1000,40000000000,\n"; // 4e13 yuan a line
    expectRefused(Kind::Orders, rows, QStringLiteral("too large"));

    expectRefused(Kind::Customers, kCustomerHeader + "C2,Acme,,,,,-1,\n", QStringLiteral("credit_limit"));
    expectRefused(Kind::Customers, kCustomerHeader + "C2,Acme,,,,,,99999999999999999999\n",
                  QStringLiteral("payment_terms_days"));
    expectRefused(Kind::Products, "sku,name,unit_price,lead_time_days\nP1,Valve,-1,\n",
                  QStringLiteral("unit_price"));
    expectRefused(Kind::Products, "sku,name,unit_price,lead_time_days\nP1,Valve,1,-1\n",
                  QStringLiteral("lead_time_days"));
}

TEST_F(BadCsvTest, EmptyAndHeaderOnlyFilesAreRefused)
{
    expectRefused(Kind::Customers, QByteArray(), QStringLiteral("empty"));
    expectRefused(Kind::Customers, QByteArray("\xEF\xBB\xBF"), QStringLiteral("empty"));
    expectRefused(Kind::Customers, QByteArray("\n\r\n,,,\n"), QStringLiteral("empty"));
    expectRefused(Kind::Customers, kCustomerHeader, QStringLiteral("no rows"));
    expectRefused(Kind::Orders, kOrderHeader + ",,,,,,,,,,\n", QStringLiteral("no rows"));
}

TEST_F(BadCsvTest, HostileTextInCellsIsImportedExactly)
{
    QByteArray bytes = kCustomerHeader;
    QStringList names;
    int n = 1;
    for (const QString& text : od::test::hostileTexts()) {
        QString expected = text;
        names << expected.replace(QStringLiteral("\r\n"),
                                  QStringLiteral("\n")); // as a quoted cell reads them
        QString cell = text;
        cell.replace(u'"', QStringLiteral("\"\""));
        bytes += QStringLiteral("H%1,\"%2\",\"%2\",,,\"%2\",,\n").arg(++n).arg(cell).toUtf8();
    }
    auto report = import(Kind::Customers, bytes, false);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join(u'\n').toStdString();
    ASSERT_TRUE(report->committed);
    CustomerService customers(t.session());
    for (int i = 0; i < names.size(); ++i) {
        SCOPED_TRACE(printable(names[i]));
        auto c = customers.byCode(QStringLiteral("H%1").arg(i + 2));
        ASSERT_TRUE(c && c->has_value());
        EXPECT_EQ((*c)->name, names[i].trimmed());
        EXPECT_EQ((*c)->contact, names[i].trimmed());
        EXPECT_EQ((*c)->address, names[i].trimmed());
    }
}

TEST_F(BadCsvTest, PercentSignsInFileNamesAndCellsAreQuotedAsWritten)
{
    // QString::arg chains read a "%2" in the first value as a place for the next one.
    // "%2C" is a comma in a downloaded file's URL-encoded name.
    EXPECT_EQ(
        CsvImportReport::formatError(QStringLiteral("/tmp/orders%2Cjune.csv"), {3, QStringLiteral("x")}),
        "/tmp/orders%2Cjune.csv:3: x");

    auto messages = [&](Kind kind, const QByteArray& bytes) {
        auto report = import(kind, bytes, true);
        EXPECT_TRUE(report);
        QStringList out;
        if (report)
            for (const CsvImportError& e : report->errors)
                out << QStringLiteral("%1: %2").arg(QString::number(e.line), e.message);
        return out.join(u'\n');
    };
    const QString differing = messages(Kind::Orders, kOrderHeader + "SO-2026-000001,C001,,,,,VLV-50,,1,,\n"
                                                                    "SO-2026-000001,C%3,,,,,VLV-50,,1,,\n");
    EXPECT_TRUE(
        differing.contains(QStringLiteral("3: customer_code \"C%3\" differs from line 2 of the same order "
                                          "(\"C001\")")))
        << differing.toStdString();
    // An order number with a % is no order number, and the message quotes it as written.
    const QString twice = messages(Kind::Orders, kOrderHeader + "X%2,C001,,,,,VLV-50,,1,,\n"
                                                                "Y,C001,,,,,VLV-50,,1,,\n"
                                                                "X%2,C001,,,,,VLV-50,,1,,\n");
    EXPECT_TRUE(twice.contains(QStringLiteral("4: order_no: \"X%2\" is not an order number")))
        << twice.toStdString();
    const QString codes = messages(Kind::Customers, kCustomerHeader + "A%2,Acme,,,,,,\nA%2,Acme,,,,,,\n");
    EXPECT_TRUE(
        codes.contains(QStringLiteral("3: Customer code A%2 appears twice in the file (first on line 2)")))
        << codes.toStdString();
    const QString skus = messages(Kind::Products, "sku,name\nP%2,Valve\nP%2,Valve\n");
    EXPECT_TRUE(skus.contains(QStringLiteral("3: SKU P%2 appears twice in the file (first on line 2)")))
        << skus.toStdString();
}

TEST_F(BadCsvTest, ALongDescriptionIsImportedExactlyUpToItsCap)
{
    // A line description may hold 2,000 characters, like a product's specification: quotes,
    // commas, line breaks, emoji and right-to-left text come back as written; one more is an error.
    const QString chunk = QString::fromUtf8("规格 \"A\", 😀🚚 العربية\n");
    QString description;
    while (description.size() < OrderValidator::MaxDescriptionLength)
        description += chunk;
    description.truncate(OrderValidator::MaxDescriptionLength - 1);
    description += u'x';
    auto importDescription = [&](const QString& orderNo, const QString& text) {
        QString cell = text;
        cell.replace(u'"', QStringLiteral("\"\""));
        return import(Kind::Orders,
                      orderRow((orderNo + QStringLiteral(",C001,2026-06-01,,,1,VLV-50,\"") + cell + u'"' +
                                QStringLiteral(",1,,"))
                                   .toUtf8()),
                      false);
    };
    auto tooLong = importDescription(QStringLiteral("SO-2026-000778"), description + u'y');
    ASSERT_TRUE(tooLong) << tooLong.error().message.toStdString();
    EXPECT_FALSE(tooLong->committed);
    EXPECT_TRUE(tooLong->formattedErrors().join(u'\n').contains(QLatin1String("description is too long")));

    auto report = importDescription(QStringLiteral("SO-2026-000777"), description);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_TRUE(report->committed) << report->formattedErrors().join(u'\n').toStdString();
    OrderRepository orders(t.db());
    auto id = orders.idByNumber(QStringLiteral("SO-2026-000777"));
    ASSERT_TRUE(id && id->has_value());
    auto order = orders.load(**id);
    ASSERT_TRUE(order && order->has_value());
    ASSERT_EQ((*order)->lines.size(), 1);
    EXPECT_EQ((*order)->lines[0].description, description.trimmed());
}
