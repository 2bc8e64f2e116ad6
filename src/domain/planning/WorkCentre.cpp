#include "WorkCentre.h"

#include "FixedPoint.h"
#include "TextCheck.h"

#include <QRegularExpression>

namespace od {

Hours WorkCentre::regularHours() const
{
    return availableHours(true, Hours());
}

Hours WorkCentre::availableHours(bool workingDay, Hours overtimePerUnit) const
{
    // Int128 all the way: a centre that failed check() gives a wrong number, never undefined
    // behaviour; check() keeps real centres far from the limits.
    Int128 perUnit = overtimePerUnit.raw();
    if (workingDay)
        perUnit += Int128(hoursPerShift.raw()) * shifts;
    if (perUnit <= 0 || units <= 0 || efficiency.raw() <= 0)
        return Hours();
    const Int128 total = perUnit * units * efficiency.raw() / BasisPoints::Full; // rounded down
    return Hours::fromRaw(total > Hours::MaxRaw ? Hours::MaxRaw : static_cast<qint64>(total));
}

Status WorkCentre::check() const
{
    static const QRegularExpression codePattern(QStringLiteral("^[\\p{L}\\p{N}._-]{1,32}$"));
    const QString trimmedCode = code.trimmed();
    if (trimmedCode.isEmpty())
        return std::unexpected(Error::invalid(tr("Enter the work centre's code."), QStringLiteral("code")));
    if (!codePattern.match(trimmedCode).hasMatch())
        return std::unexpected(Error::invalid(
            tr("The work centre code may have up to 32 letters, digits, dots, dashes and underscores."),
            QStringLiteral("code")));
    if (name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Enter the work centre's name."), QStringLiteral("name")));
    if (name.size() > 200 || department.size() > 200)
        return std::unexpected(
            Error::invalid(tr("This text is too long."),
                           name.size() > 200 ? QStringLiteral("name") : QStringLiteral("department")));
    for (auto [text, field] : {std::pair{&name, "name"}, {&department, "department"}}) {
        if (const QString problem = TextCheck::problem(*text, false); !problem.isEmpty())
            return std::unexpected(Error::invalid(problem, QString::fromLatin1(field)));
    }
    if (!hoursPerShift.isPositive())
        return std::unexpected(Error::invalid(
            tr("A work centre with no hours per shift has no capacity: enter the hours of one shift."),
            QStringLiteral("hours_per_shift")));
    if (shifts < 1)
        return std::unexpected(Error::invalid(
            tr("A work centre with no shifts has no capacity: enter at least 1 shift (deactivate the centre "
               "instead if it no longer works)."),
            QStringLiteral("shifts")));
    if (Int128(hoursPerShift.raw()) * shifts > Hours::fromWhole(24).raw())
        return std::unexpected(Error::invalid(tr("%1 shifts of %2 hours are more than the 24 hours of a day.")
                                                  .arg(shifts)
                                                  .arg(hoursPerShift.toDecimalString()),
                                              QStringLiteral("shifts")));
    if (units < 1 || units > MaxUnits)
        return std::unexpected(Error::invalid(
            tr("The number of parallel units (machines or people) must be between 1 and %1.").arg(MaxUnits),
            QStringLiteral("units")));
    if (efficiency.raw() < 1 || efficiency.raw() > MaxEfficiencyBasisPoints)
        return std::unexpected(Error::invalid(
            tr("The efficiency must be more than 0% and at most %1%.").arg(MaxEfficiencyBasisPoints / 100),
            QStringLiteral("efficiency_percent")));
    return {};
}

} // namespace od
