#include "GanttChart.h"

#include "widgets/Formatting.h"

#include <QPainter>
#include <QPalette>

namespace od {

namespace {

constexpr int kRowHeight = 22;
constexpr int kAxisHeight = 24;
constexpr int kLabelWidth = 150;

} // namespace

GanttChart::GanttChart(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Plan chart"));
}

void GanttChart::setPlan(const OrderPlan& plan, const QDate& requested)
{
    m_plan = plan;
    m_requested = requested;
    m_first = QDate();
    m_last = QDate();
    for (const OrderPlanStep& s : plan.steps) {
        if (s.plannedStart.isValid() && (!m_first.isValid() || s.plannedStart < m_first))
            m_first = s.plannedStart;
        if (s.plannedFinish.isValid() && (!m_last.isValid() || s.plannedFinish > m_last))
            m_last = s.plannedFinish;
    }
    if (m_requested.isValid() && m_first.isValid()) {
        m_first = qMin(m_first, m_requested);
        m_last = qMax(m_last, m_requested);
    }
    m_current = -1;
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

void GanttChart::clear()
{
    setPlan(OrderPlan(), QDate());
}

void GanttChart::setCurrentStep(int index)
{
    m_current = index;
    update();
}

QSize GanttChart::sizeHint() const
{
    return {720, kAxisHeight + kRowHeight * int(qMax<qsizetype>(3, m_plan.steps.size())) + 4};
}

QSize GanttChart::minimumSizeHint() const
{
    return {320, kAxisHeight + kRowHeight * 3};
}

void GanttChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    if (!m_first.isValid() || m_plan.steps.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Open an order to see its plan."));
        return;
    }
    const int days = int(m_first.daysTo(m_last)) + 1;
    const int chartWidth = qMax(1, width() - kLabelWidth - 8);
    const double dayWidth = double(chartWidth) / days;
    const auto xOf = [&](const QDate& d) { return kLabelWidth + int(m_first.daysTo(d) * dayWidth); };

    // Axis: weekends shaded, a date label every few days.
    const int labelEvery = qMax(1, int(70 / qMax(1.0, dayWidth)));
    // The axis leaves room for the requested date's own label.
    const int requestedX = m_requested.isValid() ? xOf(m_requested.addDays(1)) : -1000;
    const bool requestedLabelLeft = requestedX + 120 >= width();
    const int labelFrom = requestedLabelLeft ? requestedX - 125 : requestedX;
    const int labelTo = requestedLabelLeft ? requestedX : requestedX + 125;
    for (int i = 0; i < days; ++i) {
        const QDate d = m_first.addDays(i);
        const int x = xOf(d);
        if (d.dayOfWeek() >= 6)
            p.fillRect(QRect(x, kAxisHeight, qMax(1, int(dayWidth)), height() - kAxisHeight),
                       pal.color(QPalette::AlternateBase));
        if (i % labelEvery == 0 && (x + 70 < labelFrom || x > labelTo)) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(x + 2, 0, 80, kAxisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       d.toString(QStringLiteral("MM-dd")));
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(x, kAxisHeight - 4, x, height());
        }
    }

    for (int row = 0; row < m_plan.steps.size(); ++row) {
        const OrderPlanStep& s = m_plan.steps[row];
        const int y = kAxisHeight + row * kRowHeight;
        if (row == m_current)
            p.fillRect(QRect(0, y, width(), kRowHeight), pal.color(QPalette::Highlight).lighter(170));
        p.setPen(pal.color(QPalette::Text));
        const QString label = s.lineNo > 0 ? tr("%1. L%2 %3").arg(row + 1).arg(s.lineNo).arg(s.name)
                                           : tr("%1. %2").arg(row + 1).arg(s.name);
        p.drawText(QRect(4, y, kLabelWidth - 8, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, kLabelWidth - 8));
        if (!s.plannedStart.isValid() || !s.plannedFinish.isValid())
            continue;
        QColor colour;
        switch (s.kind) {
        case StepKind::Work:
            colour = QColor(0x3b, 0x7d, 0xd8);
            break;
        case StepKind::Purchase:
        case StepKind::LeadTime:
            colour = QColor(0x9a, 0x9a, 0x9a);
            break;
        case StepKind::Shipping:
            colour = QColor(0x3a, 0xa8, 0x5b);
            break;
        }
        if (s.status == PlanStepStatus::Finished)
            colour = colour.lighter(150);
        const int x1 = xOf(s.plannedStart);
        const int x2 = xOf(s.plannedFinish.addDays(1));
        const QRect bar(x1, y + 4, qMax(3, x2 - x1 - 1), kRowHeight - 8);
        p.fillRect(bar, colour);
        if (m_requested.isValid() && s.plannedFinish > m_requested) {
            p.setPen(QPen(QColor(0xd0, 0x21, 0x21), 2));
            p.drawRect(bar);
        }
    }
    if (m_requested.isValid()) {
        const int x = xOf(m_requested.addDays(1));
        p.setPen(QPen(QColor(0xd0, 0x21, 0x21), 2, Qt::DashLine));
        p.drawLine(x, kAxisHeight - 6, x, height());
        if (x + 120 < width())
            p.drawText(QRect(x + 3, 0, 120, kAxisHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("requested"));
        else
            p.drawText(QRect(x - 123, 0, 120, kAxisHeight), Qt::AlignRight | Qt::AlignVCenter,
                       tr("requested"));
    }
}

} // namespace od
