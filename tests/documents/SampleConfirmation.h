#pragma once

#include "Customer.h"
#include "DocumentCompany.h"
#include "LineCalculator.h"
#include "Order.h"

#include <QString>

namespace od::test {

// A realistic valve order, as a salesperson would enter it, with amounts computed the way the
// services compute them.
struct SampleConfirmation
{
    Order order;
    Customer customer;
    DocumentCompany company;
};

inline OrderLine sampleLine(int lineNo, const QString& sku, const QString& name, const QString& description,
                            const char* quantity, const QString& unit, const char* unitPrice,
                            int discountBp = 0)
{
    OrderLine line;
    line.lineNo = lineNo;
    line.productSku = sku;
    line.productName = name;
    line.description = description;
    line.quantity = *Quantity::parse(QString::fromLatin1(quantity));
    line.unit = unit;
    line.unitPrice = *UnitPrice::parse(QString::fromLatin1(unitPrice));
    line.discount = BasisPoints::fromRaw(discountBp);
    line.amount = *LineCalculator::lineAmount(line.quantity, line.unitPrice, line.discount);
    return line;
}

inline void computeTotals(Order& order)
{
    order.subtotal = Money();
    for (const OrderLine& line : order.lines)
        order.subtotal += line.amount;
    order.tax = *LineCalculator::tax(order.subtotal, order.taxRate);
    order.total = order.subtotal + order.tax;
}

inline SampleConfirmation sampleValveOrder()
{
    SampleConfirmation sample;

    sample.company.name = QStringLiteral("温州永固阀门制造有限公司");
    sample.company.address = QStringLiteral("浙江省温州市龙湾区永强大道 2188 号");
    sample.company.phone = QStringLiteral("0577-8688 1234");
    sample.company.taxId = QStringLiteral("91330301MA2AB3CD4E");
    sample.company.bankAccount = QStringLiteral("中国工商银行温州龙湾支行 1203 2800 0920 0123 456");
    sample.company.terms = QStringLiteral("1. 付款方式：合同签订后预付 30%，发货前付清余款。\n"
                                          "2. 交货地点：买方指定仓库，运费由卖方承担。\n"
                                          "3. 质保期：自交货之日起 18 个月。\n"
                                          "4. 本确认书经双方签字盖章后生效，传真件与原件具有同等法律效力。");

    sample.customer.code = QStringLiteral("C-0107");
    sample.customer.name = QStringLiteral("上海华东石化设备有限公司");
    sample.customer.contact = QStringLiteral("李建国");
    sample.customer.phone = QStringLiteral("138 1234 5678");
    sample.customer.address = QStringLiteral("上海市浦东新区张江路 1288 号 5 号楼");

    Order& order = sample.order;
    order.orderNo = QStringLiteral("SO-2026-000123");
    order.revision = 2;
    order.orderDate = QDate(2026, 3, 15);
    order.requestedDate = QDate(2026, 4, 30);
    order.promisedDate = QDate(2026, 4, 25);
    order.customerName = sample.customer.name;
    order.customerCode = sample.customer.code;
    order.salespersonName = QStringLiteral("王晓明");
    order.notes = QStringLiteral("阀门出厂前需做壳体及密封试验，随货提供材质证明和试压报告。");

    order.lines = {
        sampleLine(1, QStringLiteral("Z41H-16C-100"), QStringLiteral("闸阀"),
                   QStringLiteral("闸阀 Z41H-16C DN100 PN16 WCB，法兰连接，手轮操作"), "24",
                   QStringLiteral("台"), "1280.00"),
        sampleLine(2, QStringLiteral("J41H-25-80"), QStringLiteral("截止阀"),
                   QStringLiteral("截止阀 J41H-25 DN80 PN25 WCB，密封面堆焊不锈钢"), "12",
                   QStringLiteral("台"), "1560.50", 500),
        sampleLine(3, QStringLiteral("H44H-16C-150"), QStringLiteral("旋启式止回阀"),
                   QStringLiteral("止回阀 H44H-16C DN150 PN16 WCB"), "8", QStringLiteral("台"), "2345.00"),
        sampleLine(4, QStringLiteral("Q41F-16P-50"), QStringLiteral("不锈钢球阀"),
                   QStringLiteral("球阀 Q41F-16P DN50 PN16 CF8，PTFE 密封"), "40", QStringLiteral("台"),
                   "486.80", 300),
        sampleLine(5, QStringLiteral("GSK-100"), QStringLiteral("缠绕垫片"),
                   QStringLiteral("金属缠绕垫片 DN100 PN16，304+石墨"), "120", QStringLiteral("片"),
                   "18.5000"),
    };
    order.lines[4].requestedDate = QDate(2026, 4, 10);
    computeTotals(order);
    return sample;
}

} // namespace od::test
