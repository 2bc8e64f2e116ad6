// The dashboard on one A4 landscape page: the figures and their exact amounts in the PDF's text,
// the filters and the time it was made printed, Chinese fonts embedded, charts drawn.
#include "DashboardDocument.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace od {

namespace {

DashboardFigures sampleFigures()
{
    DashboardFigures f;
    f.today = QDate(2026, 6, 1);
    f.month = QDate(2026, 5, 1);
    f.currency = QStringLiteral("CNY");
    f.thisMonth = {QDate(2026, 5, 1), 42, Money::fromMinor(123456789)};
    f.lastMonth = {QDate(2026, 4, 1), 40, Money::fromMinor(100000000)};
    f.sameMonthLastYear = {QDate(2025, 5, 1), 30, Money::fromMinor(0)};
    f.backlogOrders = 17;
    f.backlogValue = Money::fromMinor(987654321);
    f.backlogByStatus = {{OrderStatus::Confirmed, 5, Money::fromMinor(100000000)},
                         {OrderStatus::InProduction, 12, Money::fromMinor(887654321)}};
    f.onTimeFrom = QDate(2026, 3, 3);
    f.onTimeTo = QDate(2026, 5, 31);
    f.shipped = 20;
    f.shippedOnTime = 15;
    f.shippedWithoutPromise = 0;
    f.lateOrders = 3;
    f.lateValue = Money::fromMinor(5000000);
    f.openExceptions = 4;
    f.receivablesShown = true;
    f.receivablesOutstanding = Money::fromMinor(300000000);
    f.overdueReceivables = Money::fromMinor(45678901);
    f.dsoTenths = 412;
    f.ageing[AgeingBucket::Current] = Money::fromMinor(254321099);
    f.ageing[AgeingBucket::Over90] = Money::fromMinor(45678901);
    for (int i = 11; i >= 0; --i)
        f.intakeByMonth << MonthIntake{f.month.addMonths(-i), 10 + i, Money::fromMinor(1000000 * (12 - i))};
    f.loadShown = true;
    f.load << CentreWeekLoad{QStringLiteral("WLD"), QStringLiteral("焊接"), QDate(2026, 6, 1),
                             Hours::fromRaw(80000), Hours::fromRaw(100000)};
    return f;
}

DashboardDocument sampleDocument()
{
    return DashboardDocument(sampleFigures(),
                             DashboardDocumentHeading{QStringLiteral("温州瓯江阀门泵业有限公司"),
                                                      QStringLiteral("王芳"), QStringLiteral("李强"),
                                                      QDateTime(QDate(2026, 6, 1), QTime(9, 30))},
                             QLocale(QLocale::English, QLocale::UnitedStates));
}

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

} // namespace

TEST(DashboardDocument, OneLandscapePageWithTheFiguresFiltersAndTimeAsText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dashboard.pdf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        const auto written = sampleDocument().writePdf(file);
        ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/FontFile")) << "fonts must be embedded";
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page>") +
                  bytes.count("/Type /Page "),
              1)
        << "one page";
    // Landscape A4: 842 × 595 points.
    EXPECT_TRUE(bytes.contains("842") && bytes.contains("595"));

    const auto text = pdfText(path);
    if (!text)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; cannot read the PDF's text back";
    for (const QString& expected :
         {QStringLiteral("1,234,567.89"), QStringLiteral("9,876,543.21"), QStringLiteral("456,789.01"),
          QStringLiteral("温州瓯江阀门泵业有限公司"), QStringLiteral("王芳"), QStringLiteral("李强"),
          QStringLiteral("2026-06-01 09:30"), QStringLiteral("2026-05"), QStringLiteral("75.00 %"),
          QStringLiteral("+23.46 %"), QStringLiteral("41.2"), QStringLiteral("WLD")})
        EXPECT_TRUE(text->contains(expected)) << expected.toStdString() << "\n" << text->toStdString();
}

TEST(DashboardDocument, ThePreviewIsLandscapeAndTheChartsCarryInk)
{
    const QImage page = sampleDocument().renderPage(40);
    ASSERT_FALSE(page.isNull());
    EXPECT_GT(page.width(), page.height());
    // The intake chart's area (left third, lower half of the top row) is not blank: bars are drawn.
    qint64 blue = 0;
    for (int y = page.height() * 30 / 100; y < page.height() * 58 / 100; ++y)
        for (int x = page.width() * 5 / 100; x < page.width() * 33 / 100; ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.blue() > c.red() + 60)
                ++blue;
        }
    EXPECT_GT(blue, 200);
}

TEST(DashboardDocument, ShortAmountsRoundHalfAwayFromZeroInTheReadersUnits)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(DashboardDocument::shortMoney(Money::fromMinor(123450000), chinese), QStringLiteral("123.5万"));
    EXPECT_EQ(DashboardDocument::shortMoney(Money::fromMinor(123440000), chinese), QStringLiteral("123.4万"));
    EXPECT_EQ(DashboardDocument::shortMoney(Money::fromMinor(-50000), chinese), QStringLiteral("-0.1万"));
    EXPECT_EQ(DashboardDocument::shortMoney(Money::fromMinor(123450000), english), QStringLiteral("1,235k"));
    EXPECT_EQ(DashboardDocument::shortMoney(Money::fromMinor(0), english), QStringLiteral("0k"));
}

} // namespace od
