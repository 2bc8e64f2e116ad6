#pragma once

#include "Invoice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace od {

// Where an invoice stands, read from its amounts (never stored, so it cannot disagree with
// them). Overdue is not a status either: it depends on the day it is asked.
enum class InvoiceStatus
{
    Open,
    PartiallyPaid,
    Paid,
    Credited,
    WrittenOff
};

class InvoiceStatusInfo
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceStatus)

public:
    static InvoiceStatus of(const Invoice& invoice);
    // "open", "partially_paid", "paid", "credited", "written_off".
    static QString key(InvoiceStatus status);
    static QString displayName(InvoiceStatus status);

    // Days past the due date on `asOf` (0 when not yet due; the due date itself is not overdue).
    static int daysOverdue(const QDate& dueDate, const QDate& asOf);
    // Something is still owed on it and its due date has passed.
    static bool isOverdue(const Invoice& invoice, const QDate& asOf);
};

} // namespace od
