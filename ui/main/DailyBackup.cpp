#include "DailyBackup.h"

#include "BackupService.h"
#include "Session.h"
#include "widgets/BackgroundTask.h"

#include <QDir>

#include <spdlog/spdlog.h>

namespace od {

DailyBackup::DailyBackup(SessionFactory sessions, QString backupDir, QObject* parent)
    : QObject(parent), m_sessions(std::move(sessions)), m_backupDir(std::move(backupDir))
{
}

void DailyBackup::start()
{
    if (m_task)
        return;
    m_task = new BackgroundTask(
        m_sessions,
        [this](Session& worker, TaskProgress& progress) -> Status {
            auto outcome = BackupService(worker).autoBackup(
                m_backupDir, [&progress](qint64, qint64) { return !progress.isCancelled(); });
            if (!outcome)
                return std::unexpected(outcome.error());
            m_path = outcome->path;
            m_created = outcome->created;
            return {};
        },
        this);
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (m_task->wasCancelled())
            return;
        if (const Status& result = m_task->result(); !result) {
            spdlog::error("automatic backup failed: {}", result.error().message.toStdString());
            Q_EMIT finished(false, tr("Today's automatic backup failed: %1").arg(result.error().message));
        } else if (m_created) {
            spdlog::info("automatic backup {}", m_path.toStdString());
            Q_EMIT finished(true, tr("Today's backup was saved to %1").arg(QDir::toNativeSeparators(m_path)));
        } else {
            Q_EMIT finished(true, QString());
        }
    });
    m_task->start();
}

} // namespace od
