#include "ChangesPanel.h"

#include "ChangeConfirmationDocument.h"
#include "ChangeEventText.h"
#include "ChangeRequestService.h"
#include "ChangeRules.h"
#include "ChineseAmount.h"
#include "OrderQueryService.h"
#include "OutputFileService.h"
#include "Permissions.h"
#include "changes/RequestChangeDialog.h"
#include "widgets/Formatting.h"
#include "widgets/NoteDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

ChangesPanel::ChangesPanel(Session& session, qint64 orderId, QWidget* parent)
    : QWidget(parent), m_session(session), m_orderId(orderId)
{
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setColumnCount(10);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Order"), tr("Customer"), tr("Salesperson"),
                                        tr("Status"), tr("Age (days)"), tr("Difference"),
                                        tr("Earliest delivery"), tr("Orders pushed"), tr("Reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    // Tab leaves the list for the buttons (the rows are chosen with the arrow keys).
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ChangesPanel::showCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const ChangeRequest* r = current(); r && m_orderId == 0)
            Q_EMIT openOrderRequested(r->orderId);
    });

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("changeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(6);

    m_request = new QPushButton(tr("&Ask for a change…"), this);
    m_request->setObjectName(QStringLiteral("requestChangeButton"));
    m_request->setVisible(orderId > 0);
    connect(m_request, &QPushButton::clicked, this, &ChangesPanel::requestChange);
    m_approve = new QPushButton(tr("A&pprove…"), this);
    m_approve->setObjectName(QStringLiteral("approveChangeButton"));
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectChangeButton"));
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    m_openOrder = new QPushButton(tr("Open &order"), this);
    m_openOrder->setObjectName(QStringLiteral("openChangeOrderButton"));
    m_openOrder->setVisible(orderId == 0);
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (const ChangeRequest* r = current())
            Q_EMIT openOrderRequested(r->orderId);
    });

    m_cost = new QPushButton(tr("Scrap or rework co&st…"), this);
    m_cost->setObjectName(QStringLiteral("changeCostButton"));
    m_cost->setVisible(Permissions::allows(session, Permission::PlanOrders));
    connect(m_cost, &QPushButton::clicked, this, &ChangesPanel::enterCost);
    m_pdf = new QPushButton(tr("Change confirmation P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("changePdfButton"));
    connect(m_pdf, &QPushButton::clicked, this, &ChangesPanel::savePdf);
    m_askSavePath = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save the change confirmation as PDF"), suggested,
                                            tr("PDF documents (*.pdf)"));
    };

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_request, m_approve, m_reject, m_cost, m_pdf, m_openOrder})
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

void ChangesPanel::setFilter(const ChangeRequestFilter& filter)
{
    m_filter = filter;
    reload();
}

const ChangeRequest* ChangesPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ChangesPanel::reload()
{
    const QString keep = current() ? current()->changeNo : QString();
    m_rows = ChangeRequestService(m_session).list(m_filter, 500).value_or(QList<ChangeRequest>());
    const QDate today = m_session.today();
    m_table->setRowCount(int(m_rows.size()));
    int select = m_rows.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const ChangeRequest& c = m_rows.at(r);
        const QString earliest = c.cancel ? tr("cancelled")
                                          : QStringLiteral("%1 → %2").arg(Formatting::date(c.oldEarliest),
                                                                          Formatting::date(c.newEarliest));
        const QStringList cells{c.changeNo,
                                c.orderNo,
                                c.customerName,
                                c.salespersonName,
                                ChangeStatusInfo::displayName(c.status),
                                QString::number(c.ageDays(today)),
                                Formatting::money(c.difference(), c.currency),
                                earliest,
                                QString::number(c.ordersPushed),
                                c.reason.left(60)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col == 5 || col == 6 || col == 8)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c.status == ChangeStatus::WaitingApproval && (col == 4 || (col == 8 && c.ordersPushed > 0)))
                item->setForeground(QColor(0xc0, 0x1c, 0x28));
            m_table->setItem(r, col, item);
        }
        if (c.changeNo == keep)
            select = r;
    }
    for (int col = 0; col < m_table->columnCount() - 1; ++col)
        m_table->resizeColumnToContents(col);
    m_table->setCurrentCell(select, 0);
    showCurrent();
}

void ChangesPanel::showCurrent()
{
    const ChangeRequest* c = current();
    ChangeRequestService service(m_session);
    const bool waiting = c && c->status == ChangeStatus::WaitingApproval;
    m_approve->setEnabled(waiting && service.mayDecide(*c));
    m_reject->setEnabled(waiting && service.mayReject());
    m_openOrder->setEnabled(c != nullptr);
    m_cost->setEnabled(c && c->isOpen());
    m_pdf->setEnabled(c && c->status != ChangeStatus::Rejected && c->status != ChangeStatus::Draft);
    if (!c) {
        m_detail->setText(m_rows.isEmpty() ? tr("No change request.") : QString());
        return;
    }
    QString html = QStringLiteral("<b>%1</b> · %2 · %3<br>")
                       .arg(c->changeNo.toHtmlEscaped(), c->orderNo.toHtmlEscaped(),
                            ChangeStatusInfo::displayName(c->status));
    html += tr("Asked by %1 on %2 (%3%4): %5")
                .arg(c->requestedByName.toHtmlEscaped(), Formatting::dateTime(c->requestedAt),
                     ContactChannelInfo::displayName(c->channel),
                     c->contact.isEmpty() ? QString() : QStringLiteral(", ") + c->contact.toHtmlEscaped(),
                     c->reason.toHtmlEscaped());
    auto full = service.change(c->id);
    if (full)
        html += QStringLiteral("<br><b>%1</b> %2")
                    .arg(tr("Asked:"), ChangeEventText::summary(*full).toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("<b>Total</b> %1 → %2, difference %3 (%4)")
                                        .arg(Formatting::money(c->oldTotal, c->currency),
                                             Formatting::money(c->newTotal, c->currency),
                                             Formatting::money(c->difference(), c->currency),
                                             ChineseAmount::inWords(c->difference()).toHtmlEscaped());
    if (!c->cancel)
        html +=
            QStringLiteral("<br>") +
            tr("<b>Earliest delivery</b> %1 → %2; %n other order(s) pushed later.", nullptr, c->ordersPushed)
                .arg(Formatting::date(c->oldEarliest), Formatting::date(c->newEarliest));
    if (c->overCreditLimit)
        html += QStringLiteral("<br><span style=\"color:#c01c28\">%1</span>")
                    .arg(tr("The customer goes over its credit limit with this change."));
    if (c->scrapCost > Money())
        html += QStringLiteral("<br>") +
                tr("Production already done costs %1 to scrap or rework. %2")
                    .arg(Formatting::money(c->scrapCost, c->currency), c->scrapNote.toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (c->decidedAt.isValid())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Decided by %1 on %2: %3")
                         .arg(c->decidedByName.toHtmlEscaped(), Formatting::dateTime(c->decidedAt),
                              c->decisionNote.isEmpty() ? tr("no note") : c->decisionNote.toHtmlEscaped()));
    if (c->newRevision > 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("Made revision %1.").arg(c->newRevision));
    m_detail->setText(html);
}

void ChangesPanel::savePdf()
{
    const ChangeRequest* c = current();
    if (!c)
        return;
    const ChangeRequest chosen = *c;
    auto source = ChangeRequestService(m_session).documentSource(chosen.id);
    if (!source) {
        m_detail->setText(QStringLiteral("<p style=\"color:#c01c28\"><b>%1</b></p>")
                              .arg(source.error().message.toHtmlEscaped()) +
                          m_detail->text());
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(chosen.changeNo + QStringLiteral(".pdf"));
    const QString path = m_askSavePath(this, suggested);
    if (path.isEmpty())
        return;
    const ChangeConfirmationDocument document(source->request, source->before, source->after,
                                              DocumentCompany::from(source->company));
    if (auto ok = OutputFileService(m_session).write(
            path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok) {
        m_detail->setText(QStringLiteral("<p style=\"color:#c01c28\"><b>%1</b></p>")
                              .arg(ok.error().message.toHtmlEscaped()) +
                          m_detail->text());
        return;
    }
    m_detail->setText(QStringLiteral("<p><b>%1</b></p>").arg(tr("Saved to %1.").arg(path.toHtmlEscaped())) +
                      m_detail->text());
}

void ChangesPanel::enterCost()
{
    const ChangeRequest* c = current();
    if (!c)
        return;
    const ChangeRequest chosen = *c;
    NoteDialog dialog(tr("Cost of change %1").arg(chosen.changeNo),
                      tr("The cost of scrapping or reworking what is already made, then what it is, e.g.\n"
                         "1250.00 5 bodies machined to the old drawing"),
                      this);
    dialog.setObjectName(QStringLiteral("changeCostDialog"));
    if (!run(dialog))
        return;
    const QString text = dialog.text().trimmed();
    const QString amount = text.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
    const QString note = text.mid(amount.size()).trimmed();
    Status done;
    auto cost = ChangeRules::parseAmount(amount, tr("Cost"));
    if (!cost)
        done = std::unexpected(cost.error());
    else
        done = ChangeRequestService(m_session).setScrapCost(chosen.id, *cost, note);
    if (!done) {
        m_detail->setText(QStringLiteral("<p style=\"color:#c01c28\"><b>%1</b></p>")
                              .arg(done.error().message.toHtmlEscaped()) +
                          m_detail->text());
        return;
    }
    reload();
    Q_EMIT changed();
}

bool ChangesPanel::run(QDialog& dialog)
{
    if (m_dialogHook) {
        m_dialogHook(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void ChangesPanel::requestChange()
{
    if (m_orderId <= 0)
        return;
    auto order = OrderQueryService(m_session).order(m_orderId);
    if (!order) {
        QMessageBox::warning(this, tr("Change request"), order.error().message);
        return;
    }
    RequestChangeDialog dialog(m_session, *order, this);
    if (!run(dialog))
        return;
    reload();
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == dialog.requested().id)
            m_table->setCurrentCell(r, 0);
    Q_EMIT changed();
}

void ChangesPanel::decide(bool approve)
{
    const ChangeRequest* c = current();
    if (!c)
        return;
    const ChangeRequest chosen = *c;
    NoteDialog dialog(approve ? tr("Approve %1").arg(chosen.changeNo) : tr("Reject %1").arg(chosen.changeNo),
                      approve ? tr("Comment (optional):")
                              : tr("Why is it rejected? The salesperson tells the customer."),
                      this);
    dialog.setObjectName(approve ? QStringLiteral("approveChangeDialog")
                                 : QStringLiteral("rejectChangeDialog"));
    if (!run(dialog))
        return;
    ChangeRequestService service(m_session);
    Status done;
    if (approve) {
        if (auto approved = service.approve(chosen.id, dialog.text()); !approved)
            done = std::unexpected(approved.error());
    } else {
        done = service.reject(chosen.id, dialog.text());
    }
    if (!done) {
        // Said above the request it is about, which stays as it was.
        m_detail->setText(QStringLiteral("<p style=\"color:#c01c28\"><b>%1</b></p>")
                              .arg(done.error().message.toHtmlEscaped()) +
                          m_detail->text());
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace od
