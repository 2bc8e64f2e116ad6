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

// The orderdesk_crash_writer executable built beside the tests.
QString crashWriterPath();

} // namespace od::test
