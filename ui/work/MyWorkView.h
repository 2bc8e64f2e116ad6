#pragma once

#include "Session.h"
#include "WorkItem.h"
#include "main/WorkflowPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace od {

class MessageBanner;

// 我的待办 My work, the first page after signing in: what this user must do now, most urgent
// first, overdue in red; its count sits beside its name in the navigation. Enter (or a double
// click, or Open) takes the user where the work is done: the Confirmation page for a customer to
// chase, Planning for a step or a late order, Receivables for money owed, the order itself for
// an exception. What an automation rule put there can be dismissed (Delete).
class MyWorkView : public WorkflowPage
{
    Q_OBJECT

public:
    // The most urgent items listed; when there are more, the page says so.
    static constexpr int ShownItems = 500;

    explicit MyWorkView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    int pendingCount() const override { return int(m_items.size()); }
    bool pendingCountIsPartial() const override { return m_more; }

    // Opens the selected item where its work is done; false when nothing is selected.
    bool openCurrent();
    // Dismisses the selected item when an automation rule made it (Delete); false otherwise.
    bool dismissCurrent();
    QTableWidget* table() const { return m_table; }
    QComboBox* kindFilter() const { return m_kind; }
    const QList<WorkItem>& items() const { return m_items; }

private:
    void fill();
    void updateButtons();
    const WorkItem* currentItem() const;
    int overdueCount() const;

    Session& m_session;
    MessageBanner* m_banner = nullptr;
    QList<WorkItem> m_items;
    bool m_more = false; // more than ShownItems to do: only the most urgent are listed
    QList<int> m_shown;  // indexes into m_items of the rows shown
    QLabel* m_summary = nullptr;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace od
