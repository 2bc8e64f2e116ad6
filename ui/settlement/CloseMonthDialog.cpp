#include "CloseMonthDialog.h"

#include "PeriodCloseService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

namespace {

// How far back the dialog offers months that are still open.
constexpr int MonthsOffered = 24;

} // namespace

CloseMonthDialog::CloseMonthDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Close a month"));
    auto* intro = new QLabel(tr("Once a month is closed, nothing dated in it can be created or changed: no "
                                "invoice, credit note, payment or write-off. This cannot be undone."),
                             this);
    intro->setWordWrap(true);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("closeMonthBox"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("closeMonthError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    const QDate thisMonth(session.today().year(), session.today().month(), 1);
    auto lock = PeriodCloseService(session).lock();
    if (!lock) {
        m_error->setText(lock.error().message);
        m_error->show();
    } else {
        for (int back = MonthsOffered; back >= 1; --back) {
            const QDate month = thisMonth.addMonths(-back);
            if (!lock->isClosed(month))
                m_month->addItem(QLocale().toString(month, tr("yyyy-MM")), month);
        }
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close the month"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_month->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseMonthDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloseMonthDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_month->setFocus();
}

void CloseMonthDialog::accept()
{
    const QDate month = m_month->currentData().toDate();
    if (!month.isValid())
        return;
    if (auto ok = PeriodCloseService(m_session).closeMonth(month); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return;
    }
    m_closed = month;
    QDialog::accept();
}

} // namespace od
