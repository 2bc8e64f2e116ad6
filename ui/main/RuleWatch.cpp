#include "RuleWatch.h"

#include "RuleEngine.h"
#include "widgets/BackgroundTask.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <memory>

namespace od {

RuleWatch::RuleWatch(SessionFactory sessions, QObject* parent)
    : QObject(parent), m_sessions(std::move(sessions))
{
}

RuleWatch::~RuleWatch() = default;

bool RuleWatch::isRunning() const
{
    return m_task && m_task->isRunning();
}

void RuleWatch::runIfDue()
{
    const QDate today = QDate::currentDate();
    if (isRunning() || m_ranOn == today)
        return;
    m_ranOn = today;
    delete m_task;
    auto changed = std::make_shared<std::atomic<bool>>(false);
    m_task = new BackgroundTask(
        m_sessions,
        [changed](Session& worker, TaskProgress& progress) -> Status {
            progress.setLabel(RuleEngine::tr("Running the automation rules…"));
            auto run = RuleEngine(worker).runScheduled();
            if (!run)
                return std::unexpected(run.error());
            *changed = run->fired > 0 || run->closed > 0;
            return {};
        },
        this);
    connect(m_task, &BackgroundTask::finished, this, [this, changed] {
        if (m_task->wasCancelled())
            return;
        if (const Status& result = m_task->result(); !result) {
            spdlog::error("automation rules not run: {}", result.error().message.toStdString());
            m_ranOn = {}; // tried again at the next check
            Q_EMIT finished(false, false,
                            tr("The automation rules could not run: %1").arg(result.error().message));
            return;
        }
        Q_EMIT finished(true, *changed, QString());
    });
    m_task->start();
}

} // namespace od
