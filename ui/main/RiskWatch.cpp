#include "RiskWatch.h"

#include "RiskService.h"
#include "widgets/BackgroundTask.h"

#include <QTimer>

#include <spdlog/spdlog.h>

namespace od {

namespace {

constexpr int kDayCheckMs = 60 * 1000;

} // namespace

RiskWatch::RiskWatch(SessionFactory sessions, QObject* parent)
    : QObject(parent), m_sessions(std::move(sessions))
{
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(kDayCheckMs);
    connect(m_dayTimer, &QTimer::timeout, this, &RiskWatch::checkDay);
}

RiskWatch::~RiskWatch() = default;

void RiskWatch::start()
{
    m_dayTimer->start();
    run();
}

bool RiskWatch::isRunning() const
{
    return m_task && m_task->isRunning();
}

void RiskWatch::checkDay()
{
    // A new day, or thresholds changed in the settings (the day's run is then marked not done):
    // the worker asks recomputeIfStale(), which does nothing while today's run is current.
    if (!isRunning())
        run();
}

void RiskWatch::run()
{
    delete m_task;
    m_task = new BackgroundTask(
        m_sessions,
        [](Session& worker, TaskProgress& progress) -> Status {
            progress.setLabel(RiskService::tr("Updating the early warning…"));
            auto done = RiskService(worker).recomputeIfStale();
            if (!done)
                return std::unexpected(done.error());
            if (*done)
                spdlog::info("early warning: {} open orders, {} at risk, {} late, {} changed",
                             (*done)->orders, (*done)->atRisk, (*done)->late, (*done)->changed);
            return {};
        },
        this);
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (m_task->wasCancelled())
            return;
        if (const Status& result = m_task->result(); !result) {
            spdlog::error("early warning not updated: {}", result.error().message.toStdString());
            Q_EMIT finished(false,
                            tr("The early warning could not be updated: %1").arg(result.error().message));
            return;
        }
        Q_EMIT finished(true, QString());
    });
    m_task->start();
}

} // namespace od
