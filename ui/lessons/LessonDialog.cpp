#include "LessonDialog.h"

#include "LessonService.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace od {

LessonDialog::LessonDialog(Session& session, qint64 orderId, const QString& text,
                           const QStringList& customerCodes, const QStringList& productSkus, QWidget* parent)
    : QDialog(parent), m_session(session), m_orderId(orderId)
{
    setWindowTitle(tr("Lesson learnt"));
    m_text = new QPlainTextEdit(text, this);
    m_text->setObjectName(QStringLiteral("lessonDialogText"));
    m_text->setTabChangesFocus(true);
    m_customers = new QLineEdit(customerCodes.join(QStringLiteral(", ")), this);
    m_customers->setObjectName(QStringLiteral("lessonDialogCustomers"));
    m_products = new QLineEdit(productSkus.join(QStringLiteral(", ")), this);
    m_products->setObjectName(QStringLiteral("lessonDialogProducts"));
    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("text"), tr("&Lesson"), m_text);
    m_form->addField(QStringLiteral("customers"), tr("About &customers"), m_customers);
    m_form->addField(QStringLiteral("products"), tr("About &products"), m_products);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Keep the lesson"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LessonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LessonDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_text->setFocus();
}

QStringList LessonDialog::listOf(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts);
}

void LessonDialog::accept()
{
    m_form->clearErrors();
    auto added = LessonService(m_session).add(m_text->toPlainText(), listOf(m_customers->text()),
                                              listOf(m_products->text()), m_orderId);
    if (!added) {
        m_form->showError(added.error());
        return;
    }
    QDialog::accept();
}

} // namespace od
