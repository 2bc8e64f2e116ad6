#pragma once

#include "Money.h"

#include <QStringList>
#include <Qt>

class QAbstractSeries;
class QChart;

namespace od::DashboardCharts {

// Money as the height of a bar: a chart needs a number to draw, never a sum to keep.
double barHeight(Money m);

// A share in basis points as people read it: "92.5 %".
QString percent(qint64 basisPoints);

// Empties a chart of its series and axes, to draw new figures in it.
void clear(QChart* chart);

// A category axis with `categories` along `categoryEdge` (bottom for columns, left for rows) and a
// value axis with nice round numbers along the other edge.
void addAxes(QChart* chart, QAbstractSeries* series, const QStringList& categories,
             Qt::Alignment categoryEdge = Qt::AlignBottom);

} // namespace od::DashboardCharts
