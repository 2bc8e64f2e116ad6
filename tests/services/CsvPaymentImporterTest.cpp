#include "CsvPaymentImporter.h"
#include "CsvReader.h"
#include "CsvTestFiles.h"
#include "InvoiceRepository.h"
#include "SettlementBook.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace od;
using namespace od::test;

namespace {

// What the import run around an importer does (CsvImportService): read the file, bind the header,
// check every row inside one transaction and write only when nothing is wrong.
struct PaymentImport
{
    CsvImportReport report;
    QList<CsvImportError> alreadyRecorded;
    qint64 recorded = 0;

    QStringList errors() const
    {
        QStringList out;
        for (const CsvImportError& e : report.errors)
            out << CsvImportReport::formatError(report.path, e);
        return out;
    }
};

PaymentImport runImport(SettlementBook& book, const QString& path)
{
    PaymentImport out;
    out.report.path = path;
    CsvPaymentImporter importer(book.t().session(),
                                [&](const QList<PaymentImportRow>& rows, CsvProgress& progress) -> Status {
                                    for (const PaymentImportRow& row : rows) {
                                        Payment payment = row.payment;
                                        ++out.recorded;
                                        if (auto ok = book.record(payment, row.invoiceId); !ok)
                                            return ok;
                                        progress.advance();
                                    }
                                    return {};
                                });
    CsvReadResult read = CsvReader::read(readCsvFile(path));
    out.report.errors = read.errors;
    const CsvRecord header = read.records.takeFirst();
    CsvColumnMap columns = importer.columns();
    if (!columns.bind(header, out.report))
        return out;
    Transaction tx(book.db());
    CsvProgress progress({}, read.records.size() * 2);
    EXPECT_TRUE(importer.check(read.records, columns, out.report, progress).has_value());
    // As the service does: every problem in file order.
    std::stable_sort(out.report.errors.begin(), out.report.errors.end(),
                     [](const CsvImportError& a, const CsvImportError& b) { return a.line < b.line; });
    out.alreadyRecorded = importer.alreadyRecorded();
    if (!out.report.errors.isEmpty())
        return out;
    EXPECT_TRUE(importer.write(progress).has_value());
    EXPECT_TRUE(tx.commit().has_value());
    return out;
}

struct PaymentsFile
{
    SettlementBook book;
    qint64 order = 0;
    QString invoiceNo;

    PaymentsFile()
    {
        order = book.addOrder(book.customerA, {{1, "100"}}, QDate(2026, 5, 1)); // 113.00
        invoiceNo = book.invoice({order}, QDate(2026, 5, 2))->invoiceNo;
    }
    QString file(const QString& name, const QString& text)
    {
        return writeCsvFile(book.t().dir(), name, text);
    }
};

} // namespace

TEST(CsvPaymentImporter, ImportsPaymentsAndASecondImportRecordsNothingNewAndNamesEachRow)
{
    PaymentsFile f;
    const QString path = f.file(QStringLiteral("bank.csv"),
                                QStringLiteral("customer_code,date,amount,reference,method,note,invoice_no\n"
                                               "C-A,2026-05-10,100.00,CMB-1,Bank transfer,五月货款,%1\n"
                                               "C-A,2026/5/11,13,CMB-2,wechat,,\n"
                                               "C-B,2026-05-12,\"1,000.50\",CMB-1,cash,押金,\n")
                                    .arg(f.invoiceNo));
    PaymentImport first = runImport(f.book, path);
    ASSERT_TRUE(first.report.errors.isEmpty()) << first.errors().join(u'\n').toStdString();
    EXPECT_EQ(first.recorded, 3);
    EXPECT_TRUE(first.alreadyRecorded.isEmpty());
    EXPECT_EQ(f.book.settlementOf(f.order), SettlementStatus::Paid);
    EXPECT_EQ(countRows(f.book.db(), QStringLiteral("payments")), 3);
    EXPECT_EQ(
        f.book.number(QStringLiteral("SELECT paid - applied FROM customer_balances WHERE customer_id = %1")
                          .arg(f.book.customerB)),
        100050);

    PaymentImport second = runImport(f.book, path);
    EXPECT_TRUE(second.report.errors.isEmpty()) << second.errors().join(u'\n').toStdString();
    EXPECT_EQ(second.recorded, 0);
    ASSERT_EQ(second.alreadyRecorded.size(), 3);
    EXPECT_EQ(second.alreadyRecorded[0].line, 2);
    EXPECT_TRUE(second.alreadyRecorded[0].message.contains(QStringLiteral("CMB-1")));
    EXPECT_TRUE(second.alreadyRecorded[2].message.contains(QStringLiteral("C-B")));
    EXPECT_TRUE(second.alreadyRecorded[2].message.contains(QStringLiteral("1000.50")));
    EXPECT_EQ(countRows(f.book.db(), QStringLiteral("payments")), 3);
}

TEST(CsvPaymentImporter, EveryBadRowIsNamedWithItsLineAndNothingIsRecorded)
{
    PaymentsFile f;
    const qint64 other = f.book.addOrder(f.book.customerB, {{1, "10"}}, QDate(2026, 5, 1));
    const QString othersInvoice = f.book.invoice({other}, QDate(2026, 5, 2))->invoiceNo;
    const QString path =
        f.file(QStringLiteral("bad.csv"),
               QStringLiteral("customer_code,date,amount,reference,method,invoice_no,bill_maturity\n"
                              "C-A,2026-05-10,100.001,R1,,,\n"          // 2: three decimals
                              "C-A,2026-05-10,-5,R2,,,\n"               // 3: negative
                              "C-A,2026-05-10,0,R3,,,\n"                // 4: zero
                              "C-X,2026-05-10,5,R4,,,\n"                // 5: unknown customer
                              "C-A,2026-05-10,5,R5,,INV-2026-999999,\n" // 6: unknown invoice
                              "C-A,2026-05-10,5,R6,,%1,\n"              // 7: another customer's invoice
                              "C-A,2026-05-10,5,R7,cheque,,\n"          // 8: unknown method
                              "C-A,2026-05-10,5,R8,acceptance_bill,,\n" // 9: bill without maturity
                              "C-A,2026-07-01,5,R9,,,\n"                // 10: in the future (today is 1 June)
                              "C-A,2026-05-10,5,,,,\n"                  // 11: no reference
                              "C-A,2026-05-10,5,R10,,,\n"               // 12: fine
                              "C-A,2026-05-11,6,R10,,,\n"               // 13: R10 twice
                              "C-A,2026-05-10,5,R11,acceptance_bill,,2026-11-10\n") // 14: fine
                   .arg(othersInvoice));
    PaymentImport run = runImport(f.book, path);
    const QStringList errors = run.errors();
    EXPECT_EQ(run.recorded, 0);
    EXPECT_EQ(countRows(f.book.db(), QStringLiteral("payments")), 0);
    QList<int> lines;
    for (const CsvImportError& e : run.report.errors)
        lines << e.line;
    EXPECT_EQ(lines, (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13})) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors[0].startsWith(path + QStringLiteral(":2: amount")));
    EXPECT_TRUE(errors[0].contains(QStringLiteral("more than 2 decimal")));
    EXPECT_TRUE(errors[3].contains(QStringLiteral("C-X")));
    EXPECT_TRUE(errors[4].contains(QStringLiteral("INV-2026-999999")));
    EXPECT_TRUE(errors[5].contains(othersInvoice));
    EXPECT_TRUE(errors[6].contains(QStringLiteral("cheque")));
    EXPECT_TRUE(errors[7].contains(QStringLiteral("bill_maturity")));
    EXPECT_TRUE(errors[10].contains(QStringLiteral("first on line 12")));
}

TEST(CsvPaymentImporter, TheSameReferenceWithAnotherAmountIsAnErrorNotARepeat)
{
    PaymentsFile f;
    ASSERT_TRUE(f.book.pay(f.book.customerA, "50", QDate(2026, 5, 10), QStringLiteral("CMB-9")).has_value());
    PaymentImport run = runImport(
        f.book, f.file(QStringLiteral("again.csv"), QStringLiteral("customer_code,date,amount,reference\n"
                                                                   "C-A,2026-05-10,60,CMB-9\n")));
    ASSERT_EQ(run.report.errors.size(), 1);
    EXPECT_TRUE(run.report.errors[0].message.contains(QStringLiteral("50.00")));
    EXPECT_TRUE(run.report.errors[0].message.contains(QStringLiteral("60.00")));
    EXPECT_TRUE(run.alreadyRecorded.isEmpty());
}

TEST(CsvPaymentImporter, ADateInAClosedMonthIsRefused)
{
    PaymentsFile f;
    QSqlQuery q(f.book.db().sql());
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO closed_periods (month, closed_at) VALUES ('2026-04', 'x')")));
    PaymentImport run = runImport(
        f.book, f.file(QStringLiteral("april.csv"), QStringLiteral("customer_code,date,amount,reference\n"
                                                                   "C-A,2026-04-30,60,CMB-4\n"
                                                                   "C-A,2026-05-01,60,CMB-5\n")));
    ASSERT_EQ(run.report.errors.size(), 1);
    EXPECT_EQ(run.report.errors[0].line, 2);
    EXPECT_TRUE(run.report.errors[0].message.contains(QStringLiteral("2026-04")));
}

TEST(CsvPaymentImporter, AMethodIsTakenByKeyOrByName)
{
    EXPECT_EQ(CsvPaymentImporter::methodFromText(QStringLiteral("acceptance_bill")),
              PaymentMethod::AcceptanceBill);
    EXPECT_EQ(CsvPaymentImporter::methodFromText(QStringLiteral(" Alipay ")), PaymentMethod::Alipay);
    EXPECT_EQ(CsvPaymentImporter::methodFromText(QStringLiteral("WeChat Pay")), PaymentMethod::WeChat);
    EXPECT_FALSE(CsvPaymentImporter::methodFromText(QStringLiteral("cheque")));
}
