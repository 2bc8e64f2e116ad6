#include "BottlenecksView.h"

#include "BottleneckService.h"
#include "ShareBarDelegate.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Formatting.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace od {

namespace {

constexpr int StageRole = Qt::UserRole + 1;

QString days(const StageDurationFigures& f, bool median)
{
    return median ? StageDurationStats::daysTextFromHalfHours(f.medianHalfHours)
                  : StageDurationStats::daysText(f.p90Hours);
}

QString hundredths(qint64 h)
{
    return QStringLiteral("%1.%2").arg(h / 100).arg(h % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

BottlenecksView::BottlenecksView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    const QDate today = m_session.today();
    m_from = new QDateEdit(BottleneckService::defaultFrom(today), this);
    m_from->setObjectName(QStringLiteral("bottlenecksFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("bottlenecksTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_state = new QLabel(this);
    m_read = std::make_unique<BackgroundRead<BottleneckReport>>(m_session, m_state, this);
    m_state->setObjectName(QStringLiteral("bottlenecksState"));
    m_state->setWordWrap(true);
    auto* fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* filters = new QHBoxLayout;
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addSpacing(12);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_state, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bottlenecksTable"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Orders"), tr("Median (days)"),
                                        tr("90th percentile (days)"), tr("Share of lead time"),
                                        tr("Trend (median before)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(StageColumn, QHeaderView::Stretch);
    for (int c = OrdersColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    m_table->setColumnWidth(OrdersColumn, 90);
    m_table->setColumnWidth(MedianColumn, 120);
    m_table->setColumnWidth(P90Column, 160);
    m_table->setColumnWidth(ShareColumn, 200);
    m_table->setColumnWidth(TrendColumn, 170);
    m_table->setItemDelegateForColumn(ShareColumn, new ShareBarDelegate(m_table));
    m_table->setToolTip(tr("Press Enter or double-click a stage to see the orders behind it."));

    m_withoutWork = new QLabel(this);
    m_withoutWork->setObjectName(QStringLiteral("bottlenecksWithoutWork"));
    m_withoutWork->setWordWrap(true);
    m_withoutWork->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* withoutWork = new QGroupBox(tr("Time without work"), this);
    auto* withoutWorkLayout = new QVBoxLayout(withoutWork);
    withoutWorkLayout->addWidget(m_withoutWork);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(withoutWork);

    connect(m_from, &QDateEdit::dateChanged, this, &BottlenecksView::start);
    connect(m_to, &QDateEdit::dateChanged, this, &BottlenecksView::start);
    // Enter on a row and a double-click both activate it.
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openStage(index.row()); });

    start();
}

BottlenecksView::~BottlenecksView() = default;

bool BottlenecksView::isLoading() const
{
    return m_read->isLoading();
}

void BottlenecksView::reload()
{
    start();
}

QString BottlenecksView::statusText() const
{
    if (!m_report)
        return {};
    return tr("Bottlenecks from %1 to %2")
        .arg(Formatting::date(m_report->from), Formatting::date(m_report->to));
}

void BottlenecksView::start()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    // The figures of the last period read stay when a reading fails; the state line says why.
    m_read->start(
        tr("Reading the stage durations…"),
        [from, to](Session& worker) { return BottleneckService(worker).report(from, to); },
        [this](const BottleneckReport& r) { show(r); }, [this] { start(); }, [this] { Q_EMIT loaded(); });
}

void BottlenecksView::show(const BottleneckReport& r)
{
    m_report = r;
    m_state->setText(tr("Orders that left a stage from %1 to %2, against %3 to %4. Measured from the "
                        "recorded timeline and step dates.")
                         .arg(Formatting::date(r.from), Formatting::date(r.to),
                              Formatting::date(r.previousFrom), Formatting::date(r.previousTo)));
    const int current = m_table->currentRow();
    m_table->setRowCount(int(r.stages.size()));
    for (int row = 0; row < r.stages.size(); ++row) {
        const StageFigures& s = r.stages[row];
        const auto item = [&](int column, const QString& text, Qt::Alignment align = Qt::AlignRight) {
            auto* cell = new QTableWidgetItem(text);
            cell->setTextAlignment(align | Qt::AlignVCenter);
            cell->setData(StageRole, s.stage.key());
            if (s.worst) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
                cell->setBackground(QColor(0xff, 0xe0, 0xb2));
            }
            m_table->setItem(row, column, cell);
            return cell;
        };
        item(StageColumn, s.worst ? tr("%1 — bottleneck").arg(s.name) : s.name, Qt::AlignLeft);
        item(OrdersColumn, Formatting::count(s.current.spans));
        if (!s.hasData()) {
            item(MedianColumn, tr("no data"));
            item(P90Column, QString());
            item(ShareColumn, QString());
        } else {
            item(MedianColumn, days(s.current, true));
            item(P90Column, days(s.current, false));
            QTableWidgetItem* share =
                item(ShareColumn,
                     StageDurationStats::percentText(s.shareBasisPoints.value_or(0)) + QStringLiteral(" %"));
            share->setData(ShareBarDelegate::ShareRole, s.shareBasisPoints.value_or(0));
        }
        QString trend;
        QString tip;
        if (s.hasData() && s.hasPreviousData()) {
            const qint64 now = s.current.medianHalfHours, before = s.previous.medianHalfHours;
            trend = (now > before   ? QStringLiteral("▲ ")
                     : now < before ? QStringLiteral("▼ ")
                                    : QStringLiteral("= ")) +
                    days(s.previous, true);
            tip = tr("Before: %n order(s), median %1 days, 90th percentile %2 days.", nullptr,
                     int(s.previous.spans))
                      .arg(days(s.previous, true), days(s.previous, false));
        } else if (s.hasPreviousData()) {
            trend = days(s.previous, true);
        } else {
            trend = tr("no data before");
        }
        QTableWidgetItem* trendItem = item(TrendColumn, trend);
        trendItem->setToolTip(tip);
        if (s.hasData() && s.hasPreviousData() && s.current.medianHalfHours != s.previous.medianHalfHours)
            trendItem->setForeground(s.current.medianHalfHours > s.previous.medianHalfHours
                                         ? QColor(0xc6, 0x28, 0x28)
                                         : QColor(0x2e, 0x7d, 0x32));
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::clamp(current, 0, m_table->rowCount() - 1), StageColumn);

    QStringList lines;
    lines << tr("Re-confirmations: %n time(s) an order already confirmed was confirmed again", nullptr,
                int(r.reconfirmations.current.spans)) +
                 (r.reconfirmationsPerOrderHundredths()
                      ? tr(", %1 per order confirmed for the first time")
                            .arg(hundredths(*r.reconfirmationsPerOrderHundredths()))
                      : QString()) +
                 (r.reconfirmations.hasData()
                      ? tr("; median %1 days between them").arg(days(r.reconfirmations.current, true))
                      : QString());
    lines << tr("Change requests: %n request(s)", nullptr, int(r.changeRequests)) +
                 tr(" on %n order(s)", nullptr, int(r.ordersWithChanges)) +
                 (r.changesPerOrderHundredths() ? tr(", %1 per order confirmed for the first time")
                                                      .arg(hundredths(*r.changesPerOrderHundredths()))
                                                : QString());
    if (r.longestHandOffs.isEmpty()) {
        lines << tr("Hand-offs: no hand-over between people or work centres was recorded in the period.");
    } else {
        QStringList handOffs;
        for (const StageFigures& s : r.longestHandOffs)
            handOffs << tr("%1 (90%: %2 days)").arg(s.name, days(s.current, false));
        lines << tr("Hand-offs that wait longest: %1.").arg(handOffs.join(tr("; ")));
    }
    m_withoutWork->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT statusTextChanged();
}

void BottlenecksView::openStage(int row)
{
    if (!m_report || row < 0 || row >= m_report->stages.size())
        return;
    const StageFigures& s = m_report->stages[row];
    Q_EMIT openOrdersRequested(BottleneckService::ordersBehind(s.stage, m_report->from, m_report->to),
                               s.name);
}

} // namespace od
