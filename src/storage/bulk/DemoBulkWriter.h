#pragma once

#include "BulkOrder.h"
#include "BulkScratchWriter.h"
#include "BulkSettlement.h"
#include "BulkStageSpanWriter.h"
#include "BulkSummaryCounts.h"
#include "Customer.h"
#include "Database.h"
#include "Product.h"
#include "RoutingStep.h"
#include "SqliteMultiRowInsert.h"
#include "SqliteStatement.h"
#include "User.h"
#include "WorkCentre.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <array>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace od {

// Writes a whole demo company in one transaction through the raw SQLite API: a million orders
// must load in under a minute, which QtSql's per-row overhead and the ten list indexes kept up
// to date row by row do not allow. The load runs on a connection of its own (so that the app's
// connection sees it as another connection's commit and drops what FTS5 had cached), with the
// secondary indexes of the tables it writes itself dropped and rebuilt at the end, syncing off,
// foreign keys not checked row by row (the generator builds them right), and the orders, their
// lines and the search index written on the other core by three BulkScratchWriters, their
// indexes built there, and copied in before the commit.
// Settings are restored and the connection closed afterwards, also when the load is rolled back.
class DemoBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoBulkWriter)

public:
    explicit DemoBulkWriter(Database& db);
    ~DemoBulkWriter();
    DemoBulkWriter(const DemoBulkWriter&) = delete;
    DemoBulkWriter& operator=(const DemoBulkWriter&) = delete;

    // Whether any customer or order exists: a demo company only goes into an empty database.
    Result<bool> hasBusinessData();

    // Starts the load of about `expectedOrders` orders on a computer with `physicalMemory` bytes
    // (-1: ask the system), which decide where the scratch tables go.
    Status begin(qint64 expectedOrders, qint64 physicalMemory = -1);
    // Whether the scratch tables of a load of `orders` orders are kept in memory on a computer
    // with `physicalMemory` bytes (0: unknown): when they take at most a quarter of it.
    static bool scratchInMemory(qint64 orders, qint64 physicalMemory);
    // The id of the user with this login name, inserting the user when there is none.
    Result<qint64> userId(const User& user, std::string_view createdAt);
    Result<qint64> insertCustomer(const Customer& customer, std::string_view createdAt);
    Result<qint64> insertProduct(const Product& product, std::string_view createdAt);
    // The id of the work centre with this code, inserting it when there is none (a centre the
    // company set up before keeps its capacity).
    Result<qint64> workCentreId(const WorkCentre& centre, std::string_view createdAt);
    // One step of a product's routing; `workCentreId` 0 for a purchased material.
    // The step and its alternative work centres (ids).
    Status insertRoutingStep(qint64 productId, const RoutingStep& step, qint64 workCentreId,
                             const QList<qint64>& alternativeIds = {});
    // The id the next order gets (ids are given here, in the order the orders come).
    qint64 nextOrderId() const { return m_lastOrderId + 1; }
    // Inserts events, confirmations and shipments, and queues the order's row, lines and search
    // row for the scratch writers; returns the order id.
    Result<qint64> insertOrder(const BulkOrder& order);
    Status setOrderCounter(const QString& prefix, int year, qint64 lastValue);
    // The last number given to a kind of document (DocumentNumberAllocator's kind key) in a year.
    Status setDocumentCounter(const QString& kind, const QString& prefix, int year, qint64 lastValue);
    // Says that the last order is in (commit() and insertSettlement() say it too).
    void endOrders();
    // Writes the stage spans of the orders so far (commit() writes those measured later): work
    // for this core while the caller makes the invoices and payments on another.
    Status writeStageSpans();
    // The company's invoices and payments, after its last order (BulkSettlementWriter): no
    // order can be inserted after it.
    Status insertSettlement(BulkSettlement& book);
    // Rebuilds the dropped indexes, copies the scratch writers' tables in and commits.
    Status commit();
    // Throws away everything since begin(); the destructor does this for an unfinished load.
    void rollback();

private:
    Status run(const char* sql, const QString& what);
    // Drops those of the triggers that exist; commit() creates them again.
    Status dropTriggers(const QList<const char*>& triggers);
    // Drops every trigger on the table, likewise.
    Status dropTriggersOn(const char* table);
    Status startScratchWriters(BulkScratchWriter::Place place);
    // Copies the tables of the scratch writers that are done (all of them, waiting, with `wait`:
    // each as soon as its writer is done, whichever that is).
    Status copyScratchTables(bool wait, qint64& waitedMs, qint64& copiedMs);
    // Copies the tables of the writers done by now.
    Status copyDoneScratchTables(qint64& waitedMs, qint64& copiedMs);
    Error sqliteError(const QString& what) const;
    Status prepareStatements();
    void close();

    Database& m_db;
    sqlite3* m_conn = nullptr; // the load's own connection to m_db's file
    bool m_inTransaction = false;
    qint64 m_lastOrderId = 0;
    QString m_journalMode;
    bool m_loaded = false;
    bool m_appLeftWal = false; // the app's connection was switched out of WAL for the load
    struct Scratch
    {
        std::unique_ptr<BulkScratchWriter> writer;
        std::string schema; // the name it is attached under
        QString fileSuffix; // after the database's file name, or its in-memory name
        // Waits for a completion slot. The first shipments' and deliveries' few indexes are built at
        // once, beside the orders': waiting for a turn, they would be done last.
        bool takesTurns = true;
        bool attached = false;
        bool copied = false;
    };
    std::unique_ptr<BulkScratchWriter::CompletionSlots> m_completionSlots; // see setCompletionSlots
    std::vector<Scratch> m_scratch; // orders, first shipments and deliveries, order lines, search index
    std::string m_searchTable = "order_search";
    QList<QPair<QString, QString>> m_droppedIndexes;  // name, CREATE statement
    bool m_countSummaries = false;                    // their triggers were dropped: commit() counts them
    QList<QPair<QString, QString>> m_droppedTriggers; // the summaries' row triggers and others: name, CREATE
    SqliteStatement m_insertUser;
    SqliteStatement m_insertCustomer;
    SqliteStatement m_insertProduct;
    SqliteStatement m_insertWorkCentre;
    SqliteStatement m_insertRoutingStep;
    SqliteStatement m_insertRoutingAlternative;
    SqliteMultiRowInsert m_insertEvents;
    SqliteStatement m_insertConfirmation;
    SqliteStatement m_insertShipment;
    SqliteMultiRowInsert m_insertShipmentLines;
    // The bottleneck analysis's spans of each order, measured here instead of by the triggers.
    std::vector<BulkStageSpan> m_spans; // of the order being inserted
    BulkStageSpanWriter m_stageSpans;
    // The dashboard's and the on-time report's summaries, counted here instead of by the triggers
    // and written at the end (each order's first shipment and delivery rows go to the orders'
    // scratch writer).
    BulkSummaryCounts m_summaryCounts;
};

} // namespace od
