#pragma once

#include "Error.h"
#include "Hours.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace od {

// One step of a product's routing (工艺路线): done on a work centre (setup once per batch, run
// hours per unit), or a purchased material that arrives a number of calendar days after it is
// ordered (no work centre). Either may be followed by days of waiting (curing, transport).
struct RoutingStep
{
    Q_DECLARE_TR_FUNCTIONS(RoutingStep)

public:
    static constexpr int MaxStepNo = 999;
    static constexpr int MaxDays = 365;
    // A day of a centre's work for one unit of product is already a lot; 1,000 h per unit or
    // per setup catches a misplaced decimal point.
    static constexpr Hours MaxHours = Hours::fromWhole(1000);

    qint64 id = 0; // 0 until saved
    int stepNo = 0;
    QString name;
    QString workCentre; // code; empty = a purchased-material step
    Hours setupHours;
    Hours runHoursPerUnit;
    int waitDays = 0;
    int purchaseLeadDays = 0;
    // Other work centres that can do this step (codes, ascending): the allocation suggestions
    // may move a late order's step to one of them. Never the step's own centre.
    QStringList alternatives;

    bool isPurchase() const { return workCentre.isEmpty(); }

    // The rules of one step; the error's field is the CSV column.
    Status check() const;
};

} // namespace od
