#pragma once

#include "main/WorkflowPage.h"

#include "AuditEntry.h"
#include "Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace od {

class DateField;
class MessageBanner;

// The administrator's view over everyone's changes: filter the audit trail by user, dates,
// kind of action and order number, and check that the hash chain is unbroken.
class AuditView : public WorkflowPage
{
    Q_OBJECT

public:
    // Only the newest entries per filter are loaded, so a long trail stays quick to show.
    static constexpr int MaxEntries = 500;

    explicit AuditView(Session& session, QWidget* parent = nullptr);

    void focusSearch() override;
    // Users as they are now (one may have been added since), then the entries.
    void refresh();
    void reload() override;
    void verifyChain();

    // "order.edit" → "Order edited"; unknown keys are shown as they are.
    static QString actionName(const QString& action);

private:
    void loadUsers();
    void addRow(const AuditEntry& entry);

    Session& m_session;
    QComboBox* m_user = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_orderNumber = nullptr;
    MessageBanner* m_banner = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace od
