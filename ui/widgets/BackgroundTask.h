#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;
class QWidget;

namespace od {

// What a worker reports while it runs, and the user's request to stop. Safe to use from both
// threads: the worker writes and polls isCancelled(), the UI reads a few times a second.
class TaskProgress
{
public:
    void setMaximum(qint64 maximum) { m_maximum = maximum; }
    void setValue(qint64 value) { m_value = value; }
    void setLabel(const QString& label);

    qint64 maximum() const { return m_maximum; }
    qint64 value() const { return m_value; }
    QString label() const;

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    std::atomic<qint64> m_maximum{0}; // 0 = unknown (busy indicator)
    std::atomic<qint64> m_value{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_labelMutex;
    QString m_label;
};

// Work that may take longer than ~100 ms (demo generation, exact counts, imports, exports):
// runs on its own thread with its own connection to the database, opened in that thread as
// every connection must be, reports progress and can be cancelled. Deleting a running task
// cancels it and waits for the worker, so a task never outlives the objects it reports to.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // The work gets a session of its own (same user, its own connection, opened in its thread).
    using Work = std::function<Status(Session& session, TaskProgress& progress)>;
    // The page cache of a task's connection (the app's own connections have 64 MB).
    static constexpr int TaskCacheKiB = 16 * 1024;

    BackgroundTask(SessionFactory sessions, Work work, QObject* parent = nullptr);
    ~BackgroundTask() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_progress.isCancelled(); }
    // The work's outcome (or the error opening the database); valid once finished() was emitted.
    const Status& result() const { return m_result; }
    const TaskProgress& progress() const { return m_progress; }

    // Runs `work` while a modal progress dialog with a Cancel button is shown; returns when the
    // worker has stopped. `cancelled` (optional) tells whether the user pressed Cancel.
    static Status runWithDialog(QWidget* parent, const QString& title, const SessionFactory& sessions,
                                Work work, bool* cancelled = nullptr);

Q_SIGNALS:
    void progressChanged(qint64 value, qint64 maximum, const QString& label);
    void finished();

private:
    void pollProgress();
    void onThreadFinished();

    SessionFactory m_sessions;
    Work m_work;
    TaskProgress m_progress;
    Status m_result;
    QThread* m_thread = nullptr;
    QTimer* m_pollTimer = nullptr;
    bool m_finished = false;
    qint64 m_lastValue = -1;
    qint64 m_lastMaximum = -1;
    QString m_lastLabel;
};

} // namespace od
