#pragma once

#include "ValidationReport.h"

#include <QLabel>

namespace od {

// The small line of text under a form field that says what is wrong with it: red for an error
// that blocks saving, orange for a warning. Hidden while there is nothing to say, so a form
// without problems stays compact.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);

    static QColor errorColor();
    static QColor warningColor();

    void showError(const QString& message);
    void showWarning(const QString& message);
    // Shows every issue, errors first; hides the label for an empty list.
    void showIssues(const QList<ValidationIssue>& issues);
    void clearMessage();

    bool isError() const { return m_isError; }

private:
    void showMessage(const QString& message, bool isError);
    bool m_isError = false;
};

} // namespace od
