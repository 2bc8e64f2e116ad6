#include "BulkSearchIndexBuilder.h"

#include "SqliteStatement.h"

#include <QFile>

#include <sqlite3.h>

namespace od {

namespace {

constexpr size_t kBatchDocuments = 4096;
constexpr size_t kMaxQueuedBatches = 16;

// FTS5 keeps this much of the index in memory before writing a segment (its default is 1 MiB).
// Measured on the demo data: 16 MiB writes about forty segments for a million orders; larger
// buffers got slower again (the in-memory hash stops fitting the CPU caches).
constexpr int kHashSize = 16 * 1024 * 1024;

// The shadow tables that hold an FTS5 table's data (of a table with content and column sizes,
// as order_search is); %_config holds settings the target keeps.
constexpr const char* kShadowSuffixes[] = {"_data", "_idx", "_content", "_docsize"};

std::string sqlIdentifier(const std::string& name)
{
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

bool exec(sqlite3* db, const std::string& sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

BulkSearchIndexBuilder::~BulkSearchIndexBuilder()
{
    abandon();
}

Status BulkSearchIndexBuilder::fail(const char* what)
{
    const QString text = QString::fromUtf8(m_scratch ? sqlite3_errmsg(m_scratch) : "cannot open");
    abandon();
    return std::unexpected(Error::storage(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), text)));
}

Status BulkSearchIndexBuilder::start(const QString& scratchPath, const std::string& createStatement)
{
    abandon();
    m_scratchPath = scratchPath;
    QFile::remove(scratchPath);
    if (sqlite3_open_v2(scratchPath.toUtf8().constData(), &m_scratch,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return fail("open the scratch search index");
    // A scratch file: nothing here needs to survive a crash.
    for (const char* pragma :
         {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"}) {
        if (!exec(m_scratch, pragma))
            return fail("prepare the scratch search index");
    }
    if (!exec(m_scratch, createStatement))
        return fail("create the scratch search index");
    {
        SqliteStatement name;
        if (name.prepare(m_scratch, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE "
                                    "'CREATE VIRTUAL TABLE%'") != SQLITE_OK ||
            name.step() != SQLITE_ROW)
            return fail("create the scratch search index");
        m_table = std::string(name.columnText(0));
        SqliteStatement column;
        if (column.prepare(m_scratch, "SELECT name FROM pragma_table_info(?)") != SQLITE_OK)
            return fail("create the scratch search index");
        column.bindText(1, m_table);
        if (column.step() != SQLITE_ROW)
            return fail("create the scratch search index");
        m_column = std::string(column.columnText(0)); // the one indexed column
    }
    const std::string t = sqlIdentifier(m_table);
    if (!exec(m_scratch, "INSERT INTO " + t + " (" + t + ", rank) VALUES ('hashsize', " +
                             std::to_string(kHashSize) + ")") ||
        !exec(m_scratch, "BEGIN"))
        return fail("prepare the scratch search index");
    m_noMoreInput = false;
    m_stop = false;
    m_workerError.clear();
    m_filling = Batch();
    m_worker = std::thread([this] { work(); });
    return {};
}

void BulkSearchIndexBuilder::add(qint64 rowId, std::string_view text)
{
    m_filling.rowIds.push_back(rowId);
    m_filling.text.append(text);
    m_filling.ends.push_back(m_filling.text.size());
    if (m_filling.rowIds.size() >= kBatchDocuments) {
        submit(std::move(m_filling));
        m_filling = Batch();
        m_filling.text.reserve(kBatchDocuments * 256);
    }
}

void BulkSearchIndexBuilder::submit(Batch&& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_stop; });
    if (m_stop)
        return;
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
}

void BulkSearchIndexBuilder::work()
{
    SqliteStatement insert;
    insert.prepare(m_scratch, "INSERT INTO " + sqlIdentifier(m_table) + " (rowid, " +
                                  sqlIdentifier(m_column) + ") VALUES (?, ?)");
    std::string error;
    if (!insert.isPrepared())
        error = sqlite3_errmsg(m_scratch);
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_noMoreInput || m_stop; });
            if (m_stop || (m_queue.empty() && m_noMoreInput))
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        size_t begin = 0;
        for (size_t i = 0; i < batch.rowIds.size() && error.empty(); ++i) {
            insert.bindInt(1, batch.rowIds[i]);
            insert.bindText(2, std::string_view(batch.text).substr(begin, batch.ends[i] - begin));
            if (insert.execute() != SQLITE_DONE)
                error = sqlite3_errmsg(m_scratch);
            begin = batch.ends[i];
        }
    }
    insert = SqliteStatement();
    // Committing writes the last in-memory segment and finishes merges, still on this core.
    if (error.empty() && !m_stop && !exec(m_scratch, "COMMIT"))
        error = sqlite3_errmsg(m_scratch);
    // Closing releases the exclusive lock, so the loader can read the file.
    sqlite3_close_v2(m_scratch);
    m_scratch = nullptr;
    std::lock_guard lock(m_mutex);
    m_workerError = error;
}

void BulkSearchIndexBuilder::endInput()
{
    if (!m_worker.joinable())
        return;
    if (!m_filling.rowIds.empty()) {
        submit(std::move(m_filling));
        m_filling = Batch();
    }
    std::lock_guard lock(m_mutex);
    m_noMoreInput = true;
    m_changed.notify_all();
}

Status BulkSearchIndexBuilder::finish()
{
    if (!m_worker.joinable())
        return std::unexpected(Error::storage(QStringLiteral("The search index is not being built.")));
    endInput();
    m_worker.join();
    if (!m_workerError.empty()) {
        const QString text = QString::fromStdString(m_workerError);
        abandon();
        return std::unexpected(Error::storage(QStringLiteral("build the search index: %1").arg(text)));
    }
    return {};
}

std::vector<std::string> BulkSearchIndexBuilder::shadowTables(const std::string& table)
{
    std::vector<std::string> out;
    for (const char* suffix : kShadowSuffixes)
        out.push_back(table + suffix);
    return out;
}

void BulkSearchIndexBuilder::abandon()
{
    if (m_worker.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_changed.notify_all();
        }
        m_worker.join();
    }
    m_queue.clear();
    if (m_scratch) {
        sqlite3_close_v2(m_scratch);
        m_scratch = nullptr;
    }
    if (!m_scratchPath.isEmpty()) {
        QFile::remove(m_scratchPath);
        m_scratchPath.clear();
    }
}

} // namespace od
