#pragma once

#include "OrderListRepository.h"
#include "SearchHitSet.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

struct sqlite3;

namespace od::bench {

// One step of what the app runs: a statement, or (with a hit function) a search whose hits are
// gathered into a SearchHitSet and offered to later statements as that SQL function.
struct BareStatement
{
    OrderListRepository::Sql sql;
    QByteArray hitFunction;
};

// The bare side of the benchmark: a connection of the SQLite C API that prepares and steps
// statements given as text and parameters, reading every column of every row, nothing else.
class BareSqlite
{
public:
    ~BareSqlite();
    bool open(const QString& path);
    void close();
    // Prepares, binds, steps to the end reading all columns, finalizes. False on an error.
    bool run(const QString& sql, const QVariantList& params);
    // A statement as above (nothing for an empty text: a count the app knows without SQL), or a
    // search's hits gathered and installed as the statement's hit function.
    bool run(const BareStatement& statement);
    QString lastError() const;

private:
    sqlite3* m_db = nullptr;
    SearchHitSet m_hits;
};

} // namespace od::bench
