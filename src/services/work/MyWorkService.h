#pragma once

#include "Session.h"
#include "WorkItem.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// 我的待办 My work: what the signed-in user must do now, most urgent first (overdue, then by due
// date, undated last). Each source adds the items of its step for the user's department:
// - everyone: the exceptions they own and the plan steps they own that are due to start;
// - sales: orders their customers have not confirmed (chased after a few days), their customers'
//   overdue invoices, and the customers to call about an order at risk or late (the early
//   warning's reason and next action);
// - logistics: orders ready to ship, the earliest promised first, and the finished lines of late
//   orders the manager asked to send ahead (分批发货);
// - finance: orders shipped and not invoiced, overdue invoices, broken promises to pay;
// - management: orders whose plan is behind the date promised to the customer, change requests
//   waiting for approval;
// - whoever asked for a change: the request when it was rejected (to tell the customer);
// - what the automation rules fired for the user or their department (RuleFiringService): a
//   reminder to chase a confirmation, a shipped order to invoice, a post-analysis to write, a
//   change the rule approved, a customer the rule put on credit hold.
// Only what the user may see is listed; each source reads at most `limit` rows.
class MyWorkService
{
    Q_DECLARE_TR_FUNCTIONS(MyWorkService)

public:
    // Days a sent order may wait for the customer before it is chased, unless the reminder
    // rule (自动化规则) says otherwise.
    static constexpr int ConfirmationChaseDays = 3;
    static constexpr int MentionPreviewLength = 80;
    // A step is listed this many days before its planned start.
    static constexpr int StepLookAheadDays = 2;
    // Days a change request may wait for its decision, and the salesperson to pass a rejection on.
    static constexpr int ChangeDecisionDays = 2;
    // A rejected change stays in the asker's list this many days after the decision.
    static constexpr int RejectedChangeDays = 14;

    explicit MyWorkService(Session& session) : m_session(session) {}

    Result<QList<WorkItem>> items(int limit = 500);

private:
    Status addConfirmations(QList<WorkItem>& out, int limit);
    Status addMentions(QList<WorkItem>& out, int limit);
    Status addExceptions(QList<WorkItem>& out, int limit);
    Status addSteps(QList<WorkItem>& out, int limit);
    Status addBilling(QList<WorkItem>& out, int limit);
    Status addReadyToShip(QList<WorkItem>& out, int limit);
    Status addFinishedToShip(QList<WorkItem>& out, int limit);
    Status addOverdue(QList<WorkItem>& out, int limit);
    Status addBrokenPromises(QList<WorkItem>& out, int limit);
    Status addBehindPromise(QList<WorkItem>& out, int limit);
    Status addDateAcceptances(QList<WorkItem>& out, int limit);
    // Managers: change requests waiting for their approval; whoever asked: their rejected ones.
    Status addChanges(QList<WorkItem>& out, int limit);
    Status addDelays(QList<WorkItem>& out, int limit);

    Session& m_session;
};

} // namespace od
