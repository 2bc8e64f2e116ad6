#include "DemoExceptions.h"

#include "DemoStaff.h"
#include "ExceptionService.h"
#include "OrderListRepository.h"

#include <optional>

namespace od {

namespace {

// Demo content, in Chinese like the rest of the demo company whatever the UI language.
struct DemoCase
{
    ExceptionKind kind;
    ExceptionSeverity severity;
    const char* description;
    const char* plan;       // "" = none yet
    const char* told;       // "" = the customer was not told yet
    const char* resolution; // "" = still open
    qint64 costMinor;
    int dueInDays; // from the demo's day; negative = overdue
};

const DemoCase kCases[] = {
    {ExceptionKind::Quality, ExceptionSeverity::High, "阀体试压时渗漏，需返修后重新试压。",
     "更换阀体密封面，返修后重新试压。", "已电话告知返修，交期预计推迟三天。", "", 0, 3},
    {ExceptionKind::MaterialShortage, ExceptionSeverity::Medium, "WCB 铸件供应商到货延迟约两周。", "", "", "",
     0, 7},
    {ExceptionKind::EquipmentBreakdown, ExceptionSeverity::High, "数控车床主轴故障，停机维修。",
     "外协加工两道工序，维修后恢复。", "", "", 0, -2},
    {ExceptionKind::Logistics, ExceptionSeverity::Medium, "物流运输途中包装箱破损，一台阀门手轮变形。",
     "补发手轮，由物流公司赔付。", "已微信告知客户补发安排。", "补发手轮已签收，物流公司赔付 300 元。",
     30'000, 5},
    {ExceptionKind::CustomerDispute, ExceptionSeverity::Low, "客户对法兰标准（GB 与 HG）有疑问。", "",
     "已发函说明按合同执行 GB/T 9113。", "", 0, 10},
    {ExceptionKind::Payment, ExceptionSeverity::Medium, "客户预付款未按约定到账。",
     "销售跟进，财务核对到账。", "", "预付款已到账。", 0, 4},
    {ExceptionKind::Quality, ExceptionSeverity::Low, "铭牌刻字有误。", "重新制作铭牌。", "", "已更换铭牌。",
     8'000, 6},
    {ExceptionKind::MaterialShortage, ExceptionSeverity::High, "不锈钢棒料缺货，影响阀杆加工。",
     "改用库存 2Cr13 棒料，需客户书面同意。", "已邮件请客户确认材质替代。", "", 0, -1},
};

} // namespace

Result<int> DemoExceptions::raiseSome(Session& demo, int count, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto managerFound = DemoStaff::firstActive(demo.db(), Role::Manager);
    if (!managerFound)
        return std::unexpected(managerFound.error());
    const std::optional<User> manager = *managerFound;
    if (!manager)
        return 0;
    QList<OrderListRow> orders;
    for (OrderStatus status : {OrderStatus::InProduction, OrderStatus::Planned, OrderStatus::Confirmed}) {
        OrderListQuery query;
        query.status = status;
        auto rows = OrderListRepository(demo.db()).page(query, 0, count);
        if (!rows)
            return std::unexpected(rows.error());
        orders << *rows;
    }
    int raised = 0;
    for (const DemoCase& c : kCases) {
        if (raised == count || raised == orders.size())
            break;
        const OrderListRow& order = orders.at(raised);
        // Raised early enough that an overdue one had a due date still ahead when it was raised.
        Session session(demo.db(), *manager);
        session.setToday(day.addDays(std::min(0, c.dueInDays - 1)));
        ExceptionService service(session);
        OrderException draft;
        draft.orderId = order.id;
        draft.kind = c.kind;
        draft.severity = c.severity;
        draft.description = QString::fromUtf8(c.description);
        draft.dueDate = day.addDays(c.dueInDays);
        auto e = service.raise(draft);
        if (!e)
            return std::unexpected(e.error());
        session.setToday(day);
        if (*c.plan)
            if (auto ok = service.setPlan(e->id, QString::fromUtf8(c.plan)); !ok)
                return std::unexpected(ok.error());
        if (*c.told) {
            ExceptionContact contact;
            contact.exceptionId = e->id;
            contact.customerContact = QStringLiteral("采购部");
            contact.channel = raised % 2 ? ContactChannel::WeChat : ContactChannel::Phone;
            contact.text = QString::fromUtf8(c.told);
            if (auto ok = service.logContact(contact); !ok)
                return std::unexpected(ok.error());
        }
        if (*c.resolution)
            if (auto ok =
                    service.resolve(e->id, QString::fromUtf8(c.resolution), Money::fromMinor(c.costMinor));
                !ok)
                return std::unexpected(ok.error());
        ++raised;
    }
    return raised;
}

} // namespace od
