#include "SaveBenchmark.h"

#include "CustomerRepository.h"
#include "OrderIntakeService.h"
#include "ProductRepository.h"
#include "Timing.h"
#include "UserRepository.h"

namespace od::bench {

BenchResult SaveBenchmark::run(QString* error)
{
    BenchResult r;
    r.name = QStringLiteral("save a new %1-line order").arg(Lines);
    r.budgetMs = BudgetMs;
    auto db = Database::open(m_path);
    if (!db) {
        *error = db.error().message;
        return r;
    }
    auto users = UserRepository(**db).all();
    if (!users) {
        *error = users.error().message;
        return r;
    }
    User salesperson;
    for (const User& u : *users)
        if (u.active && u.role == Role::Salesperson && salesperson.id == 0)
            salesperson = u;
    if (salesperson.id == 0) {
        *error = QStringLiteral("the database has no salesperson");
        return r;
    }
    auto customers = CustomerRepository(**db).search(QString(), 1, false);
    auto products = ProductRepository(**db).search(QString(), Lines, false);
    if (!customers || customers->isEmpty() || !products || products->size() < Lines) {
        *error = QStringLiteral("the database needs a customer and %1 products").arg(Lines);
        return r;
    }

    Session session(**db, salesperson);
    OrderIntakeService intake(session);
    Order order = intake.newDraft();
    order.customerId = customers->first().id;
    order.requestedDate = session.today().addDays(60);
    for (const Product& p : *products) {
        OrderLine line;
        line.productId = p.id;
        line.quantity = Quantity::fromUnits(3);
        line.unit = p.unit;
        line.unitPrice = p.unitPrice;
        line.description = QStringLiteral("法兰标准GB/T 9113，介质：热水 80℃");
        order.lines << line;
    }
    QString failure;
    r.medianMs = medianMs(m_runs, [&] {
        Order copy = order;
        auto outcome = intake.saveDraft(copy, true);
        if (!outcome || !outcome->saved) {
            failure = outcome ? outcome->report.summary() : outcome.error().message;
            return false;
        }
        return true;
    });
    if (!failure.isEmpty())
        *error = failure;
    r.note = QStringLiteral("OrderIntakeService::saveDraft as %1, one transaction with synchronous=FULL")
                 .arg(salesperson.name);
    return r;
}

} // namespace od::bench
