#include "CsvExportService.h"
#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "CustomerRepository.h"
#include "OrderRepository.h"
#include "OrderValidator.h"
#include "ProductRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace od;
using od::test::countRows;
using od::test::readCsvFile;

namespace {

// A source database with the awkward data real users have: Chinese, commas, quotes, line
// breaks, four-decimal prices, fractional quantities, discounts and historical statuses.
void fillSource(test::TestDatabase& t)
{
    CustomerRepository customers(t.db());
    Customer c;
    c.code = "C001";
    c.name = "上海华东机械有限公司";
    c.contact = "张伟";
    c.phone = "+86 21 5555-1234";
    c.email = "zhang@huadong.cn";
    c.address = "上海市浦东新区张江路 88 号, 3 楼\n收货:\"仓库 B\"";
    c.creditLimit = Money::fromMinor(12'345'678'901);
    c.paymentTermsDays = 60;
    const qint64 c1 = *customers.insert(c);
    c = Customer();
    c.code = "C002";
    c.name = "北京远航贸易";
    const qint64 c2 = *customers.insert(c);

    ProductRepository products(t.db());
    Product p;
    p.sku = "VLV-DN50";
    p.name = "不锈钢球阀";
    p.spec = "DN50, PN16, 316L";
    p.unit = "个";
    p.unitPrice = UnitPrice::fromRaw(1'250'125); // 125.0125
    p.leadTimeDays = 21;
    const qint64 valve = *products.insert(p);
    p = Product();
    p.sku = "BOLT-M8";
    p.name = "螺栓 \"M8\"";
    p.unit = "千克";
    p.unitPrice = UnitPrice::fromRaw(125); // 0.0125
    const qint64 bolt = *products.insert(p);

    OrderRepository orders(t.db());
    auto makeOrder = [&](const QString& no, qint64 customerId, OrderStatus status, QDate orderDate,
                         QDate requested, QList<OrderLine> lines) {
        Order o;
        o.orderNo = no;
        o.customerId = customerId;
        o.salespersonId = t.salespersonId;
        o.status = status;
        o.orderDate = orderDate;
        o.requestedDate = requested;
        o.lines = lines;
        OrderValidator::recalculate(o);
        ASSERT_TRUE(orders.insert(o));
    };
    OrderLine l1;
    l1.productId = valve;
    l1.description = "按图纸 A-7, 法兰连接\n表面抛光";
    l1.quantity = Quantity::fromRaw(12'500); // 12.5
    l1.unitPrice = UnitPrice::fromRaw(1'180'000);
    l1.discount = BasisPoints::fromRaw(250); // 2.5%
    l1.unit = "个";
    OrderLine l2;
    l2.productId = bolt;
    l2.quantity = Quantity::fromRaw(1'000'125); // 1000.125
    l2.unitPrice = UnitPrice::fromRaw(125);
    l2.unit = "千克";
    makeOrder("SO-2025-000042", c1, OrderStatus::Completed, QDate(2025, 9, 1), QDate(2025, 10, 15), {l1, l2});
    makeOrder("SO-2026-000001", c2, OrderStatus::Draft, QDate(2026, 5, 20), QDate(), {l2});
    makeOrder("SO-2026-000002", c1, OrderStatus::InProduction, QDate(2026, 5, 21), QDate(2026, 8, 1), {l1});
}

} // namespace

TEST(CsvRoundTripTest, ExportThenImportIntoAnEmptyDatabaseGivesTheSameData)
{
    test::TestDatabase source{Role::Manager};
    fillSource(source);
    CsvExportService exporter(source.session());
    const QString customersPath = source.dir() + "/customers.csv";
    const QString productsPath = source.dir() + "/products.csv";
    const QString ordersPath = source.dir() + "/orders.csv";
    ASSERT_EQ(exporter.exportCustomers(customersPath)->rowCount, 2);
    ASSERT_EQ(exporter.exportProducts(productsPath)->rowCount, 2);
    ASSERT_EQ(exporter.exportOrders(ordersPath)->rowCount, 4);

    // What Excel needs: a BOM, CRLF line ends, exact decimals.
    const QByteArray ordersCsv = readCsvFile(ordersPath);
    EXPECT_TRUE(ordersCsv.startsWith("\xEF\xBB\xBF"
                                     "order_no,customer_code,order_date,requested_date,status,line_no,sku,"
                                     "description,quantity,unit_price,discount_percent,held_from_status,"
                                     "tax_percent\r\n"));
    EXPECT_TRUE(
        ordersCsv.contains(QStringLiteral("SO-2025-000042,C001,2025-09-01,2025-10-15,completed,1,VLV-DN50,"
                                          "\"按图纸 A-7, 法兰连接\n表面抛光\",12.5,118.00,2.5,,13\r\n")
                               .toUtf8()));
    EXPECT_TRUE(ordersCsv.contains(
        QStringLiteral("SO-2026-000001,C002,2026-05-20,,draft,1,BOLT-M8,,1000.125,0.0125,0,,13\r\n")
            .toUtf8()));

    test::TestDatabase target{Role::Manager};
    CsvImportService importer(target.session());
    for (auto [path, kind] : {std::pair{customersPath, 0}, {productsPath, 1}, {ordersPath, 2}}) {
        auto report = kind == 0   ? importer.importCustomers(path, false)
                      : kind == 1 ? importer.importProducts(path, false)
                                  : importer.importOrders(path, false);
        ASSERT_TRUE(report) << report.error().message.toStdString();
        ASSERT_TRUE(report->ok()) << report->formattedErrors().join('\n').toStdString();
    }

    ASSERT_EQ(countRows(target.db(), "customers"), 2);
    for (const QString& code : QStringList{"C001", "C002"}) {
        const Customer a = **CustomerRepository(source.db()).byCode(code);
        auto imported = CustomerRepository(target.db()).byCode(code);
        ASSERT_TRUE(imported && imported->has_value());
        const Customer& b = **imported;
        EXPECT_EQ(a.code, b.code);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.contact, b.contact);
        EXPECT_EQ(a.phone, b.phone);
        EXPECT_EQ(a.email, b.email);
        EXPECT_EQ(a.address, b.address);
        EXPECT_EQ(a.creditLimit, b.creditLimit);
        EXPECT_EQ(a.paymentTermsDays, b.paymentTermsDays);
    }

    ASSERT_EQ(countRows(target.db(), "products"), 2);
    for (const QString& sku : QStringList{"VLV-DN50", "BOLT-M8"}) {
        const Product a = **ProductRepository(source.db()).bySku(sku);
        auto imported = ProductRepository(target.db()).bySku(sku);
        ASSERT_TRUE(imported && imported->has_value());
        const Product& b = **imported;
        EXPECT_EQ(a.sku, b.sku);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.spec, b.spec);
        EXPECT_EQ(a.unit, b.unit);
        EXPECT_EQ(a.unitPrice, b.unitPrice);
        EXPECT_EQ(a.leadTimeDays, b.leadTimeDays);
    }

    ASSERT_EQ(countRows(target.db(), "orders"), 3);
    for (const QString& no : QStringList{"SO-2025-000042", "SO-2026-000001", "SO-2026-000002"}) {
        SCOPED_TRACE(no.toStdString());
        const qint64 sourceId = **OrderRepository(source.db()).idByNumber(no);
        auto targetId = OrderRepository(target.db()).idByNumber(no);
        ASSERT_TRUE(targetId && targetId->has_value());
        const Order a = **OrderRepository(source.db()).load(sourceId);
        const Order b = **OrderRepository(target.db()).load(**targetId);
        EXPECT_EQ(a.customerCode, b.customerCode);
        EXPECT_EQ(a.customerName, b.customerName);
        // The format has no salesperson column: imported orders belong to whoever imports them.
        EXPECT_EQ(b.salespersonName, target.session().user().displayName);
        EXPECT_EQ(a.status, b.status);
        EXPECT_EQ(a.orderDate, b.orderDate);
        EXPECT_EQ(a.requestedDate, b.requestedDate);
        EXPECT_EQ(a.taxRate, b.taxRate);
        EXPECT_EQ(a.subtotal, b.subtotal);
        EXPECT_EQ(a.tax, b.tax);
        EXPECT_EQ(a.total, b.total);
        ASSERT_EQ(a.lines.size(), b.lines.size());
        for (int i = 0; i < a.lines.size(); ++i) {
            EXPECT_EQ(a.lines[i].lineNo, b.lines[i].lineNo);
            EXPECT_EQ(a.lines[i].productSku, b.lines[i].productSku);
            EXPECT_EQ(a.lines[i].description, b.lines[i].description);
            EXPECT_EQ(a.lines[i].quantity, b.lines[i].quantity);
            EXPECT_EQ(a.lines[i].unit, b.lines[i].unit);
            EXPECT_EQ(a.lines[i].unitPrice, b.lines[i].unitPrice);
            EXPECT_EQ(a.lines[i].discount, b.lines[i].discount);
            EXPECT_EQ(a.lines[i].amount, b.lines[i].amount);
        }
    }

    // A second export of the imported data is byte for byte the first one.
    CsvExportService reexporter(target.session());
    const QString again = target.dir() + "/orders-again.csv";
    ASSERT_TRUE(reexporter.exportOrders(again));
    EXPECT_EQ(readCsvFile(again), ordersCsv);
}

TEST(CsvRoundTripTest, CancelledExportLeavesTheEarlierFileAlone)
{
    test::TestDatabase t{Role::Manager};
    {
        Transaction tx(t.db());
        for (int i = 0; i < 500; ++i)
            t.addCustomer(QStringLiteral("K%1").arg(i), QStringLiteral("客户%1").arg(i));
        ASSERT_TRUE(tx.commit());
    }
    const QString path = test::writeCsvFile(t.dir(), "customers.csv", QByteArray("earlier file"));
    auto report =
        CsvExportService(t.session()).exportCustomers(path, [](qint64 done, qint64) { return done < 100; });
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(readCsvFile(path), "earlier file");
}
