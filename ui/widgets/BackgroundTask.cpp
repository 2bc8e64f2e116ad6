#include "BackgroundTask.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace od {

void TaskProgress::setLabel(const QString& label)
{
    QMutexLocker lock(&m_labelMutex);
    m_label = label;
}

QString TaskProgress::label() const
{
    QMutexLocker lock(&m_labelMutex);
    return m_label;
}

BackgroundTask::BackgroundTask(SessionFactory sessions, Work work, QObject* parent)
    : QObject(parent), m_sessions(std::move(sessions)), m_work(std::move(work))
{
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(100);
    connect(m_pollTimer, &QTimer::timeout, this, &BackgroundTask::pollProgress);
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_progress.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        // The connection belongs to this thread: opened and closed here. A task reads through
        // most of what it touches once (a backup reads every page): a small page cache serves it
        // as well and keeps the app's memory down.
        SessionFactory sessions = m_sessions;
        sessions.setCacheKiB(TaskCacheKiB);
        auto session = sessions.open();
        if (!session) {
            m_result = std::unexpected(session.error());
            return;
        }
        try {
            m_result = m_work(**session, m_progress);
        } catch (const std::exception& e) {
            spdlog::error("background task failed: {}", e.what());
            m_result = std::unexpected(Error::storage(QString::fromUtf8(e.what())));
        }
    });
    m_thread->setObjectName(QStringLiteral("orderdesk-task"));
    connect(m_thread, &QThread::finished, this, &BackgroundTask::onThreadFinished);
    m_pollTimer->start();
    m_thread->start(QThread::LowPriority);
}

void BackgroundTask::cancel()
{
    m_progress.cancel();
}

bool BackgroundTask::isRunning() const
{
    return m_thread && !m_finished;
}

void BackgroundTask::pollProgress()
{
    const qint64 value = m_progress.value();
    const qint64 maximum = m_progress.maximum();
    const QString label = m_progress.label();
    if (value == m_lastValue && maximum == m_lastMaximum && label == m_lastLabel)
        return;
    m_lastValue = value;
    m_lastMaximum = maximum;
    m_lastLabel = label;
    Q_EMIT progressChanged(value, maximum, label);
}

void BackgroundTask::onThreadFinished()
{
#ifdef __GLIBC__
    // The worker's allocations were made in a malloc arena of its own, which glibc keeps after
    // the thread ends: hand the freed memory back to the system.
    malloc_trim(0);
#endif
    m_pollTimer->stop();
    pollProgress();
    m_finished = true;
    Q_EMIT finished();
}

Status BackgroundTask::runWithDialog(QWidget* parent, const QString& title, const SessionFactory& sessions,
                                     Work work, bool* cancelled)
{
    BackgroundTask task(sessions, std::move(work));
    QProgressDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(title);
    dialog.setCancelButtonText(QProgressDialog::tr("Cancel"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setRange(0, 0);
    dialog.setMinimumWidth(420);

    QEventLoop loop;
    connect(&task, &BackgroundTask::progressChanged, &dialog,
            [&dialog](qint64 value, qint64 maximum, const QString& label) {
                // QProgressDialog works in int; scale large totals down to per-mille.
                if (maximum > 0) {
                    dialog.setRange(0, 1000);
                    dialog.setValue(int(qBound(qint64(0), value * 1000 / maximum, qint64(1000))));
                } else {
                    dialog.setRange(0, 0);
                }
                if (!label.isEmpty())
                    dialog.setLabelText(label);
            });
    connect(&dialog, &QProgressDialog::canceled, &task, [&task, &dialog] {
        task.cancel();
        // The dialog stays up until the worker has stopped, so nothing half-done is used.
        dialog.setLabelText(BackgroundTask::tr("Cancelling…"));
        dialog.setCancelButton(nullptr);
        dialog.show();
    });
    connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    task.start();
    dialog.show();
    if (!task.isFinished())
        loop.exec();
    if (cancelled)
        *cancelled = task.wasCancelled();
    return task.result();
}

} // namespace od
