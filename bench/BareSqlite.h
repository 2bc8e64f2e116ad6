#pragma once

#include <QString>
#include <QVariantList>

struct sqlite3;

namespace od::bench {

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
    QString lastError() const;

private:
    sqlite3* m_db = nullptr;
};

} // namespace od::bench
