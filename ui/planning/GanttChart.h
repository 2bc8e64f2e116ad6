#pragma once

#include "OrderPlan.h"

#include <QDate>
#include <QWidget>

namespace od {

// A plan drawn as bars on a calendar (a Gantt chart): one row per step, from its start to its
// finish day, work on a centre in blue, bought-in material and lead times in grey, shipping in
// green; the requested date is a red line and a step finishing after it is drawn red.
class GanttChart : public QWidget
{
    Q_OBJECT

public:
    explicit GanttChart(QWidget* parent = nullptr);

    void setPlan(const OrderPlan& plan, const QDate& requested);
    void clear();
    // The step row highlighted (-1 = none).
    void setCurrentStep(int index);

    // The first and last day drawn.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    OrderPlan m_plan;
    QDate m_requested;
    QDate m_first;
    QDate m_last;
    int m_current = -1;
};

} // namespace od
