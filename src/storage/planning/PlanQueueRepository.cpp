#include "PlanQueueRepository.h"

#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace od {

namespace {

// The plans behind the position: bound as ?1 order id, ?2 promised date, ?3 order date,
// ?4 the centres as a JSON array.
const char* const kQueue =
    "WITH queue AS (SELECT p.id AS plan_id, o.id AS order_id, o.order_no, o.order_date, o.requested_date, "
    "coalesce(p.promised_date, o.promised_date) AS promised "
    "FROM order_plans p JOIN orders o ON o.id = p.order_id AND o.revision = p.revision "
    "WHERE p.status = 'committed' AND o.id <> ?1 AND (o.status IN ('planned', 'in_production') OR "
    "(o.status = 'on_hold' AND o.held_from_status IN ('planned', 'in_production')))), "
    "behind AS (SELECT q.* FROM queue q WHERE (q.promised > ?2 OR (q.promised = ?2 AND (q.order_date > ?3 OR "
    "(q.order_date = ?3 AND q.order_id > ?1)))) AND EXISTS (SELECT 1 FROM order_plan_steps t "
    "WHERE t.plan_id = q.plan_id AND t.work_centre_id IN (SELECT value FROM json_each(?4)))) ";

Error failure(sqlite3* db)
{
    return Database::storageError(QStringLiteral("read the plans"),
                                  QString::fromUtf8(SqliteStatement::errorText(db)));
}

} // namespace

Result<PlansBehind> PlanQueueRepository::behind(const QueuePosition& position, const QSet<qint64>& centreIds)
{
    PlansBehind out;
    // An order not promised yet comes after every promised one: nothing is behind it.
    if (!position.promisedDate.isValid() || centreIds.isEmpty())
        return out;
    QJsonArray centres;
    for (qint64 id : centreIds)
        centres.append(id);
    const QByteArray centreJson = QJsonDocument(centres).toJson(QJsonDocument::Compact);
    const QByteArray promised = position.promisedDate.toString(Qt::ISODate).toLatin1();
    const QByteArray ordered = position.orderDate.toString(Qt::ISODate).toLatin1();
    sqlite3* db = m_db.handle();

    SqliteStatement steps;
    if (steps.prepare(
            db, std::string(kQueue) +
                    "SELECT b.order_id, b.order_no, b.order_date, b.requested_date, b.promised, s.id, "
                    "s.line_no, s.step_no, s.kind, coalesce(s.work_centre_id, 0), coalesce(w.code, ''), "
                    "s.hours, s.quantity, s.wait_days, s.planned_start, s.planned_finish, "
                    "coalesce(s.not_before, ''), coalesce(s.actual_start, ''), s.quantity_done, s.status "
                    "FROM behind b JOIN order_plan_steps s ON s.plan_id = b.plan_id "
                    "LEFT JOIN work_centres w ON w.id = s.work_centre_id "
                    "ORDER BY b.promised, b.order_date, b.order_id, s.line_no = 0, s.line_no, "
                    "s.step_no") != SQLITE_OK)
        return std::unexpected(failure(db));
    const std::string promisedText = promised.toStdString();
    const std::string orderedText = ordered.toStdString();
    steps.bindInt(1, position.orderId);
    steps.bindText(2, promisedText);
    steps.bindText(3, orderedText);
    steps.bindText(4, SqliteStatement::view(centreJson));
    int rc = SQLITE_ROW;
    qint64 lastOrder = 0;
    CommittedPlanStep row;
    while ((rc = steps.step()) == SQLITE_ROW) {
        const qint64 orderId = steps.columnInt(0);
        if (orderId != lastOrder) {
            lastOrder = orderId;
            row.orderId = orderId;
            row.orderNo = steps.columnString(1);
            row.orderDate = sqlv::toDate(steps.columnText(2));
            row.requestedDate = sqlv::toDate(steps.columnText(3));
            row.promisedDate = sqlv::toDate(steps.columnText(4));
        }
        OrderPlanStep& step = row.step;
        step = OrderPlanStep();
        step.id = steps.columnInt(5);
        step.lineNo = int(steps.columnInt(6));
        step.stepNo = int(steps.columnInt(7));
        step.kind = OrderPlanStep::kindFromKey(steps.columnString(8)).value_or(StepKind::Work);
        step.workCentreId = steps.columnInt(9);
        step.workCentre = steps.columnString(10);
        step.hours = Hours::fromRaw(steps.columnInt(11));
        step.quantity = Quantity::fromRaw(steps.columnInt(12));
        step.waitDays = int(steps.columnInt(13));
        step.plannedStart = sqlv::toDate(steps.columnText(14));
        step.plannedFinish = sqlv::toDate(steps.columnText(15));
        step.notBefore = sqlv::toDate(steps.columnText(16));
        step.actualStart = sqlv::toDate(steps.columnText(17));
        step.quantityDone = Quantity::fromRaw(steps.columnInt(18));
        step.status = OrderPlanStep::statusFromKey(steps.columnString(19)).value_or(PlanStepStatus::Pending);
        out.steps << row;
    }
    if (rc != SQLITE_DONE)
        return std::unexpected(failure(db));
    if (out.steps.isEmpty())
        return out;

    SqliteStatement load;
    if (load.prepare(db, std::string(kQueue) +
                             "SELECT s.work_centre_id, d.day, sum(d.hours) FROM behind b "
                             "JOIN order_plan_steps s ON s.plan_id = b.plan_id "
                             "JOIN order_plan_step_days d ON d.step_id = s.id "
                             "WHERE s.work_centre_id IS NOT NULL GROUP BY s.work_centre_id, d.day") !=
        SQLITE_OK)
        return std::unexpected(failure(db));
    load.bindInt(1, position.orderId);
    load.bindText(2, promisedText);
    load.bindText(3, orderedText);
    load.bindText(4, SqliteStatement::view(centreJson));
    while ((rc = load.step()) == SQLITE_ROW)
        out.load << WorkCentreDayLoad{load.columnInt(0), sqlv::toDate(load.columnText(1)),
                                      Hours::fromRaw(load.columnInt(2))};
    if (rc != SQLITE_DONE)
        return std::unexpected(failure(db));
    return out;
}

} // namespace od
