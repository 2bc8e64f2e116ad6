#pragma once

#include "Session.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace od {

class BackgroundTask;

// Runs the automation rules' morning work (RuleEngine::runScheduled) behind the windows, on a
// worker with its own connection: once the app is up, and again the first time it is asked on
// a new day (the workspace asks after each early-warning check).
class RuleWatch : public QObject
{
    Q_OBJECT

public:
    explicit RuleWatch(SessionFactory sessions, QObject* parent = nullptr);
    ~RuleWatch() override;

    // Runs unless today's run is done or one is running.
    void runIfDue();
    bool isRunning() const;

Q_SIGNALS:
    // A run ended: `changed` when a rule fired or a firing was done; `ok` false with the reason.
    void finished(bool ok, bool changed, const QString& message);

private:
    SessionFactory m_sessions;
    BackgroundTask* m_task = nullptr;
    QDate m_ranOn;
};

} // namespace od
