#pragma once

#include "Error.h"

#include <QHash>
#include <QWidget>

class QFormLayout;

namespace od {

class FieldErrorLabel;

// A form whose fields are known by the names the services use in Error::field ("code",
// "unit_price"…): an error is shown under its own field, and that field gets the focus. An error
// about no field in particular appears at the bottom of the form.
class ValidatedForm : public QWidget
{
    Q_OBJECT

public:
    explicit ValidatedForm(QWidget* parent = nullptr);

    // Adds a labelled row; `field` is the service's field name ("" for a field it never names).
    void addField(const QString& field, const QString& label, QWidget* editor);
    void addRow(QWidget* widget);

    // Shows the error next to its field and focuses that field; false when the field is unknown
    // (the message then goes to the general error line).
    bool showError(const Error& error);
    void showFieldError(const QString& field, const QString& message);
    void clearErrors();
    // The error currently shown for a field ("" when none), for tests.
    QString errorText(const QString& field) const;
    QString generalErrorText() const;

private:
    QFormLayout* m_layout = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, FieldErrorLabel*> m_errors;
    FieldErrorLabel* m_general = nullptr;
};

} // namespace od
