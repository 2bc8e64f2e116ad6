#pragma once

#include "Error.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QLineEdit;

namespace od {

class DateField;
class ValidatedForm;

// A manager's decision on credit — releasing a customer's hold until a day, or writing off an
// invoice as bad debt on a day — with the reason the audit trail keeps. The decision itself is
// the service call given; what it refuses is shown under its field and the entry stays as typed.
class ManagerDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    using Decide = std::function<Status(const QString& reason, const QDate& date)>;

    struct Texts
    {
        QString title;
        QString intro;
        QString dateLabel;
        QString dateField; // the service's name for the date field ("valid_until", "date")
        QString okText;
    };

    ManagerDecisionDialog(const Texts& texts, const QDate& date, Decide decide, QWidget* parent = nullptr);

    void accept() override;
    QLineEdit* reasonEdit() const { return m_reason; }
    DateField* dateField() const { return m_date; }
    ValidatedForm* form() const { return m_form; }

private:
    QString m_dateFieldName;
    Decide m_decide;
    QLineEdit* m_reason = nullptr;
    DateField* m_date = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
