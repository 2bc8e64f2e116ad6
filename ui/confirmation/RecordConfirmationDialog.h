#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace od {

class Session;
class ValidatedForm;

// Records that the customer confirmed one revision of an order: who confirmed (prefilled with
// the customer's contact), how (phone, email, WeChat, signed document, in person), when (now
// by default), remarks, and optionally the signed file. Saves through ConfirmationService on OK;
// a problem is shown under its field and the dialog stays open.
class RecordConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    RecordConfirmationDialog(Session& session, qint64 orderId, int revision, const QString& orderNo,
                             const QString& contact, QWidget* parent = nullptr);

    QLineEdit* contactEdit() const { return m_contact; }
    QComboBox* channelCombo() const { return m_channel; }
    QDateTimeEdit* confirmedAtEdit() const { return m_confirmedAt; }
    QLineEdit* remarksEdit() const { return m_remarks; }
    QLineEdit* attachmentEdit() const { return m_attachment; }
    ValidatedForm* form() const { return m_form; }

    void accept() override;

private:
    void chooseAttachment();

    Session& m_session;
    qint64 m_orderId = 0;
    int m_revision = 0;
    ValidatedForm* m_form = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_confirmedAt = nullptr;
    QLineEdit* m_remarks = nullptr;
    QLineEdit* m_attachment = nullptr;
};

} // namespace od
