#include "BulkScratchWriter.h"

#include <QElapsedTimer>
#include <QFile>

#include <limits>
#include <string>

#include <sqlite3.h>

#include <spdlog/spdlog.h>

namespace od {

namespace {

constexpr size_t kBatchOrders = 4096;
constexpr size_t kMaxQueuedBatches = 16;

bool exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

BulkScratchWriter::BulkScratchWriter(std::unique_ptr<BulkScratchTables> tables) : m_tables(std::move(tables))
{
}

BulkScratchWriter::~BulkScratchWriter()
{
    abandon();
}

Status BulkScratchWriter::fail(const char* what)
{
    const QString text = QString::fromUtf8(m_scratch ? sqlite3_errmsg(m_scratch) : "cannot open");
    abandon();
    return std::unexpected(
        Error::storage(QStringLiteral("%1 (%2): %3")
                           .arg(QString::fromUtf8(what), QString::fromUtf8(m_tables->name()), text)));
}

Status BulkScratchWriter::start(const QString& name, Place place)
{
    abandon();
    m_place = place;
    if (place == Place::Memory) {
        // Named with a leading '/', a memdb database is shared by the process's connections.
        m_scratchPath = QStringLiteral("file:/%1?vfs=memdb").arg(name);
    } else {
        m_scratchPath = name;
        QFile::remove(name);
    }
    // Used by one thread at a time (this one, then the worker): SQLite's locking of the
    // connection on every call would only cost time.
    const QByteArray path = m_scratchPath.toUtf8();
    constexpr int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(path.constData(), &m_scratch, flags, nullptr) != SQLITE_OK)
        return fail("open the scratch database");
    if (place == Place::Memory) {
        // The worker closes its connection when done; this one keeps the database until then.
        // memdb stops growing at 1 GiB unless told otherwise.
        if (sqlite3_open_v2(path.constData(), &m_keeper, flags, nullptr) != SQLITE_OK)
            return fail("open the scratch database");
        sqlite3_int64 limit = std::numeric_limits<sqlite3_int64>::max();
        if (sqlite3_file_control(m_scratch, "main", SQLITE_FCNTL_SIZE_LIMIT, &limit) != SQLITE_OK)
            return fail("open the scratch database");
    }
    // A scratch file: nothing here needs to survive a crash, and pages freed along the way
    // (merged search segments) need not be overwritten with zeros, this SQLite's default.
    const std::string cacheSize = "PRAGMA cache_size = -" + std::to_string(m_tables->cacheSizeKiB());
    for (const char* pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", cacheSize.c_str(),
                               "PRAGMA secure_delete = OFF"}) {
        if (!exec(m_scratch, pragma))
            return fail("prepare the scratch database");
    }
    if (!m_tables->create(m_scratch))
        return fail("create the scratch tables");
    if (!exec(m_scratch, "BEGIN"))
        return fail("prepare the scratch database");
    m_noMoreInput = false;
    m_stop = false;
    m_done = false;
    m_workerError.clear();
    m_filling = BulkScratchBatch();
    m_fillingOrders = 0;
    m_worker = std::thread([this] { work(); });
    return {};
}

void BulkScratchWriter::add(qint64 orderId, const BulkOrder& order)
{
    m_tables->collect(m_filling, orderId, order);
    if (++m_fillingOrders >= kBatchOrders) {
        const size_t textSize = m_filling.text.size();
        submit(std::move(m_filling));
        m_filling = BulkScratchBatch();
        m_filling.text.reserve(textSize);
        m_fillingOrders = 0;
    }
}

void BulkScratchWriter::submit(BulkScratchBatch&& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_stop; });
    if (m_stop)
        return;
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
}

void BulkScratchWriter::work()
{
    QElapsedTimer timer;
    timer.start();
    qint64 waitedMs = 0;
    std::string error;
    bool stopped = false;
    for (;;) {
        BulkScratchBatch batch;
        {
            std::unique_lock lock(m_mutex);
            const qint64 waitStart = timer.elapsed();
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_noMoreInput || m_stop; });
            waitedMs += timer.elapsed() - waitStart;
            stopped = m_stop;
            if (m_stop || (m_queue.empty() && m_noMoreInput))
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        // After an error the batches are still taken, so that the loader never waits for room.
        if (error.empty() && !m_tables->write(batch))
            error = sqlite3_errmsg(m_scratch);
    }
    const qint64 rowsMs = timer.restart();
    // Completing the tables (index builds, merges) and committing still happen on this core,
    // while the loader finishes its own tables.
    bool completing = false;
    if (m_completionSlots && error.empty() && !stopped) {
        m_completionSlots->acquire();
        completing = true;
    }
    const qint64 queuedMs = timer.restart();
    {
        std::lock_guard lock(m_mutex);
        stopped = m_stop;
    }
    if (error.empty() && !stopped && !m_tables->complete())
        error = sqlite3_errmsg(m_scratch);
    const qint64 completeMs = timer.restart();
    if (error.empty() && !stopped && !exec(m_scratch, "COMMIT"))
        error = sqlite3_errmsg(m_scratch);
    if (completing)
        m_completionSlots->release();
    m_tables->release();
    {
        // Closing releases the file's lock, so that the loader can read it.
        std::lock_guard lock(m_mutex);
        sqlite3_close_v2(m_scratch);
        m_scratch = nullptr;
        m_workerError = error;
        m_done = true;
        m_changed.notify_all();
    }
    if (!stopped)
        spdlog::info(
            "demo data: scratch {} ({}): rows written in {} ms (of which {} ms waiting for them), completed "
            "in {} ms after waiting {} ms for the other writer, committed in {} ms",
            m_tables->name(), m_place == Place::Memory ? "in memory" : "file", rowsMs, waitedMs, completeMs,
            queuedMs, timer.elapsed());
}

void BulkScratchWriter::endInput()
{
    if (!m_worker.joinable())
        return;
    if (m_fillingOrders > 0) {
        submit(std::move(m_filling));
        m_filling = BulkScratchBatch();
        m_fillingOrders = 0;
    }
    std::lock_guard lock(m_mutex);
    m_noMoreInput = true;
    m_changed.notify_all();
}

bool BulkScratchWriter::isDone()
{
    std::lock_guard lock(m_mutex);
    return m_done || !m_worker.joinable();
}

bool BulkScratchWriter::waitUntilDone(std::chrono::milliseconds longest)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, longest, [this] { return m_done || !m_worker.joinable(); });
}

Status BulkScratchWriter::finish()
{
    if (!m_worker.joinable())
        return std::unexpected(Error::storage(QStringLiteral("The scratch tables are not being written.")));
    endInput();
    m_worker.join();
    if (!m_workerError.empty()) {
        const QString text = QString::fromStdString(m_workerError);
        abandon();
        return std::unexpected(Error::storage(QStringLiteral("write the scratch tables (%1): %2")
                                                  .arg(QString::fromUtf8(m_tables->name()), text)));
    }
    return {};
}

void BulkScratchWriter::stop()
{
    if (!m_worker.joinable())
        return;
    std::lock_guard lock(m_mutex);
    m_stop = true;
    // Ends an index build or merge the worker may be in the middle of.
    if (m_scratch)
        sqlite3_interrupt(m_scratch);
    m_changed.notify_all();
}

void BulkScratchWriter::abandon()
{
    if (m_worker.joinable()) {
        stop();
        m_worker.join();
    }
    m_queue.clear();
    m_filling = BulkScratchBatch();
    m_fillingOrders = 0;
    if (m_scratch) { // started, but the worker was not
        m_tables->release();
        sqlite3_close_v2(m_scratch);
        m_scratch = nullptr;
    }
    if (m_keeper) {
        sqlite3_close_v2(m_keeper);
        m_keeper = nullptr;
    }
    if (!m_scratchPath.isEmpty()) {
        if (m_place == Place::File)
            QFile::remove(m_scratchPath);
        m_scratchPath.clear();
    }
}

} // namespace od
