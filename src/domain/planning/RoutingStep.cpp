#include "RoutingStep.h"

#include "TextCheck.h"

namespace od {

Status RoutingStep::check() const
{
    if (stepNo < 1 || stepNo > MaxStepNo)
        return std::unexpected(Error::invalid(tr("The step number must be between 1 and %1.").arg(MaxStepNo),
                                              QStringLiteral("step_no")));
    if (name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Enter the step's name."), QStringLiteral("name")));
    if (name.size() > 200)
        return std::unexpected(Error::invalid(tr("This text is too long."), QStringLiteral("name")));
    if (const QString problem = TextCheck::problem(name, false); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("name")));
    for (auto [hours, field] :
         {std::pair{setupHours, "setup_hours"}, {runHoursPerUnit, "run_hours_per_unit"}}) {
        if (hours < Hours() || hours > MaxHours)
            return std::unexpected(
                Error::invalid(tr("Hours must be between 0 and %1.").arg(MaxHours.toDecimalString()),
                               QString::fromLatin1(field)));
    }
    for (auto [days, field] : {std::pair{waitDays, "wait_days"}, {purchaseLeadDays, "purchase_lead_days"}}) {
        if (days < 0 || days > MaxDays)
            return std::unexpected(Error::invalid(tr("Days must be between 0 and %1.").arg(MaxDays),
                                                  QString::fromLatin1(field)));
    }
    if (isPurchase() && !alternatives.isEmpty())
        return std::unexpected(Error::invalid(tr("A purchased-material step has no work centre to replace; "
                                                 "leave its alternative work centres empty."),
                                              QStringLiteral("alternatives")));
    for (qsizetype i = 0; i < alternatives.size(); ++i) {
        if (alternatives[i] == workCentre)
            return std::unexpected(Error::invalid(
                tr("%1 is the step's own work centre; an alternative must be another one.").arg(workCentre),
                QStringLiteral("alternatives")));
        if (alternatives.indexOf(alternatives[i]) != i)
            return std::unexpected(
                Error::invalid(tr("The alternative work centre %1 is listed twice.").arg(alternatives[i]),
                               QStringLiteral("alternatives")));
    }
    if (isPurchase()) {
        if (!setupHours.isZero() || !runHoursPerUnit.isZero())
            return std::unexpected(Error::invalid(tr("A purchased-material step has no work centre and no "
                                                     "hours; give the work centre that does "
                                                     "this work, or leave the hours empty."),
                                                  QStringLiteral("work_centre")));
        if (purchaseLeadDays < 1)
            return std::unexpected(Error::invalid(tr("Give the work centre of this step, or the purchase "
                                                     "lead time in days if the material is bought."),
                                                  QStringLiteral("purchase_lead_days")));
    } else {
        if (purchaseLeadDays != 0)
            return std::unexpected(Error::invalid(tr("A step on a work centre has no purchase lead time; put "
                                                     "the purchased material in a step of its "
                                                     "own without a work centre."),
                                                  QStringLiteral("purchase_lead_days")));
        if (setupHours.isZero() && runHoursPerUnit.isZero())
            return std::unexpected(Error::invalid(
                tr("This step takes no time on work centre %1: give its setup hours or run hours per unit.")
                    .arg(workCentre),
                QStringLiteral("run_hours_per_unit")));
    }
    return {};
}

} // namespace od
