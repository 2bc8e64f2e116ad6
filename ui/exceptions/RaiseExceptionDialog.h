#pragma once

#include "OrderException.h"
#include "Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace od {

class DateField;
class ValidatedForm;

// Raises an exception on an order: the order (given, or typed by number), kind, severity, owner
// (the user by default), due date and what went wrong. The dialog stays open with the problem
// under its field until the exception is stored; Ctrl+Enter raises, Escape cancels.
class RaiseExceptionDialog : public QDialog
{
    Q_OBJECT

public:
    // `orderNo` empty: the user types it.
    RaiseExceptionDialog(Session& session, const QString& orderNo, QWidget* parent = nullptr);

    // The exception as stored (after accept()).
    const OrderException& raised() const { return m_raised; }
    ValidatedForm* form() const { return m_form; }
    QPushButton* raiseButton() const { return m_raise; }

private:
    void submit();

    Session& m_session;
    ValidatedForm* m_form = nullptr;
    QLineEdit* m_order = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_owner = nullptr;
    DateField* m_due = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPushButton* m_raise = nullptr;
    OrderException m_raised;
};

} // namespace od
