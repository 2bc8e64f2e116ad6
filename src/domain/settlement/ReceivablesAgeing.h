#pragma once

#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace od {

// Ageing by due date, as of a day: not yet due (due that day or later), 1–30, 31–60, 61–90 and
// more than 90 days past due.
enum class AgeingBucket
{
    Current,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90
};

struct AgeingBuckets
{
    std::array<Money, 5> amounts;

    Money& operator[](AgeingBucket bucket) { return amounts[size_t(bucket)]; }
    Money operator[](AgeingBucket bucket) const { return amounts[size_t(bucket)]; }
    Money total() const;
    Money overdue() const; // everything but Current
};

// An amount still owed and the day it was due.
struct ReceivableItem
{
    QDate dueDate;
    Money open;
};

class ReceivablesAgeing
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesAgeing)

public:
    static QList<AgeingBucket> all();
    static AgeingBucket bucketFor(const QDate& dueDate, const QDate& asOf);
    static AgeingBuckets age(const QList<ReceivableItem>& items, const QDate& asOf);
    // "current", "1_30", "31_60", "61_90", "over_90" (the receivables JSON uses these).
    static QString key(AgeingBucket bucket);
    // "未到期", "1–30 天" …
    static QString displayName(AgeingBucket bucket);
};

} // namespace od
