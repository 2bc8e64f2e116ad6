#include "SuggestionBenchmarks.h"

#include "BenchBook.h"
#include "SuggestionService.h"
#include "Timing.h"

namespace od::bench {

QList<BenchResult> SuggestionBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    const std::optional<User> manager = book->first(Role::Manager);
    const QDate today = book->dayAfterLastOrder();
    if (!manager || !today.isValid()) {
        *error = QStringLiteral("the database needs orders and a manager");
        return {};
    }
    Session session(*book->db, *manager);
    session.setToday(today);
    SuggestionReport shown;
    QString failure;
    BenchResult r;
    r.name = QStringLiteral(
        "Allocation suggestions: re-plan, then once per loaded centre and per step move tried (manager)");
    r.budgetMs = SuggestionsBudgetMs;
    r.medianMs = medianMs(qMin(m_runs, 9), [&] {
        auto report = SuggestionService(session).report();
        if (!report) {
            failure = report.error().message;
            return false;
        }
        shown = *report;
        return true;
    });
    int saved = 0, moves = 0;
    for (const Suggestion& s : shown.suggestions) {
        saved += int(s.saved.size());
        moves += s.kind == SuggestionKind::MoveStep ? 1 : 0;
    }
    r.note = QStringLiteral("SuggestionService::report on %1: %2 orders re-planned, %3 late, %4 suggestions "
                            "(%5 step moves) saving %6 orders")
                 .arg(today.toString(Qt::ISODate))
                 .arg(shown.ordersPlanned)
                 .arg(shown.late.size())
                 .arg(shown.suggestions.size())
                 .arg(moves)
                 .arg(saved);
    if (!failure.isEmpty())
        r.note += QStringLiteral("; failed: %1").arg(failure);
    return {r};
}

} // namespace od::bench
