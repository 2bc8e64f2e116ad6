#include "FinishedLines.h"

#include <QHash>

namespace od {

QMap<int, Quantity> FinishedLines::of(const QList<OrderPlanStep>& steps)
{
    struct Line
    {
        bool allFinished = true;
        Quantity quantity;
        int lastWorkStep = -1;
        Quantity lastWorkDone;
    };
    QMap<int, Line> lines;
    for (const OrderPlanStep& s : steps) {
        if (s.lineNo <= 0 || s.kind == StepKind::Shipping)
            continue;
        Line& l = lines[s.lineNo];
        l.allFinished = l.allFinished && s.status == PlanStepStatus::Finished;
        if (s.quantity > l.quantity)
            l.quantity = s.quantity;
        if (s.kind == StepKind::Work && s.stepNo > l.lastWorkStep) {
            l.lastWorkStep = s.stepNo;
            l.lastWorkDone = s.quantityDone < s.quantity ? s.quantityDone : s.quantity;
        }
    }
    QMap<int, Quantity> out;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        out.insert(it.key(), it->allFinished         ? it->quantity
                             : it->lastWorkStep >= 0 ? it->lastWorkDone
                                                     : Quantity());
    return out;
}

} // namespace od
