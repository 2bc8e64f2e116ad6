#pragma once

#include <QDate>
#include <QDialog>

namespace od {

class DateField;
class ValidatedForm;

// The period of a customer statement (对账单): from and to, both days included; by default the
// year to today.
class StatementDialog : public QDialog
{
    Q_OBJECT

public:
    StatementDialog(const QString& customerName, const QDate& today, QWidget* parent = nullptr);

    void accept() override;
    QDate from() const;
    QDate to() const;
    DateField* fromField() const { return m_from; }
    DateField* toField() const { return m_to; }
    ValidatedForm* form() const { return m_form; }

private:
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
