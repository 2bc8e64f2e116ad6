#include "ExceptionsPanel.h"

#include "ExceptionService.h"
#include "OrderQueryService.h"
#include "exceptions/ExceptionStepDialog.h"
#include "exceptions/RaiseExceptionDialog.h"
#include "lessons/LessonDialog.h"
#include "widgets/Formatting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QString stateText(const OrderException& e, const QDate& today)
{
    if (!e.isOpen())
        return ExceptionsPanel::tr("Closed");
    if (e.isOverdue(today))
        return ExceptionsPanel::tr("Overdue");
    return e.responsePlan.isEmpty() ? ExceptionsPanel::tr("Open") : ExceptionsPanel::tr("Plan recorded");
}

} // namespace

ExceptionsPanel::ExceptionsPanel(Session& session, const QString& orderNo, QWidget* parent)
    : QWidget(parent), m_session(session), m_orderNo(orderNo)
{
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Exception"), tr("Order"), tr("Customer"), tr("Kind"),
                                        tr("Severity"), tr("Owner"), tr("Raised"), tr("Due"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ExceptionsPanel::showCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const OrderException* e = current())
            Q_EMIT openOrderRequested(e->orderId);
    });

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("exceptionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(6);

    auto* raiseButton = new QPushButton(tr("&Raise exception…"), this);
    raiseButton->setObjectName(QStringLiteral("raiseExceptionButton"));
    connect(raiseButton, &QPushButton::clicked, this, &ExceptionsPanel::raise);
    m_plan = new QPushButton(tr("Response &plan…"), this);
    m_plan->setObjectName(QStringLiteral("planExceptionButton"));
    connect(m_plan, &QPushButton::clicked, this, [this] { step(int(ExceptionStepDialog::Step::Plan)); });
    m_contact = new QPushButton(tr("&Customer informed…"), this);
    m_contact->setObjectName(QStringLiteral("contactExceptionButton"));
    connect(m_contact, &QPushButton::clicked, this,
            [this] { step(int(ExceptionStepDialog::Step::Contact)); });
    m_handOver = new QPushButton(tr("Han&d over…"), this);
    m_handOver->setObjectName(QStringLiteral("handOverExceptionButton"));
    connect(m_handOver, &QPushButton::clicked, this, &ExceptionsPanel::handOver);
    m_close = new QPushButton(tr("C&lose…"), this);
    m_close->setObjectName(QStringLiteral("closeExceptionButton"));
    connect(m_close, &QPushButton::clicked, this, [this] { step(int(ExceptionStepDialog::Step::Resolve)); });
    m_lesson = new QPushButton(tr("Make a le&sson…"), this);
    m_lesson->setObjectName(QStringLiteral("exceptionLessonButton"));
    m_lesson->setToolTip(
        tr("Keep what this closed exception taught, for the next order of this customer or product."));
    connect(m_lesson, &QPushButton::clicked, this, &ExceptionsPanel::makeLesson);
    m_openOrder = new QPushButton(tr("Open &order"), this);
    m_openOrder->setObjectName(QStringLiteral("openExceptionOrderButton"));
    m_openOrder->setVisible(orderNo.isEmpty());
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (const OrderException* e = current())
            Q_EMIT openOrderRequested(e->orderId);
    });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {raiseButton, m_plan, m_contact, m_handOver, m_close, m_lesson, m_openOrder})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    showCurrent();
}

void ExceptionsPanel::setFilter(const ExceptionFilter& filter)
{
    m_filter = filter;
    reload();
}

const OrderException* ExceptionsPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ExceptionsPanel::reload()
{
    const QString keep = current() ? current()->exceptionNo : QString();
    m_rows = ExceptionService(m_session).list(m_filter).value_or(QList<OrderException>());
    const QDate today = m_session.today();
    m_table->setRowCount(int(m_rows.size()));
    int select = m_rows.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const OrderException& e = m_rows.at(r);
        const QStringList cells{e.exceptionNo,
                                e.orderNo,
                                e.customerName,
                                ExceptionKindInfo::displayName(e.kind),
                                ExceptionSeverityInfo::displayName(e.severity),
                                e.ownerName,
                                Formatting::date(e.raisedAt.toLocalTime().date()),
                                Formatting::date(e.dueDate),
                                stateText(e, today)};
        const bool urgent = e.isOpen() && (e.isOverdue(today) || e.severity == ExceptionSeverity::High);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (urgent && (c == 4 || c == 7 || c == 8))
                item->setForeground(QColor(0xc0, 0x1c, 0x28));
            m_table->setItem(r, c, item);
        }
        if (e.exceptionNo == keep)
            select = r;
    }
    m_table->resizeColumnsToContents();
    m_table->setCurrentCell(select, 0);
    showCurrent();
}

void ExceptionsPanel::showCurrent()
{
    const OrderException* e = current();
    const bool open = e && e->isOpen();
    const bool manage = open && ExceptionService(m_session).mayManage(*e);
    m_plan->setEnabled(manage);
    m_handOver->setEnabled(manage);
    m_close->setEnabled(manage);
    m_contact->setEnabled(open);
    m_openOrder->setEnabled(e != nullptr);
    m_lesson->setEnabled(e && !e->isOpen());
    if (!e) {
        m_detail->setText(m_rows.isEmpty() ? tr("No exception.") : QString());
        return;
    }
    QString html = QStringLiteral("<b>%1</b> · %2 · %3<br>%4")
                       .arg(e->exceptionNo.toHtmlEscaped(), e->orderNo.toHtmlEscaped(),
                            tr("raised by %1 on %2")
                                .arg(e->raisedByName.toHtmlEscaped(), Formatting::dateTime(e->raisedAt)),
                            e->description.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Response plan:"),
                     e->responsePlan.isEmpty() ? tr("none yet") : e->responsePlan.toHtmlEscaped());
    const QList<ExceptionContact> contacts =
        ExceptionService(m_session).contacts(e->id).value_or(QList<ExceptionContact>());
    if (!contacts.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("The customer was told:"));
        for (const ExceptionContact& c : contacts)
            html += QStringLiteral("%1 · %2 → %3 (%4): %5<br>")
                        .arg(Formatting::dateTime(c.at), c.userName.toHtmlEscaped(),
                             c.customerContact.isEmpty() ? tr("customer") : c.customerContact.toHtmlEscaped(),
                             ContactChannelInfo::displayName(c.channel), c.text.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    if (!e->isOpen())
        html += QStringLiteral("<p><b>%1</b> %2 · %3 · %4</p>")
                    .arg(tr("Resolution:"), e->resolution.toHtmlEscaped(),
                         tr("cost %1").arg(Formatting::money(e->cost, QStringLiteral("CNY"))),
                         tr("closed by %1 on %2")
                             .arg(e->resolvedByName.toHtmlEscaped(), Formatting::dateTime(e->resolvedAt)));
    m_detail->setText(html);
}

void ExceptionsPanel::makeLesson()
{
    const OrderException* e = current();
    if (!e || e->isOpen())
        return;
    QStringList customers, skus;
    if (auto order = OrderQueryService(m_session).order(e->orderId)) {
        customers << order->customerCode;
        for (const OrderLine& line : order->lines)
            if (!line.productSku.isEmpty() && !skus.contains(line.productSku))
                skus << line.productSku;
    }
    LessonDialog dialog(m_session, e->orderId, e->description + QStringLiteral(" — ") + e->resolution,
                        customers, skus, this);
    if (run(dialog))
        Q_EMIT changed();
}

bool ExceptionsPanel::run(QDialog& dialog)
{
    if (m_dialogHook) {
        m_dialogHook(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void ExceptionsPanel::raise()
{
    RaiseExceptionDialog dialog(m_session, m_orderNo, this);
    if (!run(dialog))
        return;
    reload();
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == dialog.raised().id)
            m_table->setCurrentCell(r, 0);
    Q_EMIT changed();
}

void ExceptionsPanel::step(int which)
{
    const OrderException* e = current();
    if (!e)
        return;
    ExceptionStepDialog dialog(m_session, *e, ExceptionStepDialog::Step(which), this);
    if (!run(dialog))
        return;
    reload();
    Q_EMIT changed();
}

void ExceptionsPanel::handOver()
{
    const OrderException* e = current();
    if (!e)
        return;
    const QList<User> owners = ExceptionService(m_session).possibleOwners().value_or(QList<User>());
    QStringList names;
    int currentIndex = 0;
    for (const User& u : owners) {
        if (u.id == e->ownerId)
            currentIndex = int(names.size());
        names << u.displayName;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Hand over %1").arg(e->exceptionNo),
                                                 tr("New owner:"), names, currentIndex, false, &ok);
    if (!ok)
        return;
    const qint64 ownerId = owners.value(int(names.indexOf(chosen))).id;
    if (auto done = ExceptionService(m_session).handOver(e->id, ownerId); !done) {
        QMessageBox::warning(this, tr("Hand over"), done.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace od
