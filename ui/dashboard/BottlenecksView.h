#pragma once

#include "BottleneckReport.h"
#include "Session.h"
#include "main/WorkflowPage.h"
#include "widgets/BackgroundRead.h"

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace od {

// 瓶颈分析 Bottlenecks: for a period, how long the orders that left each stage spent in it —
// count, median, 90th percentile, share of the lead time as a bar, the trend against the period
// of the same length before — with the worst stage highlighted, and the time that adds no work
// (re-confirmations, change requests, the hand-offs that wait longest). Read in the background;
// Enter or a double-click on a stage opens the orders behind it.
class BottlenecksView : public WorkflowPage
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn,
        OrdersColumn,
        MedianColumn,
        P90Column,
        ShareColumn,
        TrendColumn,
        ColumnCount
    };

    explicit BottlenecksView(Session& session, QWidget* parent = nullptr);
    ~BottlenecksView() override;

    void reload() override;
    QString statusText() const override;

    const std::optional<BottleneckReport>& report() const { return m_report; }
    bool isLoading() const;
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QTableWidget* stagesTable() const { return m_table; }
    QLabel* withoutWorkLabel() const { return m_withoutWork; }

Q_SIGNALS:
    // A reading finished (shown, or its error shown).
    void loaded();

private:
    void start();
    void show(const BottleneckReport& r);
    void openStage(int row);

    Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_withoutWork = nullptr;
    std::unique_ptr<BackgroundRead<BottleneckReport>> m_read;
    std::optional<BottleneckReport> m_report;
};

} // namespace od
