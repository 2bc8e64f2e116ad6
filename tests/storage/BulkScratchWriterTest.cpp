// The scratch writers of the demo load: what they write is complete when they say so, and a
// failure or a stop leaves no file behind.
#include "BulkScratchWriter.h"
#include "BulkOrderLineTables.h"
#include "SqliteStatement.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <string>

using namespace od;

namespace {

const std::string kLinesTable =
    "CREATE TABLE order_lines (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, "
    "line_no INTEGER NOT NULL, product_id INTEGER NOT NULL, description TEXT NOT NULL "
    "DEFAULT '', quantity INTEGER NOT NULL, unit TEXT NOT NULL DEFAULT '', unit_price "
    "INTEGER NOT NULL, discount_bp INTEGER NOT NULL DEFAULT 0, amount INTEGER NOT NULL, "
    "requested_date TEXT, UNIQUE (order_id, line_no))";
const std::string kLinesIndex = "CREATE INDEX order_lines_product ON order_lines (product_id, order_id)";

// Orders of `lines` lines each, all alike but for their products.
struct Orders
{
    std::array<BulkOrderLine, 3> lines;
    BulkOrder order;

    explicit Orders(int lineCount)
    {
        for (int i = 0; i < lineCount; ++i)
            lines[size_t(i)] = {qint64(10 + i), "阀门 DN50", 2000,   "台",
                                1250000,        0,           250000, i == 0 ? "" : "2026-01-05"};
        order.lines = std::span<const BulkOrderLine>(lines.data(), size_t(lineCount));
    }
};

// Lines that make the scratch writer fail on the first batch: the same line number twice.
class FailingLineTables : public BulkOrderLineTables
{
public:
    FailingLineTables() : BulkOrderLineTables(kLinesTable, {kLinesIndex}, 0) {}
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override
    {
        BulkOrderLineTables::collect(batch, orderId, order);
        BulkOrderLineTables::collect(batch, orderId, order);
    }
};

qint64 number(sqlite3* db, const char* sql)
{
    SqliteStatement q;
    EXPECT_EQ(q.prepare(db, sql), SQLITE_OK) << sql;
    return q.step() == SQLITE_ROW ? q.columnInt(0) : -1;
}

} // namespace

TEST(BulkScratchWriter, SaysWhenItIsDoneWithoutBeingJoined)
{
    QTemporaryDir dir;
    BulkScratchWriter never(std::make_unique<BulkOrderLineTables>(kLinesTable, std::vector{kLinesIndex}, 0));
    EXPECT_TRUE(never.isDone());
    EXPECT_TRUE(never.waitUntilDone(std::chrono::milliseconds(0)));
    EXPECT_FALSE(never.finish().has_value());

    BulkScratchWriter writer(std::make_unique<BulkOrderLineTables>(kLinesTable, std::vector{kLinesIndex}, 0));
    ASSERT_TRUE(writer.start(dir.filePath(QStringLiteral("lines.scratch"))).has_value());
    const Orders two(2);
    for (qint64 id = 1; id <= 100; ++id)
        writer.add(id, two.order);
    EXPECT_FALSE(writer.isDone()); // its input is still open
    writer.endInput();
    EXPECT_TRUE(writer.waitUntilDone(std::chrono::seconds(60)));
    EXPECT_TRUE(writer.isDone());
    ASSERT_TRUE(writer.finish().has_value());
}

TEST(BulkScratchWriter, WritesTheLinesWithTheIdsThatFollowTheTargetsAndItsIndexes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.scratch"));
    BulkScratchWriter writer(
        std::make_unique<BulkOrderLineTables>(kLinesTable, std::vector{kLinesIndex}, 41));
    ASSERT_TRUE(writer.start(path).has_value());
    const Orders two(2), three(3);
    for (qint64 id = 1; id <= 10'000; ++id)
        writer.add(id, id % 2 ? two.order : three.order);
    ASSERT_TRUE(writer.finish().has_value());
    EXPECT_TRUE(writer.isDone());

    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    EXPECT_EQ(number(db, "SELECT count(*) FROM order_lines"), 25'000);
    EXPECT_EQ(number(db, "SELECT min(id) FROM order_lines"), 42);
    EXPECT_EQ(number(db, "SELECT max(id) FROM order_lines"), 41 + 25'000);
    EXPECT_EQ(number(db, "SELECT count(*) FROM order_lines WHERE requested_date IS NULL"), 10'000);
    // Ids follow the orders and their line numbers, as SQLite would have numbered them.
    EXPECT_EQ(number(db,
                     "SELECT count(*) FROM order_lines a JOIN order_lines b ON b.id = a.id + 1 WHERE "
                     "b.order_id < a.order_id OR (b.order_id = a.order_id AND b.line_no <> a.line_no + 1)"),
              0);
    EXPECT_EQ(number(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'order_lines_product'"), 1);
    SqliteStatement check;
    ASSERT_EQ(check.prepare(db, "PRAGMA integrity_check"), SQLITE_OK);
    ASSERT_EQ(check.step(), SQLITE_ROW);
    EXPECT_EQ(check.columnText(0), "ok");
    check = SqliteStatement();
    sqlite3_close_v2(db);

    writer.abandon();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(BulkScratchWriter, AFailedWriteIsReportedAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.scratch"));
    BulkScratchWriter writer(std::make_unique<FailingLineTables>());
    ASSERT_TRUE(writer.start(path).has_value());
    const Orders two(2);
    // Far more batches than the queue holds: the loader must not wait for a worker that failed.
    for (qint64 id = 1; id <= 200'000; ++id)
        writer.add(id, two.order);
    auto finished = writer.finish();
    ASSERT_FALSE(finished.has_value());
    EXPECT_TRUE(finished.error().message.contains(QStringLiteral("UNIQUE")))
        << finished.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(BulkScratchWriter, AbandoningItWhileItWritesStopsItAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.scratch"));
    BulkScratchWriter writer(std::make_unique<BulkOrderLineTables>(kLinesTable, std::vector{kLinesIndex}, 0));
    ASSERT_TRUE(writer.start(path).has_value());
    const Orders three(3);
    for (qint64 id = 1; id <= 50'000; ++id)
        writer.add(id, three.order);
    writer.endInput(); // the worker may be building the index now
    writer.abandon();
    EXPECT_FALSE(writer.isRunning());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(BulkScratchWriter, InMemoryItIsReadByOtherConnectionsUntilAbandonedAndThenGone)
{
    BulkScratchWriter writer(std::make_unique<BulkOrderLineTables>(kLinesTable, std::vector{kLinesIndex}, 0));
    ASSERT_TRUE(
        writer.start(QStringLiteral("orderdesk-test-lines"), BulkScratchWriter::Place::Memory).has_value());
    EXPECT_EQ(writer.place(), BulkScratchWriter::Place::Memory);
    const QByteArray uri = writer.scratchPath().toUtf8();
    EXPECT_EQ(uri, "file:/orderdesk-test-lines?vfs=memdb");
    const Orders two(2);
    for (qint64 id = 1; id <= 5'000; ++id)
        writer.add(id, two.order);
    ASSERT_TRUE(writer.finish().has_value());

    // The worker has closed its connection; the database is still there for the loader's.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr),
              SQLITE_OK);
    EXPECT_EQ(number(db, "SELECT count(*) FROM order_lines"), 10'000);
    EXPECT_EQ(number(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'order_lines_product'"), 1);
    sqlite3_close_v2(db);
    EXPECT_FALSE(QFile::exists(QStringLiteral("orderdesk-test-lines")));

    // Once abandoned, with no connection left, the name holds a new, empty database.
    writer.abandon();
    ASSERT_EQ(sqlite3_open_v2(uri.constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr),
              SQLITE_OK);
    EXPECT_EQ(number(db, "SELECT count(*) FROM sqlite_schema"), 0);
    sqlite3_close_v2(db);
}
