#include "RiskRepository.h"

#include "SqlValues.h"

#include <sqlite3.h>

namespace od {

namespace {

// The statuses the early warning looks at (RiskRules::applies), on hold included: the status
// index finds them without reading the closed book.
const char* const kOpenStatuses =
    "'awaiting_confirmation', 'confirmed', 'planned', 'in_production', 'ready_to_ship', 'shipped', "
    "'on_hold'";

} // namespace

RiskRepository::RiskRepository(Database& db) : m_db(db) {}

RiskRepository::~RiskRepository() = default;

Error RiskRepository::sqliteError(const QString& what) const
{
    return Database::storageError(what, QString::fromUtf8(SqliteStatement::errorText(m_db.handle())));
}

Result<QList<RiskFacts>> RiskRepository::facts(qint64 orderId)
{
    QList<RiskFacts> out;
    QHash<qint64, qsizetype> index;
    {
        // Through SQLite's own API: every open order is read on each run (124,597 on the
        // million-order demo), where QtSql's values cost more than the query.
        SqliteStatement q;
        // When the current revision was sent matters for orders awaiting confirmation only.
        const QByteArray sql =
            QStringLiteral("SELECT o.id, o.status, o.held_from_status, o.promised_date, o.requested_date, "
                           "CASE WHEN 'awaiting_confirmation' IN (o.status, o.held_from_status) THEN "
                           "coalesce((SELECT max(e.at) FROM order_events e WHERE e.order_id = o.id "
                           "AND e.kind = 'submitted' AND e.revision = o.revision), o.updated_at) END "
                           "FROM orders o WHERE o.status IN (%1)%2")
                .arg(QLatin1String(kOpenStatuses), orderId > 0 ? QStringLiteral(" AND o.id = ?") : QString())
                .toUtf8();
        if (q.prepare(m_db.handle(), SqliteStatement::view(sql)) != SQLITE_OK)
            return std::unexpected(sqliteError(tr("read the open orders for the early warning")));
        if (orderId > 0)
            q.bindInt(1, orderId);
        int step = SQLITE_ROW;
        while ((step = q.step()) == SQLITE_ROW) {
            RiskFacts f;
            f.orderId = q.columnInt(0);
            f.status = OrderStatusInfo::fromKey(q.columnString(1)).value_or(OrderStatus::Draft);
            if (!q.columnText(2).empty())
                f.heldFrom = OrderStatusInfo::fromKey(q.columnString(2));
            f.promisedDate = sqlv::toDate(q.columnText(3));
            f.requestedDate = sqlv::toDate(q.columnText(4));
            if (const std::string_view sent = q.columnText(5); !sent.empty())
                f.sentOn = sqlv::toTimestamp(sent).toLocalTime().date();
            index.insert(f.orderId, out.size());
            out << f;
        }
        if (step != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("read the open orders for the early warning")));
    }
    if (out.isEmpty())
        return out;

    const QString oneOrder = orderId > 0 ? QStringLiteral(" AND p.order_id = ?") : QString();
    QHash<qint64, QPair<qsizetype, qsizetype>> stepAt; // step id → (fact, step)
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT p.order_id, s.id, s.line_no, s.step_no, s.name, s.kind, "
                                 "coalesce(w.code, ''), s.wait_days, s.planned_start, s.planned_finish, "
                                 "s.actual_start, s.actual_finish, s.quantity, s.quantity_done, s.status "
                                 "FROM order_plans p JOIN order_plan_steps s ON s.plan_id = p.id "
                                 "LEFT JOIN work_centres w ON w.id = s.work_centre_id "
                                 "WHERE p.status = 'committed'%1 ORDER BY p.order_id, s.line_no, s.step_no")
                      .arg(oneOrder));
        if (orderId > 0)
            q.addBindValue(orderId);
        if (auto ok = sqlv::exec(q, tr("read the committed plans for the early warning")); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            const auto at = index.constFind(q.value(0).toLongLong());
            if (at == index.cend())
                continue;
            OrderPlanStep s;
            s.id = q.value(1).toLongLong();
            s.lineNo = q.value(2).toInt();
            s.stepNo = q.value(3).toInt();
            s.name = q.value(4).toString();
            s.kind = OrderPlanStep::kindFromKey(q.value(5).toString()).value_or(StepKind::Work);
            s.workCentre = q.value(6).toString();
            s.waitDays = q.value(7).toInt();
            s.plannedStart = sqlv::toDate(q.value(8));
            s.plannedFinish = sqlv::toDate(q.value(9));
            s.actualStart = sqlv::toDate(q.value(10));
            s.actualFinish = sqlv::toDate(q.value(11));
            s.quantity = Quantity::fromRaw(q.value(12).toLongLong());
            s.quantityDone = Quantity::fromRaw(q.value(13).toLongLong());
            s.status = OrderPlanStep::statusFromKey(q.value(14).toString()).value_or(PlanStepStatus::Pending);
            RiskFacts& f = out[*at];
            stepAt.insert(s.id, {*at, f.steps.size()});
            f.steps << s;
        }
    }
    if (!stepAt.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT d.step_id, d.day, d.hours FROM order_plans p "
                                 "JOIN order_plan_steps s ON s.plan_id = p.id AND s.kind = 'work' "
                                 "AND s.status <> 'finished' JOIN order_plan_step_days d ON d.step_id = s.id "
                                 "WHERE p.status = 'committed'%1 ORDER BY d.step_id, d.day")
                      .arg(oneOrder));
        if (orderId > 0)
            q.addBindValue(orderId);
        if (auto ok = sqlv::exec(q, tr("read the committed plans for the early warning")); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            const auto at = stepAt.constFind(q.value(0).toLongLong());
            if (at == stepAt.cend())
                continue;
            out[at->first].steps[at->second].days.append(
                {sqlv::toDate(q.value(1)), Hours::fromRaw(q.value(2).toLongLong())});
        }
    }
    {
        // Shipments not signed for yet: of every order from their own small index (SQLite would
        // rather read all shipments in order: 0.15 s instead of 0.03 s on the million-order
        // demo), of one order from its shipments.
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(orderId > 0
                      ? QStringLiteral("SELECT order_id, min(ship_date) FROM shipments "
                                       "WHERE delivered_on IS NULL AND order_id = ? GROUP BY order_id")
                      : QStringLiteral("SELECT order_id, min(ship_date) FROM shipments "
                                       "INDEXED BY shipments_in_transit WHERE delivered_on IS NULL "
                                       "GROUP BY order_id"));
        if (orderId > 0)
            q.addBindValue(orderId);
        if (auto ok = sqlv::exec(q, tr("read the shipments in transit for the early warning")); !ok)
            return std::unexpected(ok.error());
        while (q.next())
            if (const auto at = index.constFind(q.value(0).toLongLong()); at != index.cend())
                out[*at].inTransitSince = sqlv::toDate(q.value(1));
    }
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT e.order_id, e.exception_no, e.severity, e.raised_at "
                                 "FROM order_exceptions e WHERE e.resolved_at IS NULL%1")
                      .arg(orderId > 0 ? QStringLiteral(" AND e.order_id = ?") : QString()));
        if (orderId > 0)
            q.addBindValue(orderId);
        if (auto ok = sqlv::exec(q, tr("read the open exceptions for the early warning")); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            const auto at = index.constFind(q.value(0).toLongLong());
            if (at == index.cend())
                continue;
            RiskException e;
            e.exceptionNo = q.value(1).toString();
            e.severity =
                ExceptionSeverityInfo::fromKey(q.value(2).toString()).value_or(ExceptionSeverity::Medium);
            e.raisedOn = sqlv::toTimestamp(q.value(3)).toLocalTime().date();
            out[*at].openExceptions << e;
        }
    }
    return out;
}

Result<QHash<qint64, StoredRisk>> RiskRepository::stored(qint64 orderId)
{
    // Through SQLite's own API, as facts() (every stored verdict is read on each run).
    SqliteStatement q;
    if (q.prepare(m_db.handle(), orderId > 0 ? "SELECT order_id, level, forecast_date, reasons, computed_at, "
                                               "level_since FROM order_risks WHERE order_id = ?"
                                             : "SELECT order_id, level, forecast_date, reasons, computed_at, "
                                               "level_since FROM order_risks") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("read the stored risks")));
    if (orderId > 0)
        q.bindInt(1, orderId);
    QHash<qint64, StoredRisk> out;
    int step = SQLITE_ROW;
    while ((step = q.step()) == SQLITE_ROW) {
        StoredRisk r;
        r.orderId = q.columnInt(0);
        r.level = RiskLevelInfo::fromKey(q.columnString(1)).value_or(RiskLevel::OnTrack);
        r.forecastDate = sqlv::toDate(q.columnText(2));
        r.reasonsText = q.columnString(3);
        r.computedAt = q.columnString(4);
        r.levelSince = q.columnString(5);
        out.insert(r.orderId, r);
    }
    if (step != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("read the stored risks")));
    return out;
}

Result<std::optional<RiskRow>> RiskRepository::forOrder(qint64 orderId)
{
    auto one = rows(QStringLiteral("r.order_id = ?"), {orderId}, 1, true);
    if (!one)
        return std::unexpected(one.error());
    if (one->isEmpty())
        return std::optional<RiskRow>();
    return std::optional<RiskRow>(one->first());
}

Status RiskRepository::save(const StoredRisk& risk)
{
    return save(QList<StoredRisk>{risk});
}

Status RiskRepository::save(const QList<StoredRisk>& risks)
{
    // Through SQLite's own API and several rows a statement: the early warning's run over every
    // open order stores a row per order (124,597 on the million-order demo), and QtSql's binding
    // and a statement per row cost more than the inserts themselves.
    constexpr int kColumns = 6;
    if (!m_save.hasSql())
        m_save.setSql(
            "INSERT INTO order_risks (order_id, level, forecast_date, reasons, computed_at, level_since)",
            kColumns,
            "ON CONFLICT (order_id) DO UPDATE SET level = excluded.level, "
            "forecast_date = excluded.forecast_date, reasons = excluded.reasons, "
            "computed_at = excluded.computed_at, level_since = excluded.level_since");
    const auto failed = [this] { return std::unexpected(sqliteError(tr("store an order's risk"))); };
    std::vector<QByteArray> texts; // what the statement's text parameters point into
    for (qsizetype from = 0; from < risks.size(); from += kRowsPerStatement) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerStatement, risks.size() - from);
        SqliteStatement& insert = m_save.forRows(m_db.handle(), size_t(rows));
        if (!insert.isPrepared())
            return failed();
        texts.clear();
        texts.reserve(size_t(rows) * 5);
        for (qsizetype i = 0; i < rows; ++i) {
            const StoredRisk& r = risks[from + i];
            const int at = int(i) * kColumns;
            texts.push_back(RiskLevelInfo::key(r.level).toUtf8());
            texts.push_back(r.forecastDate.isValid() ? r.forecastDate.toString(Qt::ISODate).toLatin1()
                                                     : QByteArray());
            texts.push_back(r.reasonsText.toUtf8());
            texts.push_back(r.computedAt.toUtf8());
            texts.push_back(r.levelSince.toUtf8());
            const QByteArray* t = &texts[texts.size() - 5];
            insert.bindInt(at + 1, r.orderId);
            insert.bindText(at + 2, SqliteStatement::view(t[0]));
            insert.bindTextOrNull(at + 3, SqliteStatement::view(t[1]));
            insert.bindText(at + 4, SqliteStatement::view(t[2]));
            insert.bindText(at + 5, SqliteStatement::view(t[3]));
            insert.bindText(at + 6, SqliteStatement::view(t[4]));
        }
        if (insert.execute() != SQLITE_DONE)
            return failed();
    }
    return {};
}

Status RiskRepository::remove(qint64 orderId)
{
    if (!m_remove) {
        m_remove = std::make_unique<QSqlQuery>(m_db.sql());
        if (auto ok = sqlv::prepare(*m_remove, QStringLiteral("DELETE FROM order_risks WHERE order_id = ?"));
            !ok) {
            m_remove.reset();
            return ok;
        }
    }
    m_remove->bindValue(0, orderId);
    return sqlv::exec(*m_remove, tr("remove an order's risk"));
}

Result<QList<RiskRow>> RiskRepository::rows(const QString& where, const QVariantList& values, int limit,
                                            bool anyLevel)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Flagged lists read the partial index only; late sorts before at risk ('late' > 'at_risk').
    q.prepare(
        QStringLiteral("SELECT o.id, o.order_no, o.customer_name, o.salesperson_id, o.salesperson_name, "
                       "r.level, o.promised_date, r.forecast_date, r.reasons, r.level_since, r.computed_at "
                       "FROM order_risks r%1 JOIN orders o ON o.id = r.order_id "
                       "WHERE %2%3 ORDER BY r.level DESC, r.level_since, r.order_id LIMIT ?")
            .arg(anyLevel ? QString() : QStringLiteral(" INDEXED BY order_risks_flagged"),
                 anyLevel ? QString() : QStringLiteral("r.level <> 'on_track' AND "), where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("list the orders at risk")); !ok)
        return std::unexpected(ok.error());
    QList<RiskRow> out;
    while (q.next()) {
        RiskRow r;
        r.orderId = q.value(0).toLongLong();
        r.orderNo = q.value(1).toString();
        r.customerName = q.value(2).toString();
        r.salespersonId = q.value(3).toLongLong();
        r.salespersonName = q.value(4).toString();
        r.level = RiskLevelInfo::fromKey(q.value(5).toString()).value_or(RiskLevel::AtRisk);
        r.promisedDate = sqlv::toDate(q.value(6));
        r.forecastDate = sqlv::toDate(q.value(7));
        r.reasons = RiskReason::listFromText(q.value(8).toString());
        r.levelSince = sqlv::toTimestamp(q.value(9));
        r.computedAt = sqlv::toTimestamp(q.value(10));
        out << r;
    }
    return out;
}

Result<QList<RiskRow>> RiskRepository::flagged(const QList<RiskLevel>& levels, qint64 salespersonId,
                                               int limit)
{
    QStringList marks;
    QVariantList values;
    for (RiskLevel level : levels) {
        marks << QStringLiteral("?");
        values << RiskLevelInfo::key(level);
    }
    // Both flagged levels are the partial index's whole: no condition, so the read walks the index
    // in its order and stops at the limit.
    const bool everyFlagged = levels.contains(RiskLevel::Late) && levels.contains(RiskLevel::AtRisk);
    QString where = levels.isEmpty() || everyFlagged
                        ? QStringLiteral("1")
                        : QStringLiteral("r.level IN (%1)").arg(marks.join(u','));
    if (everyFlagged)
        values.clear();
    if (salespersonId > 0) {
        where += QStringLiteral(" AND o.salesperson_id = ?");
        values << salespersonId;
    }
    return rows(where, values, limit);
}

Result<QList<RiskRow>> RiskRepository::flaggedSince(const QDateTime& since, qint64 salespersonId, int limit)
{
    QString where = QStringLiteral("r.level_since > ?");
    QVariantList values{sqlv::timestamp(since)};
    if (salespersonId > 0) {
        where += QStringLiteral(" AND o.salesperson_id = ?");
        values << salespersonId;
    }
    return rows(where, values, limit);
}

Result<QDateTime> RiskRepository::lastSeen(qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT seen_at FROM risk_seen WHERE user_id = ?"));
    q.addBindValue(userId);
    if (auto ok = sqlv::exec(q, tr("read when you last looked at the early warning")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? sqlv::toTimestamp(q.value(0)) : QDateTime();
}

Status RiskRepository::setLastSeen(qint64 userId, const QDateTime& at)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO risk_seen (user_id, seen_at) VALUES (?, ?) "
                             "ON CONFLICT (user_id) DO UPDATE SET seen_at = excluded.seen_at"));
    q.addBindValue(userId);
    q.addBindValue(sqlv::timestamp(at));
    return sqlv::exec(q, tr("remember when you looked at the early warning"));
}

} // namespace od
