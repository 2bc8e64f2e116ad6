#include "InvoiceDocument.h"

#include <QBuffer>

#include <gtest/gtest.h>

namespace od {

namespace {

// Invoice INV-2026-000007 for ten valves at 100.00 and 13 % tax, half credited back later.
InvoiceDocumentSource sample()
{
    InvoiceDocumentSource s;
    s.company.name = QStringLiteral("华东阀门有限公司");
    s.company.taxId = QStringLiteral("91310000MA1FL0XX1X");
    s.company.bankAccount = QStringLiteral("工商银行 1001 2345 6789");
    s.customer.code = QStringLiteral("C001");
    s.customer.name = QStringLiteral("上海机械厂");
    s.customer.address = QStringLiteral("上海市浦东新区张江路 1 号");
    Invoice& inv = s.invoice;
    inv.invoiceNo = QStringLiteral("INV-2026-000007");
    inv.invoiceDate = QDate(2026, 6, 1);
    inv.dueDate = QDate(2026, 7, 1);
    InvoiceLine line;
    line.lineNo = 1;
    line.orderNo = QStringLiteral("SO-2026-000042");
    line.description = QStringLiteral("球阀 DN50");
    line.quantity = Quantity::fromUnits(10);
    line.unit = QStringLiteral("台");
    line.unitPrice = *UnitPrice::parse(u"100");
    line.taxRate = BasisPoints::fromRaw(1300);
    line.amount = Money::fromMinor(100000);
    inv.lines << line;
    inv.subtotal = Money::fromMinor(100000);
    inv.tax = Money::fromMinor(13000);
    inv.total = Money::fromMinor(113000);
    inv.credited = Money::fromMinor(56500);
    CreditNote note;
    note.creditNo = QStringLiteral("CN-2026-000001");
    note.date = QDate(2026, 6, 10);
    note.reason = QStringLiteral("退货 5 台");
    note.total = Money::fromMinor(56500);
    s.creditNotes << note;
    return s;
}

} // namespace

TEST(InvoiceDocumentTest, PrintsTheNumbersTheCustomerPaysBy)
{
    const QString html = InvoiceDocument(sample()).html();
    EXPECT_TRUE(html.contains(QStringLiteral("INV-2026-000007")));
    EXPECT_TRUE(html.contains(QStringLiteral("SO-2026-000042")));
    EXPECT_TRUE(html.contains(QStringLiteral("球阀 DN50")));
    EXPECT_TRUE(html.contains(QStringLiteral("91310000MA1FL0XX1X"))) << "the seller's tax number";
    EXPECT_TRUE(html.contains(QStringLiteral("1,130.00"))) << "the total";
    EXPECT_TRUE(html.contains(QStringLiteral("壹仟壹佰叁拾元整"))) << "the total in capitals";
    EXPECT_TRUE(html.contains(QStringLiteral("CN-2026-000001"))) << "the credit note against it";
    EXPECT_TRUE(html.contains(QStringLiteral("565.00"))) << "what is still due after the credit note";
}

TEST(InvoiceDocumentTest, ShowsTheOfficialNumberOnceTyped)
{
    InvoiceDocumentSource s = sample();
    EXPECT_FALSE(InvoiceDocument(s).html().contains(QStringLiteral("04412345")));
    s.invoice.officialNo = QStringLiteral("04412345");
    s.invoice.officialDate = QDate(2026, 6, 3);
    EXPECT_TRUE(InvoiceDocument(s).html().contains(QStringLiteral("04412345")));
}

TEST(InvoiceDocumentTest, IsAPdfWithItsFontEmbedded)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = InvoiceDocument(sample()).writePdf(buffer);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    const QByteArray bytes = buffer.data();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/FontFile")) << "fonts must be embedded";
    EXPECT_EQ(InvoiceDocument(sample()).renderPages(50).size(), 1);
}

} // namespace od
