#pragma once

#include "ChangeRequest.h"
#include "Session.h"
#include "main/WorkflowPage.h"

class QComboBox;

namespace od {

class MessageBanner;

class ChangesPanel;

// 变更记录 Changes: every change request the user may see, newest first, with its status, age and
// impact, filtered by status, customer and salesperson; managers approve or reject here.
class ChangesView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit ChangesView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    ChangesPanel* panel() const { return m_panel; }
    QComboBox* statusFilter() const { return m_status; }

private:
    void applyFilters();
    ChangeRequestFilter currentFilter() const;

    Session& m_session;
    QComboBox* m_status = nullptr;
    QComboBox* m_customer = nullptr;
    QComboBox* m_salesperson = nullptr;
    ChangesPanel* m_panel = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace od
