#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace od {

// The months finance has closed. Nothing dated in a closed month — an invoice, a credit note, a
// payment, an application, a write-off — can be created or changed afterwards; what belongs
// there is booked in an open month instead (a credit note dated today, not last month).
class PeriodLock
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLock)

public:
    PeriodLock() = default;
    // Any day of each closed month.
    explicit PeriodLock(const QList<QDate>& closedMonths);

    // "2026-05"
    static QString monthKey(const QDate& date);
    // The first day of the month named by "2026-05"; nullopt when malformed.
    static std::optional<QDate> monthFromKey(QStringView key);

    bool isClosed(const QDate& date) const;
    // An Invalid error with field "date" when the date lies in a closed month.
    Status check(const QDate& date) const;
    // A month can be closed once it has ended, and only once.
    Status canClose(const QDate& month, const QDate& today) const;
    // The first day of each closed month, oldest first.
    QList<QDate> closedMonths() const;

private:
    static int index(const QDate& date) { return date.year() * 12 + date.month() - 1; }
    QSet<int> m_closed;
};

} // namespace od
