#pragma once

#include "BulkOrder.h"
#include "BulkScratchBatch.h"
#include "Error.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <semaphore>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;

namespace od {

// What one BulkScratchWriter writes: tables defined as in the target database, filled from the
// orders of a bulk load. create() runs on the loader's thread, the others on the worker's.
class BulkScratchTables
{
public:
    struct Copy
    {
        std::string table;
        bool emptyTargetFirst = false; // the target's table holds rows its creation wrote (FTS5)
    };

    virtual ~BulkScratchTables() = default;
    virtual const char* name() const = 0; // for the log
    // The scratch connection's page cache (SQLite's cache_size in KiB).
    virtual int cacheSizeKiB() const = 0;
    // Creates the tables and prepares the statements; false with the connection's error.
    virtual bool create(sqlite3* db) = 0;
    // Takes what these tables need from one order into the batch.
    virtual void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const = 0;
    virtual bool write(const BulkScratchBatch& batch) = 0;
    // After the last batch, before the commit: the work that is cheaper done once (index builds).
    virtual bool complete() = 0;
    // Finalizes the statements (also after a failure), so that the file can be closed.
    virtual void release() = 0;
    // The tables to copy into the target, in this order.
    virtual std::vector<Copy> copies() const = 0;
};

// Writes part of a bulk load on another core. SQLite writes a database from one thread only, so
// a worker thread fills a scratch database file with tables defined as in the target, and the
// loader copies them in within its own transaction: SQLite's transfer optimisation moves the
// records and index entries as they are, at a fraction of the cost of inserting them. The loader
// hands over each order as soon as it has its id; a bounded queue keeps memory low. The scratch
// database is written as fast as SQLite allows (no journal, no syncing, no mutex). It lives in
// this process's memory (SQLite's memdb, which other connections of the process can attach by
// its name) or, for a load too large for that, in a file; it is gone afterwards either way.
class BulkScratchWriter
{
public:
    explicit BulkScratchWriter(std::unique_ptr<BulkScratchTables> tables);
    ~BulkScratchWriter();
    BulkScratchWriter(const BulkScratchWriter&) = delete;
    BulkScratchWriter& operator=(const BulkScratchWriter&) = delete;

    // Writers given the same slots complete their tables as many at a time as it has free. The
    // loader gives one while it still writes its own tables, so that it keeps a core of its own,
    // and one more when it has nothing left but to copy theirs.
    using CompletionSlots = std::counting_semaphore<8>;
    void setCompletionSlots(CompletionSlots* slots) { m_completionSlots = slots; }
    enum class Place
    {
        File,
        Memory
    };
    // Creates the scratch database with the tables and starts the worker: the file `name`, or an
    // in-memory database of that name (which takes no '?', '#' or '%'). An in-memory one lasts
    // until abandon() or the writer's end, whoever else has it open.
    Status start(const QString& name, Place place = Place::File);
    bool isRunning() const { return m_worker.joinable(); }

    // Queues what the tables need of the order; blocks while the worker is far behind.
    void add(qint64 orderId, const BulkOrder& order);
    // No more orders: the worker writes what is queued, completes the tables and commits, while
    // the caller goes on.
    void endInput();
    // Whether the worker is done, or was never started (then finish() does not wait: it answers
    // with the worker's error, or that nothing is being written).
    bool isDone();
    // Waits at most that long for the worker to be done; whether it is.
    bool waitUntilDone(std::chrono::milliseconds longest);
    // Waits for the worker; the scratch file is then closed and complete.
    Status finish();

    // What sqlite3_open_v2 or ATTACH takes, the latter on a connection opened with
    // SQLITE_OPEN_URI: the file's path, or the in-memory database's URI.
    QString scratchPath() const { return m_scratchPath; }
    Place place() const { return m_place; }
    const BulkScratchTables& tables() const { return *m_tables; }
    // Asks the worker to stop, without waiting for it.
    void stop();
    // Stops the worker, if any, and deletes the scratch file.
    void abandon();

private:
    void work();
    void submit(BulkScratchBatch&& batch);
    Status fail(const char* what);

    std::unique_ptr<BulkScratchTables> m_tables;
    CompletionSlots* m_completionSlots = nullptr;
    sqlite3* m_scratch = nullptr; // the worker's while it runs; closed under m_mutex
    sqlite3* m_keeper = nullptr;  // holds an in-memory scratch database open until abandon()
    QString m_scratchPath;
    Place m_place = Place::File;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<BulkScratchBatch> m_queue;
    bool m_noMoreInput = false;
    bool m_stop = false;
    bool m_done = false;
    std::string m_workerError; // set by the worker, read after join
    BulkScratchBatch m_filling;
    size_t m_fillingOrders = 0;
};

} // namespace od
