#include "DemoBulkWriter.h"

#include "BulkOrderLineTables.h"
#include "BulkOrderMilestoneTables.h"
#include "BulkOrderTables.h"
#include "BulkSearchIndexTables.h"
#include "BulkSettlementWriter.h"
#include "DashboardSummarySql.h"
#include "OnTimeSummarySql.h"
#include "Platform.h"
#include "Role.h"
#include "StageSpanSql.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>

namespace od {

namespace {

// The tables the loader writes itself, whose secondary indexes may be rebuilt once at the end
// instead of row by row (the stage spans' two: 0.6 s of CPU instead of 1.3 s per 100,000 orders;
// the invoices' and payments': 2.8 s instead of 3.9 s of writing on the million-order demo, for
// 0.5 s more of rebuilding). (The lines come from the scratch database with their indexes.)
constexpr const char* kBulkTables =
    "'order_events', 'confirmations', 'shipments', 'order_stage_spans', 'invoices', "
    "'invoice_lines', 'payments', 'payment_applications'";

constexpr int kBusyTimeoutMs = 5000;

// What the scratch databases hold at most per order, their peak included (the search index's
// final merge writes its new segment beside the old ones): about 1.4 KiB on the demo.
constexpr qint64 kScratchBytesPerOrder = 1600;

// Indexes that stay in place during the load: rows arrive in the order of their keys (events and
// confirmations by order), so keeping them costs less than building them afterwards. The others
// are dropped and built once at the end. order_stage_spans_stage stays too: the spans are written
// at the end in its key's order. (The orders and their lines come from scratch databases with
// their indexes.)
const QStringList kLiveIndexes = {QStringLiteral("order_events_order"), QStringLiteral("confirmations_order"),
                                  QStringLiteral("order_stage_spans_stage")};

// The tables copied from the orders' and the first shipments' scratch writers: the orders, their
// first shipments, their deliveries.
constexpr const char* kOrderTables[] = {BulkOrderTables::table, BulkOrderMilestoneTables::Tables[0],
                                        BulkOrderMilestoneTables::Tables[1]};

std::string utf8(const QString& s)
{
    return s.toStdString();
}

} // namespace

DemoBulkWriter::DemoBulkWriter(Database& db) : m_db(db) {}

DemoBulkWriter::~DemoBulkWriter()
{
    rollback();
}

Error DemoBulkWriter::sqliteError(const QString& what) const
{
    return Database::storageError(what, QString::fromUtf8(SqliteStatement::errorText(m_conn)));
}

Status DemoBulkWriter::run(const char* sql, const QString& what)
{
    char* message = nullptr;
    if (sqlite3_exec(m_conn, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return std::unexpected(Database::storageError(what, error));
    }
    return {};
}

Result<bool> DemoBulkWriter::hasBusinessData()
{
    SqliteStatement q;
    if (q.prepare(m_db.handle(),
                  "SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM orders)") != SQLITE_OK ||
        q.step() != SQLITE_ROW)
        return std::unexpected(Database::storageError(
            tr("read the database"), QString::fromUtf8(SqliteStatement::errorText(m_db.handle()))));
    return q.columnInt(0) != 0;
}

bool DemoBulkWriter::scratchInMemory(qint64 orders, qint64 physicalMemory)
{
    return physicalMemory > 0 && orders <= physicalMemory / 4 / kScratchBytesPerOrder;
}

Status DemoBulkWriter::begin(qint64 expectedOrders, qint64 physicalMemory)
{
    if (m_conn)
        return std::unexpected(Error::storage(tr("Loading has already started.")));
    {
        SqliteStatement q;
        if (q.prepare(m_db.handle(), "PRAGMA journal_mode") != SQLITE_OK || q.step() != SQLITE_ROW)
            return std::unexpected(
                Database::storageError(tr("read the database settings"),
                                       QString::fromUtf8(SqliteStatement::errorText(m_db.handle()))));
        m_journalMode = q.columnString(0);
    }
    // With a rollback journal the pages of a fresh file are written once; in WAL mode they are
    // written to the log and copied again. Leaving WAL takes being the only connection (the
    // app's own is idle while this runs): when another program has the file open, the load
    // stays in WAL mode, without waiting.
    if (m_journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
        sqlite3_busy_timeout(m_db.handle(), 0);
        m_appLeftWal = sqlite3_exec(m_db.handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr,
                                    nullptr) == SQLITE_OK;
        sqlite3_busy_timeout(m_db.handle(), kBusyTimeoutMs);
    }
    // Only this thread uses the connection: SQLite's locking of it on every call would only cost time.
    if (sqlite3_open_v2(m_db.path().toUtf8().constData(), &m_conn,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK) {
        const Error error = sqliteError(tr("open the database %1").arg(m_db.path()));
        close();
        return std::unexpected(error);
    }
    sqlite3_busy_timeout(m_conn, kBusyTimeoutMs);
    // A large cache keeps the pages being appended to in memory; syncing is pointless for a
    // load that is thrown away whole on any failure; the generator's references are right by
    // construction, so foreign keys are not looked up row by row (the check command verifies).
    // Index builds at the end may sort on a second core (the search index is done by then).
    for (const char* pragma :
         {"PRAGMA cache_size = -524288", "PRAGMA synchronous = OFF", "PRAGMA foreign_keys = OFF",
          "PRAGMA temp_store = MEMORY", "PRAGMA threads = 2"}) {
        if (auto ok = run(pragma, tr("prepare the database for loading")); !ok)
            return ok;
    }

    // In memory the scratch tables cost no writing to disk and no reading back; a load too large
    // for the computer's memory writes them to files next to the database instead.
    if (auto ok = startScratchWriters(
            scratchInMemory(expectedOrders, physicalMemory < 0 ? Platform::physicalMemory() : physicalMemory)
                ? BulkScratchWriter::Place::Memory
                : BulkScratchWriter::Place::File);
        !ok)
        return ok;

    // A deferred BEGIN: IMMEDIATE would lock the attached scratch file too, which the worker is
    // writing. The first DROP INDEX below takes the write lock on the database straight away.
    if (auto ok = run("BEGIN", tr("start loading")); !ok)
        return ok;
    m_inTransaction = true;
    {
        SqliteStatement list;
        const std::string sql =
            std::string("SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND sql IS "
                        "NOT NULL AND tbl_name IN (") +
            kBulkTables + ") ORDER BY rowid";
        if (list.prepare(m_conn, sql) != SQLITE_OK)
            return std::unexpected(sqliteError(tr("read the schema")));
        while (list.step() == SQLITE_ROW) {
            const QString name = list.columnString(0);
            if (!kLiveIndexes.contains(name))
                m_droppedIndexes << qMakePair(name, list.columnString(1));
        }
    }
    for (const auto& [name, create] : m_droppedIndexes) {
        const QByteArray drop = "DROP INDEX main.\"" + name.toUtf8() + '"';
        if (auto ok = run(drop.constData(), tr("prepare the database for loading")); !ok)
            return ok;
    }
    // The dashboard's and the on-time report's summaries and the stage spans are counted once at
    // the end instead of row by row (the order lines' triggers would also stop their straight copy).
    QList<const char*> triggers(std::begin(DashboardSummarySql::RowTriggers),
                                std::end(DashboardSummarySql::RowTriggers));
    triggers.append(
        QList<const char*>(std::begin(StageSpanSql::RowTriggers), std::end(StageSpanSql::RowTriggers)));
    triggers.append(QList<const char*>(std::begin(OnTimeSummarySql::RowTriggers),
                                       std::end(OnTimeSummarySql::RowTriggers)));
    if (auto ok = dropTriggers(triggers); !ok)
        return ok;
    m_countSummaries = !m_droppedTriggers.isEmpty();
    // SQLite copies the orders and their first shipment and delivery rows from their scratch
    // databases as they are only into tables without triggers; the others on them act on changes,
    // of which the load makes none.
    for (const char* table : kOrderTables)
        if (auto ok = dropTriggersOn(table); !ok)
            return ok;
    return prepareStatements();
}

Status DemoBulkWriter::dropTriggersOn(const char* table)
{
    QList<QByteArray> names;
    {
        SqliteStatement q;
        if (q.prepare(m_conn,
                      "SELECT name FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1") !=
            SQLITE_OK)
            return std::unexpected(sqliteError(tr("read the schema")));
        q.bindText(1, table);
        while (q.step() == SQLITE_ROW)
            names << QByteArray(q.columnText(0).data(), qsizetype(q.columnText(0).size()));
    }
    QList<const char*> triggers;
    for (const QByteArray& name : std::as_const(names))
        triggers << name.constData();
    return dropTriggers(triggers);
}

Status DemoBulkWriter::dropTriggers(const QList<const char*>& triggers)
{
    for (const char* trigger : triggers) {
        SqliteStatement q;
        if (q.prepare(m_conn, "SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?1") !=
            SQLITE_OK)
            return std::unexpected(sqliteError(tr("read the schema")));
        q.bindText(1, trigger);
        if (q.step() != SQLITE_ROW)
            continue;
        m_droppedTriggers << qMakePair(QString::fromLatin1(trigger), q.columnString(0));
        const QByteArray drop = QByteArray("DROP TRIGGER main.\"") + trigger + '"';
        if (auto ok = run(drop.constData(), tr("prepare the database for loading")); !ok)
            return ok;
    }
    return {};
}

void DemoBulkWriter::endOrders()
{
    // The scratch writers complete their tables on the other core meanwhile.
    for (Scratch& scratch : m_scratch)
        scratch.writer->endInput();
}

Status DemoBulkWriter::writeStageSpans()
{
    if (!m_inTransaction)
        return std::unexpected(Error::storage(tr("Loading has not started.")));
    endOrders();
    if (m_stageSpans.write(m_conn) != SQLITE_OK)
        return std::unexpected(sqliteError(tr("measure the stages of the orders")));
    return {};
}

Status DemoBulkWriter::insertSettlement(BulkSettlement& book)
{
    if (!m_inTransaction)
        return std::unexpected(Error::storage(tr("Loading has not started.")));
    endOrders();
    if (auto ok = dropTriggers(QList<const char*>(std::begin(BulkSettlementWriter::DerivedTriggers),
                                                  std::end(BulkSettlementWriter::DerivedTriggers)));
        !ok)
        return ok;
    // The payment stage each paid order ends joins the other spans of the load.
    return BulkSettlementWriter(m_conn).write(
        book, [this](qint64 orderId, const BulkStageSpan& span) { m_stageSpans.add(orderId, span); });
}

Status DemoBulkWriter::startScratchWriters(BulkScratchWriter::Place place)
{
    // The scratch tables are created from the target's own definitions.
    std::string createSearch, createLines;
    std::vector<std::string> createLineIndexes;
    BulkTableDefinition orderTables[std::size(kOrderTables)];
    for (size_t i = 0; i < std::size(kOrderTables); ++i) {
        SqliteStatement q;
        if (q.prepare(m_conn,
                      "SELECT type, sql FROM main.sqlite_schema WHERE tbl_name = ?1 "
                      "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY rowid") != SQLITE_OK)
            return std::unexpected(sqliteError(tr("read the schema")));
        q.bindText(1, kOrderTables[i]);
        while (q.step() == SQLITE_ROW) {
            if (q.columnText(0) == "index")
                orderTables[i].createIndexes.emplace_back(q.columnText(1));
            else
                orderTables[i].createTable.assign(q.columnText(1));
        }
        if (orderTables[i].createTable.empty())
            return std::unexpected(Error::storage(
                tr("The database has no table %1.").arg(QString::fromLatin1(kOrderTables[i]))));
    }
    {
        SqliteStatement q;
        if (q.prepare(m_conn, "SELECT type, sql FROM main.sqlite_schema WHERE (name = ?1 OR tbl_name = ?2) "
                              "AND sql IS NOT NULL ORDER BY rowid") != SQLITE_OK)
            return std::unexpected(sqliteError(tr("read the schema")));
        q.bindText(1, m_searchTable);
        q.bindText(2, BulkOrderLineTables::table);
        while (q.step() == SQLITE_ROW) {
            std::string sql(q.columnText(1));
            if (q.columnText(0) == "index")
                createLineIndexes.push_back(std::move(sql));
            else if (sql.starts_with("CREATE VIRTUAL TABLE"))
                createSearch = std::move(sql);
            else if (q.columnText(0) == "table") // not the lines' triggers
                createLines = std::move(sql);
        }
        if (createSearch.empty() || createLines.empty())
            return std::unexpected(
                Error::storage(tr("The database has no order lines or search index table.")));
    }
    qint64 lastLineId = 0;
    for (const char* table : {BulkOrderTables::table, BulkOrderLineTables::table}) {
        SqliteStatement q;
        if (q.prepare(m_conn, std::string("SELECT coalesce(max(id), 0) FROM main.") + table) != SQLITE_OK ||
            q.step() != SQLITE_ROW)
            return std::unexpected(sqliteError(tr("read the orders")));
        (table == BulkOrderTables::table ? m_lastOrderId : lastLineId) = q.columnInt(0);
    }

    m_scratch.clear();
    // One at a time while this core still writes its own tables (commit() gives a second).
    m_completionSlots = std::make_unique<BulkScratchWriter::CompletionSlots>(1);
    m_scratch.push_back(
        {std::make_unique<BulkScratchWriter>(std::make_unique<BulkOrderTables>(std::move(orderTables[0]))),
         "od_orders", QStringLiteral(".demo-orders")});
    m_scratch.push_back({std::make_unique<BulkScratchWriter>(std::make_unique<BulkOrderMilestoneTables>(
                             std::move(orderTables[1]), std::move(orderTables[2]))),
                         "od_milestones", QStringLiteral(".demo-milestones"), false});
    m_scratch.push_back({std::make_unique<BulkScratchWriter>(std::make_unique<BulkOrderLineTables>(
                             std::move(createLines), std::move(createLineIndexes), lastLineId)),
                         "od_lines", QStringLiteral(".demo-lines")});
    m_scratch.push_back({std::make_unique<BulkScratchWriter>(
                             std::make_unique<BulkSearchIndexTables>(std::move(createSearch))),
                         "od_search", QStringLiteral(".demo-search")});
    for (Scratch& scratch : m_scratch) {
        if (scratch.takesTurns)
            scratch.writer->setCompletionSlots(m_completionSlots.get());
        // An in-memory name of its own for every load this process makes.
        static std::atomic<int> loads;
        const QString name = place == BulkScratchWriter::Place::Memory ? QStringLiteral("orderdesk-%1-%2%3")
                                                                             .arg(Platform::processId())
                                                                             .arg(++loads)
                                                                             .arg(scratch.fileSuffix)
                                                                       : m_db.path() + scratch.fileSuffix;
        auto ok = scratch.writer->start(name, place);
        if (!ok && place == BulkScratchWriter::Place::Memory) { // a SQLite without memdb
            spdlog::warn("demo data: no scratch database in memory ({}), writing files",
                         ok.error().message.toStdString());
            place = BulkScratchWriter::Place::File;
            ok = scratch.writer->start(m_db.path() + scratch.fileSuffix, place);
        }
        if (!ok)
            return std::unexpected(
                Database::storageError(tr("prepare the database for loading"), ok.error().message));
        // Attached before the transaction (SQLite allows it only then) so that the finished tables
        // can be copied with INSERT … SELECT, which moves records without decoding them.
        SqliteStatement attach;
        const QByteArray path = scratch.writer->scratchPath().toUtf8();
        if (attach.prepare(m_conn, "ATTACH DATABASE ? AS " + scratch.schema) != SQLITE_OK)
            return std::unexpected(sqliteError(tr("prepare the database for loading")));
        attach.bindText(1, SqliteStatement::view(path));
        if (attach.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("prepare the database for loading")));
        scratch.attached = true;
    }
    return {};
}

Status DemoBulkWriter::prepareStatements()
{
    struct Item
    {
        SqliteStatement* statement;
        const char* sql;
    };
    const Item items[] = {
        {&m_insertUser,
         "INSERT INTO users (name, display_name, role, active, created_at) VALUES (?, ?, ?, ?, ?)"},
        {&m_insertCustomer, "INSERT INTO customers (code, name, contact, phone, email, address, "
                            "credit_limit, payment_terms_days, notes, "
                            "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?11)"},
        {&m_insertProduct, "INSERT INTO products (sku, name, spec, unit, unit_price, lead_time_days, "
                           "requires_spec, active, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?9)"},
        {&m_insertWorkCentre,
         "INSERT INTO work_centres (code, name, department, hours_per_shift, shifts, units, "
         "efficiency_bp, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?9)"},
        {&m_insertRoutingStep,
         "INSERT INTO routing_steps (product_id, step_no, name, work_centre_id, setup_hours, "
         "run_hours_per_unit, wait_days, purchase_lead_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertRoutingAlternative,
         "INSERT INTO routing_step_alternatives (routing_step_id, work_centre_id) VALUES (?, ?)"},
        {&m_insertConfirmation, "INSERT INTO confirmations (order_id, revision, contact_name, channel, "
                                "confirmed_at, remarks, recorded_by, "
                                "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertShipment,
         "INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, tracking_no, "
         "delivered_on, received_by, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    };
    for (const Item& item : items) {
        if (item.statement->prepare(m_conn, item.sql) != SQLITE_OK)
            return std::unexpected(sqliteError(tr("prepare the demo data")));
    }
    // An order's timeline goes in with one statement.
    m_insertEvents.setSql("INSERT INTO order_events (order_id, at, user_id, kind, revision, data)", 6);
    m_insertShipmentLines.setSql("INSERT INTO shipment_lines (shipment_id, order_line_no, quantity)", 3);
    return {};
}

Result<qint64> DemoBulkWriter::userId(const User& user, std::string_view createdAt)
{
    SqliteStatement find;
    const std::string name = utf8(user.name);
    if (find.prepare(m_conn, "SELECT id FROM users WHERE name = ?") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("read the users")));
    find.bindText(1, name);
    if (find.step() == SQLITE_ROW)
        return find.columnInt(0);

    const std::string displayName = utf8(user.displayName);
    const std::string role = utf8(RoleInfo::key(user.role));
    m_insertUser.bindText(1, name);
    m_insertUser.bindText(2, displayName);
    m_insertUser.bindText(3, role);
    m_insertUser.bindInt(4, user.active ? 1 : 0);
    m_insertUser.bindText(5, createdAt);
    if (m_insertUser.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("save the user %1").arg(user.name)));
    return qint64(sqlite3_last_insert_rowid(m_conn));
}

Result<qint64> DemoBulkWriter::insertCustomer(const Customer& c, std::string_view createdAt)
{
    const std::string fields[] = {utf8(c.code),  utf8(c.name),    utf8(c.contact), utf8(c.phone),
                                  utf8(c.email), utf8(c.address), utf8(c.notes)};
    for (int i = 0; i < 6; ++i)
        m_insertCustomer.bindText(i + 1, fields[i]);
    m_insertCustomer.bindInt(7, c.creditLimit.minor());
    m_insertCustomer.bindInt(8, c.paymentTermsDays);
    m_insertCustomer.bindText(9, fields[6]);
    m_insertCustomer.bindInt(10, c.active ? 1 : 0);
    m_insertCustomer.bindText(11, createdAt);
    if (m_insertCustomer.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("save the customer %1").arg(c.code)));
    return qint64(sqlite3_last_insert_rowid(m_conn));
}

Result<qint64> DemoBulkWriter::insertProduct(const Product& p, std::string_view createdAt)
{
    const std::string fields[] = {utf8(p.sku), utf8(p.name), utf8(p.spec), utf8(p.unit)};
    for (int i = 0; i < 4; ++i)
        m_insertProduct.bindText(i + 1, fields[i]);
    m_insertProduct.bindInt(5, p.unitPrice.raw());
    m_insertProduct.bindInt(6, p.leadTimeDays);
    m_insertProduct.bindInt(7, p.requiresSpec ? 1 : 0);
    m_insertProduct.bindInt(8, p.active ? 1 : 0);
    m_insertProduct.bindText(9, createdAt);
    if (m_insertProduct.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("save the product %1").arg(p.sku)));
    return qint64(sqlite3_last_insert_rowid(m_conn));
}

Result<qint64> DemoBulkWriter::workCentreId(const WorkCentre& c, std::string_view createdAt)
{
    SqliteStatement find;
    const std::string code = utf8(c.code);
    if (find.prepare(m_conn, "SELECT id FROM work_centres WHERE code = ?") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("read the work centres")));
    find.bindText(1, code);
    if (find.step() == SQLITE_ROW)
        return find.columnInt(0);

    const std::string name = utf8(c.name);
    const std::string department = utf8(c.department);
    SqliteStatement& q = m_insertWorkCentre;
    q.bindText(1, code);
    q.bindText(2, name);
    q.bindText(3, department);
    q.bindInt(4, c.hoursPerShift.raw());
    q.bindInt(5, c.shifts);
    q.bindInt(6, c.units);
    q.bindInt(7, c.efficiency.raw());
    q.bindInt(8, c.active ? 1 : 0);
    q.bindText(9, createdAt);
    if (q.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("save the work centre %1").arg(c.code)));
    return qint64(sqlite3_last_insert_rowid(m_conn));
}

Status DemoBulkWriter::insertRoutingStep(qint64 productId, const RoutingStep& step, qint64 workCentreId,
                                         const QList<qint64>& alternativeIds)
{
    const std::string name = utf8(step.name);
    SqliteStatement& q = m_insertRoutingStep;
    q.bindInt(1, productId);
    q.bindInt(2, step.stepNo);
    q.bindText(3, name);
    if (workCentreId > 0)
        q.bindInt(4, workCentreId);
    else
        q.bindNull(4);
    q.bindInt(5, step.setupHours.raw());
    q.bindInt(6, step.runHoursPerUnit.raw());
    q.bindInt(7, step.waitDays);
    q.bindInt(8, step.purchaseLeadDays);
    if (q.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("save the routing step %1").arg(step.name)));
    const qint64 stepId = sqlite3_last_insert_rowid(m_conn);
    for (qint64 centreId : alternativeIds) {
        SqliteStatement& a = m_insertRoutingAlternative;
        a.bindInt(1, stepId);
        a.bindInt(2, centreId);
        if (a.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("save the routing step %1").arg(step.name)));
    }
    return {};
}

Result<qint64> DemoBulkWriter::insertOrder(const BulkOrder& o)
{
    // The row itself goes to its scratch writer with the order's lines and search text.
    const qint64 id = ++m_lastOrderId;

    if (!o.events.empty()) {
        SqliteStatement& s = m_insertEvents.forRows(m_conn, o.events.size());
        if (!s.isPrepared())
            return std::unexpected(sqliteError(tr("record the order's timeline")));
        int p = 0;
        for (const BulkOrderEvent& e : o.events) {
            s.bindInt(++p, id);
            s.bindText(++p, e.at);
            if (e.userId > 0)
                s.bindInt(++p, e.userId);
            else
                s.bindNull(++p);
            s.bindText(++p, e.kind);
            s.bindInt(++p, e.revision);
            s.bindText(++p, e.data);
        }
        if (s.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record the order's timeline")));
    }
    m_spans.clear();
    BulkStageSpans::measure(o.events, m_spans);
    for (const BulkStageSpan& span : m_spans)
        m_stageSpans.add(id, span);
    // Its counts in the summaries (its first shipment and delivery rows go to a scratch writer).
    m_summaryCounts.add(o);
    for (const BulkConfirmation& c : o.confirmations) {
        SqliteStatement& s = m_insertConfirmation;
        s.bindInt(1, id);
        s.bindInt(2, c.revision);
        s.bindText(3, c.contactName);
        s.bindText(4, c.channel);
        s.bindText(5, c.confirmedAt);
        s.bindText(6, c.remarks);
        s.bindInt(7, c.recordedBy);
        s.bindText(8, c.recordedAt);
        if (s.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record the confirmation")));
    }
    for (const BulkShipment& sh : o.shipments) {
        SqliteStatement& s = m_insertShipment;
        s.bindText(1, sh.shipmentNo);
        s.bindInt(2, id);
        s.bindText(3, sh.shipDate);
        s.bindText(4, sh.carrier);
        s.bindText(5, sh.trackingNo);
        s.bindTextOrNull(6, sh.deliveredOn);
        s.bindText(7, sh.receivedBy);
        s.bindInt(8, sh.createdBy);
        s.bindText(9, sh.createdAt);
        if (s.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record the shipment")));
        const qint64 shipmentId = sqlite3_last_insert_rowid(m_conn);
        SqliteStatement& l = m_insertShipmentLines.forRows(m_conn, o.lines.size());
        if (!l.isPrepared())
            return std::unexpected(sqliteError(tr("record the shipment")));
        int p = 0, lineNo = 0;
        for (const BulkOrderLine& line : o.lines) {
            l.bindInt(++p, shipmentId);
            l.bindInt(++p, ++lineNo);
            l.bindInt(++p, line.quantityRaw);
        }
        if (l.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record the shipment")));
    }
    for (Scratch& scratch : m_scratch)
        scratch.writer->add(id, o);
    return id;
}

Status DemoBulkWriter::setOrderCounter(const QString& prefix, int year, qint64 lastValue)
{
    SqliteStatement s;
    if (s.prepare(m_conn, "INSERT INTO order_number_counters (prefix, year, last_value) VALUES (?, ?, ?) "
                          "ON CONFLICT (prefix, year) DO UPDATE SET last_value = max(last_value, "
                          "excluded.last_value)") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("number the orders")));
    const std::string p = utf8(prefix);
    s.bindText(1, p);
    s.bindInt(2, year);
    s.bindInt(3, lastValue);
    if (s.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("number the orders")));
    return {};
}

Status DemoBulkWriter::setDocumentCounter(const QString& kind, const QString& prefix, int year,
                                          qint64 lastValue)
{
    SqliteStatement s;
    if (s.prepare(m_conn,
                  "INSERT INTO document_number_counters (kind, prefix, year, last_value) VALUES (?, ?, "
                  "?, ?) ON CONFLICT (kind, prefix, year) DO UPDATE SET last_value = "
                  "max(last_value, excluded.last_value)") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("number the documents")));
    const std::string k = utf8(kind), p = utf8(prefix);
    s.bindText(1, k);
    s.bindText(2, p);
    s.bindInt(3, year);
    s.bindInt(4, lastValue);
    if (s.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("number the documents")));
    return {};
}

Status DemoBulkWriter::copyScratchTables(bool wait, qint64& waitedMs, qint64& copiedMs)
{
    // Whichever writer is done first is copied first; with wait, until all are.
    for (;;) {
        if (auto ok = copyDoneScratchTables(waitedMs, copiedMs); !ok)
            return ok;
        const auto waiting = std::find_if(m_scratch.begin(), m_scratch.end(),
                                          [](const Scratch& scratch) { return !scratch.copied; });
        if (!wait || waiting == m_scratch.end())
            return {};
        // Each writer not copied yet is waited for a few milliseconds in turn, until one is done.
        QElapsedTimer timer;
        timer.start();
        while (std::none_of(waiting, m_scratch.end(), [](Scratch& scratch) {
            return !scratch.copied && scratch.writer->waitUntilDone(std::chrono::milliseconds(5));
        })) {
        }
        waitedMs += timer.elapsed();
    }
}

Status DemoBulkWriter::copyDoneScratchTables(qint64& waitedMs, qint64& copiedMs)
{
    for (Scratch& scratch : m_scratch) {
        if (scratch.copied || !scratch.writer->isDone())
            continue;
        QElapsedTimer timer;
        timer.start();
        if (auto ok = scratch.writer->finish(); !ok)
            return std::unexpected(Database::storageError(tr("save the demo data"), ok.error().message));
        waitedMs += timer.restart();
        // Straight copies (SQLite's transfer optimisation: the same definitions and indexes on
        // both sides, foreign keys off): records and index entries move in key order without
        // being decoded.
        std::string tables;
        for (const BulkScratchTables::Copy& copy : scratch.writer->tables().copies()) {
            const std::string target = "main.\"" + copy.table + '"';
            std::string sql = copy.emptyTargetFirst ? "DELETE FROM " + target + "; " : std::string();
            sql += "INSERT INTO " + target + " SELECT * FROM " + scratch.schema + ".\"" + copy.table + '"';
            QElapsedTimer tableTimer;
            tableTimer.start();
            if (auto ok = run(sql.c_str(), tr("save the demo data")); !ok)
                return ok;
            tables += fmt::format("{}{} {} ms", tables.empty() ? "" : ", ", copy.table, tableTimer.elapsed());
        }
        spdlog::info("demo data: copied from the scratch {}: {}", scratch.writer->tables().name(), tables);
        copiedMs += timer.elapsed();
        scratch.copied = true;
    }
    return {};
}

Status DemoBulkWriter::commit()
{
    if (!m_inTransaction)
        return std::unexpected(Error::storage(tr("Loading has not started.")));
    QElapsedTimer timer;
    timer.start();
    // The scratch writers complete their tables on the other core while this one rebuilds the
    // dropped indexes; a scratch writer's tables are copied in as soon as it is done.
    if (auto ok = writeStageSpans(); !ok)
        return ok;
    const qint64 spansMs = timer.restart();
    qint64 waitedMs = 0, copiedMs = 0;
    for (const auto& [name, create] : m_droppedIndexes) {
        if (auto ok = run(create.toUtf8().constData(), tr("rebuild the index %1").arg(name)); !ok)
            return ok;
        if (auto ok = copyScratchTables(false, waitedMs, copiedMs); !ok)
            return ok;
    }
    m_droppedIndexes.clear();
    // Nothing left here but copying: a second scratch writer may complete on the other core.
    m_completionSlots->release();
    const qint64 indexesMs = timer.restart() - copiedMs - waitedMs;
    if (m_countSummaries) {
        if (m_summaryCounts.write(m_conn) != SQLITE_OK)
            return std::unexpected(sqliteError(tr("count the dashboard's summaries")));
        if (m_stageSpans.writeCounts(m_conn) != SQLITE_OK)
            return std::unexpected(sqliteError(tr("count the stages of the orders")));
    }
    const qint64 summariesMs = timer.restart();
    if (auto ok = copyScratchTables(true, waitedMs, copiedMs); !ok)
        return ok;
    for (const auto& [name, create] : m_droppedTriggers)
        if (auto ok = run(create.toUtf8().constData(), tr("prepare the database for loading")); !ok)
            return ok;
    m_droppedTriggers.clear();
    timer.restart();
    if (auto ok = run("COMMIT", tr("save the demo data")); !ok)
        return ok;
    m_inTransaction = false;
    m_loaded = true;
    const qint64 commitMs = timer.restart();
    close();
    spdlog::info(
        "demo data: stage spans written in {} ms, indexes rebuilt in {} ms, summaries written in {} ms, "
        "waited {} ms for the scratch tables, copied them in {} ms, committed in {} ms, closed in {} ms",
        spansMs, indexesMs, summariesMs, waitedMs, copiedMs, commitMs, timer.elapsed());
    return {};
}

void DemoBulkWriter::rollback()
{
    if (m_inTransaction) {
        (void)run("ROLLBACK", tr("discard the demo data"));
        m_inTransaction = false;
    }
    m_droppedIndexes.clear();
    m_droppedTriggers.clear(); // the rollback put them back
    m_stageSpans.clear();
    close();
}

void DemoBulkWriter::close()
{
    for (SqliteStatement* s :
         {&m_insertUser, &m_insertCustomer, &m_insertProduct, &m_insertConfirmation, &m_insertShipment})
        *s = SqliteStatement();
    m_insertEvents.clear();
    m_insertShipmentLines.clear();
    m_stageSpans.clear();
    for (Scratch& scratch : m_scratch) {
        if (m_conn && scratch.attached)
            (void)sqlite3_exec(m_conn, ("DETACH DATABASE " + scratch.schema).c_str(), nullptr, nullptr,
                               nullptr);
    }
    if (m_conn)
        sqlite3_close_v2(m_conn);
    m_conn = nullptr;
    // Stops the workers if they still run (all at once: one may wait for the other to complete
    // its tables) and deletes the scratch files.
    for (Scratch& scratch : m_scratch)
        scratch.writer->stop();
    m_scratch.clear();
    // Back to the journal mode the app uses.
    if (m_appLeftWal) {
        if (sqlite3_exec(m_db.handle(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr) != SQLITE_OK)
            spdlog::warn("demo data: could not switch {} back to WAL", m_db.path().toStdString());
        m_appLeftWal = false;
    } else if (m_journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0 && m_loaded) {
        // A load that ran in WAL mode leaves a log as large as the data: fold it in, shrink it.
        (void)sqlite3_exec(m_db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }
}

} // namespace od
