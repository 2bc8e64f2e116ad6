#pragma once

#include "Session.h"

#include <QDate>
#include <QObject>
#include <QString>

class QTimer;

namespace od {

class BackgroundTask;

// Keeps the early warning up to date behind the windows: every open order's risk is recomputed
// on a worker with its own connection once the app is up, and again when the day changes (each
// morning, for an app left open overnight) or the thresholds change: each minute a worker asks
// whether today's run is still current. A database locked by another writer is waited for
// by the worker, never by the window.
class RiskWatch : public QObject
{
    Q_OBJECT

public:
    explicit RiskWatch(SessionFactory sessions, QObject* parent = nullptr);
    ~RiskWatch() override;

    void start();
    bool isRunning() const;

Q_SIGNALS:
    // A recompute ended: `ok` false with the reason for the status bar.
    void finished(bool ok, const QString& message);

private:
    void run();
    void checkDay();

    SessionFactory m_sessions;
    BackgroundTask* m_task = nullptr;
    QTimer* m_dayTimer = nullptr;
};

} // namespace od
