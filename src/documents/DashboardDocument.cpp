#include "DashboardDocument.h"

#include "DocumentNumberFormat.h"
#include "FixedPoint.h"
#include "PagedDocumentRenderer.h"
#include "PdfTextRepair.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace od {

namespace {

constexpr int PdfDpi = 300;
constexpr qreal MarginMm = 12.0;

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x66, 0x66, 0x66);
const QColor Rule(0xCC, 0xCC, 0xCC);
const QColor Tile(0xF3, 0xF5, 0xF8);
const QColor Blue(0x2F, 0x6F, 0xB3);
const QColor Green(0x3A, 0x9A, 0x5B);
const QColor Orange(0xE0, 0x8A, 0x2E);
const QColor Red(0xC6, 0x3B, 0x3B);
const QColor Grey(0xA8, 0xA8, 0xA8);

// value / max of `length`, in integers: a bar's length never goes through a floating-point amount.
qreal share(qint64 value, qint64 max, qreal length)
{
    if (max <= 0 || value <= 0)
        return 0;
    const qint64 perMille = qint64((Int128(qMin(value, max)) * 1000) / max);
    return length * qreal(perMille) / 1000.0;
}

// Rounds value / divisor half away from zero.
qint64 roundedDiv(qint64 value, qint64 divisor)
{
    const qint64 q = value / divisor;
    const qint64 r = value % divisor;
    if (2 * qAbs(r) >= divisor)
        return q + (value < 0 ? -1 : 1);
    return q;
}

struct Bar
{
    QString label;
    qint64 value = 0;
    QString text; // printed at the bar's end
    QColor colour = Blue;
};

class Canvas
{
public:
    Canvas(QPainter& painter, qreal dotsPerMm) : p(painter), k(dotsPerMm) {}

    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return QRectF(x * k, y * k, w * k, h * k); }
    QPointF point(qreal x, qreal y) const { return QPointF(x * k, y * k); }

    void font(qreal points, bool bold = false)
    {
        QFont f(PagedDocumentRenderer::fontFamily());
        f.setStyleStrategy(QFont::PreferNoShaping);
        f.setPointSizeF(points);
        f.setBold(bold);
        p.setFont(f);
    }

    // The largest size from `points` down to `smallest` at which `s` fits `widthMm` on one line.
    void fittingFont(const QString& s, qreal widthMm, qreal points, qreal smallest, bool bold = false)
    {
        for (qreal size = points; size >= smallest; size -= 0.5) {
            font(size, bold);
            if (QFontMetricsF(p.font(), p.device()).horizontalAdvance(s) <= widthMm * k)
                return;
        }
    }

    void text(qreal x, qreal y, qreal w, qreal h, const QString& s, int flags, const QColor& colour = Ink)
    {
        p.setPen(colour);
        p.drawText(rect(x, y, w, h), flags, s);
    }

    void fill(qreal x, qreal y, qreal w, qreal h, const QColor& colour)
    {
        p.fillRect(rect(x, y, w, h), colour);
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2, const QColor& colour, qreal widthMm = 0.2)
    {
        p.setPen(QPen(colour, widthMm * k));
        p.drawLine(point(x1, y1), point(x2, y2));
    }

    // A titled panel; returns the area below the title.
    QRectF panel(qreal x, qreal y, qreal w, qreal h, const QString& title)
    {
        p.setPen(QPen(Rule, 0.25 * k));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect(x, y, w, h));
        font(8.5, true);
        text(x + 3, y + 1.5, w - 6, 6, title, Qt::AlignLeft | Qt::AlignVCenter);
        return QRectF(x + 3, y + 9, w - 6, h - 11);
    }

    void note(const QRectF& area, const QString& s)
    {
        font(7.5);
        text(area.x(), area.y(), area.width(), area.height(), s, Qt::AlignCenter | Qt::TextWordWrap, Muted);
    }

    // Vertical bars along the bottom of `area` (mm), labels under them.
    // `max` 0: the largest value is the full height.
    void columns(const QRectF& area, const QList<Bar>& bars, qint64 max = 0)
    {
        if (max <= 0)
            for (const Bar& b : bars)
                max = qMax(max, b.value);
        const qreal labelH = 5, valueH = 4;
        const qreal chartH = area.height() - labelH - valueH;
        const qreal slot = area.width() / qMax<qsizetype>(bars.size(), 1);
        const qreal bottom = area.y() + valueH + chartH;
        line(area.x(), bottom, area.right(), bottom, Rule);
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Bar& b = bars[i];
            const qreal h = share(b.value, max, chartH);
            const qreal x = area.x() + slot * i;
            fill(x + slot * 0.18, bottom - h, slot * 0.64, h, b.colour);
            font(5.5);
            text(x - 2, bottom - h - valueH, slot + 4, valueH, b.text, Qt::AlignHCenter | Qt::AlignBottom,
                 Ink);
            font(6);
            text(x - 1, bottom + 0.5, slot + 2, labelH, b.label, Qt::AlignHCenter | Qt::AlignTop, Muted);
        }
    }

    // Horizontal bars, one row each: label left, bar, text right. `max` 0: the largest value.
    void rows(const QRectF& area, const QList<Bar>& bars, qint64 max = 0, qreal labelW = 24, qreal textW = 26)
    {
        if (max <= 0)
            for (const Bar& b : bars)
                max = qMax(max, b.value);
        const qreal rowH = qMin<qreal>(7.5, area.height() / qMax<qsizetype>(bars.size(), 1));
        const qreal barW = area.width() - labelW - textW - 2;
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Bar& b = bars[i];
            const qreal y = area.y() + rowH * i;
            font(6.5);
            text(area.x(), y, labelW - 1, rowH, b.label, Qt::AlignLeft | Qt::AlignVCenter, Ink);
            fill(area.x() + labelW, y + rowH * 0.2, qMax<qreal>(share(b.value, max, barW), 0.3), rowH * 0.6,
                 b.colour);
            font(6);
            text(area.right() - textW, y, textW, rowH, b.text, Qt::AlignRight | Qt::AlignVCenter, Ink);
        }
    }

    QPainter& p;
    qreal k;
};

} // namespace

DashboardDocument::DashboardDocument(DashboardFigures figures, DashboardDocumentHeading heading,
                                     QLocale locale)
    : m_figures(std::move(figures)), m_heading(std::move(heading)), m_locale(std::move(locale))
{
}

QString DashboardDocument::shortMoney(Money amount, const QLocale& locale)
{
    if (locale.language() == QLocale::Chinese) {
        // 万元 with one decimal: tenths of 10,000 yuan = 100,000 fen.
        const qint64 tenths = roundedDiv(amount.minor(), 100'000);
        const QString digits = QStringLiteral("%1%2.%3")
                                   .arg(tenths < 0 ? QStringLiteral("-") : QString())
                                   .arg(locale.toString(qAbs(tenths) / 10))
                                   .arg(qAbs(tenths) % 10);
        return digits + QStringLiteral("万");
    }
    return locale.toString(roundedDiv(amount.minor(), 100'000)) + u'k';
}

void DashboardDocument::paint(QPainter& painter, qreal dotsPerMm) const
{
    const DashboardFigures& f = m_figures;
    const DocumentNumberFormat numbers(m_locale);
    Canvas c(painter, dotsPerMm);
    const qreal left = MarginMm, width = PageWidthMm - 2 * MarginMm;
    auto month = [](const QDate& d) { return d.toString(QStringLiteral("yyyy-MM")); };
    auto money = [&](Money m) { return numbers.money(m); };

    // Heading: what, whose, when.
    c.font(16, true);
    c.text(left, MarginMm - 2, width, 9, tr("Business dashboard %1").arg(month(f.month)),
           Qt::AlignLeft | Qt::AlignVCenter);
    c.font(10);
    c.text(left, MarginMm - 2, width, 9, m_heading.companyName, Qt::AlignRight | Qt::AlignVCenter, Muted);
    c.font(7.5);
    QString whose = m_heading.salespersonName.isEmpty()
                        ? tr("Salesperson: everyone")
                        : tr("Salesperson: %1").arg(m_heading.salespersonName);
    if (!f.customerName.isEmpty())
        whose += QStringLiteral(" · ") + tr("Customer: %1").arg(f.customerName);
    c.text(left, MarginMm + 7, width, 5,
           tr("%1 · Month: %2 · Amounts in %3 · Generated %4 by %5")
               .arg(whose, month(f.month), f.currency,
                    m_heading.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    m_heading.generatedBy),
           Qt::AlignLeft | Qt::AlignVCenter, Muted);
    c.line(left, MarginMm + 13, left + width, MarginMm + 13, Rule, 0.3);

    // Figures as tiles.
    struct Figure
    {
        QString label;
        QString value;
        QString detail;
        QColor accent = Blue;
    };
    auto change = [&](const MonthIntake& now, const MonthIntake& then) {
        if (then.value.minor() <= 0)
            return tr("%1: no intake").arg(month(then.month));
        // The change in basis points from the integer amounts, rounded half away from zero.
        const qint64 v = qint64(
            fixed::roundDiv(Int128(now.value.minor() - then.value.minor()) * 10000, then.value.minor()));
        return QStringLiteral("%1%2.%3 %")
            .arg(v < 0 ? QStringLiteral("−") : QStringLiteral("+"))
            .arg(qAbs(v) / 100)
            .arg(qAbs(v) % 100, 2, 10, QLatin1Char('0'));
    };
    const std::optional<qint64> rate = f.onTimeBasisPoints();
    QList<Figure> tiles{
        {tr("Intake %1").arg(month(f.thisMonth.month)), money(f.thisMonth.value),
         tr("%n order(s)", nullptr, int(f.thisMonth.orders)), Blue},
        {tr("Against last month"), change(f.thisMonth, f.lastMonth),
         tr("%1: %2").arg(month(f.lastMonth.month), money(f.lastMonth.value)), Blue},
        {tr("Against a year ago"), change(f.thisMonth, f.sameMonthLastYear),
         tr("%1: %2").arg(month(f.sameMonthLastYear.month), money(f.sameMonthLastYear.value)), Blue},
        {tr("Backlog"), money(f.backlogValue), tr("%n open order(s)", nullptr, int(f.backlogOrders)), Blue},
        {tr("On time (90 days)"),
         rate ? QStringLiteral("%1.%2 %").arg(*rate / 100).arg(*rate % 100, 2, 10, QLatin1Char('0'))
              : tr("none"),
         tr("%1 of %n shipped with a promise", nullptr, int(f.shipped - f.shippedWithoutPromise))
             .arg(f.shippedOnTime),
         Green},
        {tr("Late"), money(f.lateValue), tr("%n order(s) past the promise", nullptr, int(f.lateOrders)), Red},
        {tr("At risk"), money(f.atRiskValue), tr("%n order(s)", nullptr, int(f.atRiskOrders)), Orange},
        {tr("Open exceptions"), m_locale.toString(f.openExceptions), QString(), Orange}};
    if (f.receivablesShown) {
        tiles << Figure{tr("Receivables overdue"), money(f.overdueReceivables),
                        tr("of %1 outstanding").arg(money(f.receivablesOutstanding)), Red}
              << Figure{tr("Days sales outstanding"),
                        f.dsoTenths
                            ? QStringLiteral("%1.%2").arg(*f.dsoTenths / 10).arg(qAbs(*f.dsoTenths % 10))
                            : tr("none"),
                        tr("over the last 90 days"), Blue};
    }
    const qreal gap = 2.5;
    const qreal tileW = (width - gap * (tiles.size() - 1)) / tiles.size();
    const qreal tileY = MarginMm + 16, tileH = 24;
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const qreal x = left + i * (tileW + gap);
        c.fill(x, tileY, tileW, tileH, Tile);
        c.fill(x, tileY, 0.9, tileH, tiles[i].accent);
        c.fittingFont(tiles[i].label, tileW - 3.5, 6.5, 5);
        c.text(x + 2.5, tileY + 1.5, tileW - 3.5, 5, tiles[i].label, Qt::AlignLeft | Qt::AlignVCenter, Muted);
        c.fittingFont(tiles[i].value, tileW - 3.5, 10.5, 6, true);
        c.text(x + 2.5, tileY + 7, tileW - 3.5, 8, tiles[i].value, Qt::AlignLeft | Qt::AlignVCenter);
        c.font(5.8);
        c.text(x + 2.5, tileY + 15.5, tileW - 3.5, 8, tiles[i].detail,
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, Muted);
    }

    // Charts: two rows of four panels.
    const qreal chartsY = tileY + tileH + 5;
    const qreal panelGap = 4;
    const qreal panelW = (width - 3 * panelGap) / 4;
    const qreal panelH = (PageHeightMm - MarginMm - chartsY - panelGap) / 2;
    auto panelAt = [&](int column, int row, const QString& title) {
        return c.panel(left + column * (panelW + panelGap), chartsY + row * (panelH + panelGap), panelW,
                       panelH, title);
    };

    {
        const QRectF area = panelAt(0, 0, tr("Order intake by month (%1)").arg(f.currency));
        QList<Bar> bars;
        for (const MonthIntake& m : f.intakeByMonth)
            bars << Bar{m.month.toString(QStringLiteral("MM")), m.value.minor(),
                        shortMoney(m.value, m_locale), m.month == f.month ? Blue.darker(130) : Blue};
        if (bars.isEmpty())
            c.note(area, tr("No orders yet."));
        else
            c.columns(area, bars);
    }
    {
        const QRectF area = panelAt(1, 0, tr("Backlog by status (%1)").arg(f.currency));
        QList<Bar> bars;
        for (const StatusBacklog& b : f.backlogByStatus)
            bars << Bar{OrderStatusInfo::displayName(b.status), b.value.minor(),
                        tr("%1 · %n order(s)", nullptr, int(b.orders)).arg(shortMoney(b.value, m_locale))};
        if (f.backlogOrders == 0)
            c.note(area, tr("No open orders."));
        else
            c.rows(area, bars, 0, 22, 30);
    }
    {
        const QRectF area = panelAt(2, 0, tr("On-time delivery by month (%)"));
        QList<Bar> bars;
        bool any = false;
        for (const MonthOnTime& m : f.onTimeByMonth) {
            const std::optional<qint64> bp = m.basisPoints();
            any = any || bp.has_value();
            bars << Bar{m.month.toString(QStringLiteral("MM")), bp.value_or(0),
                        bp ? QString::number(roundedDiv(*bp, 100)) : QStringLiteral("–"),
                        bp && *bp < 9000 ? Orange : Green};
        }
        if (!any)
            c.note(area, tr("No order with a promised date shipped in these 12 months."));
        else
            c.columns(area, bars, 10000);
    }
    auto customerBars = [&](const QList<CustomerFigure>& customers, const QColor& colour) {
        QList<Bar> bars;
        for (const CustomerFigure& cf : customers)
            bars << Bar{cf.name.isEmpty() ? cf.code : cf.name, cf.amount.minor(),
                        shortMoney(cf.amount, m_locale), colour};
        return bars;
    };
    {
        const QRectF area = panelAt(3, 0, tr("Top customers by order value, 12 months (%1)").arg(f.currency));
        if (f.customerId > 0)
            c.note(area, tr("Narrowed to one customer."));
        else if (f.topByValue.isEmpty())
            c.note(area, tr("No orders yet."));
        else
            c.rows(area, customerBars(f.topByValue, Blue), 0, 24, 16);
    }
    {
        const QRectF area = panelAt(3, 1, tr("Top customers by overdue amount (%1)").arg(f.currency));
        if (!f.receivablesShown)
            c.note(area, tr("Receivables are shown to finance and managers for the whole company."));
        else if (f.customerId > 0)
            c.note(area, tr("Narrowed to one customer."));
        else if (f.topByOverdue.isEmpty())
            c.note(area, tr("No invoice is overdue."));
        else
            c.rows(area, customerBars(f.topByOverdue, Red), 0, 24, 16);
    }
    {
        const QRectF area = panelAt(0, 1, tr("Receivables ageing (%1)").arg(f.currency));
        if (!f.receivablesShown) {
            c.note(area, tr("Receivables are shown to finance and managers for the whole company."));
        } else {
            QList<Bar> bars;
            const QList<QColor> colours{Green, Blue, Orange, Red, Red.darker(130)};
            int i = 0;
            for (AgeingBucket bucket : ReceivablesAgeing::all())
                bars << Bar{ReceivablesAgeing::displayName(bucket), f.ageing[bucket].minor(),
                            shortMoney(f.ageing[bucket], m_locale), colours.value(i++, Blue)};
            c.columns(area, bars);
        }
    }
    {
        const QRectF area =
            panelAt(1, 1, tr("Work-centre load, next %n week(s)", nullptr, int(f.load.isEmpty() ? 0 : 8)));
        if (!f.loadShown || f.load.isEmpty()) {
            c.note(area,
                   f.loadShown ? tr("No work centres.") : tr("Work-centre load is not shown to this user."));
        } else {
            // Planned against available hours per centre over the weeks, the bar's end at 150 %.
            QMap<QString, std::pair<qint64, qint64>> byCentre;
            QStringList order;
            for (const CentreWeekLoad& w : f.load) {
                if (!byCentre.contains(w.workCentre))
                    order << w.workCentre;
                auto& sums = byCentre[w.workCentre];
                sums.first += w.planned.raw();
                sums.second += w.available.raw();
            }
            QList<Bar> bars;
            for (const QString& centre : std::as_const(order)) {
                const auto [planned, available] = byCentre.value(centre);
                const qint64 percent = available > 0 ? roundedDiv(planned * 100, available) : 0;
                bars << Bar{centre, available > 0 ? qint64((Int128(planned) * 1000) / available) : 0,
                            available > 0 ? QStringLiteral("%1 %").arg(percent) : tr("no capacity"),
                            percent > 100 ? Red : (percent > 85 ? Orange : Green)};
            }
            const QRectF rowsArea(area.x(), area.y(), area.width(), area.height() - 5);
            c.rows(rowsArea, bars, 1500, 16, 12);
            // The 100 % mark.
            const qreal barX = rowsArea.x() + 16;
            const qreal barW = rowsArea.width() - 16 - 12 - 2;
            const qreal x100 = barX + share(1000, 1500, barW);
            c.line(x100, rowsArea.y(), x100,
                   rowsArea.y() + qMin<qreal>(7.5, rowsArea.height() / bars.size()) * bars.size(), Ink, 0.25);
            c.font(6);
            c.text(area.x(), area.bottom() - 4.5, area.width(), 4.5,
                   tr("Planned hours against capacity; the line is 100 %."), Qt::AlignLeft | Qt::AlignVCenter,
                   Muted);
        }
    }
    {
        const QRectF area = panelAt(2, 1, tr("Open orders behind their promise (%1)").arg(f.currency));
        const QList<Bar> bars{
            {tr("Backlog"), f.backlogValue.minor(),
             tr("%1 · %n order(s)", nullptr, int(f.backlogOrders)).arg(shortMoney(f.backlogValue, m_locale)),
             Blue},
            {tr("At risk"), f.atRiskValue.minor(),
             tr("%1 · %n order(s)", nullptr, int(f.atRiskOrders)).arg(shortMoney(f.atRiskValue, m_locale)),
             Orange},
            {tr("Late"), f.lateValue.minor(),
             tr("%1 · %n order(s)", nullptr, int(f.lateOrders)).arg(shortMoney(f.lateValue, m_locale)), Red}};
        c.rows(QRectF(area.x(), area.y(), area.width(), 24), bars, 0, 16, 30);
        if (f.otherCurrencyOrders > 0) {
            c.font(6.5);
            c.text(area.x(), area.y() + 26, area.width(), 10,
                   tr("%n order(s) in other currencies are counted but not in the values.", nullptr,
                      int(f.otherCurrencyOrders)),
                   Qt::AlignLeft | Qt::TextWordWrap, Muted);
        }
    }
}

Status DashboardDocument::writePdf(QIODevice& device) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        writer.setTitle(tr("Business dashboard %1").arg(m_figures.month.toString(QStringLiteral("yyyy-MM"))));
        writer.setCreator(QStringLiteral("OrderDesk"));
        QPainter painter;
        if (!painter.begin(&writer))
            return std::unexpected(Error::storage(tr("Cannot start the PDF file.")));
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, PdfDpi / 25.4);
        painter.end();
    }
    buffer.close();
    pdf = PdfTextRepair::repaired(std::move(pdf), PagedDocumentRenderer::fontFamily());
    if (device.write(pdf) != pdf.size())
        return std::unexpected(Error::storage(tr("Cannot write the PDF file: %1").arg(device.errorString())));
    return {};
}

QImage DashboardDocument::renderPage(int dpi) const
{
    const qreal dotsPerMm = dpi / 25.4;
    QImage image(qRound(PageWidthMm * dotsPerMm), qRound(PageHeightMm * dotsPerMm), QImage::Format_RGB32);
    const int dotsPerMetre = qRound(dotsPerMm * 1000.0);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(painter, dotsPerMm);
    return image;
}

} // namespace od
