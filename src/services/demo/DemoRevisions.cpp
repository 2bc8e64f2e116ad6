#include "DemoRevisions.h"

#include "Database.h"

#include "CreditControlService.h"
#include "DemoStaff.h"
#include "OrderIntakeService.h"
#include "OrderListRepository.h"
#include "OrderRepository.h"
#include "Session.h"
#include "UserRepository.h"

#include <optional>

namespace od {

Result<int> DemoRevisions::reviseSome(Session& demo, int count, const QDate& today)
{
    Database& db = demo.db();
    OrderListQuery query;
    query.status = OrderStatus::AwaitingConfirmation;
    constexpr int Candidates = 200; // the newest ones; most have two lines or more
    auto rows = OrderListRepository(db).page(query, 0, Candidates);
    if (!rows)
        return std::unexpected(rows.error());
    UserRepository users(db);
    auto managerFound = DemoStaff::firstActive(db, Role::Manager);
    if (!managerFound)
        return std::unexpected(managerFound.error());
    const std::optional<User> manager = *managerFound;
    // Who asks whether a customer is on credit hold: a manager, who could still not submit for one.
    Session asManager(db, manager ? *manager : User::system());
    asManager.setToday(today);
    CreditControlService credit(asManager);
    int revised = 0;
    for (const OrderListRow& row : std::as_const(*rows)) {
        if (revised == count)
            break;
        auto stored = OrderRepository(db).loadExisting(row.id);
        if (!stored)
            return std::unexpected(stored.error());
        if (stored->lines.size() < 2)
            continue;
        // A customer with an overdue invoice gets no order submitted, not even by a manager,
        // until one releases the hold: such an order waits unrevised.
        if (auto ok = credit.requireNotOnHold(stored->customerId); !ok) {
            if (ok.error().kind != Error::Kind::Forbidden)
                return std::unexpected(ok.error());
            continue;
        }
        auto owner = users.byId(stored->salespersonId);
        if (!owner)
            return std::unexpected(owner.error());
        if (!*owner)
            continue;
        Session session(db, **owner);
        session.setToday(today);
        OrderIntakeService intake(session);
        auto order = intake.load(row.id);
        if (!order)
            return std::unexpected(order.error());
        // The customer wants more of the first item, drops the last one and adds a second lot.
        order->lines[0].quantity = Quantity::fromRaw(order->lines[0].quantity.raw() + 5000);
        OrderLine extra = order->lines[1];
        extra.id = 0;
        extra.quantity = Quantity::fromUnits(2);
        order->lines.removeLast();
        order->lines << extra;
        // Demo content, in Chinese like the rest of the demo company whatever the UI language.
        order->notes = QStringLiteral("客户来电要求增加第一项的数量。");
        if (auto saved = intake.saveDraft(*order, true); !saved)
            return std::unexpected(saved.error());
        auto sent = intake.submitForConfirmation(*order, true);
        if (!sent && sent.error().kind == Error::Kind::Forbidden && manager) {
            // Over the customer's credit limit: the salesperson's manager sends it, as in the app.
            Session managerSession(db, *manager);
            managerSession.setToday(today);
            OrderIntakeService managerIntake(managerSession);
            auto draft = managerIntake.load(row.id);
            if (!draft)
                return std::unexpected(draft.error());
            sent = managerIntake.submitForConfirmation(*draft, true);
        }
        if (!sent)
            return std::unexpected(sent.error());
        ++revised;
    }
    return revised;
}

} // namespace od
