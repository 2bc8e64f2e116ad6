#include "OrdersView.h"

#include "CustomerService.h"
#include "ListTables.h"
#include "OrderQueryService.h"
#include "SettingsService.h"
#include "models/OrderListModel.h"
#include "orders/OrdersTableView.h"
#include "widgets/ComboBoxKeys.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/LookupLineEdit.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

namespace {

constexpr int SearchDebounceMs = 250;
const char* const HeaderStateKey = "ordersView/headerState";

} // namespace

OrdersView::OrdersView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_applying = true; // filter widgets announce their initial values while being built
    m_model = new OrderListModel(session.factory(), this);
    m_table = new OrdersTableView(this);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model);

    buildFilters();

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("ordersError"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("ordersEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setStyleSheet(QStringLiteral("color: #777777; padding: 24px;"));
    m_emptyHint->hide();

    m_behindLabel = new QLabel(this);
    m_behindLabel->setObjectName(QStringLiteral("ordersBehindFigure"));
    m_behindLabel->setWordWrap(true);
    m_behindLabel->hide();

    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(m_banner);
    layout->addWidget(m_behindLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);

    // Fixed starting widths: measuring contents would mean reading every row.
    QHeaderView* header = m_table->horizontalHeader();
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {unit * 17, unit * 30, unit * 11, unit * 22, unit * 11,
                          unit * 11, unit * 11, unit * 14, unit * 6,  unit * 10};
    for (int column = 0; column < OrderListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    header->setSectionResizeMode(OrderListModel::CustomerColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(unit * 5);
    const QByteArray savedHeader = QSettings().value(QLatin1String(HeaderStateKey)).toByteArray();
    if (!savedHeader.isEmpty())
        header->restoreState(savedHeader);
    header->setSortIndicator(OrderListModel::OrderDateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    connect(m_table, &QAbstractItemView::activated, this, &OrdersView::openCurrent);
    connect(m_table, &OrdersTableView::typedText, this, [this](const QString& text) {
        m_search->setFocus();
        m_search->insert(text);
    });
    connect(m_model, &OrderListModel::countChanged, this, [this](qint64 count, bool exact) {
        m_counted = true;
        updateEmptyHint();
        Q_EMIT countChanged(count, exact);
        Q_EMIT statusTextChanged();
    });
    // Queued: the view lays out the new rows (and its scroll range) first.
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::restorePosition,
            Qt::QueuedConnection);
    connect(m_model, &OrderListModel::loadingChanged, this, [this](bool loading) {
        // A slow filter keeps the old rows visible; the busy cursor says the new ones are coming.
        if (loading)
            m_table->viewport()->setCursor(Qt::BusyCursor);
        else
            m_table->viewport()->unsetCursor();
    });
    connect(m_model, &OrderListModel::storageError, this, [this](const QString& message) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    });

    // Tab goes from the search straight into the list, then through the filters left to right.
    QWidget* chain[] = {m_search,
                        m_table,
                        m_status,
                        m_risk,
                        m_customer,
                        m_salesperson,
                        m_fromEnabled,
                        m_from,
                        m_toEnabled,
                        m_to,
                        findChild<QPushButton*>(QStringLiteral("clearFilters")),
                        m_export};
    for (int i = 0; i + 1 < int(std::size(chain)); ++i)
        setTabOrder(chain[i], chain[i + 1]);

    loadSalespeople();
    m_applying = false;
    applyFilters();
}

OrdersView::~OrdersView()
{
    QSettings().setValue(QLatin1String(HeaderStateKey), m_table->horizontalHeader()->saveState());
}

void OrdersView::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search order no., customer, product…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 26);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &OrdersView::applyFilters);
    // Enter searches now and goes to the first order found (a second Enter opens it).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        applyFilters();
        goToFirstResult();
    });
    m_search->installEventFilter(this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (OrderStatus status : OrderStatusInfo::all())
        m_status->addItem(OrderStatusInfo::displayName(status), OrderStatusInfo::key(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilters);
    ComboBoxKeys::openOnlyOnRequest(m_status);

    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("riskFilter"));
    m_risk->setToolTip(tr("Early warning: open orders at risk of missing their date, or already late"));
    m_risk->addItem(tr("Any risk"), QString());
    m_risk->addItem(tr("At risk or late"), QStringLiteral("at_risk,late"));
    m_risk->addItem(RiskLevelInfo::displayName(RiskLevel::AtRisk), RiskLevelInfo::key(RiskLevel::AtRisk));
    m_risk->addItem(RiskLevelInfo::displayName(RiskLevel::Late), RiskLevelInfo::key(RiskLevel::Late));
    m_risk->addItem(RiskLevelInfo::displayName(RiskLevel::OnTrack), RiskLevelInfo::key(RiskLevel::OnTrack));
    connect(m_risk, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilters);
    ComboBoxKeys::openOnlyOnRequest(m_risk);

    m_customer = new LookupLineEdit(this);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setProvider([this](const QString& text) {
        QList<LookupItem> items;
        auto customers = CustomerService(m_session).search(text, 20, true);
        if (!customers)
            return items;
        for (const Customer& c : *customers)
            items << LookupItem{c.id, c.name, c.code, {}};
        return items;
    });
    connect(m_customer, &LookupLineEdit::itemChosen, this, &OrdersView::applyFilters);
    connect(m_customer, &LookupLineEdit::choiceCleared, this, &OrdersView::applyFilters);

    m_salesperson = new QComboBox(this);
    m_salesperson->setObjectName(QStringLiteral("salespersonFilter"));
    connect(m_salesperson, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilters);
    // Someone who sees only their own orders has no one else to choose.
    m_salesperson->setVisible(OrderQueryService(m_session).seesAllOrders());
    ComboBoxKeys::openOnlyOnRequest(m_salesperson);

    auto makeDate = [this](const QString& name) {
        auto* edit = new QDateEdit(m_session.today(), this);
        edit->setObjectName(name);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // "6/1/26" could be any of three days
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &OrdersView::applyFilters);
        return edit;
    };
    m_fromEnabled = new QCheckBox(tr("From"), this);
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_from = makeDate(QStringLiteral("fromDate"));
    m_from->setDate(m_session.today().addMonths(-1));
    m_toEnabled = new QCheckBox(tr("To"), this);
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_to = makeDate(QStringLiteral("toDate"));
    for (auto [box, edit] : {std::pair{m_fromEnabled, m_from}, std::pair{m_toEnabled, m_to}}) {
        box->setToolTip(tr("Only orders dated on or after / before this day; unticked means any date."));
        connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(box, &QCheckBox::toggled, this, &OrdersView::applyFilters);
    }

    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, &OrdersView::clearFilters);

    // The filters share their row by their stretch instead of each asking for its longest item
    // ("Awaiting confirmation"), and the period, clearing and export have a row of their own: both
    // rows fit a 1280-pixel screen in every language.
    for (QComboBox* box : {m_status, m_risk, m_salesperson}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_customer->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_risk, 1);
    filters->addWidget(m_customer, 2);
    filters->addWidget(m_salesperson, 1);
    auto* period = new QHBoxLayout;
    period->setSpacing(6);
    period->addWidget(m_fromEnabled);
    period->addWidget(m_from);
    period->addSpacing(6);
    period->addWidget(m_toEnabled);
    period->addWidget(m_to);
    period->addSpacing(6);
    period->addWidget(clear);
    period->addStretch(1);
    // Exactly the orders listed: the filters, search and sort shown.
    m_banner = new MessageBanner(this);
    m_export = new ListExportButton(m_session, this, m_banner, tr("Orders"), [this] {
        const OrderListQuery query = m_model->query();
        return
            [query](Session& worker) { return ListExportButton::single(ListTables(worker).orders(query)); };
    });
    period->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addLayout(period);
}

void OrdersView::loadSalespeople()
{
    const qint64 selected = m_salesperson->currentData().toLongLong();
    const bool wasApplying = m_applying;
    m_applying = true; // refilling the combo must not re-run the query once per item
    m_salesperson->clear();
    m_salesperson->addItem(tr("Any salesperson"), qint64(0));
    if (auto users = SettingsService(m_session).users()) {
        for (const User& user : *users)
            m_salesperson->addItem(user.displayName, user.id);
    }
    const int index = m_salesperson->findData(selected);
    m_salesperson->setCurrentIndex(index >= 0 ? index : 0);
    m_applying = wasApplying;
}

OrderListQuery OrdersView::currentQuery() const
{
    OrderListQuery query = m_model->query();
    query.status = OrderStatusInfo::fromKey(m_status->currentData().toString());
    query.customerId = m_customer->chosenId();
    query.salespersonId = m_salesperson->currentData().toLongLong();
    query.from = m_fromEnabled->isChecked() ? m_from->date() : QDate();
    query.to = m_toEnabled->isChecked() ? m_to->date() : QDate();
    query.search = m_search->text().trimmed();
    query.statuses = m_behind.statuses;
    query.promisedBefore = m_behind.promisedBefore;
    query.shippedFrom = m_behind.shippedFrom;
    query.shippedTo = m_behind.shippedTo;
    query.shippedLate = m_behind.shippedLate;
    query.stageKey = m_behind.stageKey;
    query.stageFrom = m_behind.stageFrom;
    query.stageTo = m_behind.stageTo;
    query.deliveredFrom = m_behind.deliveredFrom;
    query.deliveredTo = m_behind.deliveredTo;
    query.riskLevels.clear();
    const QString risk = m_risk->currentData().toString();
    for (const QString& key : risk.split(u',', Qt::SkipEmptyParts))
        if (auto level = RiskLevelInfo::fromKey(key))
            query.riskLevels << *level;
    return query;
}

void OrdersView::showOrdersBehind(const OrderListQuery& query, const QString& caption)
{
    m_applying = true;
    m_search->clear();
    m_status->setCurrentIndex(query.status ? m_status->findData(OrderStatusInfo::key(*query.status)) : 0);
    QStringList riskKeys;
    for (RiskLevel level : query.riskLevels)
        riskKeys << RiskLevelInfo::key(level);
    m_risk->setCurrentIndex(std::max(0, m_risk->findData(riskKeys.join(u','))));
    m_customer->clearChosen();
    if (query.customerId > 0)
        if (auto customer = CustomerService(m_session).byId(query.customerId))
            m_customer->setChosen(LookupItem{customer->id, customer->name, customer->code, {}});
    const int salesperson = m_salesperson->findData(query.salespersonId);
    m_salesperson->setCurrentIndex(salesperson >= 0 ? salesperson : 0);
    m_fromEnabled->setChecked(query.from.isValid());
    if (query.from.isValid())
        m_from->setDate(query.from);
    m_toEnabled->setChecked(query.to.isValid());
    if (query.to.isValid())
        m_to->setDate(query.to);
    m_behind = query;
    QStringList statuses;
    for (OrderStatus status : query.statuses)
        statuses << OrderStatusInfo::displayName(status);
    QString text = tr("Orders behind “%1”").arg(caption);
    if (!statuses.isEmpty())
        text += tr(" — status: %1").arg(statuses.join(tr(", ")));
    if (query.promisedBefore.isValid())
        text += tr(" — promised before %1").arg(Formatting::date(query.promisedBefore));
    if (query.shippedFrom.isValid() && query.shippedTo.isValid())
        text += (query.shippedLate ? tr(" — shipped after the promise from %1 to %2")
                                   : tr(" — shipped from %1 to %2"))
                    .arg(Formatting::date(query.shippedFrom), Formatting::date(query.shippedTo));
    if (!query.stageKey.isEmpty() && query.stageFrom.isValid() && query.stageTo.isValid())
        text += tr(" — left the stage from %1 to %2")
                    .arg(Formatting::date(query.stageFrom), Formatting::date(query.stageTo));
    if (query.deliveredFrom.isValid() && query.deliveredTo.isValid())
        text += tr(" — delivered from %1 to %2")
                    .arg(Formatting::date(query.deliveredFrom), Formatting::date(query.deliveredTo));
    m_behindLabel->setText(text + tr(". Clear the filters to see every order."));
    m_behindLabel->show();
    m_applying = false;
    applyFilters();
}

void OrdersView::showOrdersAtRisk()
{
    m_applying = true;
    clearFilters();
    m_risk->setCurrentIndex(m_risk->findData(QStringLiteral("at_risk,late")));
    m_applying = false;
    applyFilters();
}

QString OrdersView::statusText() const
{
    const qint64 count = m_model->orderCount();
    const bool exact = m_model->countIsExact();
    if (!m_counted)
        return tr("Counting orders…");
    if (isFiltered())
        return exact ? tr("%1 orders match").arg(Formatting::count(count))
                     : tr("%1+ orders match").arg(Formatting::count(count));
    return exact ? tr("%1 orders").arg(Formatting::count(count))
                 : tr("%1+ orders").arg(Formatting::count(count));
}

bool OrdersView::isFiltered() const
{
    const OrderListQuery& q = m_model->query();
    return q.status || q.customerId > 0 || q.salespersonId > 0 || q.from.isValid() || q.to.isValid() ||
           !q.search.isEmpty() || !q.statuses.isEmpty() || q.promisedBefore.isValid() ||
           q.shippedFrom.isValid() || q.shippedTo.isValid() || q.shippedLate || !q.stageKey.isEmpty() ||
           q.deliveredFrom.isValid() || q.deliveredTo.isValid() || !q.riskLevels.isEmpty();
}

bool OrdersView::applyFilters()
{
    if (m_applying)
        return false;
    m_searchDebounce->stop();
    const OrderListQuery query = currentQuery();
    if (m_loaded && query == m_model->query())
        return false;
    m_loaded = true;
    m_errorLabel->hide();
    m_restoreScroll = -1; // a new list starts at the top
    m_restoreRow = -1;
    m_model->setQuery(query);
    return true;
}

void OrdersView::goToFirstResult()
{
    if (m_model->isLoading()) {
        m_goToFirstWhenLoaded = true;
        return;
    }
    if (m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(m_model->index(0, 0));
    m_table->scrollToTop();
}

bool OrdersView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            if (m_searchDebounce->isActive())
                applyFilters();
            goToFirstResult();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrdersView::clearFilters()
{
    const bool wasApplying = m_applying;
    m_applying = true;
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_risk->setCurrentIndex(0);
    m_customer->clearChosen();
    m_salesperson->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_behind = OrderListQuery();
    m_behindLabel->hide();
    m_applying = wasApplying;
    applyFilters(); // nothing while the caller is still setting filters
}

void OrdersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrdersView::reload()
{
    // The rows are replaced when the new count arrives; then the view goes back to where it was.
    m_restoreScroll = m_table->verticalScrollBar()->value();
    m_restoreRow = m_table->currentIndex().row();
    loadSalespeople();
    m_errorLabel->hide();
    m_model->refresh();
}

void OrdersView::restorePosition()
{
    if (m_goToFirstWhenLoaded) {
        m_goToFirstWhenLoaded = false;
        goToFirstResult();
        return;
    }
    if (m_restoreScroll < 0) {
        // A new search or filter: its first hits, not the old list's scroll position.
        m_table->scrollToTop();
        return;
    }
    m_table->doItemsLayout(); // the scroll range of the new rows
    if (m_restoreRow >= 0 && m_restoreRow < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(m_restoreRow, 0));
    m_table->verticalScrollBar()->setValue(m_restoreScroll);
    m_restoreScroll = -1;
    m_restoreRow = -1;
}

void OrdersView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = m_model->data(index, OrderListModel::OrderIdRole).toLongLong();
    if (id > 0)
        Q_EMIT openOrderRequested(id);
}

void OrdersView::updateEmptyHint()
{
    if (m_model->orderCount() > 0) {
        m_emptyHint->hide();
        return;
    }
    m_emptyHint->setText(isFiltered() ? tr("No orders match these filters.")
                                      : tr("There are no orders yet. Press Ctrl+N to enter the first one."));
    m_emptyHint->show();
}

} // namespace od
