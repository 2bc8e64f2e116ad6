#include "OnTimeView.h"

#include "ListTables.h"
#include "OnTimeReportService.h"
#include "ShareBarDelegate.h"
#include "StageDurationStats.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

namespace {

// Which row of the report a table row shows (the table may be sorted differently).
constexpr int ReportRowRole = Qt::UserRole + 1;
// What a cell sorts by: a number for the figures, the text otherwise.
constexpr int SortRole = Qt::UserRole + 2;
// A figure's wait after typing in a date before reading, so each key does not start a reading.
constexpr int TypingPauseMs = 400;

// A cell that sorts by its SortRole number when it has one.
class FigureItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;

    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(SortRole), theirs = other.data(SortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return text().localeAwareCompare(other.text()) < 0;
    }
};

QString percentText(qint64 basisPoints)
{
    return StageDurationStats::percentText(basisPoints) + QStringLiteral(" %");
}

QString tenthsText(qint64 tenths)
{
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

QString groupingButtonText(OnTimeGrouping grouping)
{
    switch (grouping) {
    case OnTimeGrouping::Customer:
        return OnTimeView::tr("&Customer");
    case OnTimeGrouping::Product:
        return OnTimeView::tr("&Product");
    case OnTimeGrouping::Salesperson:
        return OnTimeView::tr("&Salesperson");
    case OnTimeGrouping::WorkCentre:
        return OnTimeView::tr("&Work centre");
    case OnTimeGrouping::Cause:
        return OnTimeView::tr("Ca&use");
    }
    return {};
}

// What Enter or a double-click on a row of `grouping` does, for the table's tooltip.
QString drillDownHint(OnTimeGrouping grouping)
{
    switch (grouping) {
    case OnTimeGrouping::Customer:
        return OnTimeView::tr(
            "Press Enter or double-click a customer to see its orders delivered in the period.");
    case OnTimeGrouping::Salesperson:
        return OnTimeView::tr(
            "Press Enter or double-click a salesperson to see their orders delivered in the period.");
    case OnTimeGrouping::Product:
        return OnTimeView::tr("The Orders list cannot be filtered by product, so a product opens no orders.");
    case OnTimeGrouping::WorkCentre:
        return OnTimeView::tr(
            "The Orders list cannot be filtered by work centre, so a work centre opens no orders.");
    case OnTimeGrouping::Cause:
        return OnTimeView::tr(
            "The Orders list cannot be filtered by review cause, so a cause opens no orders.");
    }
    return {};
}

} // namespace

OnTimeView::OnTimeView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    const QDate today = m_session.today();
    m_banner = new MessageBanner(this);
    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("onTimeFrom"));
    m_from->setDate(today.addDays(-(OnTimeReportService::DefaultDays - 1)));
    m_from->lineEdit()->setToolTip(tr("The first day of delivery counted; empty: the year up to “To”"));
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("onTimeTo"));
    m_to->setDate(today);
    m_to->lineEdit()->setToolTip(tr("The last day of delivery counted; empty: today"));
    m_periodError = new FieldErrorLabel(this);
    m_periodError->setObjectName(QStringLiteral("onTimePeriodError"));
    m_state = new QLabel(this);
    m_read = std::make_unique<BackgroundRead<OnTimeReport>>(m_session, m_state, this);
    m_state->setObjectName(QStringLiteral("onTimeState"));
    m_state->setWordWrap(true);
    auto* fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from->lineEdit());
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to->lineEdit());
    // The figures shown, for the period and grouping they were read for.
    m_export = new ListExportButton(m_session, this, m_banner, tr("On-time delivery"), [this] {
        const std::optional<OnTimeReport> shown = m_report;
        return [shown](Session& worker) -> Result<QList<TableSheet>> {
            if (!shown)
                return std::unexpected(Error::invalid(OnTimeView::tr("The figures are still being read.")));
            return ListExportButton::single(
                ListTables(worker).onTime(shown->from, shown->to, shown->grouping));
        };
    });
    auto* filters = new QHBoxLayout;
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addSpacing(12);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_periodError);
    filters->addSpacing(12);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_export);

    m_groupings = new QButtonGroup(this);
    m_groupings->setExclusive(true);
    auto* groupings = new QHBoxLayout;
    groupings->addWidget(new QLabel(tr("Group by:"), this));
    for (OnTimeGrouping g : OnTimeGroupingInfo::all()) {
        auto* button = new QRadioButton(groupingButtonText(g), this);
        button->setObjectName(QStringLiteral("onTimeBy_") + OnTimeGroupingInfo::key(g));
        button->setToolTip(drillDownHint(g));
        m_groupings->addButton(button, int(g));
        groupings->addWidget(button);
    }
    m_groupings->button(int(OnTimeGrouping::Customer))->setChecked(true);
    groupings->addStretch(1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("onTimeTotal"));
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("onTimeTable"));
    m_table->setHorizontalHeaderLabels({OnTimeGroupingInfo::displayName(OnTimeGrouping::Customer),
                                        tr("Delivered"), tr("On time"), tr("Late"), tr("On-time rate"),
                                        tr("Average days late")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = DeliveredColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    m_table->setColumnWidth(DeliveredColumn, 100);
    m_table->setColumnWidth(OnTimeColumn, 100);
    m_table->setColumnWidth(LateColumn, 100);
    m_table->setColumnWidth(RateColumn, 200);
    m_table->setColumnWidth(AverageLateColumn, 150);
    m_table->setItemDelegateForColumn(RateColumn, new ShareBarDelegate(m_table));
    m_table->horizontalHeader()->setSortIndicator(DeliveredColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setToolTip(drillDownHint(OnTimeGrouping::Customer));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(groupings);
    layout->addWidget(m_total);
    layout->addWidget(m_table, 1);

    // A date is read once the typing pauses, or at once when the field is left.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &OnTimeView::start);
    for (DateField* field : {m_from, m_to}) {
        connect(field, &DateField::dateEdited, m_typing, qOverload<>(&QTimer::start));
        connect(field->lineEdit(), &QLineEdit::editingFinished, this, [this] {
            if (m_typing->isActive())
                start();
        });
    }
    connect(m_groupings, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            start();
    });
    // Enter on a row and a double-click both activate it.
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });

    start();
}

OnTimeView::~OnTimeView() = default;

bool OnTimeView::isLoading() const
{
    return m_read->isLoading();
}

OnTimeGrouping OnTimeView::grouping() const
{
    return OnTimeGrouping(m_groupings->checkedId());
}

QRadioButton* OnTimeView::groupingButton(OnTimeGrouping grouping) const
{
    return qobject_cast<QRadioButton*>(m_groupings->button(int(grouping)));
}

void OnTimeView::reload()
{
    start();
}

QString OnTimeView::statusText() const
{
    if (!m_report)
        return {};
    return tr("On-time delivery from %1 to %2")
        .arg(Formatting::date(m_report->from), Formatting::date(m_report->to));
}

void OnTimeView::start()
{
    m_typing->stop();
    m_periodError->clearMessage();
    // A period that cannot be read is said next to its dates; the figures shown stay.
    if (!m_from->isValidInput()) {
        m_periodError->showError(tr("“From” is not a date: type one like 2026-05-01, or leave it empty."));
        Q_EMIT loaded();
        return;
    }
    if (!m_to->isValidInput()) {
        m_periodError->showError(tr("“To” is not a date: type one like 2026-05-31, or leave it empty."));
        Q_EMIT loaded();
        return;
    }
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    // As the report reads them: no last day is today, no first day the year up to the last.
    const QDate last = to.isValid() ? to : m_session.today();
    if (from.isValid() && from > last) {
        m_periodError->showError(tr("The period ends on %1, before it starts on %2.")
                                     .arg(Formatting::date(last), Formatting::date(from)));
        Q_EMIT loaded();
        return;
    }
    const OnTimeGrouping by = grouping();
    m_read->start(
        tr("Reading the orders delivered…"),
        [from, to, by](Session& worker) { return OnTimeReportService(worker).report(from, to, by); },
        [this](const OnTimeReport& r) { show(r); }, [this] { start(); }, [this] { Q_EMIT loaded(); });
}

void OnTimeView::show(const OnTimeReport& r)
{
    const bool sameRows = m_report && m_report->grouping == r.grouping;
    const QString currentKey =
        sameRows && m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
            ? m_report->rows.value(m_table->item(m_table->currentRow(), 0)->data(ReportRowRole).toInt()).key
            : QString();
    m_report = r;
    m_state->setText(tr("Orders delivered from %1 to %2 by %3. An order without a promised date counts "
                        "as on time; one with several products or work centres counts in each.")
                         .arg(Formatting::date(r.from), Formatting::date(r.to),
                              OnTimeGroupingInfo::displayName(r.grouping).toLower()));
    showTotal(r);

    m_table->setSortingEnabled(false);
    m_table->setHorizontalHeaderItem(NameColumn,
                                     new QTableWidgetItem(OnTimeGroupingInfo::displayName(r.grouping)));
    m_table->setToolTip(drillDownHint(r.grouping));
    m_table->setRowCount(int(r.rows.size()));
    for (int row = 0; row < r.rows.size(); ++row) {
        const OnTimeRow& g = r.rows[row];
        const auto item = [&](int column, const QString& text, std::optional<qint64> sortBy) {
            auto* cell = new FigureItem(text);
            cell->setTextAlignment((column == NameColumn ? Qt::AlignLeft : Qt::AlignRight) |
                                   Qt::AlignVCenter);
            cell->setData(ReportRowRole, row);
            // A missing figure (no late order) sorts below every figure.
            if (column != NameColumn)
                cell->setData(SortRole, sortBy.value_or(-1));
            m_table->setItem(row, column, cell);
            return cell;
        };
        QTableWidgetItem* name = item(NameColumn, g.name, std::nullopt);
        if (!g.key.isEmpty() && g.key != g.name)
            name->setToolTip(g.key);
        item(DeliveredColumn, Formatting::count(g.delivered), g.delivered);
        item(OnTimeColumn, Formatting::count(g.onTime), g.onTime);
        item(LateColumn, Formatting::count(g.late), g.late);
        const std::optional<qint64> rate = g.onTimeBasisPoints();
        QTableWidgetItem* rateItem = item(RateColumn, rate ? percentText(*rate) : QString(), rate);
        if (rate)
            rateItem->setData(ShareBarDelegate::ShareRole, *rate);
        const std::optional<qint64> average = g.averageDaysLateTenths();
        item(AverageLateColumn, average ? tenthsText(*average) : QStringLiteral("—"), average);
    }
    m_table->setSortingEnabled(true);
    if (m_table->rowCount() > 0) {
        int current = 0;
        for (int row = 0; row < m_table->rowCount() && !currentKey.isEmpty(); ++row)
            if (r.rows.value(m_table->item(row, NameColumn)->data(ReportRowRole).toInt()).key == currentKey)
                current = row;
        m_table->setCurrentCell(current, NameColumn);
    }
    Q_EMIT statusTextChanged();
}

void OnTimeView::showTotal(const OnTimeReport& r)
{
    const OnTimeRow& t = r.total;
    if (t.delivered == 0) {
        m_total->setText(tr("No order was delivered from %1 to %2.")
                             .arg(Formatting::date(r.from), Formatting::date(r.to)));
        return;
    }
    QString text = tr("Total: %1 delivered, %2 on time, %3 late — on-time rate %4")
                       .arg(Formatting::count(t.delivered), Formatting::count(t.onTime),
                            Formatting::count(t.late), percentText(t.onTimeBasisPoints().value_or(0)));
    if (const std::optional<qint64> average = t.averageDaysLateTenths())
        text += tr(", %1 days late on average").arg(tenthsText(*average));
    m_total->setText(text + QLatin1Char('.'));
}

void OnTimeView::openRow(int tableRow)
{
    if (!m_report || tableRow < 0 || tableRow >= m_table->rowCount())
        return;
    const int row = m_table->item(tableRow, NameColumn)->data(ReportRowRole).toInt();
    if (row < 0 || row >= m_report->rows.size())
        return;
    const OnTimeRow& g = m_report->rows[row];
    const std::optional<OrderListQuery> query =
        OnTimeReportService::ordersBehind(m_report->grouping, g, m_report->from, m_report->to);
    if (!query) {
        m_banner->showMessage(MessageBanner::Kind::Info, drillDownHint(m_report->grouping));
        return;
    }
    Q_EMIT openOrdersRequested(*query, g.name);
}

} // namespace od
