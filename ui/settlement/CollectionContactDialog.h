#pragma once

#include "CollectionContact.h"
#include "Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace od {

class DateField;
class ValidatedForm;

// 催款: a contact with a customer about what it owes — the channel, who was spoken to, what was
// said, and the day (and amount) it promised to pay. A broken promise comes back as a reminder.
// A refused entry is explained under its field and stays as typed.
class CollectionContactDialog : public QDialog
{
    Q_OBJECT

public:
    CollectionContactDialog(Session& session, qint64 customerId, const QString& customerName,
                            QWidget* parent = nullptr);

    void accept() override;
    const CollectionContact& contact() const { return m_contact; }
    QComboBox* channelBox() const { return m_channel; }
    QLineEdit* contactNameEdit() const { return m_contactName; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    DateField* promisedDateField() const { return m_promisedDate; }
    QLineEdit* promisedAmountEdit() const { return m_promisedAmount; }
    ValidatedForm* form() const { return m_form; }

private:
    Session& m_session;
    CollectionContact m_contact;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_contactName = nullptr;
    QPlainTextEdit* m_note = nullptr;
    DateField* m_promisedDate = nullptr;
    QLineEdit* m_promisedAmount = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
