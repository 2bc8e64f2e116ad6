#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace od::test {

// A new database at `path` with what the crash writer needs (users li the manager, admin,
// wang the salesperson; three customers; five products, one made to order), closed again so
// that the writer processes are its only users.
void createOfficeDatabase(const QString& path);

// What a writer child reported on stdout.
struct WriterReport
{
    bool ready = false;
    qint64 ordersCreated = 0; // entered and imported, each line printed after its commit
    int commits = 0;
};
WriterReport parseWriterOutput(const QByteArray& output);

// What a line of writers, killed one after the other, promise about the database: the orders
// and restore entries it must hold, given every line they printed (a restore sets the database
// back to a backup). Fed each writer's output in turn.
class WriterLedger
{
public:
    void feed(const QByteArray& output);
    // After a kill: the database holds `orders` orders and `restoreEntries` "database.restore"
    // entries. Empty when that keeps every promise; a restore the kill interrupted may have
    // happened whole or not at all, and the ledger follows what did.
    QString check(qint64 orders, qint64 restoreEntries);

    qint64 commits() const { return m_commits; }
    int backups() const { return m_backups; }
    int restores() const { return m_restores; }
    // Kills that landed while a backup or a restore was under way.
    int killedInBackup() const { return m_killedInBackup; }
    int killedInRestore() const { return m_killedInRestore; }

private:
    qint64 m_minOrders = 0;
    qint64 m_restoreEntries = 0;
    qint64 m_commits = 0;
    int m_backups = 0;
    int m_restores = 0;
    int m_killedInBackup = 0;
    int m_killedInRestore = 0;
    bool m_inBackup = false;
    bool m_inRestore = false;
    qint64 m_restoreOrders = 0; // of the backup being restored
    qint64 m_restoreRestores = 0;
};

// The orderdesk_crash_writer executable built beside the tests.
QString crashWriterPath();

} // namespace od::test
