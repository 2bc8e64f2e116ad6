#include "PlanningView.h"

#include "DateAcceptanceService.h"
#include "GanttChart.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "PlanningService.h"
#include "ProgressService.h"
#include "widgets/BackgroundTask.h"
#include "widgets/DateField.h"
#include "widgets/Formatting.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

enum StepColumn
{
    ColNo,
    ColLine,
    ColName,
    ColCentre,
    ColHours,
    ColOwner,
    ColStart,
    ColFinish,
    ColDone,
    ColumnCount
};

QTableWidgetItem* item(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setTextAlignment(align);
    return i;
}

QString statusWord(PlanStepStatus status)
{
    switch (status) {
    case PlanStepStatus::Pending:
        return PlanningView::tr("not started");
    case PlanStepStatus::Started:
        return PlanningView::tr("started");
    case PlanStepStatus::Finished:
        return PlanningView::tr("finished");
    }
    return {};
}

} // namespace

PlanningView::PlanningView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_listCombo = new QComboBox(left);
    m_listCombo->setObjectName(QStringLiteral("planningList"));
    m_listCombo->addItem(tr("Waiting for a plan"));
    m_listCombo->addItem(tr("Planned"));
    m_listCombo->addItem(tr("In production"));
    auto* listLabel = new QLabel(tr("&Show:"), left);
    listLabel->setBuddy(m_listCombo);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(listLabel);
    listRow->addWidget(m_listCombo, 1);
    leftLayout->addLayout(listRow);
    m_orders = new QTableWidget(0, 4, left);
    m_orders->setObjectName(QStringLiteral("planningOrders"));
    m_orders->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Ordered"), tr("Requested")});
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->verticalHeader()->hide();
    m_orders->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_orders, 1);
    m_replan = new QPushButton(tr("Re-plan a&ll open orders"), left);
    m_replan->setObjectName(QStringLiteral("replanButton"));
    m_replan->setToolTip(
        tr("After a change in capacity (a holiday, a machine down): plan every open order again "
           "and list those that can no longer be delivered on the promised date."));
    leftLayout->addWidget(m_replan);
    splitter->addWidget(left);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("planTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_earliest = new QLabel(right);
    m_earliest->setObjectName(QStringLiteral("earliestLabel"));
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_earliest);

    m_steps = new QTableWidget(0, ColumnCount, right);
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setHorizontalHeaderLabels({tr("No."), tr("Line"), tr("Step"), tr("Work centre"), tr("Hours"),
                                        tr("Owner"), tr("Start"), tr("Finish"), tr("Done")});
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    rightLayout->addWidget(m_steps, 2);

    auto* chartArea = new QScrollArea(right);
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);
    m_chart = new GanttChart(chartArea);
    m_chart->setObjectName(QStringLiteral("planChart"));
    chartArea->setWidget(m_chart);
    rightLayout->addWidget(chartArea, 1);

    auto* stepRow = new QHBoxLayout;
    m_owner = new QComboBox(right);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    auto* ownerLabel = new QLabel(tr("O&wner:"), right);
    ownerLabel->setBuddy(m_owner);
    m_notBefore = new DateField(right);
    m_notBefore->setObjectName(QStringLiteral("notBeforeDate"));
    auto* notBeforeLabel = new QLabel(tr("Start &not before:"), right);
    notBeforeLabel->setBuddy(m_notBefore->lineEdit());
    m_moveLater = new QPushButton(tr("&Move step later"), right);
    m_moveLater->setObjectName(QStringLiteral("moveLaterButton"));
    stepRow->addWidget(ownerLabel);
    stepRow->addWidget(m_owner, 1);
    stepRow->addWidget(notBeforeLabel);
    stepRow->addWidget(m_notBefore);
    m_movePromise = new QCheckBox(tr("Move the promise alon&g if needed"), right);
    m_movePromise->setObjectName(QStringLiteral("movePromiseCheck"));
    m_movePromise->setToolTip(tr("For a committed plan: when the step moved makes the order later than "
                                 "promised, promise the new date."));
    stepRow->addWidget(m_moveLater);
    stepRow->addWidget(m_movePromise);
    rightLayout->addLayout(stepRow);

    auto* commitRow = new QHBoxLayout;
    m_promise = new DateField(right);
    m_promise->setObjectName(QStringLiteral("promiseDate"));
    auto* promiseLabel = new QLabel(tr("&Promise:"), right);
    promiseLabel->setBuddy(m_promise->lineEdit());
    m_reason = new QLineEdit(right);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Why earlier than capacity allows (managers only)"));
    auto* reasonLabel = new QLabel(tr("&Reason:"), right);
    reasonLabel->setBuddy(m_reason);
    m_commit = new QPushButton(tr("&Commit plan"), right);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    commitRow->addWidget(promiseLabel);
    commitRow->addWidget(m_promise);
    commitRow->addWidget(reasonLabel);
    commitRow->addWidget(m_reason, 1);
    commitRow->addWidget(m_commit);
    rightLayout->addLayout(commitRow);

    m_acceptBox = new QGroupBox(tr("The customer's acceptance of the later date"), right);
    m_acceptBox->setObjectName(QStringLiteral("acceptanceBox"));
    auto* acceptLayout = new QVBoxLayout(m_acceptBox);
    m_acceptState = new QLabel(m_acceptBox);
    m_acceptState->setObjectName(QStringLiteral("acceptanceState"));
    m_acceptState->setWordWrap(true);
    acceptLayout->addWidget(m_acceptState);
    auto* acceptRow = new QHBoxLayout;
    m_acceptContact = new QLineEdit(m_acceptBox);
    m_acceptContact->setObjectName(QStringLiteral("acceptanceContact"));
    m_acceptContact->setPlaceholderText(tr("Who accepted, e.g. 陈经理"));
    auto* contactLabel = new QLabel(tr("Accepted &by:"), m_acceptBox);
    contactLabel->setBuddy(m_acceptContact);
    m_acceptChannel = new QComboBox(m_acceptBox);
    m_acceptChannel->setObjectName(QStringLiteral("acceptanceChannel"));
    for (ContactChannel c : ContactChannelInfo::all())
        m_acceptChannel->addItem(ContactChannelInfo::displayName(c), ContactChannelInfo::key(c));
    auto* channelLabel = new QLabel(tr("&Via:"), m_acceptBox);
    channelLabel->setBuddy(m_acceptChannel);
    m_acceptNote = new QLineEdit(m_acceptBox);
    m_acceptNote->setObjectName(QStringLiteral("acceptanceNote"));
    m_acceptNote->setPlaceholderText(tr("Note (optional)"));
    m_accept = new QPushButton(tr("R&ecord acceptance"), m_acceptBox);
    m_accept->setObjectName(QStringLiteral("recordAcceptanceButton"));
    acceptRow->addWidget(contactLabel);
    acceptRow->addWidget(m_acceptContact, 1);
    acceptRow->addWidget(channelLabel);
    acceptRow->addWidget(m_acceptChannel);
    acceptRow->addWidget(m_acceptNote, 1);
    acceptRow->addWidget(m_accept);
    acceptLayout->addLayout(acceptRow);
    m_acceptBox->hide();
    rightLayout->addWidget(m_acceptBox);

    auto* progressBox = new QGroupBox(tr("Progress of the selected step"), right);
    auto* progressRow = new QHBoxLayout(progressBox);
    m_start = new QPushButton(tr("St&art"), progressBox);
    m_start->setObjectName(QStringLiteral("startStepButton"));
    m_quantity = new QLineEdit(progressBox);
    m_quantity->setObjectName(QStringLiteral("doneQuantity"));
    m_quantity->setPlaceholderText(tr("Quantity"));
    m_quantity->setMaximumWidth(90);
    m_done = new QPushButton(tr("Report &done"), progressBox);
    m_done->setObjectName(QStringLiteral("reportDoneButton"));
    m_finish = new QPushButton(tr("F&inish"), progressBox);
    m_finish->setObjectName(QStringLiteral("finishStepButton"));
    m_note = new QLineEdit(progressBox);
    m_note->setObjectName(QStringLiteral("progressNote"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    auto* noteLabel = new QLabel(tr("No&te:"), progressBox);
    noteLabel->setBuddy(m_note);
    progressRow->addWidget(m_start);
    progressRow->addWidget(m_quantity);
    progressRow->addWidget(m_done);
    progressRow->addWidget(m_finish);
    progressRow->addWidget(noteLabel);
    progressRow->addWidget(m_note, 1);
    rightLayout->addWidget(progressBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 900});

    if (auto owners = PlanningService(m_session).owners()) {
        m_owner->addItem(tr("(nobody yet)"), qint64(0));
        for (const User& u : *owners)
            m_owner->addItem(u.displayName, u.id);
    }

    connect(m_listCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { showList(static_cast<List>(index)); });
    connect(m_orders, &QTableWidget::currentCellChanged, this, &PlanningView::onOrderActivated);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &PlanningView::onStepChanged);
    connect(m_owner, &QComboBox::activated, this, &PlanningView::setOwner);
    connect(m_moveLater, &QPushButton::clicked, this, &PlanningView::moveLater);
    connect(m_commit, &QPushButton::clicked, this, &PlanningView::commitPlan);
    connect(m_reason, &QLineEdit::returnPressed, this, &PlanningView::commitPlan);
    connect(m_start, &QPushButton::clicked, this, [this] { reportProgress(0); });
    connect(m_done, &QPushButton::clicked, this, [this] { reportProgress(1); });
    connect(m_quantity, &QLineEdit::returnPressed, this, [this] { reportProgress(1); });
    connect(m_finish, &QPushButton::clicked, this, [this] { reportProgress(2); });
    connect(m_replan, &QPushButton::clicked, this, &PlanningView::replanAll);
    connect(m_accept, &QPushButton::clicked, this, &PlanningView::recordAcceptance);
    connect(m_acceptNote, &QLineEdit::returnPressed, this, &PlanningView::recordAcceptance);
    reload();
}

void PlanningView::reload()
{
    const qint64 keep = m_proposal.orderId;
    Result<QList<OrderListRow>> rows = std::unexpected(Error::invalid(QString()));
    if (m_list == List::Waiting) {
        rows = PlanningService(m_session).waitingList();
    } else {
        OrderListQuery query;
        query.status = m_list == List::Planned ? OrderStatus::Planned : OrderStatus::InProduction;
        query.sortColumn = OrderListQuery::Column::PromisedDate;
        query.descending = false;
        rows = OrderQueryService(m_session).page(query, 0, 1000);
    }
    const QSignalBlocker block(m_orders);
    m_orders->setRowCount(0);
    if (!rows) {
        showError(rows.error());
        return;
    }
    m_orders->setRowCount(int(rows->size()));
    int keepRow = -1;
    for (int r = 0; r < rows->size(); ++r) {
        const OrderListRow& row = rows->at(r);
        auto* no = item(row.orderNo);
        no->setData(Qt::UserRole, row.id);
        m_orders->setItem(r, 0, no);
        m_orders->setItem(r, 1, item(row.customerName));
        m_orders->setItem(r, 2, item(Formatting::date(row.orderDate)));
        m_orders->setItem(
            r, 3, item(Formatting::date(m_list == List::Waiting ? row.requestedDate : row.promisedDate)));
        if (row.id == keep)
            keepRow = r;
    }
    m_orders->horizontalHeaderItem(3)->setText(m_list == List::Waiting ? tr("Requested") : tr("Promised"));
    m_orders->resizeColumnsToContents();
    m_orderCount = int(rows->size());
    if (keepRow >= 0)
        m_orders->setCurrentCell(keepRow, 0);
    if (keep && keepRow < 0 && m_proposal.committed)
        openOrder(keep); // a committed plan stays in view after its order left the list
    updateButtons();
    Q_EMIT statusTextChanged();
}

QString PlanningView::statusText() const
{
    switch (m_list) {
    case List::Waiting:
        return tr("%n order(s) waiting for a plan", nullptr, m_orderCount);
    case List::Planned:
        return tr("%n order(s) planned", nullptr, m_orderCount);
    case List::InProduction:
        return tr("%n order(s) in production", nullptr, m_orderCount);
    }
    return {};
}

void PlanningView::showList(List list)
{
    m_list = list;
    if (m_listCombo->currentIndex() != int(list)) {
        const QSignalBlocker block(m_listCombo);
        m_listCombo->setCurrentIndex(int(list));
    }
    reload();
}

void PlanningView::onOrderActivated()
{
    const int row = m_orders->currentRow();
    if (row < 0 || !m_orders->item(row, 0))
        return;
    const qint64 id = m_orders->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (id != m_proposal.orderId)
        openOrder(id);
}

bool PlanningView::openOrder(qint64 orderId)
{
    m_banner->dismiss();
    m_choices.clear();
    m_proposal = PlanProposal();
    m_proposal.orderId = orderId;
    propose();
    return m_proposal.plan.steps.size() > 0;
}

bool PlanningView::openFirstOrder()
{
    if (m_orders->rowCount() == 0)
        return false;
    m_orders->setCurrentCell(0, 0);
    return m_proposal.orderId != 0;
}

void PlanningView::propose()
{
    const qint64 id = m_proposal.orderId;
    auto proposal = PlanningService(m_session).propose(id, m_choices);
    if (!proposal) {
        m_proposal = PlanProposal();
        m_proposal.orderId = id;
        showProposal();
        showError(proposal.error());
        return;
    }
    m_proposal = *proposal;
    showProposal();
}

void PlanningView::showProposal()
{
    const int keepStep = currentStep();
    const PlanProposal& p = m_proposal;
    const QSignalBlocker block(m_steps);
    m_steps->setRowCount(int(p.plan.steps.size()));
    for (int r = 0; r < p.plan.steps.size(); ++r) {
        const OrderPlanStep& s = p.plan.steps[r];
        m_steps->setItem(r, ColNo, item(QString::number(r + 1), Qt::AlignRight | Qt::AlignVCenter));
        m_steps->setItem(
            r, ColLine,
            item(s.lineNo ? QString::number(s.lineNo) : QString(), Qt::AlignRight | Qt::AlignVCenter));
        m_steps->setItem(r, ColName, item(s.name));
        m_steps->setItem(r, ColCentre, item(s.workCentre));
        m_steps->setItem(r, ColHours,
                         item(s.hours.isZero() ? QString() : s.hours.toDecimalString(),
                              Qt::AlignRight | Qt::AlignVCenter));
        m_steps->setItem(r, ColOwner, item(p.ownerNames.value(s.ownerUserId)));
        m_steps->setItem(r, ColStart, item(Formatting::date(s.plannedStart)));
        auto* finish = item(Formatting::date(s.plannedFinish));
        if (p.requestedDate.isValid() && s.plannedFinish > p.requestedDate)
            finish->setForeground(QColor(0xc6, 0x28, 0x28));
        m_steps->setItem(r, ColFinish, finish);
        QString done;
        if (p.committed && s.kind != StepKind::Shipping)
            done = tr("%1 of %2, %3")
                       .arg(Formatting::quantity(s.quantityDone), Formatting::quantity(s.quantity),
                            statusWord(s.status));
        m_steps->setItem(r, ColDone, item(done));
    }
    m_steps->resizeColumnsToContents();
    m_chart->setPlan(p.plan, p.requestedDate);

    if (p.orderNo.isEmpty()) {
        m_title->clear();
        m_earliest->clear();
    } else {
        m_title->setText(p.committed
                             ? tr("%1 — %2 (committed plan)").arg(p.orderNo, p.customerName)
                             : tr("%1 — %2 (proposed plan, not saved)").arg(p.orderNo, p.customerName));
        // A committed plan is late by its promise; a proposal by its earliest date.
        const int late = p.committed && p.requestedDate.isValid() && p.promisedDate.isValid()
                             ? int(qMax<qint64>(0, p.requestedDate.daysTo(p.promisedDate)))
                             : p.daysLate().value_or(0);
        QString text = tr("Earliest possible delivery: %1").arg(Formatting::date(p.earliestCompletion()));
        if (p.committed)
            text += tr("; promised %1").arg(Formatting::date(p.promisedDate));
        if (p.requestedDate.isValid())
            text += late > 0 ? tr(" — %n day(s) later than the requested %1", nullptr, late)
                                   .arg(Formatting::date(p.requestedDate))
                             : tr(" — in time for the requested %1").arg(Formatting::date(p.requestedDate));
        m_earliest->setText(text);
        m_earliest->setStyleSheet(late > 0 ? QStringLiteral("color: #c62828; font-weight: bold;")
                                           : QString());
        m_earliest->setProperty("late", late > 0);
        m_promise->setDate(p.committed ? p.promisedDate : p.earliestCompletion());
    }
    showAcceptance();
    if (!p.plan.steps.isEmpty())
        selectStep(qBound(0, keepStep, int(p.plan.steps.size()) - 1));
    updateButtons();
}

void PlanningView::showAcceptance()
{
    m_acceptBox->setVisible(false);
    if (!m_proposal.committed || m_proposal.orderId == 0)
        return;
    auto state = DateAcceptanceService(m_session).state(m_proposal.orderId);
    if (!state || !state->needed)
        return;
    m_acceptBox->setVisible(true);
    const bool missing = state->blocksProduction();
    if (missing) {
        m_acceptState->setText(
            tr("Promised for %1, %n day(s) later than the %2 the customer asked for: record "
               "that the customer accepted the new date before production starts.",
               nullptr, state->daysLater())
                .arg(Formatting::date(state->promisedDate), Formatting::date(state->requestedDate)));
        m_acceptState->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    } else {
        const DateAcceptance& a = *state->acceptance;
        m_acceptState->setText(tr("The customer accepted delivery on %1: %2 (%3), %4; recorded by %5.")
                                   .arg(Formatting::date(a.promisedDate), a.contactName,
                                        ContactChannelInfo::displayName(a.channel),
                                        Formatting::dateTime(a.acceptedAt), a.recordedByName));
        m_acceptState->setStyleSheet(QString());
    }
    m_acceptState->setProperty("missing", missing);
    const bool canRecord = missing && Permissions::allows(m_session, Permission::RecordConfirmation);
    m_acceptContact->setEnabled(canRecord);
    m_acceptChannel->setEnabled(canRecord);
    m_acceptNote->setEnabled(canRecord);
    m_accept->setEnabled(canRecord);
}

bool PlanningView::recordAcceptance()
{
    if (!m_proposal.committed || !m_accept->isEnabled())
        return false;
    DateAcceptanceRequest request;
    request.contactName = m_acceptContact->text();
    request.channel = ContactChannelInfo::fromKey(m_acceptChannel->currentData().toString())
                          .value_or(ContactChannel::Phone);
    request.note = m_acceptNote->text();
    auto accepted = DateAcceptanceService(m_session).record(m_proposal.orderId, request);
    if (!accepted) {
        showError(accepted.error());
        if (accepted.error().field == QLatin1String("contact"))
            m_acceptContact->setFocus();
        return false;
    }
    m_acceptContact->clear();
    m_acceptNote->clear();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("%1: the customer's acceptance of %2 is recorded; production may start.")
                              .arg(m_proposal.orderNo, Formatting::date(accepted->promisedDate)));
    showAcceptance();
    updateButtons();
    Q_EMIT dataChanged();
    return true;
}

void PlanningView::changeCommitted(const PlanStepChange& change)
{
    PlanStepChange request = change;
    request.expectedVersion = m_proposal.version;
    request.movePromise = m_movePromise->isChecked();
    auto changed = PlanningService(m_session).changeCommitted(m_proposal.orderId, request);
    if (!changed) {
        showError(changed.error());
        onStepChanged(); // the fields show the plan as it still is
        return;
    }
    const int index = request.stepNo - 1;
    m_proposal = *changed;
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("The plan of %1 is changed; earliest delivery %2, promised %3.")
                              .arg(m_proposal.orderNo, Formatting::date(m_proposal.earliestCompletion()),
                                   Formatting::date(m_proposal.promisedDate)));
    showProposal();
    selectStep(index);
    Q_EMIT dataChanged();
}

int PlanningView::currentStep() const
{
    const auto rows =
        m_steps->selectionModel() ? m_steps->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PlanningView::selectStep(int index)
{
    if (index < 0 || index >= m_steps->rowCount())
        return;
    m_steps->selectRow(index);
    onStepChanged();
}

void PlanningView::onStepChanged()
{
    const int index = currentStep();
    m_chart->setCurrentStep(index);
    if (index >= 0 && index < m_proposal.plan.steps.size()) {
        const OrderPlanStep& s = m_proposal.plan.steps[index];
        const int ownerIndex = m_owner->findData(s.ownerUserId);
        m_owner->setCurrentIndex(qMax(0, ownerIndex));
        m_notBefore->setDate(s.notBefore.isValid() ? s.notBefore : s.plannedStart);
    }
    updateButtons();
}

StepChoice& PlanningView::choiceFor(int stepIndex)
{
    const OrderPlanStep& s = m_proposal.plan.steps[stepIndex];
    for (StepChoice& c : m_choices)
        if (c.lineNo == s.lineNo && c.stepNo == s.stepNo)
            return c;
    m_choices << StepChoice{s.lineNo, s.stepNo, s.ownerUserId, s.notBefore};
    return m_choices.last();
}

void PlanningView::setOwner()
{
    const int index = currentStep();
    if (index < 0)
        return;
    if (m_proposal.committed) {
        const qint64 owner = m_owner->currentData().toLongLong();
        if (owner <= 0 || owner == m_proposal.plan.steps[index].ownerUserId)
            return;
        PlanStepChange change;
        change.stepNo = index + 1;
        change.ownerUserId = owner;
        changeCommitted(change);
        return;
    }
    choiceFor(index).ownerUserId = m_owner->currentData().toLongLong();
    propose();
}

void PlanningView::moveLater()
{
    const int index = currentStep();
    if (index < 0)
        return;
    if (!m_notBefore->isValidInput() || m_notBefore->date().isNull()) {
        showError(Error::invalid(tr("Type the first day the step may start, e.g. 2026-07-15."),
                                 QStringLiteral("not_before")));
        return;
    }
    if (m_proposal.plan.steps[index].kind == StepKind::Shipping) {
        showError(Error::invalid(tr("Shipping follows the last step; move that step instead.")));
        return;
    }
    m_banner->dismiss();
    if (m_proposal.committed) {
        PlanStepChange change;
        change.stepNo = index + 1;
        change.notBefore = m_notBefore->date();
        changeCommitted(change);
        return;
    }
    choiceFor(index).notBefore = m_notBefore->date();
    propose();
}

bool PlanningView::commitPlan()
{
    if (m_proposal.orderNo.isEmpty() || m_proposal.committed)
        return false;
    if (!m_promise->isValidInput()) {
        showError(Error::invalid(tr("The promised date is not a date. Type it as 2026-07-15."),
                                 QStringLiteral("promised_date")));
        return false;
    }
    PlanCommitRequest request;
    request.expectedVersion = m_proposal.version;
    request.promisedDate = m_promise->date();
    request.overrideReason = m_reason->text();
    request.choices = m_choices;
    auto committed = PlanningService(m_session).commit(m_proposal.orderId, request);
    if (!committed) {
        showError(committed.error());
        return false;
    }
    m_proposal = *committed;
    m_reason->clear();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("%1 is planned; delivery promised for %2.")
                              .arg(m_proposal.orderNo, Formatting::date(m_proposal.promisedDate)));
    showProposal();
    reload();
    Q_EMIT dataChanged();
    return true;
}

void PlanningView::reportProgress(int action)
{
    const int index = currentStep();
    if (!m_proposal.committed || index < 0)
        return;
    ProgressReport report;
    report.action = static_cast<ProgressReport::Action>(action);
    report.note = m_note->text();
    if (report.action == ProgressReport::Action::Done) {
        const auto quantity = Quantity::parse(m_quantity->text().trimmed());
        if (!quantity) {
            showError(
                Error::invalid(tr("Type the quantity done, e.g. 20 or 2.5."), QStringLiteral("quantity")));
            m_quantity->setFocus();
            return;
        }
        report.quantity = *quantity;
    }
    auto step = ProgressService(m_session).report(m_proposal.orderId, index + 1, report);
    if (!step) {
        showError(step.error());
        return;
    }
    m_quantity->clear();
    m_note->clear();
    auto order = OrderQueryService(m_session).order(m_proposal.orderId);
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Step %1 (%2): %3 of %4 done; the order is %5.")
                              .arg(index + 1)
                              .arg(step->name, Formatting::quantity(step->quantityDone),
                                   Formatting::quantity(step->quantity),
                                   order ? OrderStatusInfo::displayName(order->status) : QString()));
    const qint64 id = m_proposal.orderId;
    auto again = PlanningService(m_session).propose(id);
    if (again)
        m_proposal = *again;
    showProposal();
    selectStep(index);
    Q_EMIT dataChanged();
}

bool PlanningView::replanAll()
{
    m_banner->dismiss();
    ReplanReport report;
    bool cancelled = false;
    const Status done = BackgroundTask::runWithDialog(
        this, tr("Re-plan all open orders"), m_session.factory(),
        [&report](Session& worker, TaskProgress& progress) -> Status {
            progress.setLabel(tr("Planning every open order again…"));
            auto outcome = PlanningService(worker).replanAll([&progress](qint64 value, qint64 total) {
                progress.setMaximum(total);
                progress.setValue(value);
                return !progress.isCancelled();
            });
            if (!outcome)
                return std::unexpected(outcome.error());
            report = *outcome;
            return {};
        },
        &cancelled);
    if (!done) {
        showError(done.error());
        return false;
    }
    if (cancelled || report.cancelled) {
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Re-planning was cancelled; nothing was changed."));
        return false;
    }
    if (report.late.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("%n open order(s) planned again; every promised date can still be kept.",
                                 nullptr, report.ordersPlanned));
        return true;
    }
    QStringList named;
    for (const LateOrder& late : std::as_const(report.late).first(qMin<qsizetype>(10, report.late.size())))
        named << (late.forecast.isValid()
                      ? tr("%1 (promised %2, now %3: %n day(s) late)", nullptr, late.daysLate)
                            .arg(late.orderNo, Formatting::date(late.promisedDate),
                                 Formatting::date(late.forecast))
                      : tr("%1 (%2)").arg(late.orderNo, late.problem));
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("%n order(s) can no longer be delivered on the promised date: %1", nullptr,
                             int(report.late.size()))
                              .arg(named.join(QStringLiteral("; "))));
    return true;
}

void PlanningView::updateButtons()
{
    const bool open = !m_proposal.orderNo.isEmpty();
    const int index = currentStep();
    const bool stepChosen = open && index >= 0 && index < m_proposal.plan.steps.size();
    const bool canCommit = Permissions::allows(m_session, Permission::CommitPlans);
    const bool editable = open && !m_proposal.committed && canCommit;
    // A committed plan: any step may change hands, a step not started may move later.
    const bool changeable = open && m_proposal.committed && canCommit && stepChosen;
    const bool movable = changeable && m_proposal.plan.steps[index].status == PlanStepStatus::Pending &&
                         m_proposal.plan.steps[index].kind != StepKind::Shipping;
    m_owner->setEnabled((editable && stepChosen) || changeable);
    m_notBefore->setEnabled((editable && stepChosen) || movable);
    m_moveLater->setEnabled((editable && stepChosen) || movable);
    m_movePromise->setEnabled(movable);
    m_promise->setEnabled(editable);
    m_reason->setEnabled(editable && Permissions::allows(m_session, Permission::OverridePlanDate));
    m_commit->setEnabled(editable);
    const bool reportable = open && m_proposal.committed && stepChosen &&
                            m_proposal.plan.steps[index].kind != StepKind::Shipping &&
                            m_proposal.plan.steps[index].status != PlanStepStatus::Finished;
    const bool pending = reportable && m_proposal.plan.steps[index].status == PlanStepStatus::Pending;
    m_start->setEnabled(pending);
    m_quantity->setEnabled(reportable);
    m_done->setEnabled(reportable);
    m_finish->setEnabled(reportable);
    m_note->setEnabled(reportable);
    m_replan->setEnabled(Permissions::allows(m_session, Permission::PlanOrders));
}

void PlanningView::showError(const Error& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}

} // namespace od
