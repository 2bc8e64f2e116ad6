#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;

namespace od {

// The orders a search matches: their ids, gathered once per search from the full-text index, and
// an SQL function that tells whether an order is among them.
//
// A product name can match a large part of a million orders. Copying 130,000 hits into a
// temporary table cost a third of such a search; here they go into a bitmap instead, and the
// Orders list walks its sort index asking the function about each order until a page is full.
// A search with few hits is better driven by the hits themselves: idsJson() gives them to
// `IN (SELECT value FROM json_each(?))`, which looks each one up.
class SearchHitSet
{
public:
    // The statement gather() steps; the parameter is an FTS5 match expression.
    static constexpr const char* GatherSql = "SELECT rowid FROM order_search WHERE order_search MATCH ?";

    // Runs GatherSql on `db` and keeps the ids it returns. On an error the set is empty.
    Status gather(sqlite3* db, const QString& match);
    void clear();

    qint64 size() const { return qint64(m_ids.size()); }
    bool contains(qint64 id) const;
    // The ids as a JSON array ("[3,17,…]").
    QString idsJson() const;

    // Makes `name(id)` an SQL function of `db` that answers contains(id). The set must stay in
    // place (same address) until uninstall(), or until the connection closes.
    bool install(sqlite3* db, const QByteArray& name) const;
    static void uninstall(sqlite3* db, const QByteArray& name);

private:
    // Ids up to this many get one bit each (8 MB at most); a set with a larger id is searched.
    static constexpr qint64 MaxBitmapId = qint64(64) << 20;

    std::vector<qint64> m_ids;   // ascending: FTS5 returns rowids in order
    std::vector<quint64> m_bits; // bit i set when id i is a hit; empty when an id is too large
};

} // namespace od
