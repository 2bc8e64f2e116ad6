#pragma once

#include "Session.h"

#include <QObject>
#include <QString>

namespace od {

class BackgroundTask;

// Today's automatic backup (BackupService::autoBackup), made on a worker with its own connection
// once the main window is up: copying a large database takes seconds, which the user should not
// wait for at every start. Deleting it while the copy runs stops the copy and leaves no file.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    // Into `backupDir` (BackupService::defaultBackupDir() for the app).
    DailyBackup(SessionFactory sessions, QString backupDir, QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    // `message` is for the status bar: where today's backup went, or why it failed; empty when
    // today's backup was already there.
    void finished(bool ok, const QString& message);

private:
    SessionFactory m_sessions;
    QString m_backupDir;
    BackgroundTask* m_task = nullptr;
    QString m_path;
    bool m_created = false;
};

} // namespace od
