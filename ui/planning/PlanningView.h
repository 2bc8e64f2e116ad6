#pragma once

#include "main/WorkflowPage.h"

#include "Error.h"
#include "PlanProposal.h"

class QGroupBox;

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace od {

class DateField;
class GanttChart;
class MessageBanner;
class Session;

// 订单计划 Planning: the confirmed orders waiting for a plan, oldest first (or the orders planned
// and in production); an order opened shows its proposed plan — every step with its work
// centre, hours, owner, start and finish, as a table and as a chart — and the earliest date it
// can be delivered, red when later than the customer asked. The planner gives steps owners,
// moves a step later, and commits (a manager may promise an earlier date with a reason). On a
// committed plan the planner may still give a step to someone else or move a step not started
// later; a promise later than asked waits for the customer's acceptance, recorded here, before
// the selected step's progress may be reported.
class PlanningView : public WorkflowPage
{
    Q_OBJECT

public:
    enum class List
    {
        Waiting,
        Planned,
        InProduction
    };

    explicit PlanningView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    QString statusText() const override;

    void showList(List list);
    bool openOrder(qint64 orderId);
    bool openRecord(qint64 orderId) override { return openOrder(orderId); }
    // Opens the first order of the list shown; false when it is empty.
    bool openFirstOrder();
    qint64 currentOrderId() const { return m_proposal.orderId; }
    const PlanProposal& proposal() const { return m_proposal; }
    // Selects a step of the plan (0 = the first).
    void selectStep(int index);
    bool commitPlan();
    // Records that the customer accepted the committed plan's later date (the fields of the
    // acceptance box); false when refused.
    bool recordAcceptance();
    // Plans every open order again on a worker (progress, Cancel) and says which orders can no
    // longer be delivered on their promised date; false when it failed or was cancelled.
    bool replanAll();

private:
    void onOrderActivated();
    void onStepChanged();
    void showProposal();
    void propose();
    void setOwner();
    void moveLater();
    void reportProgress(int action);
    void changeCommitted(const PlanStepChange& change);
    void showAcceptance();
    void updateButtons();
    void showError(const Error& error);
    int currentStep() const;
    StepChoice& choiceFor(int stepIndex);

    Session& m_session;
    List m_list = List::Waiting;
    PlanProposal m_proposal;
    QList<StepChoice> m_choices;
    int m_orderCount = 0;

    MessageBanner* m_banner = nullptr;
    QComboBox* m_listCombo = nullptr;
    QTableWidget* m_orders = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_earliest = nullptr;
    QTableWidget* m_steps = nullptr;
    GanttChart* m_chart = nullptr;
    QComboBox* m_owner = nullptr;
    DateField* m_notBefore = nullptr;
    QPushButton* m_moveLater = nullptr;
    QCheckBox* m_movePromise = nullptr;
    QGroupBox* m_acceptBox = nullptr;
    QLabel* m_acceptState = nullptr;
    QLineEdit* m_acceptContact = nullptr;
    QComboBox* m_acceptChannel = nullptr;
    QLineEdit* m_acceptNote = nullptr;
    QPushButton* m_accept = nullptr;
    DateField* m_promise = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_commit = nullptr;
    QLineEdit* m_quantity = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_finish = nullptr;
    QPushButton* m_replan = nullptr;
};

} // namespace od
