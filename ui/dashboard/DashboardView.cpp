#include "DashboardView.h"

#include "CustomerService.h"
#include "DashboardCharts.h"
#include "DashboardDocument.h"
#include "DashboardService.h"
#include "FixedPoint.h"
#include "ListTables.h"
#include "OutputFileService.h"
#include "Permissions.h"
#include "SettingsService.h"
#include "main/PageRegistry.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ComboBoxKeys.h"
#include "widgets/ExportFolder.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <memory>

namespace od {

namespace {

constexpr int MonthsOffered = 24;

// "+12.5 %" / "−3.0 %" against `before`; empty when there is nothing to compare with.
QString change(Money now, Money before)
{
    if (before.minor() <= 0)
        return {};
    // Tenths of a percent from the integer amounts, rounded half away from zero.
    const qint64 t = qint64(fixed::roundDiv((Int128(now.minor()) - before.minor()) * 1000, before.minor()));
    const qint64 a = t < 0 ? -t : t;
    const QString number = QLocale().toString(a / 10) + QLocale().decimalPoint() + QString::number(a % 10);
    return (t < 0 ? QStringLiteral("−") : QStringLiteral("+")) + number + QStringLiteral(" %");
}

} // namespace

namespace {

QString askSavePathWithDialog(QWidget* parent, const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, DashboardView::tr("Save the dashboard as PDF"), suggested,
                                        DashboardView::tr("PDF documents (*.pdf)"));
}

} // namespace

DashboardView::DashboardView(Session& session, QWidget* parent)
    : WorkflowPage(parent), m_session(session), m_askSavePath(&askSavePathWithDialog)
{
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("dashboardMonth"));
    const QDate today = m_session.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 0; i < MonthsOffered; ++i) {
        const QDate m = thisMonth.addMonths(-i);
        m_month->addItem(QLocale().toString(m, tr("MMMM yyyy")), m);
    }
    ComboBoxKeys::openOnlyOnRequest(m_month);
    m_salesperson = new QComboBox(this);
    m_salesperson->setObjectName(QStringLiteral("dashboardSalesperson"));
    ComboBoxKeys::openOnlyOnRequest(m_salesperson);
    loadSalespeople();
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("dashboardCustomer"));
    m_customer->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    ComboBoxKeys::openOnlyOnRequest(m_customer);
    loadCustomers();
    m_state = new QLabel(this);
    m_read = std::make_unique<BackgroundRead<DashboardFigures>>(m_session, m_state, this);
    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_state->setWordWrap(true);

    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* salespersonLabel = new QLabel(tr("&Salesperson:"), this);
    salespersonLabel->setBuddy(m_salesperson);
    auto* filters = new QHBoxLayout;
    filters->addWidget(monthLabel);
    filters->addWidget(m_month);
    filters->addSpacing(12);
    filters->addWidget(salespersonLabel);
    filters->addWidget(m_salesperson);
    filters->addSpacing(12);
    auto* customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer);
    filters->addWidget(customerLabel);
    filters->addWidget(m_customer);
    filters->addStretch(1);
    // What is shown, then what can be done with it, on a row of their own: one row for both would
    // make the page wider than a 1280-pixel screen in English.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_state, 1);
    m_banner = new MessageBanner(this);
    m_pdf = new QPushButton(tr("Save as &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("dashboardPdf"));
    m_pdf->setToolTip(tr("The figures and charts shown, on one A4 landscape page"));
    m_pdf->setEnabled(false);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardView::savePdf);
    // The figures shown, one sheet per table.
    m_export = new ListExportButton(m_session, this, m_banner, tr("Dashboard"), [this] {
        const std::optional<DashboardFigures> shown = m_figures;
        const QString whose = shownSalesperson();
        return [shown, whose](Session& worker) -> Result<QList<TableSheet>> {
            if (!shown)
                return std::unexpected(
                    Error::invalid(DashboardView::tr("The figures are still being read.")));
            return ListTables(worker).dashboard(*shown, whose);
        };
    });
    actions->addWidget(m_pdf);
    actions->addWidget(m_export);
    m_bottlenecks = new QPushButton(tr("&Bottlenecks…"), this);
    m_bottlenecks->setObjectName(QStringLiteral("dashboardBottlenecks"));
    m_bottlenecks->setToolTip(tr("How long orders spend in each stage, and where they wait longest"));
    actions->addWidget(m_bottlenecks);
    m_onTime = new QPushButton(tr("&On-time delivery…"), this);
    m_onTime->setObjectName(QStringLiteral("dashboardOnTime"));
    m_onTime->setToolTip(tr("Of the orders delivered, how many on time, per customer, product, salesperson, "
                            "work centre or cause"));
    actions->addWidget(m_onTime);

    m_intakeTile = makeTile(QStringLiteral("tileIntake"));
    m_backlogTile = makeTile(QStringLiteral("tileBacklog"));
    m_onTimeTile = makeTile(QStringLiteral("tileOnTime"));
    m_lateTile = makeTile(QStringLiteral("tileLate"));
    m_riskTile = makeTile(QStringLiteral("tileAtRisk"));
    m_exceptionsTile = makeTile(QStringLiteral("tileExceptions"));
    m_receivablesTile = makeTile(QStringLiteral("tileReceivables"));
    auto* tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QList<QPushButton*> all{m_intakeTile, m_backlogTile,    m_onTimeTile,     m_lateTile,
                                  m_riskTile,   m_exceptionsTile, m_receivablesTile};
    for (int i = 0; i < all.size(); ++i)
        tiles->addWidget(all[i], i / 4, i % 4);

    m_intakeChart = makeChart(QStringLiteral("chartIntake"), tr("Order intake by month"));
    m_backlogChart = makeChart(QStringLiteral("chartBacklog"), tr("Backlog by status"));
    m_ageingChart = makeChart(QStringLiteral("chartAgeing"), tr("Receivables ageing"));
    m_loadChart =
        makeChart(QStringLiteral("chartLoad"), tr("Work-centre load, next 8 weeks (% of capacity)"));
    m_onTimeChart = makeChart(QStringLiteral("chartOnTime"), tr("On-time delivery by month (%)"));
    m_topValueChart =
        makeChart(QStringLiteral("chartTopValue"), tr("Top customers by order value, 12 months"));
    m_topOverdueChart = makeChart(QStringLiteral("chartTopOverdue"), tr("Top customers by overdue amount"));
    // Two charts a row; the rows below the first two scroll into view.
    auto* chartsArea = new QWidget(this);
    auto* charts = new QGridLayout(chartsArea);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(8);
    charts->addWidget(chartWithEmptyHint(m_intakeChart, &m_intakeStack, &m_intakeHint), 0, 0);
    charts->addWidget(chartWithEmptyHint(m_onTimeChart, &m_onTimeStack, &m_onTimeHint), 0, 1);
    charts->addWidget(chartWithEmptyHint(m_backlogChart, &m_backlogStack, &m_backlogHint), 1, 0);
    charts->addWidget(chartWithEmptyHint(m_loadChart, &m_loadStack, &m_loadHint), 1, 1);
    charts->addWidget(chartWithEmptyHint(m_ageingChart, &m_ageingStack, &m_ageingHint), 2, 0);
    charts->addWidget(chartWithEmptyHint(m_topOverdueChart, &m_topOverdueStack, &m_topOverdueHint), 2, 1);
    charts->addWidget(chartWithEmptyHint(m_topValueChart, &m_topValueStack, &m_topValueHint), 3, 0, 1, 2);
    // Ten customers a chart: taller than the others.
    for (QChartView* top : {m_topValueChart, m_topOverdueChart})
        top->setMinimumHeight(330);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsArea);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addLayout(tiles);
    layout->addWidget(scroll, 1);

    connect(m_month, &QComboBox::currentIndexChanged, this, &DashboardView::start);
    connect(m_salesperson, &QComboBox::currentIndexChanged, this, &DashboardView::start);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &DashboardView::start);
    connect(m_intakeTile, &QPushButton::clicked, this, [this] {
        if (m_figures)
            openIntake(m_figures->month);
    });
    connect(m_backlogTile, &QPushButton::clicked, this, [this] { openBacklog(std::nullopt); });
    connect(m_lateTile, &QPushButton::clicked, this, [this] {
        if (m_figures)
            Q_EMIT openOrdersRequested(
                narrowed(DashboardService::riskQuery(RiskLevel::Late, m_figures->salespersonId)),
                tr("Late orders"));
    });
    connect(m_onTimeTile, &QPushButton::clicked, this, [this] {
        if (m_figures)
            Q_EMIT openOrdersRequested(
                narrowed(DashboardService::shippedLateQuery(m_figures->onTimeFrom, m_figures->onTimeTo,
                                                            m_figures->salespersonId)),
                tr("Shipped late"));
    });
    connect(m_exceptionsTile, &QPushButton::clicked, this,
            [this] { Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Exceptions), 0, 0); });
    connect(m_receivablesTile, &QPushButton::clicked, this,
            [this] { Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Receivables), 0, 0); });
    connect(m_riskTile, &QPushButton::clicked, this, [this] {
        if (m_figures)
            Q_EMIT openOrdersRequested(
                narrowed(DashboardService::riskQuery(RiskLevel::AtRisk, m_figures->salespersonId)),
                tr("Orders at risk"));
    });
    connect(m_bottlenecks, &QPushButton::clicked, this,
            [this] { Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Bottlenecks), 0, 0); });
    connect(m_onTime, &QPushButton::clicked, this,
            [this] { Q_EMIT openPageRequested(QString::fromLatin1(PageIds::OnTime), 0, 0); });

    start();
}

DashboardView::~DashboardView() = default;

QPushButton* DashboardView::makeTile(const QString& objectName)
{
    auto* tile = new QPushButton(this);
    tile->setObjectName(objectName);
    tile->setMinimumHeight(fontMetrics().height() * 4 + 16);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tile->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 10px; }"));
    return tile;
}

QChartView* DashboardView::makeChart(const QString& objectName, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    return view;
}

QWidget* DashboardView::chartWithEmptyHint(QChartView* chart, QStackedWidget** stack, QLabel** hint)
{
    *stack = new QStackedWidget(this);
    *hint = new QLabel(this);
    (*hint)->setObjectName(chart->objectName() + QStringLiteral("Empty"));
    (*hint)->setAlignment(Qt::AlignCenter);
    (*hint)->setWordWrap(true);
    (*hint)->setStyleSheet(QStringLiteral("color: #777777; padding: 24px;"));
    (*stack)->addWidget(chart);
    (*stack)->addWidget(*hint);
    return *stack;
}

void DashboardView::loadSalespeople()
{
    const qint64 selected = m_salesperson->currentData().toLongLong();
    const QSignalBlocker block(m_salesperson);
    m_salesperson->clear();
    if (!Permissions::allows(m_session, Permission::ViewDashboard)) {
        // A salesperson's figures are their own.
        m_salesperson->addItem(m_session.user().displayName, m_session.user().id);
        m_salesperson->setEnabled(false);
        return;
    }
    m_salesperson->addItem(tr("Every salesperson"), qint64(0));
    if (auto users = SettingsService(m_session).users())
        for (const User& user : *users)
            if (user.role == Role::Salesperson || user.role == Role::Manager)
                m_salesperson->addItem(user.displayName, user.id);
    const int index = m_salesperson->findData(selected);
    m_salesperson->setCurrentIndex(index >= 0 ? index : 0);
}

void DashboardView::loadCustomers()
{
    const qint64 selected = m_customer->currentData().toLongLong();
    const QSignalBlocker block(m_customer);
    m_customer->clear();
    m_customer->addItem(tr("Every customer"), qint64(0));
    if (auto customers = CustomerService(m_session).search(QString(), CustomerChoices))
        for (const Customer& c : *customers)
            m_customer->addItem(c.code + u' ' + c.name, c.id);
    const int index = m_customer->findData(selected);
    m_customer->setCurrentIndex(index >= 0 ? index : 0);
}

OrderListQuery DashboardView::narrowed(OrderListQuery query) const
{
    if (m_figures)
        query.customerId = m_figures->customerId;
    return query;
}

bool DashboardView::isLoading() const
{
    return m_read->isLoading();
}

void DashboardView::reload()
{
    loadSalespeople();
    loadCustomers();
    start();
}

QString DashboardView::statusText() const
{
    if (!m_figures)
        return {};
    return tr("Dashboard of %1").arg(QLocale().toString(m_figures->month, tr("MMMM yyyy")));
}

void DashboardView::start()
{
    const DashboardFilter filter{m_month->currentData().toDate(), m_salesperson->currentData().toLongLong(),
                                 m_customer->currentData().toLongLong()};
    m_read->start(
        tr("Reading the figures…"),
        [filter](Session& worker) { return DashboardService(worker).figures(filter); },
        [this](const DashboardFigures& f) { show(f); }, [this] { start(); }, [this] { Q_EMIT loaded(); });
}

void DashboardView::show(const DashboardFigures& f)
{
    m_figures = f;
    m_pdf->setEnabled(true);
    const QString cur = f.currency;
    m_state->setText(f.otherCurrencyOrders > 0
                         ? tr("Values in %1; %n order(s) in other currencies are counted but not valued.",
                              nullptr, int(f.otherCurrencyOrders))
                               .arg(cur)
                         : tr("Values in %1, as of %2.").arg(cur, Formatting::date(f.today)));

    const QString month = QLocale().toString(f.month, tr("MMMM yyyy"));
    QString intake =
        tr("Order intake, %1\n%2 · %3 orders")
            .arg(month, Formatting::money(f.thisMonth.value, cur), Formatting::count(f.thisMonth.orders));
    QString vsLast = change(f.thisMonth.value, f.lastMonth.value);
    QString vsYear = change(f.thisMonth.value, f.sameMonthLastYear.value);
    intake += QLatin1Char('\n') +
              tr("Last month %1 %2")
                  .arg(Formatting::money(f.lastMonth.value, cur),
                       vsLast.isEmpty() ? QString() : QStringLiteral("(%1)").arg(vsLast)) +
              QLatin1Char('\n') +
              tr("A year ago %1 %2")
                  .arg(Formatting::money(f.sameMonthLastYear.value, cur),
                       vsYear.isEmpty() ? QString() : QStringLiteral("(%1)").arg(vsYear));
    m_intakeTile->setText(intake);
    m_intakeTile->setToolTip(tr("Orders dated in the month that the customer confirmed and that were not "
                                "cancelled. Opens them in the Orders list."));

    m_backlogTile->setText(
        tr("Backlog (open orders)\n%1 · %2 orders\nconfirmed up to ready to ship")
            .arg(Formatting::money(f.backlogValue, cur), Formatting::count(f.backlogOrders)));
    m_backlogTile->setToolTip(tr("Opens the open orders in the Orders list."));

    const std::optional<qint64> rate = f.onTimeBasisPoints();
    m_onTimeTile->setText(rate ? tr("On-time delivery, 90 days\n%1\n%2 of %3 shipped with a promise")
                                     .arg(DashboardCharts::percent(*rate), Formatting::count(f.shippedOnTime),
                                          Formatting::count(f.shipped - f.shippedWithoutPromise))
                               : tr("On-time delivery, 90 days\nno data yet\nno order with a promised date "
                                    "shipped from %1 to %2")
                                     .arg(Formatting::date(f.onTimeFrom), Formatting::date(f.onTimeTo)));
    m_onTimeTile->setToolTip(
        tr("Orders first shipped from %1 to %2 on or before the promised date in force "
           "when they shipped; orders shipped without a promise (%3) are left out. Opens "
           "those shipped late.")
            .arg(Formatting::date(f.onTimeFrom), Formatting::date(f.onTimeTo),
                 Formatting::count(f.shippedWithoutPromise)));
    m_onTimeTile->setEnabled(true);

    m_lateTile->setText(tr("Late\n%1 orders · %2\npast the promise or still in transit")
                            .arg(Formatting::count(f.lateOrders), Formatting::money(f.lateValue, cur)));
    m_lateTile->setToolTip(tr("Open orders the early warning calls late: the promised date has passed and "
                              "the customer does not have the goods. Opens them in the Orders list."));
    m_riskTile->setText(tr("At risk\n%1 orders · %2\nabout to slip")
                            .arg(Formatting::count(f.atRiskOrders), Formatting::money(f.atRiskValue, cur)));
    m_riskTile->setToolTip(tr("Open orders the early warning calls at risk — a plan finishing after the "
                              "promise, a step overdue, a confirmation or a shipment waiting too long, a "
                              "serious exception. Opens them in the Orders list."));
    m_exceptionsTile->setText(
        tr("Open exceptions\n%1\nnot closed yet").arg(Formatting::count(f.openExceptions)));
    m_exceptionsTile->setToolTip(tr("Opens the Exceptions page."));
    if (f.receivablesShown) {
        m_receivablesTile->setText(
            tr("Overdue receivables\n%1 of %2 outstanding\nDSO %3")
                .arg(Formatting::money(f.overdueReceivables, cur),
                     Formatting::money(f.receivablesOutstanding, cur),
                     f.dsoTenths ? tr("%1 days").arg(QLocale().toString(double(*f.dsoTenths) / 10.0, 'f', 1))
                                 : tr("— (no credit sales in 90 days)")));
        m_receivablesTile->setToolTip(tr("Opens the Receivables page."));
        m_receivablesTile->setEnabled(true);
    } else {
        m_receivablesTile->setText(
            f.salespersonId > 0
                ? tr("Overdue receivables\n—\nkept for the whole company, not per salesperson")
                : tr("Overdue receivables\n—\nfor finance and management"));
        m_receivablesTile->setToolTip(QString());
        m_receivablesTile->setEnabled(false);
    }

    showIntakeChart(f);
    showBacklogChart(f);
    showAgeingChart(f);
    showLoadChart(f);
    showOnTimeChart(f);
    showTopValueChart(f);
    showTopOverdueChart(f);
    Q_EMIT statusTextChanged();
}

void DashboardView::showIntakeChart(const DashboardFigures& f)
{
    QChart* chart = m_intakeChart->chart();
    DashboardCharts::clear(chart);
    qint64 orders = 0;
    for (const MonthIntake& m : f.intakeByMonth)
        orders += m.orders;
    if (orders == 0) {
        m_intakeHint->setText(tr("No orders taken in the 12 months to %1 yet.")
                                  .arg(QLocale().toString(f.month, tr("MMMM yyyy"))));
        m_intakeStack->setCurrentWidget(m_intakeHint);
        return;
    }
    auto* set = new QBarSet(tr("Value (%1)").arg(f.currency));
    QStringList months;
    for (const MonthIntake& m : f.intakeByMonth) {
        *set << DashboardCharts::barHeight(m.value);
        months << QLocale().toString(m.month, tr("MMM"));
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    DashboardCharts::addAxes(chart, series, months);
    const QList<MonthIntake> byMonth = f.intakeByMonth;
    connect(set, &QBarSet::clicked, this, [this, byMonth](int index) {
        if (index >= 0 && index < byMonth.size())
            openIntake(byMonth.at(index).month);
    });
    const QString currency = f.currency;
    connect(set, &QBarSet::hovered, this, [this, byMonth, currency](bool entered, int index) {
        if (!entered || index < 0 || index >= byMonth.size()) {
            QToolTip::hideText();
            return;
        }
        const MonthIntake& m = byMonth.at(index);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 orders, %3")
                               .arg(QLocale().toString(m.month, tr("MMMM yyyy")), Formatting::count(m.orders),
                                    Formatting::money(m.value, currency)),
                           m_intakeChart);
    });
    m_intakeStack->setCurrentWidget(m_intakeChart);
}

void DashboardView::showBacklogChart(const DashboardFigures& f)
{
    QChart* chart = m_backlogChart->chart();
    DashboardCharts::clear(chart);
    if (f.backlogOrders == 0) {
        m_backlogHint->setText(
            tr("No open orders: nothing is confirmed, planned, in production or ready to ship."));
        m_backlogStack->setCurrentWidget(m_backlogHint);
        return;
    }
    auto* set = new QBarSet(tr("Value (%1)").arg(f.currency));
    QStringList statuses;
    for (const StatusBacklog& b : f.backlogByStatus) {
        *set << DashboardCharts::barHeight(b.value);
        statuses << OrderStatusInfo::displayName(b.status);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    DashboardCharts::addAxes(chart, series, statuses);
    const QList<StatusBacklog> byStatus = f.backlogByStatus;
    connect(set, &QBarSet::clicked, this, [this, byStatus](int index) {
        if (index >= 0 && index < byStatus.size())
            openBacklog(byStatus.at(index).status);
    });
    m_backlogStack->setCurrentWidget(m_backlogChart);
}

void DashboardView::showAgeingChart(const DashboardFigures& f)
{
    QChart* chart = m_ageingChart->chart();
    DashboardCharts::clear(chart);
    if (!f.receivablesShown || f.ageing.total().isZero()) {
        m_ageingHint->setText(!f.receivablesShown
                                  ? (f.salespersonId > 0
                                         ? tr("Receivables are kept for the whole company, not per "
                                              "salesperson.")
                                         : tr("Receivables are shown to finance and management."))
                                  : tr("No receivables yet: no invoice is open."));
        m_ageingStack->setCurrentWidget(m_ageingHint);
        return;
    }
    auto* set = new QBarSet(tr("Open (%1)").arg(f.currency));
    QStringList buckets;
    for (AgeingBucket b : ReceivablesAgeing::all()) {
        *set << DashboardCharts::barHeight(f.ageing[b]);
        buckets << ReceivablesAgeing::displayName(b);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    DashboardCharts::addAxes(chart, series, buckets);
    connect(set, &QBarSet::clicked, this,
            [this](int) { Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Receivables), 0, 0); });
    m_ageingStack->setCurrentWidget(m_ageingChart);
}

void DashboardView::showLoadChart(const DashboardFigures& f)
{
    QChart* chart = m_loadChart->chart();
    DashboardCharts::clear(chart);
    bool planned = false;
    for (const CentreWeekLoad& w : f.load)
        planned = planned || w.planned.isPositive();
    if (!f.loadShown || !planned) {
        m_loadHint->setText(!f.loadShown
                                ? tr("The capacity load is shown to those who plan orders.")
                                : tr("No committed plan puts work on a work centre in the next 8 weeks."));
        m_loadStack->setCurrentWidget(m_loadHint);
        return;
    }
    QStringList weeks;
    QList<QDate> weekStarts;
    QStringList centres;
    QHash<QString, QString> names;
    for (const CentreWeekLoad& w : f.load) {
        if (!weekStarts.contains(w.weekStart))
            weekStarts << w.weekStart;
        if (!centres.contains(w.workCentre))
            centres << w.workCentre;
        names.insert(w.workCentre, w.workCentreName);
    }
    std::sort(weekStarts.begin(), weekStarts.end());
    for (const QDate& d : weekStarts)
        weeks << QLocale().toString(d, tr("MM/dd"));
    auto* series = new QBarSeries;
    for (const QString& centre : centres) {
        auto* set = new QBarSet(names.value(centre, centre));
        for (const QDate& week : weekStarts) {
            double share = 0;
            for (const CentreWeekLoad& w : f.load)
                if (w.workCentre == centre && w.weekStart == week && w.available.isPositive())
                    share = double(w.planned.raw()) * 100.0 / double(w.available.raw());
            *set << share;
        }
        connect(set, &QBarSet::clicked, this,
                [this](int) { Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Capacity), 0, 0); });
        series->append(set);
    }
    chart->addSeries(series);
    DashboardCharts::addAxes(chart, series, weeks);
    // Capacity is the 100 % line: the axis reaches it even when the load is light.
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
        if (auto* y = qobject_cast<QValueAxis*>(axis); y && y->max() < 100) {
            y->setRange(0, 100);
            y->setTickCount(5);
        }
    m_loadStack->setCurrentWidget(m_loadChart);
}

void DashboardView::openIntake(const QDate& month)
{
    if (!m_figures)
        return;
    Q_EMIT openOrdersRequested(narrowed(DashboardService::intakeQuery(month, m_figures->salespersonId)),
                               tr("Order intake, %1").arg(QLocale().toString(month, tr("MMMM yyyy"))));
}

void DashboardView::openBacklog(std::optional<OrderStatus> status)
{
    if (!m_figures)
        return;
    Q_EMIT openOrdersRequested(narrowed(DashboardService::backlogQuery(status, m_figures->salespersonId)),
                               status ? tr("Backlog: %1").arg(OrderStatusInfo::displayName(*status))
                                      : tr("Backlog (open orders)"));
}

QString DashboardView::shownSalesperson() const
{
    if (!m_figures || m_figures->salespersonId == 0)
        return {};
    if (m_figures->salespersonId == m_session.user().id)
        return m_session.user().displayName;
    const int index = m_salesperson->findData(m_figures->salespersonId);
    return index >= 0 ? m_salesperson->itemText(index) : QString();
}

bool DashboardView::savePdf()
{
    if (!m_figures)
        return false;
    const QString name = tr("Dashboard %1.pdf").arg(m_figures->month.toString(QStringLiteral("yyyy-MM")));
    const QString path = m_askSavePath(this, ExportFolder::suggest(name));
    if (path.isEmpty())
        return false;
    ExportFolder::remember(path);
    return savePdfTo(path);
}

bool DashboardView::savePdfTo(const QString& path)
{
    m_banner->dismiss();
    if (!m_figures)
        return false;
    auto company = SettingsService(m_session).company();
    if (!company) {
        m_banner->showMessage(MessageBanner::Kind::Error, company.error().message);
        return false;
    }
    const User& me = m_session.user();
    const DashboardDocument document(
        *m_figures, DashboardDocumentHeading{company->name, shownSalesperson(),
                                             me.displayName.isEmpty() ? me.name : me.displayName,
                                             QDateTime::currentDateTime()});
    if (auto ok = OutputFileService(m_session).write(
            path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, ok.error().message);
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("The dashboard was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace od
