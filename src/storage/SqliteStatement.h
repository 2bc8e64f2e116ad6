#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace od {

// A prepared statement of the raw SQLite API, finalized when destroyed. For the few places
// that bypass QtSql for speed (bulk loading, the early warning's and the plan queue's reads and
// writes of every open order, the benchmark's bare side); parameters are 1-based as in SQLite.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;

    // SQLITE_OK or the error code; errorText() of the connection says more.
    int prepare(sqlite3* db, std::string_view sql);
    bool isPrepared() const { return m_stmt != nullptr; }
    sqlite3_stmt* get() const { return m_stmt; }

    void bindInt(int index, qint64 value);
    // The text is not copied: it must outlive the next step().
    void bindText(int index, std::string_view utf8);
    // Empty text becomes SQL NULL (dates and optional keys).
    void bindTextOrNull(int index, std::string_view utf8);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Runs a statement that returns no rows and makes it ready for the next use; SQLITE_DONE on success.
    int execute();
    void reset();

    qint64 columnInt(int index) const;
    std::string_view columnText(int index) const;
    // The column's UTF-8 text as a QString (SQL NULL reads as empty).
    QString columnString(int index) const;

    static const char* errorText(sqlite3* db);
    // The bytes of a QByteArray to bind (they must outlive the next step()).
    static std::string_view view(const QByteArray& utf8)
    {
        return std::string_view(utf8.constData(), size_t(utf8.size()));
    }

private:
    void finalize();
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace od
