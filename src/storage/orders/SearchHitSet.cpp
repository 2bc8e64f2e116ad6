#include "SearchHitSet.h"

#include "Database.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace od {

namespace {

void containsFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* set = static_cast<const SearchHitSet*>(sqlite3_user_data(context));
    sqlite3_result_int(context, sqlite3_value_type(argv[0]) == SQLITE_INTEGER &&
                                    set->contains(sqlite3_value_int64(argv[0])));
}

} // namespace

Status SearchHitSet::gather(sqlite3* db, const QString& match)
{
    clear();
    SqliteStatement q;
    if (q.prepare(db, GatherSql) != SQLITE_OK)
        return std::unexpected(Database::storageError(QStringLiteral("search orders"),
                                                      QString::fromUtf8(SqliteStatement::errorText(db))));
    const QByteArray utf8 = match.toUtf8();
    q.bindText(1, SqliteStatement::view(utf8));
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        m_ids.push_back(q.columnInt(0));
    if (rc != SQLITE_DONE) {
        const QString error = QString::fromUtf8(SqliteStatement::errorText(db));
        clear();
        return std::unexpected(Database::storageError(QStringLiteral("search orders"), error));
    }
    // FTS5 returns rowids in ascending order; sorting costs nothing then and keeps
    // contains() right should that ever change.
    if (!std::is_sorted(m_ids.begin(), m_ids.end()))
        std::sort(m_ids.begin(), m_ids.end());
    if (!m_ids.empty() && m_ids.front() >= 0 && m_ids.back() < MaxBitmapId) {
        m_bits.assign(size_t(m_ids.back() / 64 + 1), 0);
        for (const qint64 id : m_ids)
            m_bits[size_t(id / 64)] |= quint64(1) << (id % 64);
    }
    return {};
}

void SearchHitSet::clear()
{
    m_ids.clear();
    m_bits.clear();
}

bool SearchHitSet::contains(qint64 id) const
{
    if (!m_bits.empty()) {
        if (id < 0 || id / 64 >= qint64(m_bits.size()))
            return false;
        return (m_bits[size_t(id / 64)] >> (id % 64)) & 1u;
    }
    return std::binary_search(m_ids.begin(), m_ids.end(), id);
}

QString SearchHitSet::idsJson() const
{
    QByteArray out;
    out.reserve(qsizetype(m_ids.size()) * 8 + 2);
    out += '[';
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(m_ids[i]);
    }
    out += ']';
    return QString::fromLatin1(out);
}

bool SearchHitSet::install(sqlite3* db, const QByteArray& name) const
{
    return sqlite3_create_function_v2(db, name.constData(), 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                      const_cast<SearchHitSet*>(this), containsFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

void SearchHitSet::uninstall(sqlite3* db, const QByteArray& name)
{
    if (db)
        (void)sqlite3_create_function_v2(db, name.constData(), 1, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                         nullptr, nullptr);
}

} // namespace od
