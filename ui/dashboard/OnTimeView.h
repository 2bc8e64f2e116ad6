#pragma once

#include "OnTimeReport.h"
#include "Session.h"
#include "main/WorkflowPage.h"
#include "widgets/BackgroundRead.h"

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QTableWidget;
class QTimer;

namespace od {

class DateField;
class FieldErrorLabel;
class ListExportButton;
class MessageBanner;

// 准时交付 On-time delivery: of the orders delivered in a period, per customer, product,
// salesperson, work centre or review cause, how many arrived on or before their promised date,
// how many late, the on-time rate as a bar and the average days late, with the total on top.
// Read in the background; Enter or a double-click on a customer or salesperson opens its orders
// delivered in the period. Exported as the lists are (CSV or Excel).
class OnTimeView : public WorkflowPage
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DeliveredColumn,
        OnTimeColumn,
        LateColumn,
        RateColumn,
        AverageLateColumn,
        ColumnCount
    };

    explicit OnTimeView(Session& session, QWidget* parent = nullptr);
    ~OnTimeView() override;

    void reload() override;
    QString statusText() const override;

    const std::optional<OnTimeReport>& report() const { return m_report; }
    bool isLoading() const;
    OnTimeGrouping grouping() const;
    DateField* fromField() const { return m_from; }
    DateField* toField() const { return m_to; }
    FieldErrorLabel* periodError() const { return m_periodError; }
    QRadioButton* groupingButton(OnTimeGrouping grouping) const;
    QTableWidget* table() const { return m_table; }
    QLabel* totalLabel() const { return m_total; }
    ListExportButton* exportButton() const { return m_export; }
    MessageBanner* banner() const { return m_banner; }

Q_SIGNALS:
    // A reading finished (shown, or its error shown), or the period was refused.
    void loaded();

private:
    void start();
    void show(const OnTimeReport& r);
    void showTotal(const OnTimeReport& r);
    void openRow(int tableRow);

    Session& m_session;
    MessageBanner* m_banner = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    FieldErrorLabel* m_periodError = nullptr;
    QTimer* m_typing = nullptr;
    QButtonGroup* m_groupings = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_total = nullptr;
    QTableWidget* m_table = nullptr;
    ListExportButton* m_export = nullptr;
    std::unique_ptr<BackgroundRead<OnTimeReport>> m_read;
    std::optional<OnTimeReport> m_report;
};

} // namespace od
