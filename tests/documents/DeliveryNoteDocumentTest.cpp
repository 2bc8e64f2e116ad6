#include "DeliveryNoteDocument.h"

#include <QBuffer>

#include <gtest/gtest.h>

namespace od {

namespace {

// The second of two shipments of SO-2026-000042: 4 of 10 valves left with the first, 5 with this
// one, 1 is still to come; the flanges all leave now.
DeliveryNoteSource sample()
{
    DeliveryNoteSource s;
    s.company.name = QStringLiteral("华东阀门有限公司");
    s.company.address = QStringLiteral("宁波市北仑区");
    s.customer.code = QStringLiteral("C001");
    s.customer.name = QStringLiteral("上海机械厂");
    s.customer.address = QStringLiteral("上海市浦东新区张江路 1 号");
    s.customer.contact = QStringLiteral("张经理");
    s.customer.phone = QStringLiteral("021-5080 1234");
    Shipment& sh = s.shipment;
    sh.shipmentNo = QStringLiteral("SHP-2026-000017");
    sh.orderNo = QStringLiteral("SO-2026-000042");
    sh.shipDate = QDate(2026, 6, 1);
    sh.carrier = QStringLiteral("顺丰速运");
    sh.trackingNo = QStringLiteral("SF1401234567");
    sh.lines << ShipmentLine{1, Quantity::fromUnits(5)} << ShipmentLine{2, Quantity::fromUnits(20)};
    s.lines << ShippableLine{1, QStringLiteral("球阀 DN50"), QStringLiteral("台"), Quantity::fromUnits(10),
                             Quantity::fromUnits(9)}
            << ShippableLine{2, QStringLiteral("法兰 DN50"), QStringLiteral("片"), Quantity::fromUnits(20),
                             Quantity::fromUnits(20)};
    return s;
}

} // namespace

TEST(DeliveryNoteDocumentTest, SaysWhatLeftWithWhomAndWhereTo)
{
    const QString html = DeliveryNoteDocument(sample()).html();
    for (const char* expected :
         {"SHP-2026-000017", "SO-2026-000042", "顺丰速运", "SF1401234567", "上海机械厂",
          "上海市浦东新区张江路 1 号", "张经理", "球阀 DN50", "法兰 DN50"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected;
    // Ordered 10, 5 in this delivery, 1 still to come; no prices on the goods' paper.
    EXPECT_TRUE(html.contains(QStringLiteral(">10<")) || html.contains(QStringLiteral("10</")));
    EXPECT_TRUE(html.contains(DeliveryNoteDocument::tr("Received by (signature):")));
    EXPECT_TRUE(html.contains(DeliveryNoteDocument::tr("Date received:")));
    EXPECT_FALSE(html.contains(QStringLiteral("980.00")));
}

TEST(DeliveryNoteDocumentTest, IsAPdfWithItsFontEmbedded)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = DeliveryNoteDocument(sample()).writePdf(buffer);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    const QByteArray bytes = buffer.data();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/FontFile")) << "fonts must be embedded";
    EXPECT_EQ(DeliveryNoteDocument(sample()).renderPages(50).size(), 1);
}

} // namespace od
