#pragma once

#include "Money.h"
#include "PaymentMethod.h"

#include <QDate>
#include <QString>

namespace od {

// Money received from a customer. The reference (the bank's transaction number, the bill's
// number, the receipt number for cash) is unique per customer, so the same payment can never be
// recorded twice. What is not applied to invoices is the customer's advance.
struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    Money amount;
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
    QDate billMaturity; // acceptance bills only
    QString note;

    Money applied; // kept in step with its applications

    Money unapplied() const { return amount - applied; }
};

// Part of a payment applied to an invoice (positive) or taken back from it (negative). These
// records are only ever added, so the applied amount on any date can be read back.
struct PaymentApplication
{
    qint64 id = 0;
    qint64 paymentId = 0;
    qint64 invoiceId = 0;
    Money amount;
    QDate appliedOn;
};

} // namespace od
