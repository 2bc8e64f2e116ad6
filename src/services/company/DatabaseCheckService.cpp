#include "DatabaseCheckService.h"

#include "Database.h"

#include "DatabaseCheckRepository.h"
#include "Money.h"
#include "OrderStatus.h"
#include "WorkCentreLoadRepository.h"

namespace od {

DatabaseCheckService::DatabaseCheckService(Session& session) : m_db(session.db()) {}

namespace {

QString money(qint64 minor)
{
    return Money::fromMinor(minor).toDecimalString();
}

} // namespace

Result<QList<DatabaseProblem>> DatabaseCheckService::run(const StepCallback& onStep)
{
    DatabaseCheckRepository repo(m_db);
    QList<DatabaseProblem> problems;
    const auto step = [&](const QString& name) {
        if (onStep)
            onStep(name);
    };
    const auto more = [&](const QString& check, qsizetype found) {
        if (found > MaxPerCheck)
            problems << DatabaseProblem{check, tr("… and more problems of this kind.")};
    };

    step(tr("Checking the database file"));
    auto integrity = repo.integrityProblems(MaxPerCheck + 1);
    if (!integrity)
        return std::unexpected(integrity.error());
    for (const QString& line : integrity->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("integrity"), tr("Database file: %1").arg(line)};
    more(QStringLiteral("integrity"), integrity->size());

    step(tr("Checking references between records"));
    auto references = repo.foreignKeyViolations(MaxPerCheck + 1);
    if (!references)
        return std::unexpected(references.error());
    for (const ForeignKeyViolation& v : references->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("foreign_key"),
            tr("Row %1 of %2 refers to a missing record in %3.").arg(v.rowId).arg(v.table, v.parentTable)};
    more(QStringLiteral("foreign_key"), references->size());

    step(tr("Checking order totals"));
    auto totals = repo.orderTotalsMismatches(MaxPerCheck + 1);
    if (!totals)
        return std::unexpected(totals.error());
    for (const OrderTotalsMismatch& m : totals->mid(0, MaxPerCheck)) {
        if (m.subtotalMinor != m.linesSumMinor)
            problems << DatabaseProblem{QStringLiteral("order_totals"),
                                        tr("Order %1: subtotal %2 but its lines add up to %3.")
                                            .arg(m.orderNo, money(m.subtotalMinor), money(m.linesSumMinor))};
        if (m.totalMinor != m.subtotalMinor + m.taxMinor)
            problems << DatabaseProblem{
                QStringLiteral("order_totals"),
                tr("Order %1: total %2 is not subtotal %3 + tax %4.")
                    .arg(m.orderNo, money(m.totalMinor), money(m.subtotalMinor), money(m.taxMinor))};
        if (m.lineCount != m.actualLineCount)
            problems << DatabaseProblem{QStringLiteral("order_totals"),
                                        tr("Order %1: says %2 lines but has %3.")
                                            .arg(m.orderNo)
                                            .arg(m.lineCount)
                                            .arg(m.actualLineCount)};
    }
    more(QStringLiteral("order_totals"), totals->size());

    step(tr("Checking order statuses"));
    QStringList keys;
    for (OrderStatus s : OrderStatusInfo::all())
        keys << OrderStatusInfo::key(s);
    auto unknown = repo.ordersWithUnknownStatus(keys, MaxPerCheck + 1);
    if (!unknown)
        return std::unexpected(unknown.error());
    for (const QString& orderNo : unknown->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("status"),
                                    tr("Order %1 has a status this version does not know.").arg(orderNo)};
    more(QStringLiteral("status"), unknown->size());

    step(tr("Checking the search index"));
    auto missing = repo.ordersMissingFromSearch(MaxPerCheck + 1);
    if (!missing)
        return std::unexpected(missing.error());
    for (const QString& orderNo : missing->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("search_index"),
            tr("Order %1 cannot be found by search (no search-index row).").arg(orderNo)};
    more(QStringLiteral("search_index"), missing->size());
    auto orphans = repo.orphanSearchRows(MaxPerCheck + 1);
    if (!orphans)
        return std::unexpected(orphans.error());
    for (qint64 rowId : orphans->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("search_index"),
            tr("The search index has a row (%1) for an order that does not exist.").arg(rowId)};
    more(QStringLiteral("search_index"), orphans->size());

    step(tr("Checking the planned load of the work centres"));
    auto load = WorkCentreLoadRepository(m_db).mismatches(MaxPerCheck + 1);
    if (!load)
        return std::unexpected(load.error());
    for (const WorkCentreLoadMismatch& m : load->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("planned_load"),
                                    tr("Work centre %1 on %2: the committed plans add up to %3 hours, the "
                                       "planned load says %4.")
                                        .arg(m.workCentre, m.date.toString(Qt::ISODate),
                                             m.planned.toDecimalString(), m.kept.toDecimalString())};
    more(QStringLiteral("planned_load"), load->size());
    return problems;
}

} // namespace od
