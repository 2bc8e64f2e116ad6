#pragma once

#include "OrderException.h"
#include "Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace od {

class ValidatedForm;

// One step on an open exception: its response plan, what the customer was told (whom, by which
// channel), or its resolution and cost. Stays open with the problem under its field until the
// step is stored; Ctrl+Enter confirms, Escape cancels.
class ExceptionStepDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Plan,
        Contact,
        Resolve
    };

    ExceptionStepDialog(Session& session, const OrderException& exception, Step step,
                        QWidget* parent = nullptr);

    ValidatedForm* form() const { return m_form; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* confirmButton() const { return m_confirm; }

private:
    void submit();

    Session& m_session;
    OrderException m_exception;
    Step m_step;
    ValidatedForm* m_form = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_cost = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace od
