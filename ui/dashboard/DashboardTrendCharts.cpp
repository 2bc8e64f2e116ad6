// The dashboard's month-by-month on-time chart and its two top-customer charts (DashboardView).
#include "DashboardCharts.h"
#include "DashboardService.h"
#include "DashboardView.h"
#include "main/PageRegistry.h"
#include "widgets/Formatting.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolTip>
#include <QValueAxis>

namespace od {

namespace {

// "C003 华东管业" shortened to fit a category label.
QString customerLabel(const CustomerFigure& c)
{
    constexpr int MaxName = 12;
    const QString name = c.name.size() > MaxName ? c.name.left(MaxName - 1) + QChar(0x2026) : c.name;
    return c.code + u' ' + name;
}

// Top customers as horizontal bars, the first at the top.
QBarSet* addCustomerBars(QChart* chart, const QList<CustomerFigure>& customers, const QString& setName)
{
    auto* set = new QBarSet(setName);
    QStringList labels;
    for (qsizetype i = customers.size() - 1; i >= 0; --i) {
        *set << DashboardCharts::barHeight(customers.at(i).amount);
        labels << customerLabel(customers.at(i));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    DashboardCharts::addAxes(chart, series, labels, Qt::AlignLeft);
    return set;
}

} // namespace

void DashboardView::showOnTimeChart(const DashboardFigures& f)
{
    QChart* chart = m_onTimeChart->chart();
    DashboardCharts::clear(chart);
    bool any = false;
    for (const MonthOnTime& m : f.onTimeByMonth)
        any = any || m.basisPoints().has_value();
    if (!any) {
        m_onTimeHint->setText(tr("No order with a promised date shipped in the 12 months to %1 yet.")
                                  .arg(QLocale().toString(f.month, tr("MMMM yyyy"))));
        m_onTimeStack->setCurrentWidget(m_onTimeHint);
        return;
    }
    auto* set = new QBarSet(tr("Shipped on time (%)"));
    QStringList months;
    for (const MonthOnTime& m : f.onTimeByMonth) {
        *set << double(m.basisPoints().value_or(0)) / 100.0;
        months << QLocale().toString(m.month, tr("MMM"));
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    DashboardCharts::addAxes(chart, series, months);
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
        if (auto* y = qobject_cast<QValueAxis*>(axis)) {
            y->setRange(0, 100);
            y->setTickCount(5);
        }
    const QList<MonthOnTime> byMonth = f.onTimeByMonth;
    connect(set, &QBarSet::clicked, this, [this, byMonth](int index) {
        if (index >= 0 && index < byMonth.size())
            openShippedLate(byMonth.at(index).month);
    });
    connect(set, &QBarSet::hovered, this, [this, byMonth](bool entered, int index) {
        if (!entered || index < 0 || index >= byMonth.size()) {
            QToolTip::hideText();
            return;
        }
        const MonthOnTime& m = byMonth.at(index);
        const QString month = QLocale().toString(m.month, tr("MMMM yyyy"));
        const std::optional<qint64> rate = m.basisPoints();
        QToolTip::showText(QCursor::pos(),
                           rate
                               ? tr("%1: %2 on time, %3 of %4 shipped with a promise; click for those "
                                    "shipped late")
                                     .arg(month, DashboardCharts::percent(*rate), Formatting::count(m.onTime),
                                          Formatting::count(m.shipped - m.withoutPromise))
                               : tr("%1: nothing with a promised date shipped").arg(month),
                           m_onTimeChart);
    });
    m_onTimeStack->setCurrentWidget(m_onTimeChart);
}

void DashboardView::showTopValueChart(const DashboardFigures& f)
{
    QChart* chart = m_topValueChart->chart();
    DashboardCharts::clear(chart);
    if (f.customerId > 0 || f.topByValue.isEmpty()) {
        m_topValueHint->setText(f.customerId > 0
                                    ? tr("The figures are narrowed to one customer: %1.").arg(f.customerName)
                                    : tr("No orders taken in the 12 months to %1 yet.")
                                          .arg(QLocale().toString(f.month, tr("MMMM yyyy"))));
        m_topValueStack->setCurrentWidget(m_topValueHint);
        return;
    }
    QBarSet* set = addCustomerBars(chart, f.topByValue, tr("Order value (%1)").arg(f.currency));
    // The bars run bottom to top: bar i is the customer at size - 1 - i.
    const QList<CustomerFigure> top = f.topByValue;
    connect(set, &QBarSet::clicked, this, [this, top](int index) {
        const qsizetype at = top.size() - 1 - index;
        if (at >= 0 && at < top.size())
            openCustomerIntake(top.at(at).customerId, top.at(at).name);
    });
    const QString currency = f.currency;
    connect(set, &QBarSet::hovered, this, [this, top, currency](bool entered, int index) {
        const qsizetype at = top.size() - 1 - index;
        if (!entered || at < 0 || at >= top.size()) {
            QToolTip::hideText();
            return;
        }
        const CustomerFigure& c = top.at(at);
        QToolTip::showText(
            QCursor::pos(),
            tr("%1 %2: %3 orders, %4; click for the orders")
                .arg(c.code, c.name, Formatting::count(c.orders), Formatting::money(c.amount, currency)),
            m_topValueChart);
    });
    m_topValueStack->setCurrentWidget(m_topValueChart);
}

void DashboardView::showTopOverdueChart(const DashboardFigures& f)
{
    QChart* chart = m_topOverdueChart->chart();
    DashboardCharts::clear(chart);
    if (!f.receivablesShown || f.customerId > 0 || f.topByOverdue.isEmpty()) {
        m_topOverdueHint->setText(
            !f.receivablesShown
                ? (f.salespersonId > 0
                       ? tr("Receivables are kept for the whole company, not per salesperson.")
                       : tr("Receivables are shown to finance and management."))
                : (f.customerId > 0 ? tr("The figures are narrowed to one customer: %1.").arg(f.customerName)
                                    : tr("No invoice is overdue.")));
        m_topOverdueStack->setCurrentWidget(m_topOverdueHint);
        return;
    }
    QBarSet* set = addCustomerBars(chart, f.topByOverdue, tr("Overdue (%1)").arg(f.currency));
    const QList<CustomerFigure> top = f.topByOverdue;
    connect(set, &QBarSet::clicked, this, [this, top](int index) {
        const qsizetype at = top.size() - 1 - index;
        if (at >= 0 && at < top.size())
            Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Receivables), top.at(at).customerId, 0);
    });
    const QString currency = f.currency;
    connect(set, &QBarSet::hovered, this, [this, top, currency](bool entered, int index) {
        const qsizetype at = top.size() - 1 - index;
        if (!entered || at < 0 || at >= top.size()) {
            QToolTip::hideText();
            return;
        }
        const CustomerFigure& c = top.at(at);
        QToolTip::showText(QCursor::pos(),
                           tr("%1 %2: %3 overdue; click for the customer's receivables")
                               .arg(c.code, c.name, Formatting::money(c.amount, currency)),
                           m_topOverdueChart);
    });
    m_topOverdueStack->setCurrentWidget(m_topOverdueChart);
}

void DashboardView::openShippedLate(const QDate& month)
{
    if (!m_figures)
        return;
    const QDate first(month.year(), month.month(), 1);
    Q_EMIT openOrdersRequested(narrowed(DashboardService::shippedLateQuery(
                                   first, first.addMonths(1).addDays(-1), m_figures->salespersonId)),
                               tr("Shipped late, %1").arg(QLocale().toString(first, tr("MMMM yyyy"))));
}

void DashboardView::openCustomerIntake(qint64 customerId, const QString& customerName)
{
    if (!m_figures || m_figures->intakeByMonth.isEmpty())
        return;
    Q_EMIT openOrdersRequested(
        DashboardService::customerIntakeQuery(customerId, m_figures->intakeByMonth.first().month,
                                              m_figures->month, m_figures->salespersonId),
        tr("Order intake of %1, 12 months").arg(customerName));
}

} // namespace od
