#include "PeriodLock.h"

#include <QRegularExpression>

#include <algorithm>

namespace od {

PeriodLock::PeriodLock(const QList<QDate>& closedMonths)
{
    for (const QDate& d : closedMonths)
        if (d.isValid())
            m_closed.insert(index(d));
}

QString PeriodLock::monthKey(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

std::optional<QDate> PeriodLock::monthFromKey(QStringView key)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(key.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return first;
}

bool PeriodLock::isClosed(const QDate& date) const
{
    return date.isValid() && m_closed.contains(index(date));
}

Status PeriodLock::check(const QDate& date) const
{
    if (!isClosed(date))
        return {};
    return std::unexpected(
        Error::invalid(tr("%1 falls in %2, a closed month: nothing dated in it can be created "
                          "or changed.")
                           .arg(date.toString(Qt::ISODate), monthKey(date)),
                       QStringLiteral("date")));
}

Status PeriodLock::canClose(const QDate& month, const QDate& today) const
{
    if (!month.isValid())
        return std::unexpected(Error::invalid(tr("Choose the month to close."), QStringLiteral("month")));
    if (isClosed(month))
        return std::unexpected(
            Error::invalid(tr("%1 is already closed.").arg(monthKey(month)), QStringLiteral("month")));
    const QDate lastDay(month.year(), month.month(), month.daysInMonth());
    if (!today.isValid() || today <= lastDay)
        return std::unexpected(Error::invalid(
            tr("%1 has not ended yet; a month is closed after its last day.").arg(monthKey(month)),
            QStringLiteral("month")));
    return {};
}

QList<QDate> PeriodLock::closedMonths() const
{
    QList<int> sorted(m_closed.cbegin(), m_closed.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<QDate> out;
    for (int i : sorted)
        out << QDate(i / 12, i % 12 + 1, 1);
    return out;
}

} // namespace od
