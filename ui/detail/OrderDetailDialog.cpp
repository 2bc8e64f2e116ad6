#include "OrderDetailDialog.h"

#include "detail/DiscussionPanel.h"

#include <QPlainTextEdit>

#include "ChangeRequestService.h"
#include "ConfirmationService.h"
#include "OrderEventText.h"
#include "OrderIntakeService.h"
#include "OrderQueryService.h"
#include "OrderStatusService.h"
#include "Permissions.h"
#include "RiskService.h"
#include "changes/ChangesPanel.h"
#include "detail/OrderHistoryTable.h"
#include "detail/ReviewPanel.h"
#include "detail/RevisionsPanel.h"
#include "detail/ShipmentsPanel.h"
#include "exceptions/ExceptionsPanel.h"
#include "models/OrderListModel.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/Formatting.h"
#include "widgets/NoteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}

constexpr auto Right = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

OrderDetailDialog::OrderDetailDialog(Session& session, qint64 orderId, QWidget* parent)
    : QDialog(parent), m_session(session), m_orderId(orderId)
{
    m_notePrompt = &NoteDialog::ask;
    buildUi();
    reload();
}

void OrderDetailDialog::buildUi()
{
    setObjectName(QStringLiteral("orderDetailDialog"));
    resize(1100, 720);
    setSizeGripEnabled(true);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_headerGrid = new QGridLayout;
    m_headerGrid->setHorizontalSpacing(12);
    m_headerGrid->setVerticalSpacing(4);

    m_lines = makeTable(this, QStringLiteral("linesTable"));
    m_timeline = makeTable(this, QStringLiteral("timelineTable"));
    m_confirmations = makeTable(this, QStringLiteral("confirmationsTable"));
    m_confirmationState = new QLabel(this);
    m_confirmationState->setWordWrap(true);
    auto* confirmationsPage = new QWidget(this);
    auto* confirmationsLayout = new QVBoxLayout(confirmationsPage);
    confirmationsLayout->addWidget(m_confirmationState);
    confirmationsLayout->addWidget(m_confirmations, 1);
    m_revisions = new RevisionsPanel(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_lines, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(confirmationsPage, QString());
    m_tabs->addTab(m_revisions, QString());
    m_history = new OrderHistoryTable(this);
    m_tabs->addTab(m_history, QString());

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("detailError"));

    m_editButton = new QPushButton(tr("&Edit order"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setAutoDefault(false);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        Q_EMIT editRequested(m_orderId);
        accept();
    });
    m_actionsLayout = new QHBoxLayout;
    m_actionsLayout->addWidget(m_editButton);
    m_actionsLayout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Focus starts on Close, so Enter and Esc both leave and no table cell looks selected.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    m_actionsLayout->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_headerGrid);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addLayout(m_actionsLayout);
}

bool OrderDetailDialog::reload()
{
    m_error->clearMessage();
    auto loaded = OrderQueryService(m_session).order(m_orderId);
    if (!loaded) {
        m_error->showError(loaded.error().message);
        m_editButton->setEnabled(false);
        return false;
    }
    m_order = std::move(*loaded);
    setWindowTitle(tr("Order %1").arg(m_order.orderNo));
    fillHeader();
    fillLines();
    bool ok = fillTimeline();
    ok = fillConfirmations() && ok;
    ok = fillRevisions() && ok;
    ok = fillHistory() && ok;
    fillExceptions();
    fillDiscussion();
    fillChanges();
    fillShipments();
    fillReview();
    rebuildActions();
    return ok;
}

void OrderDetailDialog::fillExceptions()
{
    if (!m_exceptions) {
        m_exceptions = new ExceptionsPanel(m_session, m_order.orderNo, this);
        m_exceptions->setObjectName(QStringLiteral("orderExceptions"));
        m_tabs->addTab(m_exceptions, QString());
        // Raising or closing one writes the order's timeline and history too.
        connect(m_exceptions, &ExceptionsPanel::changed, this, [this] {
            fillTimeline();
            fillHistory();
            updateExceptionsTab();
            Q_EMIT orderChanged(m_orderId);
        });
    }
    ExceptionFilter filter;
    filter.openOnly = false;
    filter.orderId = m_orderId;
    m_exceptions->setFilter(filter);
    updateExceptionsTab();
}

void OrderDetailDialog::fillDiscussion()
{
    if (!m_discussion) {
        m_discussion = new DiscussionPanel(m_session, m_orderId, this);
        m_discussion->setObjectName(QStringLiteral("orderDiscussion"));
        m_tabs->addTab(m_discussion, QString());
        connect(m_discussion, &DiscussionPanel::posted, this, [this] {
            fillHistory();
            updateDiscussionTab();
            Q_EMIT orderChanged(m_orderId);
        });
    } else {
        m_discussion->reload();
    }
    updateDiscussionTab();
}

void OrderDetailDialog::updateDiscussionTab()
{
    m_tabs->setTabText(m_tabs->indexOf(m_discussion), tr("Discussion (%1)").arg(m_discussion->count()));
}

void OrderDetailDialog::showDiscussion()
{
    m_tabs->setCurrentWidget(m_discussion);
    m_discussion->input()->setFocus();
}

void OrderDetailDialog::showReview()
{
    if (!m_review)
        return;
    m_tabs->setCurrentWidget(m_review);
    if (!m_review->isReviewed() && m_review->causeBox()->isVisibleTo(this))
        m_review->causeBox()->setFocus();
}

void OrderDetailDialog::fillChanges()
{
    if (!m_changes) {
        m_changes = new ChangesPanel(m_session, m_orderId, this);
        m_changes->setObjectName(QStringLiteral("orderChanges"));
        m_tabs->addTab(m_changes, QString());
        // Asking or deciding a change writes the order's timeline; an approval makes a revision.
        connect(m_changes, &ChangesPanel::changed, this, [this] {
            reload();
            Q_EMIT orderChanged(m_orderId);
        });
    }
    ChangeRequestFilter filter;
    filter.orderId = m_orderId;
    m_changes->setFilter(filter);
    m_tabs->setTabText(m_tabs->indexOf(m_changes), tr("Changes (%1)").arg(m_changes->count()));
}

void OrderDetailDialog::fillShipments()
{
    if (!m_shipments) {
        m_shipments = new ShipmentsPanel(m_session, m_orderId, this);
        m_shipments->setObjectName(QStringLiteral("orderShipments"));
        m_tabs->addTab(m_shipments, QString());
    } else {
        m_shipments->reload();
    }
    m_tabs->setTabText(m_tabs->indexOf(m_shipments), tr("Shipments (%1)").arg(m_shipments->count()));
}

void OrderDetailDialog::fillReview()
{
    if (m_review) {
        m_review->reload();
        return;
    }
    auto* panel = new ReviewPanel(m_session, m_order.orderNo, this);
    if (!panel->hasContent()) {
        delete panel;
        return;
    }
    m_review = panel;
    m_review->setObjectName(QStringLiteral("orderReview"));
    m_tabs->addTab(m_review, tr("Post-analysis"));
    // The review writes the order's timeline and history, and may add a lesson learnt.
    connect(m_review, &ReviewPanel::recorded, this, [this] {
        fillTimeline();
        fillHistory();
        Q_EMIT orderChanged(m_orderId);
    });
}

void OrderDetailDialog::updateExceptionsTab()
{
    m_tabs->setTabText(m_tabs->indexOf(m_exceptions), tr("Exceptions (%1)").arg(m_exceptions->count()));
}

void OrderDetailDialog::fillHeader()
{
    m_title->setText(tr("Order %1").arg(m_order.orderNo));
    while (QLayoutItem* item = m_headerGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString status = QStringLiteral("<span style=\"color:%1\">●</span> %2")
                               .arg(OrderListModel::statusColor(m_order.status).name(),
                                    OrderStatusInfo::displayName(m_order.status).toHtmlEscaped());
    QString heldNote;
    if (m_order.status == OrderStatus::OnHold && m_order.heldFrom)
        heldNote = QStringLiteral(" ") +
                   tr("(was %1)").arg(OrderStatusInfo::displayName(*m_order.heldFrom)).toHtmlEscaped();
    const QString customer = m_order.customerCode.isEmpty()
                                 ? m_order.customerName
                                 : m_order.customerName + QStringLiteral(" (") + m_order.customerCode + u')';
    const std::pair<QString, QString> fields[] = {
        {tr("Customer"), customer.toHtmlEscaped()},
        {tr("Status"), status + heldNote},
        {tr("Revision"), QString::number(m_order.revision)},
        {tr("Salesperson"), m_order.salespersonName.toHtmlEscaped()},
        {tr("Order date"), Formatting::date(m_order.orderDate)},
        {tr("Subtotal"), Formatting::money(m_order.subtotal, m_order.currency)},
        {tr("Requested date"), Formatting::date(m_order.requestedDate)},
        {tr("Promised date"),
         m_order.promisedDate.isValid() ? Formatting::date(m_order.promisedDate) : tr("not yet")},
        {tr("Tax (%1%)").arg(m_order.taxRate.toPercentString()),
         Formatting::money(m_order.tax, m_order.currency)},
        {tr("Lines"), QString::number(m_order.lines.size())},
        {tr("Currency"), m_order.currency},
        {tr("Total"),
         QStringLiteral("<b>") + Formatting::money(m_order.total, m_order.currency) + QStringLiteral("</b>")},
    };
    const int perRow = 3;
    for (int i = 0; i < int(std::size(fields)); ++i) {
        auto* name = new QLabel(Formatting::label(fields[i].first), this);
        name->setStyleSheet(QStringLiteral("color: #5f6368;"));
        auto* value = new QLabel(fields[i].second, this);
        value->setTextFormat(Qt::RichText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("header_%1").arg(i));
        const int row = i / perRow;
        const int column = (i % perRow) * 2;
        m_headerGrid->addWidget(name, row, column);
        m_headerGrid->addWidget(value, row, column + 1);
    }
    for (int c = 1; c < perRow * 2; c += 2)
        m_headerGrid->setColumnStretch(c, 1);
    // The notes and the delivery address, when there are any, get the whole width.
    int row = int(std::size(fields)) / perRow;
    const auto wideRow = [&](const QString& label, const QString& text, const QString& objectName) {
        if (text.isEmpty())
            return;
        auto* name = new QLabel(Formatting::label(label), this);
        name->setStyleSheet(QStringLiteral("color: #5f6368;"));
        auto* value = new QLabel(text, this);
        value->setObjectName(objectName);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_headerGrid->addWidget(name, row, 0, Qt::AlignTop);
        m_headerGrid->addWidget(value, row, 1, 1, perRow * 2 - 1);
        ++row;
    };
    wideRow(tr("Notes"), m_order.notes, QStringLiteral("headerNotes"));
    wideRow(tr("Delivery address"), m_order.deliveryAddress, QStringLiteral("headerDeliveryAddress"));
    fillRisk(row, perRow * 2 - 1);
}

void OrderDetailDialog::fillRisk(int row, int span)
{
    // The early warning of an open order: its level, forecast and each reason with what to do.
    auto risk = RiskService(m_session).forOrder(m_orderId);
    if (!risk || !*risk)
        return;
    const RiskRow& r = **risk;
    QString text = QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b>")
                       .arg(OrderListModel::riskColor(r.level).name(),
                            RiskLevelInfo::displayName(r.level).toHtmlEscaped());
    if (r.forecastDate.isValid())
        text += QStringLiteral(" — ") +
                tr("forecast to finish on %1").arg(Formatting::date(r.forecastDate)).toHtmlEscaped();
    for (const RiskReason& reason : r.reasons)
        text += QStringLiteral("<br>• ") + reason.text().toHtmlEscaped() + QStringLiteral(" <i>") +
                tr("Next: %1").arg(reason.actionText()).toHtmlEscaped() + QStringLiteral("</i>");
    auto* name = new QLabel(Formatting::label(tr("Risk")), this);
    name->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* value = new QLabel(text, this);
    value->setObjectName(QStringLiteral("riskValue"));
    value->setTextFormat(Qt::RichText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerGrid->addWidget(name, row, 0, Qt::AlignTop);
    m_headerGrid->addWidget(value, row, 1, 1, span);
}

void OrderDetailDialog::fillLines()
{
    m_lines->clear();
    m_lines->setColumnCount(9);
    m_lines->setHorizontalHeaderLabels({tr("No."), tr("Product"), tr("Specification"), tr("Quantity"),
                                        tr("Unit"), tr("Unit price"), tr("Discount"), tr("Amount"),
                                        tr("Requested")});
    m_lines->setRowCount(int(m_order.lines.size()));
    for (int r = 0; r < m_order.lines.size(); ++r) {
        const OrderLine& l = m_order.lines.at(r);
        m_lines->setItem(r, 0, cell(QString::number(l.lineNo), Right));
        m_lines->setItem(r, 1, cell(l.productSku + QStringLiteral("  ") + l.productName));
        m_lines->setItem(r, 2, cell(l.description));
        m_lines->setItem(r, 3, cell(Formatting::quantity(l.quantity), Right));
        m_lines->setItem(r, 4, cell(l.unit));
        m_lines->setItem(r, 5, cell(Formatting::unitPrice(l.unitPrice, m_order.currency), Right));
        m_lines->setItem(r, 6,
                         cell(l.discount.raw() ? l.discount.toPercentString() + u'%' : QString(), Right));
        m_lines->setItem(r, 7, cell(Formatting::money(l.amount, m_order.currency), Right));
        m_lines->setItem(r, 8, cell(Formatting::date(l.requestedDate)));
    }
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {5, 30, 30, 10, 6, 14, 9, 16, 12};
    for (int c = 0; c < 9; ++c)
        m_lines->setColumnWidth(c, unit * widths[c]);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->setTabText(0, tr("Lines (%1)").arg(m_order.lines.size()));
}

bool OrderDetailDialog::fillTimeline()
{
    m_timeline->clear();
    m_timeline->setColumnCount(5);
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Rev."), tr("Detail")});
    auto events = OrderQueryService(m_session).timeline(m_orderId);
    if (!events) {
        m_error->showError(events.error().message);
        m_timeline->setRowCount(0);
        return false;
    }
    // Newest first: the last thing that happened is what the user usually looks for.
    const QList<OrderEvent>& list = *events;
    m_timeline->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const OrderEvent& e = list.at(list.size() - 1 - i);
        m_timeline->setItem(i, 0, cell(Formatting::dateTime(e.at)));
        m_timeline->setItem(i, 1, cell(e.userName));
        m_timeline->setItem(i, 2, cell(OrderEventText::kindName(e.kind)));
        m_timeline->setItem(i, 3, cell(QString::number(e.revision), Qt::AlignCenter));
        m_timeline->setItem(i, 4, cell(OrderEventText::describe(e)));
    }
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {18, 12, 20, 6};
    for (int c = 0; c < 4; ++c)
        m_timeline->setColumnWidth(c, unit * widths[c]);
    m_timeline->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(list.size()));
    return true;
}

bool OrderDetailDialog::fillHistory()
{
    auto entries = m_history->load(m_session, m_orderId);
    if (!entries) {
        m_error->showError(entries.error().message);
        return false;
    }
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("History (%1)").arg(*entries));
    return true;
}

bool OrderDetailDialog::fillConfirmations()
{
    m_confirmations->clear();
    m_confirmations->setColumnCount(7);
    m_confirmations->setHorizontalHeaderLabels({tr("Rev."), tr("Confirmed by"), tr("How"), tr("When"),
                                                tr("Remarks"), tr("Recorded by"), tr("Attachment")});
    auto confirmations = OrderQueryService(m_session).confirmations(m_orderId);
    if (!confirmations) {
        m_error->showError(confirmations.error().message);
        m_confirmations->setRowCount(0);
        return false;
    }
    const QList<Confirmation>& list = *confirmations;
    bool currentConfirmed = false;
    m_confirmations->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Confirmation& c = list.at(i);
        currentConfirmed = currentConfirmed || c.revision == m_order.revision;
        QString revision = QString::number(c.revision);
        if (c.revision == m_order.revision)
            revision += QStringLiteral(" ") + tr("(current)");
        m_confirmations->setItem(i, 0, cell(revision));
        m_confirmations->setItem(i, 1, cell(c.contactName));
        m_confirmations->setItem(i, 2, cell(ConfirmationChannelInfo::displayName(c.channel)));
        m_confirmations->setItem(i, 3, cell(Formatting::dateTime(c.confirmedAt)));
        m_confirmations->setItem(i, 4, cell(c.remarks));
        m_confirmations->setItem(i, 5, cell(c.recordedByName));
        m_confirmations->setItem(i, 6, cell(c.attachmentPath));
    }
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {12, 14, 18, 18, 30, 12};
    for (int c = 0; c < 6; ++c)
        m_confirmations->setColumnWidth(c, unit * widths[c]);
    m_confirmations->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    if (currentConfirmed)
        m_confirmationState->setText(
            tr("The customer confirmed the current revision (%1).").arg(m_order.revision));
    else if (m_order.status == OrderStatus::AwaitingConfirmation)
        m_confirmationState->setText(
            tr("Revision %1 was sent to the customer and is waiting for confirmation.")
                .arg(m_order.revision));
    else if (m_order.status == OrderStatus::Draft)
        m_confirmationState->setText(
            tr("Revision %1 is a draft; it has not been sent to the customer.").arg(m_order.revision));
    else
        m_confirmationState->setText(
            tr("No confirmation is recorded for the current revision (%1).").arg(m_order.revision));
    m_tabs->setTabText(2, tr("Confirmations (%1)").arg(list.size()));
    return true;
}

bool OrderDetailDialog::fillRevisions()
{
    auto revisions = OrderQueryService(m_session).revisions(m_orderId);
    if (!revisions) {
        m_error->showError(revisions.error().message);
        m_revisions->setRevisions(m_order, {});
        return false;
    }
    // Only revisions other than the current one are "earlier" (a snapshot of the current
    // revision may exist once it has been sent).
    QList<OrderRevisionSnapshot> earlier;
    for (const OrderRevisionSnapshot& s : *revisions)
        if (s.revision != m_order.revision)
            earlier << s;
    ChangeRequestFilter changes;
    changes.orderId = m_orderId;
    QHash<int, QString> madeBy;
    for (const ChangeRequest& c :
         ChangeRequestService(m_session).list(changes).value_or(QList<ChangeRequest>()))
        if (c.newRevision > 0)
            madeBy.insert(c.newRevision, c.changeNo);
    m_revisions->setMadeBy(madeBy);
    m_revisions->setRevisions(m_order, earlier);
    m_tabs->setTabText(3, tr("Earlier revisions (%1)").arg(earlier.size()));
    return true;
}

QString OrderDetailDialog::actionText(OrderStatus target) const
{
    if (m_order.status == OrderStatus::OnHold && m_order.heldFrom && target == *m_order.heldFrom)
        return tr("Resume (%1)").arg(OrderStatusInfo::displayName(target));
    switch (target) {
    case OrderStatus::OnHold:
        return tr("Put on hold");
    case OrderStatus::Cancelled:
        return tr("Cancel order");
    case OrderStatus::Draft:
        return tr("Return to draft");
    default:
        return tr("Mark as %1").arg(OrderStatusInfo::displayName(target));
    }
}

void OrderDetailDialog::rebuildActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    const bool mayEdit = Permissions::requireOrderEdit(m_session, m_order.salespersonId).has_value();
    m_editButton->setVisible(OrderStatusInfo::isEditable(m_order.status) && mayEdit);
    m_editButton->setEnabled(m_order.id != 0);
    m_targets.clear();
    if (m_order.id == 0)
        return;
    // The core says which moves this user may make and what each still needs. Submitting and
    // confirming carry their own records (what was sent, who confirmed); they happen in the
    // intake and confirmation views, not here; shipping and delivering on the Shipments page.
    auto actions = OrderStatusService(m_session).actions(m_order.id);
    if (!actions) {
        m_error->showError(actions.error().message);
        return;
    }
    int position = 1; // after the Edit button
    for (const StatusAction& action : std::as_const(*actions)) {
        if (action.route == TransitionRoute::Submission || action.route == TransitionRoute::Confirmation ||
            action.route == TransitionRoute::Shipping)
            continue;
        m_targets << action.to;
        auto* button = new QPushButton(actionText(action.to), this);
        button->setObjectName(QStringLiteral("statusAction_") + OrderStatusInfo::key(action.to));
        button->setAutoDefault(false);
        button->setEnabled(action.allowed);
        button->setToolTip(action.reason);
        const OrderStatus target = action.to;
        connect(button, &QPushButton::clicked, this, [this, target] { changeStatus(target); });
        m_actionsLayout->insertWidget(position++, button);
        m_actionButtons << button;
    }
}

bool OrderDetailDialog::changeStatus(OrderStatus target)
{
    m_error->clearMessage();
    const bool needsReason = target == OrderStatus::Draft;
    const QString title = actionText(target);
    const QString label = needsReason
                              ? tr("Why does order %1 go back to draft? (required)").arg(m_order.orderNo)
                              : tr("Note for the timeline of order %1 (optional):").arg(m_order.orderNo);
    const std::optional<QString> note = m_notePrompt(this, title, label);
    if (!note)
        return false;
    // Returning to draft records the customer's reason through the confirmation workflow.
    const Status result = target == OrderStatus::Draft
                              ? ConfirmationService(m_session).returnToDraft(m_orderId, *note)
                              : OrderStatusService(m_session).transition(m_orderId, target, *note);
    if (!result) {
        m_error->showError(result.error().message);
        return false;
    }
    reload();
    Q_EMIT orderChanged(m_orderId);
    return true;
}

} // namespace od
