#pragma once

#include "DashboardFigures.h"
#include "Session.h"
#include "main/WorkflowPage.h"
#include "widgets/BackgroundRead.h"

#include <functional>
#include <memory>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace od {

class ListExportButton;
class MessageBanner;

// 经营看板 Dashboard: how the business is doing at a glance — figure tiles (intake this month against
// last month and a year ago, backlog, on-time delivery, late and at-risk orders, open exceptions,
// overdue receivables and DSO) and charts (intake and on-time rate by month, backlog by status,
// receivables ageing, work-centre load for 8 weeks, top customers by value and by overdue amount),
// read in the background for the month, salesperson and customer chosen.
// A tile or a bar opens the orders (or the page) behind it.
class DashboardView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit DashboardView(Session& session, QWidget* parent = nullptr);
    ~DashboardView() override;

    void reload() override;
    QString statusText() const override;

    // The figures shown, once the first reading has come back.
    const std::optional<DashboardFigures>& figures() const { return m_figures; }
    bool isLoading() const;
    QComboBox* monthFilter() const { return m_month; }
    QComboBox* salespersonFilter() const { return m_salesperson; }
    QComboBox* customerFilter() const { return m_customer; }
    QChartView* intakeChart() const { return m_intakeChart; }
    QChartView* backlogChart() const { return m_backlogChart; }
    QChartView* onTimeChart() const { return m_onTimeChart; }
    QChartView* topValueChart() const { return m_topValueChart; }
    QChartView* topOverdueChart() const { return m_topOverdueChart; }
    QPushButton* pdfButton() const { return m_pdf; }
    ListExportButton* exportButton() const { return m_export; }

    // The save dialog for the PDF; tests replace it.
    using AskSavePath = std::function<QString(QWidget* parent, const QString& suggested)>;
    void setAskSavePath(AskSavePath ask) { m_askSavePath = std::move(ask); }
    // The figures shown as one A4 landscape page (the dashboard's PDF); false when refused.
    bool savePdf();
    bool savePdfTo(const QString& path);
    QPushButton* bottlenecksButton() const { return m_bottlenecks; }
    QPushButton* onTimeButton() const { return m_onTime; }

Q_SIGNALS:
    // A reading finished (shown, or its error shown).
    void loaded();

private:
    QPushButton* makeTile(const QString& objectName);
    QChartView* makeChart(const QString& objectName, const QString& title);
    QWidget* chartWithEmptyHint(QChartView* chart, QStackedWidget** stack, QLabel** hint);
    void loadSalespeople();
    void loadCustomers();
    static constexpr int CustomerChoices = 2000; // customers offered in the filter
    // A drill-down's orders, narrowed to the customer the figures are of.
    OrderListQuery narrowed(OrderListQuery query) const;
    void start();
    void show(const DashboardFigures& f);
    void showIntakeChart(const DashboardFigures& f);
    void showBacklogChart(const DashboardFigures& f);
    void showAgeingChart(const DashboardFigures& f);
    void showLoadChart(const DashboardFigures& f);
    // In DashboardTrendCharts.cpp:
    void showOnTimeChart(const DashboardFigures& f);
    void showTopValueChart(const DashboardFigures& f);
    void showTopOverdueChart(const DashboardFigures& f);
    void openShippedLate(const QDate& month);
    void openCustomerIntake(qint64 customerId, const QString& customerName);
    void openIntake(const QDate& month);
    void openBacklog(std::optional<OrderStatus> status);
    // Whose figures are shown, for the printed page and the export ("" for everyone's).
    QString shownSalesperson() const;

    Session& m_session;
    QComboBox* m_month = nullptr;
    QComboBox* m_salesperson = nullptr;
    QComboBox* m_customer = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_intakeTile = nullptr;
    QPushButton* m_backlogTile = nullptr;
    QPushButton* m_onTimeTile = nullptr;
    QPushButton* m_lateTile = nullptr;
    QPushButton* m_riskTile = nullptr;
    QPushButton* m_exceptionsTile = nullptr;
    QPushButton* m_receivablesTile = nullptr;
    QPushButton* m_bottlenecks = nullptr;
    QPushButton* m_onTime = nullptr;
    QChartView* m_intakeChart = nullptr;
    QChartView* m_backlogChart = nullptr;
    QChartView* m_ageingChart = nullptr;
    QChartView* m_loadChart = nullptr;
    QChartView* m_onTimeChart = nullptr;
    QChartView* m_topValueChart = nullptr;
    QChartView* m_topOverdueChart = nullptr;
    QStackedWidget* m_intakeStack = nullptr;
    QStackedWidget* m_backlogStack = nullptr;
    QStackedWidget* m_ageingStack = nullptr;
    QStackedWidget* m_loadStack = nullptr;
    QStackedWidget* m_onTimeStack = nullptr;
    QStackedWidget* m_topValueStack = nullptr;
    QStackedWidget* m_topOverdueStack = nullptr;
    QLabel* m_intakeHint = nullptr;
    QLabel* m_backlogHint = nullptr;
    QLabel* m_ageingHint = nullptr;
    QLabel* m_loadHint = nullptr;
    QLabel* m_onTimeHint = nullptr;
    QLabel* m_topValueHint = nullptr;
    QLabel* m_topOverdueHint = nullptr;
    std::unique_ptr<BackgroundRead<DashboardFigures>> m_read;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_pdf = nullptr;
    ListExportButton* m_export = nullptr;
    AskSavePath m_askSavePath;
    std::optional<DashboardFigures> m_figures;
};

} // namespace od
