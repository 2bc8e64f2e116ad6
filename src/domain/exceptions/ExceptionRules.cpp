#include "ExceptionRules.h"

#include "TextCheck.h"

namespace od {

Status ExceptionRules::checkText(const QString& text, const QString& field, const QString& missing)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(Error::invalid(missing, field));
    if (text.size() > MaxTextLength)
        return std::unexpected(Error::invalid(
            tr("Keep it under %1 characters (this is %2).").arg(MaxTextLength).arg(text.size()), field));
    if (const QString problem = TextCheck::problem(text, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, field));
    return {};
}

Status ExceptionRules::checkRaise(const OrderException& exception, const QDate& today)
{
    if (auto ok =
            checkText(exception.description, QStringLiteral("description"), tr("Describe what went wrong."));
        !ok)
        return ok;
    if (exception.ownerId <= 0)
        return std::unexpected(Error::invalid(tr("Choose who owns the exception."), QStringLiteral("owner")));
    if (exception.dueDate.isValid() && exception.dueDate < today)
        return std::unexpected(Error::invalid(
            tr("The due date %1 has already passed.").arg(exception.dueDate.toString(Qt::ISODate)),
            QStringLiteral("due")));
    return {};
}

Status ExceptionRules::checkPlan(const QString& plan)
{
    return checkText(plan, QStringLiteral("plan"), tr("Describe the response plan."));
}

Status ExceptionRules::checkContact(const ExceptionContact& contact)
{
    if (!TextCheck::isWellFormed(contact.customerContact))
        return std::unexpected(
            Error::invalid(TextCheck::brokenCharacterMessage(), QStringLiteral("contact")));
    return checkText(contact.text, QStringLiteral("text"), tr("Write what the customer was told."));
}

Status ExceptionRules::checkResolution(const QString& resolution, Money cost)
{
    if (auto ok = checkText(resolution, QStringLiteral("resolution"),
                            tr("An exception is closed with its resolution: say how it was resolved."));
        !ok)
        return ok;
    if (cost.minor() < 0)
        return std::unexpected(Error::invalid(tr("The cost cannot be negative."), QStringLiteral("cost")));
    return {};
}

} // namespace od
