#include "CapacityView.h"

#include "PlanningService.h"
#include "widgets/DateField.h"
#include "widgets/Formatting.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

const QColor kOverload(0xf4, 0xc7, 0xc3);
const QColor kOverloadText(0xb7, 0x1c, 0x1c);

QTableWidgetItem* cell(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setTextAlignment(Qt::AlignCenter);
    return i;
}

QString stepStatus(PlanStepStatus status)
{
    switch (status) {
    case PlanStepStatus::Pending:
        return CapacityView::tr("not started");
    case PlanStepStatus::Started:
        return CapacityView::tr("started");
    case PlanStepStatus::Finished:
        return CapacityView::tr("finished");
    }
    return {};
}

} // namespace

CapacityView::CapacityView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto* controls = new QHBoxLayout;
    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("capacityFrom"));
    m_from->setDate(m_session.today());
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from->lineEdit());
    m_weeks = new QSpinBox(this);
    m_weeks->setObjectName(QStringLiteral("capacityWeeks"));
    m_weeks->setRange(1, 52);
    m_weeks->setValue(12);
    m_weeks->setSuffix(tr(" weeks"));
    auto* weeksLabel = new QLabel(tr("&Span:"), this);
    weeksLabel->setBuddy(m_weeks);
    m_byWeek = new QCheckBox(tr("Sum by &week"), this);
    m_byWeek->setObjectName(QStringLiteral("capacityByWeek"));
    auto* show = new QPushButton(tr("&Update"), this);
    show->setObjectName(QStringLiteral("capacityShow"));
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(weeksLabel);
    controls->addWidget(m_weeks);
    controls->addWidget(m_byWeek);
    controls->addWidget(show);
    controls->addStretch(1);
    layout->addLayout(controls);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_grid = new QTableWidget(splitter);
    m_grid->setObjectName(QStringLiteral("capacityGrid"));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setToolTip(tr("Hours planned / hours available. Red: more planned than available."));
    m_steps = new QTableWidget(0, 7, splitter);
    m_steps->setObjectName(QStringLiteral("capacitySteps"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Date"), tr("Order"), tr("Customer"), tr("Step"), tr("Hours"), tr("Owner"), tr("Status")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_steps);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(show, &QPushButton::clicked, this, &CapacityView::reload);
    connect(m_byWeek, &QCheckBox::toggled, this, &CapacityView::reload);
    connect(m_grid, &QTableWidget::cellClicked, this, &CapacityView::showStepsOf);
    connect(m_grid, &QTableWidget::cellActivated, this, &CapacityView::showStepsOf);
    connect(m_steps, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto* item = m_steps->item(row, 1))
            Q_EMIT openOrderRequested(item->data(Qt::UserRole).toLongLong());
    });
    reload();
}

void CapacityView::setRange(const QDate& from, int weeks)
{
    m_from->setDate(from);
    m_weeks->setValue(weeks);
    reload();
}

void CapacityView::setByWeek(bool byWeek)
{
    m_byWeek->setChecked(byWeek); // reloads when it changes
}

void CapacityView::reload()
{
    m_banner->dismiss();
    if (!m_from->isValidInput() || m_from->date().isNull()) {
        showError(Error::invalid(tr("Type the first day to show, e.g. 2026-07-06."), QStringLiteral("from")));
        return;
    }
    const QDate from = m_from->date();
    const QDate to = from.addDays(qint64(m_weeks->value()) * 7 - 1);
    auto rows = PlanningService(m_session).load(from, to);
    if (!rows) {
        showError(rows.error());
        return;
    }
    m_rows = *rows;
    m_days = int(from.daysTo(to)) + 1;
    m_centres.clear();
    QStringList names;
    for (qsizetype i = 0; i < m_rows.size(); i += m_days) {
        m_centres << m_rows[i].workCentre;
        names << tr("%1 %2").arg(m_rows[i].workCentre, m_rows[i].workCentreName);
    }
    const bool byWeek = m_byWeek->isChecked();
    const int columns = byWeek ? m_weeks->value() : m_days;
    m_grid->clear();
    m_grid->setRowCount(int(m_centres.size()));
    m_grid->setColumnCount(columns);
    m_grid->setVerticalHeaderLabels(names);
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        const QDate d = from.addDays(byWeek ? c * 7 : c);
        headers << (byWeek ? tr("Week of %1").arg(d.toString(QStringLiteral("MM-dd")))
                           : QLocale().toString(d, QStringLiteral("MM-dd ddd")));
    }
    m_grid->setHorizontalHeaderLabels(headers);
    m_overloaded = 0;
    for (int r = 0; r < m_centres.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            qint64 planned = 0;
            qint64 available = 0;
            const int first = byWeek ? c * 7 : c;
            const int last = byWeek ? qMin(m_days, first + 7) : first + 1;
            for (int d = first; d < last; ++d) {
                const CentreDayLoad& day = m_rows[qsizetype(r) * m_days + d];
                planned += day.planned.raw();
                available += day.available.raw();
            }
            QString text;
            if (planned || available)
                text = tr("%1 / %2").arg(Hours::fromRaw(planned).toDecimalString(),
                                         Hours::fromRaw(available).toDecimalString());
            auto* item = cell(text);
            if (planned > available) {
                item->setBackground(kOverload);
                item->setForeground(kOverloadText);
                item->setData(Qt::UserRole, true);
                ++m_overloaded;
            } else if (!available) {
                item->setBackground(palette().color(QPalette::AlternateBase));
            }
            m_grid->setItem(r, c, item);
        }
    }
    m_grid->resizeColumnsToContents();
    m_steps->setRowCount(0);
    Q_EMIT statusTextChanged();
}

QString CapacityView::statusText() const
{
    return tr("%n work centre(s); %1", nullptr, int(m_centres.size()))
        .arg(m_byWeek->isChecked() ? tr("%n overloaded week(s)", nullptr, m_overloaded)
                                   : tr("%n overloaded day(s)", nullptr, m_overloaded));
}

void CapacityView::showStepsOf(int row, int column)
{
    if (row < 0 || row >= m_centres.size() || column < 0)
        return;
    const bool byWeek = m_byWeek->isChecked();
    const int first = byWeek ? column * 7 : column;
    const int last = byWeek ? qMin(m_days, first + 7) : qMin(m_days, first + 1);
    m_steps->setRowCount(0);
    PlanningService planning(m_session);
    for (int d = first; d < last; ++d) {
        const CentreDayLoad& day = m_rows[qsizetype(row) * m_days + d];
        if (!day.planned.isPositive())
            continue;
        auto steps = planning.stepsOnDay(m_centres[row], day.date);
        if (!steps) {
            showError(steps.error());
            return;
        }
        for (const StepDayLoad& s : std::as_const(*steps)) {
            const int r = m_steps->rowCount();
            m_steps->insertRow(r);
            m_steps->setItem(r, 0, cell(Formatting::date(day.date)));
            auto* order = cell(s.orderNo);
            order->setData(Qt::UserRole, s.orderId);
            m_steps->setItem(r, 1, order);
            m_steps->setItem(r, 2, cell(s.customerName));
            m_steps->setItem(r, 3, cell(tr("line %1: %2").arg(s.lineNo).arg(s.name)));
            m_steps->setItem(r, 4, cell(s.hours.toDecimalString()));
            m_steps->setItem(r, 5, cell(s.ownerName));
            m_steps->setItem(r, 6, cell(stepStatus(s.status)));
        }
    }
    m_steps->resizeColumnsToContents();
}

void CapacityView::showError(const Error& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}

} // namespace od
