#pragma once

#include "DashboardFigures.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QImage>
#include <QLocale>

class QPainter;

namespace od {

// Who the dashboard page is for and when it was made, printed in its heading.
struct DashboardDocumentHeading
{
    QString companyName;
    QString salespersonName; // empty: everyone's figures
    QString generatedBy;
    QDateTime generatedAt;
};

// The business dashboard (经营看板) on one A4 landscape page: the figures as tiles and the
// charts (intake by month, backlog by status, delivery on time, receivables ageing, work-centre
// load, late and at-risk orders) drawn with QPainter, so the PDF and a preview image are the same
// drawing. The fonts are embedded as in the other documents. Bar lengths are computed from the
// integer amounts; every printed amount is the exact decimal of its minor units.
class DashboardDocument
{
    Q_DECLARE_TR_FUNCTIONS(DashboardDocument)

public:
    static constexpr qreal PageWidthMm = 297.0; // A4 landscape
    static constexpr qreal PageHeightMm = 210.0;

    DashboardDocument(DashboardFigures figures, DashboardDocumentHeading heading, QLocale locale = QLocale());

    Status writePdf(QIODevice& device) const;
    // The page as an image on white paper at `dpi`.
    QImage renderPage(int dpi) const;

    // The amount shortened for a chart label: "123.4万" in Chinese, "1,234k" otherwise (exact
    // integer rounding, half away from zero).
    static QString shortMoney(Money amount, const QLocale& locale);

private:
    void paint(QPainter& painter, qreal dotsPerMm) const;

    DashboardFigures m_figures;
    DashboardDocumentHeading m_heading;
    QLocale m_locale;
};

} // namespace od
