#include "ChangeBenchmarks.h"

#include "BenchBook.h"

#include "ChangeRequestService.h"
#include "Database.h"
#include "OrderQueryService.h"
#include "Timing.h"

#include <QSqlQuery>

namespace od::bench {

QList<BenchResult> ChangeBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    std::unique_ptr<Database>* db = &book->db;
    const std::optional<User> manager = book->first(Role::Manager);
    if (!manager) {
        *error = QStringLiteral("the database has no active manager");
        return {};
    }
    // The planned order promised first: every other committed plan is behind it, the most work
    // an impact can have.
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("SELECT o.id, (SELECT count(*) FROM order_plans c WHERE c.status = 'committed') "
                          "FROM order_plans p JOIN orders o ON o.id = p.order_id AND o.revision = p.revision "
                          "WHERE p.status = 'committed' AND o.status = 'planned' "
                          "ORDER BY p.promised_date, o.order_date, o.id LIMIT 1"));
    if (!q.next()) {
        *error = QStringLiteral("the database has no planned order to change");
        return {};
    }
    const qint64 orderId = q.value(0).toLongLong();
    const qint64 committed = q.value(1).toLongLong();
    q.finish();
    Session session(**db, *manager);
    auto order = OrderQueryService(session).order(orderId);
    if (!order || order->lines.isEmpty()) {
        *error = order ? QStringLiteral("the planned order has no lines") : order.error().message;
        return {};
    }
    ChangeRequest draft;
    draft.orderId = orderId;
    draft.reason = QStringLiteral("benchmark");
    // Half as many pieces again on the first line.
    const OrderLine& first = order->lines.first();
    draft.quantities << ChangeQuantity{first.lineNo, Quantity::fromRaw(first.quantity.raw() * 3 / 2)};

    QList<BenchResult> out;
    int pushed = 0;
    QString failure;
    BenchResult impact;
    impact.name = QStringLiteral("Change impact (totals, CTP date, orders pushed, credit)");
    impact.budgetMs = ImpactBudgetMs;
    impact.medianMs = medianMs(m_runs, [&] {
        auto computed = ChangeRequestService(session).impact(draft);
        if (!computed)
            failure = computed.error().message;
        pushed = computed ? int(computed->pushed.size()) : 0;
        return computed.has_value();
    });
    if (!failure.isEmpty()) {
        *error = failure;
        return {};
    }
    impact.note =
        QStringLiteral("ChangeRequestService::impact on %1 line %2 ×1.5: %3 committed plans, %4 pushed")
            .arg(order->orderNo)
            .arg(first.lineNo)
            .arg(committed)
            .arg(pushed);
    out << impact;

    qsizetype rows = 0;
    BenchResult list;
    list.name = QStringLiteral("Changes page, every change request");
    list.budgetMs = ListBudgetMs;
    list.medianMs = medianMs(m_runs, [&] {
        auto listed = ChangeRequestService(session).list(ChangeRequestFilter{}, 500);
        rows = listed ? listed->size() : 0;
        return listed.has_value();
    });
    list.note = QStringLiteral("ChangeRequestService::list as the page opens it: %1 rows").arg(rows);
    out << list;
    return out;
}

} // namespace od::bench
