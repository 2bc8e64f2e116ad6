#include "DemoCollaboration.h"

#include "CustomerRepository.h"
#include "DiscussionService.h"
#include "LessonService.h"
#include "OrderListRepository.h"
#include "OrderQueryService.h"
#include "ProductRepository.h"
#include "UserRepository.h"

#include <optional>

namespace od {

namespace {

// Demo content, in Chinese like the rest of the demo company whatever the UI language. A lesson is
// about the customer at `customerIndex` (-1: none) and the product at `productIndex` (-1: none).
struct DemoLesson
{
    const char* text;
    int customerIndex;
    int productIndex;
};

const DemoLesson kLessons[] = {
    {"该客户要求随货附材质证明（EN 10204 3.1），发货前请质检开具。", 0, -1},
    {"该客户仓库周末不收货，发货日避开周五。", 1, -1},
    {"该客户付款需总经理签字，月底前三天催款最有效。", 2, -1},
    {"此规格试压需提前两天预约试压台。", -1, 0},
    {"此产品包装需木箱加防潮膜，出口订单尤其注意。", -1, 1},
    {"该客户曾因标牌信息不全拒收，铭牌须含位号。", 3, 2},
};

// A conversation on an order: the salesperson's question with its mention, and the answer (if
// any) from whoever was asked.
struct DemoThread
{
    const char* question; // %1 = the manager's display name
    bool toLogistics;     // the question mentions @物流 instead of the manager
    const char* answer;   // "" = still waiting in their My work
};

const DemoThread kThreads[] = {
    {"@%1 客户问能否提前一周交货，产能上有没有余地？", false, "可以，精加工周六加一班，按提前一周回复客户。"},
    {"@物流 客户要求送货到新厂区，地址已更新在订单备注里。", true, "收到，已安排专车。"},
    {"@%1 客户想把付款方式改成承兑汇票，是否同意？", false, ""},
    {"@物流 客户催发货，请确认本周能否装车。", true, ""},
    {"@%1 试压报告客户需要盖章版，谁来安排？", false, "质检部出具，我已通知。"},
};

} // namespace

Result<int> DemoCollaboration::addSome(Session& demo, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto everyone = UserRepository(demo.db()).all();
    if (!everyone)
        return std::unexpected(everyone.error());
    std::optional<User> manager, logistics;
    for (const User& u : std::as_const(*everyone)) {
        if (!u.active)
            continue;
        if (u.role == Role::Manager && !manager)
            manager = u;
        if (u.role == Role::LogisticsClerk && !logistics)
            logistics = u;
    }
    if (!manager)
        return 0;
    int written = 0;

    auto customers = CustomerRepository(demo.db()).all();
    if (!customers)
        return std::unexpected(customers.error());
    auto products = ProductRepository(demo.db()).search(QString(), 10, false);
    if (!products)
        return std::unexpected(products.error());
    Session managerSession(demo.db(), *manager);
    managerSession.setToday(day);
    for (const DemoLesson& l : kLessons) {
        QStringList codes, skus;
        if (l.customerIndex >= 0 && l.customerIndex < customers->size())
            codes << customers->at(l.customerIndex).code;
        if (l.productIndex >= 0 && l.productIndex < products->size())
            skus << products->at(l.productIndex).sku;
        if (codes.isEmpty() && skus.isEmpty())
            continue;
        auto added = LessonService(managerSession).add(QString::fromUtf8(l.text), codes, skus);
        if (!added)
            return std::unexpected(added.error());
        ++written;
    }

    // The newest orders in production: what is discussed now.
    OrderListQuery query;
    query.status = OrderStatus::InProduction;
    auto rows = OrderListRepository(demo.db()).page(query, 0, int(std::size(kThreads)));
    if (!rows)
        return std::unexpected(rows.error());
    for (int i = 0; i < rows->size() && i < int(std::size(kThreads)); ++i) {
        const DemoThread& t = kThreads[i];
        if (t.toLogistics && !logistics)
            continue;
        auto order = OrderQueryService(managerSession).order(rows->at(i).id);
        if (!order)
            return std::unexpected(order.error());
        auto salesperson = UserRepository(demo.db()).byId(order->salespersonId);
        if (!salesperson)
            return std::unexpected(salesperson.error());
        if (!*salesperson || !(*salesperson)->active)
            continue;
        Session asker(demo.db(), **salesperson);
        asker.setToday(day);
        QString question = QString::fromUtf8(t.question);
        if (!t.toLogistics)
            question = question.arg(manager->displayName);
        if (auto posted = DiscussionService(asker).post(rows->at(i).id, question); !posted)
            return std::unexpected(posted.error());
        ++written;
        if (*t.answer == '\0')
            continue;
        Session answerer(demo.db(), t.toLogistics ? *logistics : *manager);
        answerer.setToday(day);
        if (auto posted = DiscussionService(answerer).post(rows->at(i).id, QString::fromUtf8(t.answer));
            !posted)
            return std::unexpected(posted.error());
        ++written;
    }
    return written;
}

} // namespace od
