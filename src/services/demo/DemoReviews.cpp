#include "DemoReviews.h"

#include "ReviewRepository.h"
#include "ReviewService.h"
#include "UserRepository.h"

namespace od {

namespace {

// In Chinese like the rest of the demo company, whatever the UI language.
struct DemoReview
{
    ReviewCause cause;
    const char* happened;
    const char* lesson; // "" = none drawn
};

const DemoReview kReviews[] = {
    {ReviewCause::Capacity, "精加工工序排队过长，比计划晚开工三天。",
     "旺季接单前先看精加工负荷，超过九成要加班或外协。"},
    {ReviewCause::Material, "阀体铸件供应商晚到五天，装配只能等料。", "DN300 以上阀体需提前两周备料。"},
    {ReviewCause::Quality, "试压渗漏返修一次，重新试压耽误两天。", ""},
    {ReviewCause::CustomerChange, "客户确认后改了法兰标准，重新下料。",
     "法兰标准在确认单上单独列出，请客户签字。"},
    {ReviewCause::Logistics, "物流公司车辆调度延误，晚一天提货。", ""},
    {ReviewCause::Other, "节前工人提前返乡，装配人手不足。", "春节前一个月的订单交期按八成产能承诺。"},
};

} // namespace

Result<int> DemoReviews::writeSome(Session& demo, int count, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto due = ReviewRepository(demo.db()).recentlyOutstanding(day.addDays(-90), count);
    if (!due)
        return std::unexpected(due.error());
    int written = 0;
    for (int i = 0; i < due->size(); ++i) {
        if (i % 3 == 2)
            continue; // left for its salesperson's My work
        auto salesperson = UserRepository(demo.db()).byId(due->at(i).salespersonId);
        if (!salesperson)
            return std::unexpected(salesperson.error());
        if (!*salesperson || !(*salesperson)->active)
            continue;
        Session writer(demo.db(), **salesperson);
        writer.setToday(day);
        const DemoReview& r = kReviews[written % std::size(kReviews)];
        ReviewInput input;
        input.cause = due->at(i).exceptions > 0 && !due->at(i).isLate() ? ReviewCause::Quality : r.cause;
        input.happened = QString::fromUtf8(r.happened);
        input.lesson = QString::fromUtf8(r.lesson);
        input.addToLessons = !input.lesson.isEmpty() && written % 4 == 1;
        if (auto recorded = ReviewService(writer).record(due->at(i).orderNo, input); !recorded)
            return std::unexpected(recorded.error());
        ++written;
    }
    return written;
}

} // namespace od
