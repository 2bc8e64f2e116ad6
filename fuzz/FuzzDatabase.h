#pragma once
// What the fuzz targets share: the check that aborts (libFuzzer reports it like a sanitizer
// finding), and the database every input is imported into.

#include "CsvImportReport.h"
#include "CsvImportService.h"
#include "Database.h"
#include "Session.h"

#include <QList>
#include <QTemporaryDir>

#include <memory>

namespace od::fuzz {

[[noreturn]] void fail(const char* what);

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::od::fuzz::fail(#condition);                                                                    \
    } while (false)

// The database every input is imported into: a template made once (a manager, two customers and
// two products, so that order rows can succeed), copied back whenever an import committed, so
// that every input meets the same database and a crash replays from its input alone.
class FuzzDatabase
{
public:
    FuzzDatabase();

    Session& session() { return *m_session; }
    Database& db() { return *m_db; }
    const QString& csvPath() const { return m_csv; }
    void markChanged() { m_changed = true; }
    void resetIfChanged()
    {
        if (m_changed)
            reset();
    }
    // Rows in every table and the numbering counters: what a refused import must not change.
    QList<qint64> figures();

    // Writes `bytes` to csvPath() and imports them as `kind`, first as a dry run, then for real,
    // checking that reading never fails, that messages have a line and a bounded length, that
    // the dry run changes nothing and predicts the import, and that the import commits whole
    // (the audit chain still verifying) or changes nothing.
    void checkImport(const QByteArray& bytes, CsvImportReport::Kind kind);

private:
    void createTemplate();
    void reset();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QString m_csv;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    bool m_changed = false;
};

} // namespace od::fuzz
