#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

namespace od::DashboardCharts {

double barHeight(Money m)
{
    return double(m.minor()) / 100.0;
}

QString percent(qint64 basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100.0, 'f', 1) + QStringLiteral(" %");
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
}

void addAxes(QChart* chart, QAbstractSeries* series, const QStringList& categories,
             Qt::Alignment categoryEdge)
{
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    // Months ("10月", "Oct") and statuses along the bottom are short: shown whole even where a
    // narrow chart gives each bar less room than Qt Charts would allow them ("1…").
    if (categoryEdge == Qt::AlignBottom)
        x->setTruncateLabels(false);
    chart->addAxis(x, categoryEdge);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, categoryEdge == Qt::AlignBottom ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(y);
    y->applyNiceNumbers();
}

} // namespace od::DashboardCharts
