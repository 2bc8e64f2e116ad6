#pragma once

#include "Error.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

struct sqlite3;

namespace od {

// Builds the full-text index `order_search` of a bulk load on a second core. Tokenising a
// million documents into trigrams is half the work of a demo load, and SQLite writes a database
// from one thread only; so a worker thread builds the index in a scratch database file with the
// same FTS5 table, and the loader copies its shadow tables (index segments, stored texts, sizes)
// into the target within its own transaction. The copy is the index FTS5 itself built, byte for
// byte, so queries and later updates work on it as on any other.
class BulkSearchIndexBuilder
{
public:
    BulkSearchIndexBuilder() = default;
    ~BulkSearchIndexBuilder();
    BulkSearchIndexBuilder(const BulkSearchIndexBuilder&) = delete;
    BulkSearchIndexBuilder& operator=(const BulkSearchIndexBuilder&) = delete;

    // Creates `scratchPath` with the table `createStatement` defines (the target's own
    // CREATE VIRTUAL TABLE) and starts the worker.
    Status start(const QString& scratchPath, const std::string& createStatement);
    bool isRunning() const { return m_worker.joinable(); }

    // Queues one document; blocks while the worker is far behind, so memory stays bounded.
    void add(qint64 rowId, std::string_view text);
    // No more documents: the worker indexes what is queued and commits, while the caller goes on.
    void endInput();
    // Waits for the worker to be done.
    Status finish();
    // Where the scratch database is, and the FTS5 table's shadow tables in it (all but %_config,
    // which holds settings the target keeps): for the loader to attach and copy them.
    QString scratchPath() const { return m_scratchPath; }
    static std::vector<std::string> shadowTables(const std::string& table);
    // Stops the worker, if any, and deletes the scratch file.
    void abandon();

private:
    struct Batch
    {
        std::vector<qint64> rowIds;
        std::vector<size_t> ends;
        std::string text;
    };

    void work();
    void submit(Batch&& batch);
    Status fail(const char* what);

    sqlite3* m_scratch = nullptr;
    QString m_scratchPath;
    std::string m_table;
    std::string m_column;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_noMoreInput = false;
    bool m_stop = false;
    std::string m_workerError; // set by the worker, read after join
    Batch m_filling;
};

} // namespace od
