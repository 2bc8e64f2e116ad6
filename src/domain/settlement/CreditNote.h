#pragma once

#include "Money.h"
#include "Quantity.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace od {

struct CreditNoteLine
{
    qint64 id = 0;
    int lineNo = 0;
    qint64 invoiceLineId = 0; // 0 for a credit of an amount rather than of lines
    QString description;
    Quantity quantity; // the quantity given back (goods lines); zero for an amount
    Money amount;      // before tax, taken off the invoice line (negative for a deposit deduction line)
};

// A credit note (红字发票) against one invoice: a return, a price correction, a cancelled sale.
// Its amounts are positive and are taken off the invoice; it never takes off more than is left
// of the invoice. Like an invoice it is never edited.
struct CreditNote
{
    qint64 id = 0;
    QString creditNo;
    qint64 invoiceId = 0;
    QString invoiceNo;
    qint64 customerId = 0;
    QDate date;
    QString reason;
    QList<CreditNoteLine> lines;
    Money subtotal;
    Money tax;
    Money total;
    QString officialNo;
    QDate officialDate;
};

// What earlier credit notes took off one invoice line.
struct CreditedLine
{
    Quantity quantity;
    Money amount;
};

} // namespace od
