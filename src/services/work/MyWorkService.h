#pragma once

#include "Session.h"
#include "WorkItem.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// 我的待办 My work: what the signed-in user must do now, most urgent first (overdue, then by due
// date, undated last). Each source adds the items of its step for the user's role: orders the
// customer has not confirmed yet (the salesperson's, chased after a few days), exceptions the
// user owns. Only what the user may see is listed.
class MyWorkService
{
    Q_DECLARE_TR_FUNCTIONS(MyWorkService)

public:
    // Days a sent order may wait for the customer before it is chased.
    static constexpr int ConfirmationChaseDays = 3;

    explicit MyWorkService(Session& session) : m_session(session) {}

    Result<QList<WorkItem>> items(int limit = 500);

private:
    Status addConfirmations(QList<WorkItem>& out, int limit);
    Status addExceptions(QList<WorkItem>& out, int limit);
    Status addDateAcceptances(QList<WorkItem>& out, int limit);

    Session& m_session;
};

} // namespace od
