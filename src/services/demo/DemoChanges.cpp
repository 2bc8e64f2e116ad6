#include "DemoChanges.h"

#include "ChangeRequestService.h"
#include "ConfirmationService.h"
#include "DemoStaff.h"
#include "OrderListRepository.h"
#include "OrderQueryService.h"
#include "UserRepository.h"

#include <algorithm>
#include <optional>

namespace od {

namespace {

enum class Outcome
{
    Draft,
    Waiting,
    CancelApproved,
    Rejected,
    WaitingCustomer,
    Done
};

// Demo content, in Chinese like the rest of the demo company whatever the UI language.
struct DemoCase
{
    Outcome outcome;
    OrderStatus status; // the kind of order it is asked on
    const char* reason;
    const char* contact;
    ContactChannel channel;
    int quantityPercent; // the first line's new quantity, in percent of the old (0 = unchanged)
    int dateShiftDays;   // the requested date moved by this many days (0 = unchanged)
    const char* note;    // the manager's decision
};

const DemoCase kCases[] = {
    {Outcome::Waiting, OrderStatus::Planned, "客户项目扩建，第一行追加 50% 数量。", "采购部王经理",
     ContactChannel::Phone, 150, 0, ""},
    {Outcome::Waiting, OrderStatus::Confirmed, "客户现场施工提前，要求交期提前两周。", "项目部李工",
     ContactChannel::WeChat, 0, -14, ""},
    {Outcome::Draft, OrderStatus::Confirmed, "客户口头提出减少数量，待书面确认。", "采购部",
     ContactChannel::Visit, 60, 0, ""},
    {Outcome::Rejected, OrderStatus::Planned, "客户要求数量翻倍且交期不变。", "采购部张经理",
     ContactChannel::Email, 200, 0, "产能已满，交期无法保证；请与客户商议分批交货。"},
    {Outcome::WaitingCustomer, OrderStatus::Planned, "客户减少第一行数量。", "采购部",
     ContactChannel::Document, 80, 0, "同意，按新数量重新排产。"},
    {Outcome::Done, OrderStatus::Confirmed, "客户推迟交期一个月。", "项目部", ContactChannel::Phone, 0, 30,
     "同意。"},
    {Outcome::CancelApproved, OrderStatus::Planned, "客户项目取消，已协商收取取消费。", "总经理办公室",
     ContactChannel::Document, 0, 0, "同意取消，按协议收取 10% 取消费。"},
};

} // namespace

Result<int> DemoChanges::askSome(Session& demo, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    UserRepository users(demo.db());
    auto managerFound = DemoStaff::firstActive(demo.db(), Role::Manager);
    if (!managerFound)
        return std::unexpected(managerFound.error());
    const std::optional<User> manager = *managerFound;
    if (!manager)
        return 0;
    // The demo's exceptions are raised on orders in production first: these are others.
    QHash<int, QList<OrderListRow>> candidates;
    for (OrderStatus status : {OrderStatus::Planned, OrderStatus::Confirmed}) {
        OrderListQuery query;
        query.status = status;
        auto rows = OrderListRepository(demo.db()).page(query, 0, 40);
        if (!rows)
            return std::unexpected(rows.error());
        candidates.insert(int(status), *rows);
    }
    int asked = 0;
    for (const DemoCase& c : kCases) {
        QList<OrderListRow>& rows = candidates[int(c.status)];
        std::optional<ChangeRequestService::Outcome> made;
        while (!rows.isEmpty() && !made) {
            const OrderListRow row = rows.takeFirst();
            Session manager_(demo.db(), *manager);
            manager_.setToday(day);
            auto order = OrderQueryService(manager_).order(row.id);
            if (!order || order->lines.isEmpty())
                continue;
            auto salesperson = users.byId(order->salespersonId);
            if (!salesperson || !*salesperson || !(*salesperson)->active)
                continue;
            Session asker(demo.db(), **salesperson);
            asker.setToday(day);
            ChangeRequest draft;
            draft.orderId = order->id;
            draft.reason = QString::fromUtf8(c.reason);
            draft.contact = QString::fromUtf8(c.contact);
            draft.channel = c.channel;
            if (c.outcome == Outcome::CancelApproved) {
                draft.cancel = true;
                draft.cancelCharge = Money::fromMinor(order->total.minor() / 10);
            }
            const OrderLine& first = order->lines.first();
            if (c.quantityPercent > 0) {
                // Whole pieces, at least one.
                const qint64 units = qMax<qint64>(1, first.quantity.raw() * c.quantityPercent / 100 / 1000);
                draft.quantities << ChangeQuantity{first.lineNo, Quantity::fromUnits(units)};
            }
            if (c.dateShiftDays != 0) {
                const QDate base = order->requestedDate.isValid() ? order->requestedDate : day.addDays(30);
                draft.requestedDate = qMax(day.addDays(7), base.addDays(c.dateShiftDays));
            }
            // An order that cannot take this change (shipped in part, not planned) is passed over.
            auto result = ChangeRequestService(asker).request(draft, c.outcome != Outcome::Draft);
            if (!result)
                continue;
            made = *result;
            ChangeRequestService decider(manager_);
            const QString note = QString::fromUtf8(c.note);
            switch (c.outcome) {
            case Outcome::Draft:
            case Outcome::Waiting:
                break;
            case Outcome::Rejected:
                if (auto ok = decider.reject(made->request.id, note); !ok)
                    return std::unexpected(ok.error());
                break;
            case Outcome::CancelApproved:
            case Outcome::WaitingCustomer:
            case Outcome::Done: {
                auto approved = decider.approve(made->request.id, note);
                if (!approved)
                    return std::unexpected(approved.error());
                if (c.outcome == Outcome::Done) {
                    Confirmation confirmation;
                    confirmation.contactName = QString::fromUtf8(c.contact);
                    // Ten in the morning of the demo's day, or now when that is still to come.
                    confirmation.confirmedAt =
                        std::min(QDateTime(day, QTime(10, 0)).toUTC(), QDateTime::currentDateTimeUtc());
                    if (auto ok =
                            ConfirmationService(asker).record(order->id, approved->newRevision, confirmation);
                        !ok)
                        return std::unexpected(ok.error());
                }
                break;
            }
            }
            ++asked;
        }
    }
    return asked;
}

} // namespace od
