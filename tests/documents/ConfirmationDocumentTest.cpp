#include "ConfirmationDocument.h"
#include "ChineseAmount.h"
#include "DocumentNumberFormat.h"
#include "OutputFile.h"
#include "SampleConfirmation.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace od {
namespace {

const QLocale Chinese(QLocale::Chinese, QLocale::China);

ConfirmationDocument documentFor(const test::SampleConfirmation& sample, const QLocale& locale = Chinese)
{
    ConfirmationDocument document(sample.order, sample.customer, sample.company);
    document.setLocale(locale);
    return document;
}

// The PDF written to `path` the way the app writes it: through OutputFile.
Result<bool> writePdfFile(const ConfirmationDocument& document, const QString& path)
{
    return OutputFile::write(path, QString(), [&](QIODevice& file) -> Result<bool> {
        if (auto ok = document.writePdf(file); !ok)
            return std::unexpected(ok.error());
        return true;
    });
}

// Text of a PDF as a reader's viewer would copy it; nullopt when poppler's pdftotext is missing.
std::optional<QString> pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Share of the page above the footer that carries ink (text, rules, fills): a blank page has none.
double inkShareAboveFooter(const QImage& page)
{
    const int bodyBottom = page.height() * 85 / 100;
    qint64 inked = 0;
    for (int y = 0; y < bodyBottom; ++y)
        for (int x = 0; x < page.width(); ++x)
            if (qGray(page.pixel(x, y)) < 200)
                ++inked;
    return double(inked) / (qint64(page.width()) * bodyBottom);
}

TEST(ConfirmationDocument, HtmlShowsOrderFactsEveryLineAndTheTotalInFiguresAndWords)
{
    const auto sample = test::sampleValveOrder();
    const QString html = documentFor(sample).html();

    EXPECT_TRUE(html.contains(QStringLiteral("SO-2026-000123")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>2</td>"))) << "revision 2";
    EXPECT_TRUE(html.contains(QStringLiteral("2026-03-15"))) << "order date";
    EXPECT_TRUE(html.contains(QStringLiteral("2026-04-30"))) << "requested delivery";
    EXPECT_TRUE(html.contains(QStringLiteral("2026-04-25"))) << "promised delivery";
    EXPECT_TRUE(html.contains(QStringLiteral("上海华东石化设备有限公司")));
    EXPECT_TRUE(html.contains(QStringLiteral("李建国")));
    EXPECT_TRUE(html.contains(QStringLiteral("王晓明")));
    EXPECT_TRUE(html.contains(QStringLiteral("91330301MA2AB3CD4E")));
    for (const OrderLine& line : sample.order.lines) {
        EXPECT_TRUE(html.contains(line.description.toHtmlEscaped())) << line.description.toStdString();
        EXPECT_TRUE(html.contains(line.productSku)) << line.productSku.toStdString();
    }

    // 24 × 1280 + 12 × 1560.50 × 95% + 8 × 2345 + 40 × 486.80 × 97% + 120 × 18.50 = 88,377.54;
    // tax 13% = 11,489.0802 → 11,489.08.
    EXPECT_EQ(sample.order.subtotal.toDecimalString(), QStringLiteral("88377.54"));
    EXPECT_EQ(sample.order.total.toDecimalString(), QStringLiteral("99866.62"));
    EXPECT_TRUE(html.contains(QStringLiteral("88,377.54")));
    EXPECT_TRUE(html.contains(QStringLiteral("11,489.08")));
    EXPECT_TRUE(html.contains(QStringLiteral("99,866.62")));
    EXPECT_TRUE(html.contains(QStringLiteral("玖万玖仟捌佰陆拾陆元陆角贰分")));
}

TEST(ConfirmationDocument, LineFiguresShowQuantityUnitPriceDiscountAndAmount)
{
    const auto sample = test::sampleValveOrder();
    const QString html = documentFor(sample).html();

    // Line 2: 12 台 × 1,560.50 less 5% = 17,789.70.
    EXPECT_TRUE(html.contains(QStringLiteral(">1,560.50<")));
    EXPECT_TRUE(html.contains(QStringLiteral(">5%<")));
    EXPECT_TRUE(html.contains(QStringLiteral(">17,789.70<")));
    // Line 5: a unit price with four decimals keeps only the ones that matter.
    EXPECT_TRUE(html.contains(QStringLiteral(">18.50<")));
    EXPECT_TRUE(html.contains(QStringLiteral(">片<")));
    // Line 5 has its own delivery date, printed under its description.
    EXPECT_TRUE(html.contains(QStringLiteral("2026-04-10")));
}

TEST(ConfirmationDocument, NumbersFollowTheDocumentLocale)
{
    const auto sample = test::sampleValveOrder();
    const QString html = documentFor(sample, QLocale(QLocale::German, QLocale::Germany)).html();
    EXPECT_TRUE(html.contains(QStringLiteral("99.866,62")));
    EXPECT_FALSE(html.contains(QStringLiteral("99,866.62")));
}

TEST(ConfirmationDocument, PromisedDateAppearsOnlyWhenSet)
{
    auto sample = test::sampleValveOrder();
    sample.order.promisedDate = QDate();
    const QString html = documentFor(sample).html();
    EXPECT_FALSE(html.contains(ConfirmationDocument::tr("Promised delivery")));
    EXPECT_TRUE(html.contains(ConfirmationDocument::tr("Requested delivery")));
}

TEST(ConfirmationDocument, UserTextIsPrintedLiterallyNotAsMarkup)
{
    auto sample = test::sampleValveOrder();
    sample.order.lines[0].description = QStringLiteral("DN<100> & \"PN16\"\nsecond line");
    sample.customer.name = QStringLiteral("<b>ACME</b> %1 Ltd");
    const QString html = documentFor(sample).html();
    EXPECT_TRUE(html.contains(QStringLiteral("DN&lt;100&gt; &amp; &quot;PN16&quot;<br/>second line")));
    EXPECT_FALSE(html.contains(QStringLiteral("DN<100>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;ACME&lt;/b&gt; %1 Ltd")));
}

TEST(ConfirmationDocument, TotalInWordsIsOnlyPrintedForRenminbi)
{
    auto sample = test::sampleValveOrder();
    sample.order.currency = QStringLiteral("USD");
    const QString html = documentFor(sample).html();
    EXPECT_FALSE(html.contains(ChineseAmount::inWords(sample.order.total)));
    EXPECT_TRUE(html.contains(QStringLiteral("99,866.62")));
}

TEST(ConfirmationDocument, LogoIsShownWhenTheImageCanBeRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    QImage logo(200, 100, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    ASSERT_TRUE(logo.save(logoPath));

    auto sample = test::sampleValveOrder();
    sample.company.logoPath = logoPath;
    EXPECT_TRUE(documentFor(sample).html().contains(QStringLiteral("<img")));

    sample.company.logoPath = dir.filePath(QStringLiteral("missing.png"));
    EXPECT_FALSE(documentFor(sample).html().contains(QStringLiteral("<img")));
}

TEST(ConfirmationDocument, PdfIsWrittenWithEmbeddedChineseText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("confirmation.pdf"));
    const auto sample = test::sampleValveOrder();

    const auto written = writePdfFile(documentFor(sample), path);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_GT(bytes.size(), 20'000) << "a PDF with embedded fonts is not a few bytes";
    EXPECT_TRUE(bytes.contains("/FontFile")) << "fonts must be embedded";

    const auto text = pdfText(path);
    if (!text)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; cannot read the PDF's text back";
    EXPECT_TRUE(text->contains(QStringLiteral("SO-2026-000123"))) << text->toStdString();
    EXPECT_TRUE(text->contains(QStringLiteral("上海华东石化设备有限公司"))) << text->toStdString();
    EXPECT_TRUE(text->contains(QStringLiteral("玖万玖仟捌佰陆拾陆元陆角贰分"))) << text->toStdString();
    EXPECT_TRUE(text->contains(QStringLiteral("Z41H-16C DN100 PN16 WCB"))) << text->toStdString();
}

TEST(ConfirmationDocument, PdfToAnUnwritablePlaceIsAClearError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/confirmation.pdf"));
    const auto written = writePdfFile(documentFor(test::sampleValveOrder()), path);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().kind, Error::Kind::Invalid);
    EXPECT_TRUE(written.error().message.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ConfirmationDocument, PreviewPagesAreA4AndCarryPrint)
{
    const QList<QImage> pages = documentFor(test::sampleValveOrder()).renderPages(50);
    ASSERT_EQ(pages.size(), 1);
    const QImage& page = pages.first();
    EXPECT_NEAR(double(page.height()) / page.width(), 297.0 / 210.0, 0.01);
    EXPECT_NEAR(page.width(), 413, 1) << "210 mm at 50 dpi";
    EXPECT_EQ(QColor(page.pixel(0, 0)), QColor(Qt::white)) << "paper is white";
    EXPECT_GT(inkShareAboveFooter(page), 0.02) << "the page shows text and table lines";
}

TEST(ConfirmationDocument, LongOrdersContinueOnFurtherPages)
{
    auto sample = test::sampleValveOrder();
    const QList<OrderLine> fiveLines = sample.order.lines;
    sample.order.lines.clear();
    for (int i = 0; i < 60; ++i) {
        OrderLine line = fiveLines[i % fiveLines.size()];
        line.lineNo = i + 1;
        sample.order.lines.append(line);
    }
    test::computeTotals(sample.order);

    const QList<QImage> pages = documentFor(sample).renderPages(30);
    ASSERT_GE(pages.size(), 2);
    for (const QImage& page : pages)
        EXPECT_GT(inkShareAboveFooter(page), 0.02) << "no page is left empty";
}

TEST(DocumentNumberFormat, MoneyHasTwoDecimalsAndGroupingWithoutRounding)
{
    const DocumentNumberFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(format.money(Money::fromMinor(0)), QStringLiteral("0.00"));
    EXPECT_EQ(format.money(Money::fromMinor(-50)), QStringLiteral("-0.50"));
    EXPECT_EQ(format.money(Money::fromMinor(123456789012LL)), QStringLiteral("1,234,567,890.12"));
    EXPECT_EQ(format.quantity(Quantity::fromRaw(1'200'500)), QStringLiteral("1,200.5"));
    EXPECT_EQ(format.unitPrice(UnitPrice::fromRaw(125)), QStringLiteral("0.0125"));
    EXPECT_EQ(format.percent(BasisPoints::fromRaw(250)), QStringLiteral("2.5%"));
}

} // namespace
} // namespace od
