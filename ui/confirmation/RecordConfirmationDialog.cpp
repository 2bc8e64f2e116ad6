#include "RecordConfirmationDialog.h"

#include "Confirmation.h"
#include "ConfirmationService.h"
#include "widgets/FormDateTimeEdit.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

RecordConfirmationDialog::RecordConfirmationDialog(Session& session, qint64 orderId, int revision,
                                                   const QString& orderNo, const QString& contact,
                                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_orderId(orderId), m_revision(revision)
{
    setObjectName(QStringLiteral("recordConfirmationDialog"));
    setWindowTitle(tr("Record confirmation of %1").arg(orderNo));

    auto* intro =
        new QLabel(tr("The customer confirmed revision %1 of order %2.").arg(revision).arg(orderNo), this);
    intro->setWordWrap(true);

    m_contact = new QLineEdit(contact, this);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_contact->setPlaceholderText(tr("name of the person who confirmed"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (const ConfirmationChannel channel : ConfirmationChannelInfo::all())
        m_channel->addItem(ConfirmationChannelInfo::displayName(channel),
                           ConfirmationChannelInfo::key(channel));
    // Tab leaves the field instead of walking through its year, month, day, hour and minute.
    m_confirmedAt = new FormDateTimeEdit(QDateTime::currentDateTime(), this);
    m_confirmedAt->setObjectName(QStringLiteral("confirmedAtEdit"));
    m_confirmedAt->setCalendarPopup(true);
    m_confirmedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_remarks = new QLineEdit(this);
    m_remarks->setObjectName(QStringLiteral("remarksEdit"));
    m_remarks->setPlaceholderText(tr("e.g. agreed to deliver in two batches"));
    m_attachment = new QLineEdit(this);
    m_attachment->setObjectName(QStringLiteral("attachmentEdit"));
    m_attachment->setPlaceholderText(tr("optional: the signed document, a screenshot of the chat…"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    auto* attachmentRow = new QWidget(this);
    auto* attachmentLayout = new QHBoxLayout(attachmentRow);
    attachmentLayout->setContentsMargins(0, 0, 0, 0);
    attachmentLayout->addWidget(m_attachment, 1);
    attachmentLayout->addWidget(browse);
    attachmentRow->setFocusProxy(m_attachment);

    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("contact"), tr("Confirmed &by"), m_contact);
    m_form->addField(QStringLiteral("channel"), tr("C&hannel"), m_channel);
    m_form->addField(QStringLiteral("confirmed_at"), tr("&When"), m_confirmedAt);
    m_form->addField(QStringLiteral("remarks"), tr("&Remarks"), m_remarks);
    m_form->addField(QStringLiteral("attachment"), tr("&File"), attachmentRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record confirmation"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordConfirmationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordConfirmationDialog::reject);
    connect(browse, &QPushButton::clicked, this, &RecordConfirmationDialog::chooseAttachment);

    // The order of the form, then the buttons (the button box comes last on every platform).
    QWidget* chain[] = {m_contact,
                        m_channel,
                        m_confirmedAt,
                        m_remarks,
                        m_attachment,
                        browse,
                        buttons->button(QDialogButtonBox::Ok),
                        buttons->button(QDialogButtonBox::Cancel)};
    for (int i = 0; i + 1 < int(std::size(chain)); ++i)
        setTabOrder(chain[i], chain[i + 1]);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_contact->setFocus();
}

void RecordConfirmationDialog::chooseAttachment()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach the confirmation"), m_attachment->text(),
                                     tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.tif "
                                        "*.tiff *.docx *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_attachment->setText(path);
}

void RecordConfirmationDialog::accept()
{
    Confirmation confirmation;
    confirmation.contactName = m_contact->text().trimmed();
    confirmation.channel = ConfirmationChannelInfo::fromKey(m_channel->currentData().toString())
                               .value_or(ConfirmationChannel::Phone);
    confirmation.confirmedAt = m_confirmedAt->dateTime().toUTC();
    confirmation.remarks = m_remarks->text().trimmed();
    const Status ok = ConfirmationService(m_session).record(m_orderId, m_revision, confirmation,
                                                            m_attachment->text().trimmed());
    if (!ok) {
        m_form->showError(ok.error());
        return;
    }
    QDialog::accept();
}

} // namespace od
