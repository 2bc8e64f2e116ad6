#include "BenchReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::bench {

namespace {

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

QString pad(const QString& s, int width, bool right = false)
{
    const QString fill(qMax(0, width - int(s.size())), u' ');
    return right ? fill + s : s + fill;
}

} // namespace

void BenchReport::printTable(QTextStream& out, const QList<BenchResult>& results)
{
    int nameWidth = 9;
    for (const BenchResult& r : results)
        nameWidth = qMax(nameWidth, int(r.name.size()));
    out << pad(QStringLiteral("operation"), nameWidth) << "  " << pad(QStringLiteral("median ms"), 10, true)
        << "  " << pad(QStringLiteral("sqlite ms"), 10, true) << "  " << pad(QStringLiteral("ratio"), 6, true)
        << "  " << pad(QStringLiteral("budget"), 14) << "  result\n";
    for (const BenchResult& r : results) {
        const auto ratio = r.ratio();
        QString budget = QStringLiteral("<= %1 ms").arg(r.budgetMs);
        if (r.budgetRatio)
            budget += QStringLiteral(", %1x").arg(*r.budgetRatio);
        out << pad(r.name, nameWidth) << "  " << pad(ms(r.medianMs), 10, true) << "  "
            << pad(r.sqliteMedianMs ? ms(*r.sqliteMedianMs) : QStringLiteral("-"), 10, true) << "  "
            << pad(ratio ? QString::number(*ratio, 'f', 2) : QStringLiteral("-"), 6, true) << "  "
            << pad(budget, 14) << "  " << (r.withinBudget() ? "ok" : "OVER BUDGET") << '\n';
    }
    out << '\n';
    for (const BenchResult& r : results)
        if (!r.note.isEmpty())
            out << r.name.trimmed() << ": " << r.note << '\n';
    out.flush();
}

QByteArray BenchReport::json(const QList<BenchResult>& results)
{
    QJsonArray array;
    for (const BenchResult& r : results) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), r.name.trimmed());
        o.insert(QStringLiteral("median_ms"), r.medianMs);
        o.insert(QStringLiteral("sqlite_median_ms"),
                 r.sqliteMedianMs ? QJsonValue(*r.sqliteMedianMs) : QJsonValue());
        const auto ratio = r.ratio();
        o.insert(QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue());
        o.insert(QStringLiteral("budget_ms"), r.budgetMs);
        o.insert(QStringLiteral("budget_ratio"), r.budgetRatio ? QJsonValue(*r.budgetRatio) : QJsonValue());
        o.insert(QStringLiteral("within_budget"), r.withinBudget());
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace od::bench
