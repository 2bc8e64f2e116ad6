#pragma once

#include "OrderException.h"
#include "Session.h"
#include "main/WorkflowPage.h"

class QCheckBox;
class QComboBox;

namespace od {

class MessageBanner;

class ExceptionsPanel;

// 异常 Exceptions: every exception the user may see, oldest first, filtered by open, kind,
// severity and "mine"; overdue and high-severity ones in red; each one's plan, contacts and
// resolution, and its steps.
class ExceptionsView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit ExceptionsView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    ExceptionsPanel* panel() const { return m_panel; }

private:
    void applyFilters();
    ExceptionFilter currentFilter() const;

    Session& m_session;
    QCheckBox* m_openOnly = nullptr;
    QCheckBox* m_mine = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_severity = nullptr;
    ExceptionsPanel* m_panel = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace od
