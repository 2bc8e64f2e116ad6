#pragma once

#include "ChangeRequest.h"
#include "Order.h"
#include "Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace od {

class DateField;
class ValidatedForm;

// Records what a customer asks to change on a confirmed order (变更申请): who asked, how and why,
// each line's new quantity or price or its removal, a product to add, the requested date, the
// delivery address, or a cancellation with its charge. While it is typed, the impact is shown
// under the form: the new total and the difference with tax (in figures and 大写), the earliest
// delivery before and after, the orders pushed later, the credit limit. The dialog stays open
// with the problem next to its field until the request is stored; Ctrl+Enter sends it, Escape
// cancels.
class RequestChangeDialog : public QDialog
{
    Q_OBJECT

public:
    RequestChangeDialog(Session& session, const Order& order, QWidget* parent = nullptr);

    // The request as stored (after accept()).
    const ChangeRequest& requested() const { return m_requested; }
    ValidatedForm* form() const { return m_form; }
    QTableWidget* lines() const { return m_lines; }
    QLabel* impact() const { return m_impact; }
    QPushButton* sendButton() const { return m_send; }
    // Computes the impact now instead of after the typing pause.
    void refreshImpact();

private:
    // The request as typed, or the first problem with the field it belongs to.
    Result<ChangeRequest> draft() const;
    void submit();

    Session& m_session;
    Order m_order;
    ValidatedForm* m_form = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_channel = nullptr;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_addSku = nullptr;
    QLineEdit* m_addQuantity = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_address = nullptr;
    QCheckBox* m_cancel = nullptr;
    QLineEdit* m_charge = nullptr;
    QLabel* m_impact = nullptr;
    QPushButton* m_send = nullptr;
    QTimer* m_pause = nullptr;
    ChangeRequest m_requested;
};

} // namespace od
