// The customers CSV carries the language of each customer's documents as an optional column.
#include "CsvExportService.h"
#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "CustomerRepository.h"
#include "TestDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace od;

namespace {

class CsvDocumentLanguageTest : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager};
    CsvImportService service{t.session()};

    QString languageOf(const QString& code)
    {
        auto customer = CustomerRepository(t.db()).byCode(code);
        EXPECT_TRUE(customer && customer->has_value()) << code.toStdString();
        return customer && *customer ? (*customer)->documentLanguage : QString();
    }
};

} // namespace

TEST_F(CsvDocumentLanguageTest, TheColumnIsOptionalTakesKeysOrNamesAndDefaultsToChinese)
{
    const QString path = test::writeCsvFile(t.dir(), QStringLiteral("customers.csv"),
                                            QStringLiteral("code,name,document_language\n"
                                                           "C1,Acme Pumps Ltd,en\n"
                                                           "C2,Hamburg Ventile GmbH,English\n"
                                                           "C3,上海阀门厂,中文\n"
                                                           "C4,华东机械,\n"));
    auto report = service.importCustomers(path, false);
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join('\n').toStdString();
    EXPECT_EQ(languageOf(QStringLiteral("C1")), QStringLiteral("en"));
    EXPECT_EQ(languageOf(QStringLiteral("C2")), QStringLiteral("en"));
    EXPECT_EQ(languageOf(QStringLiteral("C3")), QStringLiteral("zh_CN"));
    EXPECT_EQ(languageOf(QStringLiteral("C4")), QStringLiteral("zh_CN"));

    // Without the column every customer gets Chinese documents.
    const QString older = test::writeCsvFile(t.dir(), QStringLiteral("older.csv"),
                                             QStringLiteral("code,name\nC5,北京远航贸易\n"));
    ASSERT_TRUE(service.importCustomers(older, false)->ok());
    EXPECT_EQ(languageOf(QStringLiteral("C5")), QStringLiteral("zh_CN"));
}

TEST_F(CsvDocumentLanguageTest, AnUnknownLanguageIsAnErrorOnItsLine)
{
    const QString path = test::writeCsvFile(t.dir(), QStringLiteral("customers.csv"),
                                            QStringLiteral("code,name,document_language\nC1,Acme,klingon\n"));
    auto report = service.importCustomers(path, false);
    ASSERT_TRUE(report.has_value());
    EXPECT_FALSE(report->ok());
    ASSERT_EQ(report->errors.size(), 1);
    EXPECT_EQ(report->errors.first().line, 2);
    EXPECT_TRUE(report->formattedErrors().first().contains(QStringLiteral("document_language")))
        << report->formattedErrors().first().toStdString();
}

TEST_F(CsvDocumentLanguageTest, TheExportWritesTheLanguageOfEachCustomer)
{
    Customer english;
    english.code = QStringLiteral("C1");
    english.name = QStringLiteral("Acme Pumps Ltd");
    english.documentLanguage = QStringLiteral("en");
    ASSERT_TRUE(CustomerRepository(t.db()).insert(english).has_value());
    t.addCustomer(QStringLiteral("C2"), QStringLiteral("上海阀门厂"));
    const QString path = t.dir() + QStringLiteral("/out.csv");
    auto exported = CsvExportService(t.session()).exportCustomers(path);
    ASSERT_TRUE(exported.has_value()) << exported.error().message.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral(",document_language")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("C1,")) && lines.at(1).endsWith(QStringLiteral(",en")));
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral(",zh_CN")));
}
