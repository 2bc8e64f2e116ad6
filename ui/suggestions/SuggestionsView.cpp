#include "SuggestionsView.h"

#include "SplitShipmentService.h"
#include "SuggestionService.h"
#include "widgets/Formatting.h"
#include "widgets/MessageBanner.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace od {

namespace {

QTableWidget* makeTable(int columns, const QStringList& headers, const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

} // namespace

SuggestionsView::SuggestionsView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_banner = new MessageBanner(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("suggestionsState"));
    m_state->setWordWrap(true);
    m_read = std::make_unique<BackgroundRead<SuggestionsPageData>>(m_session, m_state, this);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("suggestionsRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &SuggestionsView::reload);

    m_table = makeTable(ColumnCount,
                        {tr("Kind"), tr("Suggestion"), tr("Extra hours"), tr("Late orders saved"),
                         tr("Days gained"), tr("Effect")},
                        "suggestionsTable", this);
    m_table->horizontalHeader()->setSectionResizeMode(SuggestionColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(EffectColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(KindColumn, 110);
    m_table->setColumnWidth(SuggestionColumn, 420);
    m_table->setColumnWidth(ExtraHoursColumn, 90);
    m_table->setColumnWidth(SavedColumn, 120);
    m_table->setColumnWidth(DaysGainedColumn, 90);
    m_table->setToolTip(tr("Press Enter or double-click a suggestion to apply it."));
    m_apply = new QPushButton(tr("&Apply…"), this);
    m_apply->setObjectName(QStringLiteral("suggestionsApply"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, [this] { applyCurrent(); });
    connect(m_table, &QTableWidget::activated, this, [this] { applyCurrent(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &SuggestionsView::updateButtons);

    m_workload =
        makeTable(5, {tr("Salesperson"), tr("Open orders"), tr("Open value"), tr("Late"), tr("At risk")},
                  "suggestionsWorkload", this);
    m_workload->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* workload = new QGroupBox(tr("Salesperson workload — for assigning new customers"), this);
    auto* workloadLayout = new QVBoxLayout(workload);
    workloadLayout->addWidget(m_workload);

    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(refresh);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(workload, 2);
    start();
}

SuggestionsView::~SuggestionsView() = default;

bool SuggestionsView::isLoading() const
{
    return m_read->isLoading();
}

void SuggestionsView::reload()
{
    start();
}

void SuggestionsView::focusSearch()
{
    m_table->setFocus();
}

QString SuggestionsView::statusText() const
{
    if (!m_data)
        return {};
    return tr("%n suggestion(s)", nullptr,
              int(m_data->report.suggestions.size() + m_data->report.splits.size())) +
           tr(", ") + tr("%n order(s) forecast late", nullptr, int(m_data->report.late.size()));
}

void SuggestionsView::start()
{
    m_read->start(
        tr("Re-planning every open order to find what would help…"),
        [](Session& worker) -> Result<SuggestionsPageData> {
            SuggestionsPageData data;
            auto report = SuggestionService(worker).report();
            if (!report)
                return std::unexpected(report.error());
            data.report = std::move(*report);
            auto workload = WorkloadService(worker).report();
            if (!workload)
                return std::unexpected(workload.error());
            data.workload = std::move(*workload);
            return data;
        },
        [this](const SuggestionsPageData& d) { show(d); }, [this] { start(); },
        [this] {
            updateButtons();
            Q_EMIT loaded();
        });
    updateButtons();
}

void SuggestionsView::show(const SuggestionsPageData& data)
{
    m_data = data;
    const SuggestionReport& r = data.report;
    QString state = tr("%n open order(s) re-planned from %1: %2 forecast after their promised date.", nullptr,
                       int(r.ordersPlanned))
                        .arg(Formatting::date(r.today))
                        .arg(r.late.size());
    if (r.suggestions.isEmpty() && r.splits.isEmpty())
        state += u' ' + (r.late.isEmpty() ? tr("Nothing to suggest.")
                                          : tr("Neither overtime on a fully loaded work centre nor moving a "
                                               "step to an alternative centre would bring any of them closer "
                                               "to its promise."));
    m_state->setText(state);
    const int current = m_table->currentRow();
    m_table->setRowCount(int(r.suggestions.size() + r.splits.size()));
    for (int row = 0; row < r.suggestions.size(); ++row) {
        const Suggestion& s = r.suggestions[row];
        QTableWidgetItem* title = cell(SuggestionService::describe(s), Qt::AlignLeft);
        title->setToolTip(s.key);
        title->setData(Qt::UserRole, s.key);
        m_table->setItem(row, KindColumn, cell(SuggestionService::kindName(s.kind), Qt::AlignLeft));
        m_table->setItem(row, SuggestionColumn, title);
        m_table->setItem(
            row, ExtraHoursColumn,
            cell(s.kind == SuggestionKind::Overtime ? s.extraHours.toDecimalString() : QString()));
        m_table->setItem(row, SavedColumn, cell(QString::number(s.saved.size())));
        m_table->setItem(row, DaysGainedColumn, cell(QString::number(s.daysGained)));
        m_table->setItem(row, EffectColumn, cell(SuggestionService::effect(s), Qt::AlignLeft));
    }
    // Below the overtime: the late orders whose finished lines could leave ahead of the rest.
    for (int i = 0; i < r.splits.size(); ++i) {
        const SplitShipmentSuggestion& s = r.splits[i];
        const int row = int(r.suggestions.size()) + i;
        QTableWidgetItem* title = cell(SplitShipmentService::describe(s), Qt::AlignLeft);
        title->setToolTip(s.key);
        title->setData(Qt::UserRole, s.key);
        m_table->setItem(row, KindColumn, cell(SplitShipmentService::kindName(), Qt::AlignLeft));
        m_table->setItem(row, SuggestionColumn, title);
        m_table->setItem(row, ExtraHoursColumn, cell(QString()));
        m_table->setItem(row, SavedColumn, cell(QString()));
        m_table->setItem(row, DaysGainedColumn, cell(QString()));
        m_table->setItem(row, EffectColumn, cell(SplitShipmentService::effect(s), Qt::AlignLeft));
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::clamp(current, 0, m_table->rowCount() - 1), SuggestionColumn);

    const WorkloadReport& w = data.workload;
    m_workload->setRowCount(int(w.salespeople.size()));
    for (int row = 0; row < w.salespeople.size(); ++row) {
        const SalespersonWorkload& p = w.salespeople[row];
        m_workload->setItem(row, 0, cell(p.active ? p.name : tr("%1 (disabled)").arg(p.name), Qt::AlignLeft));
        m_workload->setItem(row, 1, cell(Formatting::count(p.openOrders)));
        m_workload->setItem(row, 2, cell(Formatting::money(p.openValue, w.currency)));
        m_workload->setItem(row, 3, cell(Formatting::count(p.lateOrders)));
        m_workload->setItem(row, 4, cell(Formatting::count(p.atRiskOrders)));
    }
    updateButtons();
    Q_EMIT statusTextChanged();
}

void SuggestionsView::updateButtons()
{
    const int row = m_table->currentRow();
    m_apply->setEnabled(!m_read->isLoading() && m_data && row >= 0 &&
                        row < m_data->report.suggestions.size() + m_data->report.splits.size());
}

bool SuggestionsView::askWithMessageBox(QWidget* parent, const QString& question)
{
    QMessageBox box(QMessageBox::Question, tr("Apply the suggestion"), question, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("applySuggestionBox"));
    QPushButton* yes = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

bool SuggestionsView::applyCurrent()
{
    const int row = m_table->currentRow();
    if (m_read->isLoading() || !m_data || row < 0 ||
        row >= m_data->report.suggestions.size() + m_data->report.splits.size())
        return false;
    if (row >= m_data->report.suggestions.size())
        return applySplit(m_data->report.splits[row - m_data->report.suggestions.size()]);
    const Suggestion s = m_data->report.suggestions[row];
    QStringList days;
    for (const QDate& d : s.days)
        days << Formatting::date(d);
    const QString question =
        s.kind == SuggestionKind::MoveStep
            ? tr("%1?\n\n%2.\n\nThe order's committed plan changes: the step and its hours go to %3 (%4).")
                  .arg(SuggestionService::describe(s), SuggestionService::effect(s), s.toCentreName,
                       s.toCentre)
            : tr("Add %1 h of overtime per unit to %2 (%3) on %4?\n\n%5.\n\nThe overtime "
                 "goes into the calendar; plans already committed stay as they are.")
                  .arg(s.hoursPerUnit.toDecimalString(), s.workCentreName, s.workCentre, days.join(tr(", ")),
                       SuggestionService::effect(s));
    if (!askWithMessageBox(this, question))
        return false;
    auto done = SuggestionService(m_session).apply(s.key, s.basis);
    if (!done) {
        m_banner->showMessage(MessageBanner::Kind::Error, done.error().message);
        reload();
        return false;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Info,
        tr("Applied: %1. %2.").arg(SuggestionService::describe(*done), SuggestionService::effect(*done)));
    reload();
    Q_EMIT dataChanged();
    return true;
}

bool SuggestionsView::applySplit(const SplitShipmentSuggestion& s)
{
    const QString question =
        tr("Ask logistics to ship the finished lines of %1 now (%2)?\n\n%3.\n\nThey get the "
           "task in My work and ship with the Shipments page; the rest follows when it "
           "is ready.")
            .arg(s.orderNo, SplitShipmentService::linesText(s), SplitShipmentService::effect(s));
    if (!askWithMessageBox(this, question))
        return false;
    auto done = SplitShipmentService(m_session).apply(s.key, s.basis);
    if (!done) {
        m_banner->showMessage(MessageBanner::Kind::Error, done.error().message);
        reload();
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Logistics has the task: ship the finished lines of %1 now (%2).")
                              .arg(done->orderNo, SplitShipmentService::linesText(*done)));
    reload();
    Q_EMIT dataChanged();
    return true;
}

} // namespace od
