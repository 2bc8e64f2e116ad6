#pragma once

#include "Error.h"
#include "Payment.h"

#include <QCoreApplication>
#include <QDate>

namespace od {

// What a payment must satisfy before it is recorded, with the field each error belongs to
// ("amount", "date", "reference", "method", "bill_maturity", "note").
class PaymentRules
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRules)

public:
    static constexpr int MaxReferenceLength = 64;
    static constexpr int MaxNoteLength = 500;

    static Status check(const Payment& payment, const QDate& today);
    // The reference as it is stored and compared: without the spaces a bank export or a paste
    // leaves around it, so "B-1 " is the same payment as "B-1".
    static QString normalizedReference(const QString& reference) { return reference.trimmed(); }
};

} // namespace od
