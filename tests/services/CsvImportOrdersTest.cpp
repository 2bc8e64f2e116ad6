#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "OrderEventText.h"
#include "OrderListRepository.h"
#include "OrderNumberAllocator.h"
#include "OrderRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace od;
using od::test::countRows;
using od::test::writeCsvFile;

namespace {

const QString kHeader = QStringLiteral("order_no,customer_code,order_date,requested_date,status,line_no,sku,"
                                       "description,quantity,unit_price,discount_percent\n");

class CsvImportOrdersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.addCustomer("C001", "上海华东机械有限公司");
        t.addCustomer("C002", "北京远航贸易");
        t.addProduct("VLV-50", "不锈钢球阀", 1'250'000); // 125.00
        t.addProduct("PMP-01", "离心泵", 128'000'000);   // 12,800.00
    }

    QString file(const QString& text) { return writeCsvFile(t.dir(), QStringLiteral("orders.csv"), text); }
    Order load(const QString& orderNo)
    {
        OrderRepository orders(t.db());
        auto id = orders.idByNumber(orderNo);
        EXPECT_TRUE(id && id->has_value()) << orderNo.toStdString();
        return **orders.load(id->value_or(0));
    }
    QStringList errorMessages(const CsvImportReport& report)
    {
        QStringList out;
        for (const CsvImportError& e : report.errors)
            out << QStringLiteral("%1: %2").arg(e.line).arg(e.message);
        return out;
    }

    test::TestDatabase t{Role::Manager}; // importing is the manager's job
    CsvImportService service{t.session()};
};

} // namespace

TEST_F(CsvImportOrdersTest, HistoricalOrderKeepsNumberStatusAndDates)
{
    auto report = service.importOrders(
        file(kHeader +
             "SO-2025-000123,C001,2025-11-03,2025-12-15,shipped,1,VLV-50,\"DN50, 按图纸 #A-7\",10,,5\n"
             "SO-2025-000123,C001,2025-11-03,2025-12-15,shipped,2,PMP-01,,1.5,12000,\n"),
        false);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join('\n').toStdString();
    EXPECT_EQ(report->recordCount, 1);
    EXPECT_EQ(report->rowCount, 2);

    const Order order = load("SO-2025-000123");
    EXPECT_EQ(order.customerCode, "C001");
    EXPECT_EQ(order.status, OrderStatus::Shipped);
    EXPECT_EQ(order.orderDate, QDate(2025, 11, 3));
    EXPECT_EQ(order.requestedDate, QDate(2025, 12, 15));
    EXPECT_EQ(order.salespersonId, t.managerId); // the importing user
    ASSERT_EQ(order.lines.size(), 2);
    EXPECT_EQ(order.lines[0].productSku, "VLV-50");
    EXPECT_EQ(order.lines[0].description, "DN50, 按图纸 #A-7");
    EXPECT_EQ(order.lines[0].unitPrice.raw(), 1'250'000); // the product's price when the cell is empty
    EXPECT_EQ(order.lines[0].discount.raw(), 500);
    EXPECT_EQ(order.lines[0].amount.minor(), 118'750); // 10 × 125.00 × 95%
    EXPECT_EQ(order.lines[1].quantity.raw(), 1500);
    EXPECT_EQ(order.lines[1].amount.minor(), 1'800'000); // 1.5 × 12,000.00
    EXPECT_EQ(order.subtotal.minor(), 1'918'750);
    EXPECT_EQ(order.tax.minor(), 249'438); // 13% of 19,187.50 = 2,494.375 → 2,494.38
    EXPECT_EQ(order.total.minor(), 2'168'188);

    auto events = OrderRepository(t.db()).events(order.id);
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->first().kind, "imported");
    EXPECT_EQ(events->first().userId, t.managerId);
    EXPECT_TRUE(OrderEventText::describe(events->first()).contains("orders.csv"));

    // The numbering continues after the imported number, never handing it out again.
    EXPECT_EQ(*OrderNumberAllocator(t.db()).next("SO", 2025), "SO-2025-000124");

    // The search index knows the imported order by customer name and line text.
    OrderListQuery query;
    query.search = QStringLiteral("华东机械");
    EXPECT_EQ(*OrderListRepository(t.db()).count(query), 1);
    query.search = QStringLiteral("按图纸");
    EXPECT_EQ(*OrderListRepository(t.db()).count(query), 1);
}

TEST_F(CsvImportOrdersTest, RowsWithoutNumberBecomeNewNumberedOrders)
{
    (void)OrderNumberAllocator(t.db()).observe("SO", 2026, 7);
    auto report = service.importOrders(file("order_no,customer_code,order_date,sku,quantity\n"
                                            ",C001,2026-05-02,VLV-50,1\n"
                                            ",C001,2026-05-02,PMP-01,2\n" // same header: same order
                                            ",C002,2026-05-02,VLV-50,3\n" // another customer: new order
                                            "SO-2026-000020,C002,2026-05-03,VLV-50,4\n"),
                                       false);
    ASSERT_TRUE(report && report->ok()) << report->formattedErrors().join('\n').toStdString();
    EXPECT_EQ(report->recordCount, 3);
    // Numbers in the file are reserved first, so the new ones continue after 20, not after 7.
    const Order first = load("SO-2026-000021");
    EXPECT_EQ(first.customerCode, "C001");
    EXPECT_EQ(first.lines.size(), 2);
    EXPECT_EQ(first.status, OrderStatus::Draft);
    EXPECT_FALSE(first.requestedDate.isValid());
    const Order second = load("SO-2026-000022");
    EXPECT_EQ(second.customerCode, "C002");
    EXPECT_EQ(second.lines.size(), 1);
    EXPECT_EQ(load("SO-2026-000020").lines.first().quantity.raw(), 4000);
}

TEST_F(CsvImportOrdersTest, LinesAreOrderedByLineNumber)
{
    auto report = service.importOrders(file("order_no,customer_code,line_no,sku,quantity\n"
                                            "PO-A,C001,20,PMP-01,1\n"
                                            "PO-A,C001,10,VLV-50,2\n"),
                                       false);
    ASSERT_TRUE(report && report->ok()) << report->formattedErrors().join('\n').toStdString();
    const Order order = load("PO-A");
    ASSERT_EQ(order.lines.size(), 2);
    EXPECT_EQ(order.lines[0].productSku, "VLV-50");
    EXPECT_EQ(order.lines[1].productSku, "PMP-01");
}

TEST_F(CsvImportOrdersTest, EveryRowErrorIsListedAndNothingIsImported)
{
    // An order already in the database.
    ASSERT_TRUE(
        service.importOrders(file(kHeader + "SO-2026-000001,C001,2026-05-01,,draft,1,VLV-50,,1,,\n"), false)
            ->ok());
    const qint64 ordersBefore = countRows(t.db(), "orders");
    const qint64 linesBefore = countRows(t.db(), "order_lines");

    auto report = service.importOrders(
        file(kHeader + "SO-2026-000002,C001,2026-05-01,,draft,1,VLV-50,,1,,\n"             // 2 fine
                       "SO-2026-000001,C001,2026-05-01,,draft,1,VLV-50,,1,,\n"             // 3 exists
                       "SO-2026-000003,C999,2026-02-30,,done,1,NOPE,,0,-1,120\n"           // 4 many
                       "SO-2026-000004,C001,2026-05-01,,draft,1,VLV-50,,1.2345,1.23456,\n" // 5 decimals
                       "SO-2026-000004,C002,2026-05-01,,draft,1,VLV-50,,1,,\n"    // 6 header, line_no
                       "SO-2026-000002,C001,2026-05-01,,draft,2,VLV-50,,1,,\n"    // 7 twice in file
                       "SO-2026-000005,C001,2026-05-01,,on_hold,1,VLV-50,,,,\n"), // 8 hold, no qty
        false);
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(countRows(t.db(), "orders"), ordersBefore);
    EXPECT_EQ(countRows(t.db(), "order_lines"), linesBefore);

    const QStringList errors = errorMessages(*report);
    const QStringList expected = {
        "3: Order SO-2026-000001 already exists.",
        "4: customer_code: there is no customer with code C999.",
        "4: order_date: 2026-02-30 is not a real date.",
        "4: status: \"done\" is not a status; use one of draft, awaiting_confirmation, confirmed, planned, "
        "in_production, ready_to_ship, shipped, delivered, completed, on_hold, cancelled.",
        "4: sku: there is no product with SKU NOPE.",
        "4: quantity must be more than zero.",
        "4: unit_price cannot be negative.",
        "4: discount_percent must be between 0 and 100.",
        "5: quantity: \"1.2345\" has more than 3 decimal places.",
        "5: unit_price: \"1.23456\" has more than 4 decimal places.",
        "6: customer_code \"C002\" differs from line 5 of the same order (\"C001\"); an order's header "
        "values "
        "must be the same on all its rows.",
        "6: line_no 1 appears twice in the same order (first on line 5).",
        "7: Order SO-2026-000002 appears twice in the file (first on line 2); the rows of one order must "
        "follow "
        "each other.",
        "8: quantity is empty.",
    };
    EXPECT_EQ(errors, expected) << errors.join('\n').toStdString();
}

TEST_F(CsvImportOrdersTest, MissingRequiredColumnAndUnknownColumn)
{
    auto report = service.importOrders(file("order_no,sku,quantity,colour\nSO-1,VLV-50,1,red\n"), false);
    ASSERT_TRUE(report);
    EXPECT_EQ(
        errorMessages(*report),
        QStringList({"1: Unknown column \"colour\". The columns are: order_no, customer_code, order_date, "
                     "requested_date, status, line_no, sku, description, quantity, unit_price, "
                     "discount_percent, held_from_status, tax_percent.",
                     "1: Required column \"customer_code\" is missing."}));
}

TEST_F(CsvImportOrdersTest, DryRunChecksAgainstTheDatabaseButWritesNothing)
{
    auto report =
        service.importOrders(file(kHeader + "SO-2026-000009,C001,2026-05-01,,confirmed,1,VLV-50,,1,,\n"
                                            ",C002,2026-05-01,,,1,PMP-01,,1,,\n"),
                             true);
    ASSERT_TRUE(report && report->ok()) << report->formattedErrors().join('\n').toStdString();
    EXPECT_EQ(report->recordCount, 2);
    EXPECT_EQ(countRows(t.db(), "orders"), 0);
    EXPECT_EQ(countRows(t.db(), "order_events"), 0);
    EXPECT_EQ(countRows(t.db(), "order_number_counters"), 0);
    EXPECT_EQ(countRows(t.db(), "order_search"), 0);
}

TEST_F(CsvImportOrdersTest, CancelledImportLeavesNoOrdersNumbersOrIndexRows)
{
    QString text = kHeader;
    for (int i = 1; i <= 300; ++i)
        text += QStringLiteral("SO-2026-%1,C001,2026-05-01,,draft,1,VLV-50,,1,,\n")
                    .arg(i, 6, 10, QLatin1Char('0'));
    auto report = service.importOrders(file(text), false, [](qint64 done, qint64) { return done < 450; });
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(countRows(t.db(), "orders"), 0);
    EXPECT_EQ(countRows(t.db(), "order_lines"), 0);
    EXPECT_EQ(countRows(t.db(), "order_search"), 0);
    EXPECT_EQ(countRows(t.db(), "order_number_counters"), 0);
}

TEST_F(CsvImportOrdersTest, AnOrderOnHoldReturnsWhereTheFileSaysOrToConfirmedAndTheReportSaysSo)
{
    auto report = service.importOrders(
        file("order_no,customer_code,order_date,status,line_no,sku,quantity,held_from_status\n"
             "SO-2025-000200,C001,2025-11-03,on_hold,1,VLV-50,2,in_production\n"
             "SO-2025-000201,C001,2025-11-03,on_hold,1,VLV-50,2,\n"),
        false);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join('\n').toStdString();
    const Order told = load(QStringLiteral("SO-2025-000200"));
    EXPECT_EQ(told.status, OrderStatus::OnHold);
    EXPECT_EQ(told.heldFrom, OrderStatus::InProduction);
    const Order untold = load(QStringLiteral("SO-2025-000201"));
    EXPECT_EQ(untold.status, OrderStatus::OnHold);
    EXPECT_EQ(untold.heldFrom, OrderStatus::Confirmed);
    ASSERT_EQ(report->notes.size(), 1);
    EXPECT_EQ(report->notes.first().line, 3);
    EXPECT_TRUE(report->notes.first().message.contains(QStringLiteral("confirmed")));

    // A held-from status that cannot be one, or one on an order that is not held, is an error.
    auto bad =
        service.importOrders(file("order_no,customer_code,status,line_no,sku,quantity,held_from_status\n"
                                  "SO-2025-000300,C001,on_hold,1,VLV-50,2,completed\n"
                                  "SO-2025-000301,C001,confirmed,1,VLV-50,2,confirmed\n"),
                             false);
    ASSERT_TRUE(bad);
    const QStringList errors = errorMessages(*bad);
    ASSERT_EQ(errors.size(), 2) << errors.join('\n').toStdString();
    EXPECT_TRUE(errors.at(0).startsWith(QStringLiteral("2: held_from_status")));
    EXPECT_TRUE(errors.at(1).startsWith(QStringLiteral("3: held_from_status")));
}

TEST_F(CsvImportOrdersTest, AHistoricOrderKeepsItsOwnTaxRateAndWithoutOneTakesTheDefault)
{
    const QString header =
        QStringLiteral("order_no,customer_code,order_date,status,line_no,sku,quantity,unit_price,"
                       "tax_percent\n");
    auto report =
        service.importOrders(file(header + "SO-2018-000001,C001,2018-03-01,completed,1,VLV-50,1,100,17\n"
                                           "SO-2018-000001,C001,2018-03-01,completed,2,VLV-50,1,50,17\n"
                                           "SO-2019-000001,C001,2019-06-01,completed,1,VLV-50,1,100,9%\n"
                                           "SO-2026-000001,C002,2026-05-01,draft,1,VLV-50,1,100,\n"),
                             false);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join('\n').toStdString();
    const Order old = load(QStringLiteral("SO-2018-000001"));
    EXPECT_EQ(old.taxRate.raw(), 1700);
    EXPECT_EQ(old.tax, Money::fromMinor(25'50)); // 17 % of 150.00
    EXPECT_EQ(old.total, Money::fromMinor(175'50));
    EXPECT_EQ(load(QStringLiteral("SO-2019-000001")).taxRate.raw(), 900);
    EXPECT_EQ(load(QStringLiteral("SO-2026-000001")).taxRate.raw(), 1300); // the settings' default
}

TEST_F(CsvImportOrdersTest, ABadOrInconsistentTaxRateIsNamedAndNothingIsImported)
{
    const QString header = QStringLiteral("order_no,customer_code,status,line_no,sku,quantity,tax_percent\n");
    auto report = service.importOrders(file(header + "SO-1,C001,draft,1,VLV-50,1,120\n"
                                                     "SO-2,C001,draft,1,VLV-50,1,13\n"
                                                     "SO-2,C001,draft,2,VLV-50,1,9\n"
                                                     "SO-3,C001,draft,1,VLV-50,1,abc\n"),
                                       false);
    ASSERT_TRUE(report);
    const QStringList errors = errorMessages(*report);
    ASSERT_EQ(errors.size(), 3) << errors.join('\n').toStdString();
    EXPECT_EQ(errors[0], QStringLiteral("2: tax_percent must be between 0 and 100."));
    EXPECT_TRUE(errors[1].startsWith(QStringLiteral("4: tax_percent \"9\" differs from line 3")));
    EXPECT_TRUE(errors[2].startsWith(QStringLiteral("5: tax_percent"))) << errors[2].toStdString();
    EXPECT_EQ(countRows(t.db(), "orders"), 0);
}
