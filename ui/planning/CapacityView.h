#pragma once

#include "main/WorkflowPage.h"

#include "Error.h"
#include "PlanningReports.h"

#include <QDate>
#include <QList>
#include <QStringList>

class QCheckBox;
class QSpinBox;
class QTableWidget;

namespace od {

class DateField;
class MessageBanner;
class Session;

// 产能 Capacity: every work centre's load per day (or per week) over a span of weeks, hours
// planned against hours available, overload in red; a cell clicked lists the plan steps that
// make up that day's (or week's) load.
class CapacityView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit CapacityView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    QString statusText() const override;

    void setRange(const QDate& from, int weeks);
    void setByWeek(bool byWeek);
    // Lists the steps of the cell's load (row = work centre, column = day or week).
    void showStepsOf(int row, int column);

    QTableWidget* grid() const { return m_grid; }
    QTableWidget* steps() const { return m_steps; }

private:
    void showError(const Error& error);

    Session& m_session;
    QList<CentreDayLoad> m_rows; // by centre, then date
    QStringList m_centres;
    int m_days = 0;
    int m_overloaded = 0;

    MessageBanner* m_banner = nullptr;
    DateField* m_from = nullptr;
    QSpinBox* m_weeks = nullptr;
    QCheckBox* m_byWeek = nullptr;
    QTableWidget* m_grid = nullptr;
    QTableWidget* m_steps = nullptr;
};

} // namespace od
