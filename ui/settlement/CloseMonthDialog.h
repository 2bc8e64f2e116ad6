#pragma once

#include "Session.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace od {

// Closing a month (结账): once closed, nothing dated in it — invoice, credit note, payment or
// write-off — can be created or changed. Offers the ended months not yet closed, the oldest
// first; closing cannot be undone, which the dialog says.
class CloseMonthDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloseMonthDialog(Session& session, QWidget* parent = nullptr);

    void accept() override;
    QComboBox* monthBox() const { return m_month; }
    QLabel* errorLabel() const { return m_error; }
    // The first day of the month closed (null until then).
    const QDate& closed() const { return m_closed; }

private:
    Session& m_session;
    QComboBox* m_month = nullptr;
    QLabel* m_error = nullptr;
    QDate m_closed;
};

} // namespace od
