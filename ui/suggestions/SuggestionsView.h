#pragma once

#include "Session.h"
#include "Suggestion.h"
#include "WorkloadService.h"
#include "main/WorkflowPage.h"
#include "widgets/BackgroundRead.h"

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace od {

class MessageBanner;

// What the page reads in the background: the suggestions and the salespeople's workload.
struct SuggestionsPageData
{
    SuggestionReport report;
    WorkloadReport workload;
};

// 调度建议 Suggestions: what the manager could do about the orders forecast after their promised
// date — overtime on a fully loaded work centre, with the late orders it brings back on their
// promise and the days it gains, worked out by re-planning every open order; a late order's finished
// lines shipped ahead of the rest (分批发货), applied as a task for logistics — and an Apply button
// (Enter, or a double-click) that asks first and then writes the overtime into the calendar. Below,
// each salesperson's workload, for deciding who takes a new customer. Read in the background.
class SuggestionsView : public WorkflowPage
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        SuggestionColumn,
        ExtraHoursColumn,
        SavedColumn,
        DaysGainedColumn,
        EffectColumn,
        ColumnCount
    };
    // Asked before a suggestion is applied: the question; true to go ahead.
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

    explicit SuggestionsView(Session& session, QWidget* parent = nullptr);
    ~SuggestionsView() override;

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;

    bool isLoading() const;
    const std::optional<SuggestionsPageData>& data() const { return m_data; }
    QTableWidget* suggestionsTable() const { return m_table; }
    QTableWidget* workloadTable() const { return m_workload; }
    QPushButton* applyButton() const { return m_apply; }
    MessageBanner* banner() const { return m_banner; }
    // Applies the suggestion of the current row after asking; false when nothing was applied.
    bool applyCurrent();

    // The default asks with a message box ("applySuggestionBox", Apply the default button).
    static bool askWithMessageBox(QWidget* parent, const QString& question);

Q_SIGNALS:
    // A reading finished (shown, or its error shown).
    void loaded();

private:
    // Gives logistics the task of shipping the finished lines, after asking.
    bool applySplit(const SplitShipmentSuggestion& s);
    void start();
    void show(const SuggestionsPageData& data);
    void updateButtons();

    Session& m_session;
    MessageBanner* m_banner = nullptr;
    QLabel* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_apply = nullptr;
    QTableWidget* m_workload = nullptr;
    std::unique_ptr<BackgroundRead<SuggestionsPageData>> m_read;
    std::optional<SuggestionsPageData> m_data;
};

} // namespace od
