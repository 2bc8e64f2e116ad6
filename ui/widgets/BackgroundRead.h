#pragma once

#include "Session.h"
#include "widgets/BackgroundTask.h"

#include <QLabel>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace od {

// A page's figures read on a worker, one reading at a time. Asked again while one runs, it reads
// again once that one is back — with what the page asks for then — instead of showing figures
// already out of date. The state label says what is being read, then the error if it fails (the
// figures shown before stay).
template <typename T> class BackgroundRead
{
public:
    BackgroundRead(Session& session, QLabel* state, QObject* owner)
        : m_session(session), m_state(state), m_owner(owner)
    {
    }

    bool isLoading() const { return m_task && !m_task->isFinished(); }

    // `read` runs on the worker; `show` gets its result on the GUI thread; `done` follows every
    // reading. While a reading runs, `again` is called once it is back, in place of `show`.
    void start(const QString& reading, std::function<Result<T>(Session&)> read,
               std::function<void(const T&)> show, std::function<void()> again, std::function<void()> done)
    {
        if (isLoading()) {
            m_restart = true;
            return;
        }
        auto result = std::make_shared<std::optional<T>>();
        delete m_task;
        m_task = new BackgroundTask(
            m_session.factory(),
            [read, result](Session& worker, TaskProgress&) -> Status {
                auto value = read(worker);
                if (!value)
                    return std::unexpected(value.error());
                *result = std::move(*value);
                return {};
            },
            m_owner);
        QObject::connect(m_task, &BackgroundTask::finished, m_owner, [this, result, show, again, done] {
            if (m_restart) {
                m_restart = false;
                again();
                return;
            }
            if (const Status& status = m_task->result(); !status) {
                m_state->setText(status.error().message);
                m_state->setStyleSheet(QStringLiteral("color: #c62828;"));
            } else if (*result) {
                m_state->setStyleSheet(QString());
                show(**result);
            }
            done();
        });
        m_state->setText(reading);
        m_task->start();
    }

private:
    Session& m_session;
    QLabel* m_state = nullptr;
    QObject* m_owner = nullptr;
    BackgroundTask* m_task = nullptr;
    bool m_restart = false;
};

} // namespace od
