#include "PaymentRules.h"

#include "TextCheck.h"

namespace od {

Status PaymentRules::check(const Payment& payment, const QDate& today)
{
    if (payment.customerId <= 0)
        return std::unexpected(
            Error::invalid(tr("Choose the customer who paid."), QStringLiteral("customer")));
    if (!payment.date.isValid())
        return std::unexpected(
            Error::invalid(tr("Enter the date the money was received."), QStringLiteral("date")));
    if (today.isValid() && payment.date > today)
        return std::unexpected(Error::invalid(
            tr("The payment date %1 is in the future.").arg(payment.date.toString(Qt::ISODate)),
            QStringLiteral("date")));
    if (payment.amount.minor() <= 0)
        return std::unexpected(
            Error::invalid(tr("A payment must be more than zero."), QStringLiteral("amount")));
    const QString reference = payment.reference.trimmed();
    if (reference.isEmpty())
        return std::unexpected(Error::invalid(
            tr("Enter the bank reference (or the bill or receipt number): it keeps the payment from being "
               "recorded twice."),
            QStringLiteral("reference")));
    if (reference.size() > MaxReferenceLength)
        return std::unexpected(
            Error::invalid(tr("The reference is longer than %1 characters.").arg(MaxReferenceLength),
                           QStringLiteral("reference")));
    if (const QString problem = TextCheck::problem(payment.reference, false); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("reference")));
    if (const QString problem = TextCheck::problem(payment.note, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("note")));
    if (payment.note.size() > MaxNoteLength)
        return std::unexpected(Error::invalid(tr("The note is longer than %1 characters.").arg(MaxNoteLength),
                                              QStringLiteral("note")));
    if (PaymentMethodInfo::needsMaturityDate(payment.method)) {
        if (!payment.billMaturity.isValid())
            return std::unexpected(Error::invalid(tr("Enter the maturity date of the acceptance bill."),
                                                  QStringLiteral("bill_maturity")));
        if (payment.billMaturity < payment.date)
            return std::unexpected(Error::invalid(
                tr("The bill matures on %1, before it was received (%2).")
                    .arg(payment.billMaturity.toString(Qt::ISODate), payment.date.toString(Qt::ISODate)),
                QStringLiteral("bill_maturity")));
    } else if (payment.billMaturity.isValid()) {
        return std::unexpected(Error::invalid(tr("Only an acceptance bill has a maturity date; %1 does not.")
                                                  .arg(PaymentMethodInfo::displayName(payment.method)),
                                              QStringLiteral("bill_maturity")));
    }
    return {};
}

} // namespace od
