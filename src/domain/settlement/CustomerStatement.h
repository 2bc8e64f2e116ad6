#pragma once

#include "Error.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace od {

enum class StatementEntryKind
{
    Invoice,
    CreditNote,
    WriteOff,
    Payment
};

// One document on a statement. An invoice is a debit (the customer owes more); a credit note,
// a write-off and a payment are credits.
struct StatementEntry
{
    QDate date;
    StatementEntryKind kind = StatementEntryKind::Invoice;
    QString documentNo; // invoice, credit note or invoice written off; the payment's reference
    QString description;
    Money debit;
    Money credit;
    Money balance; // after this entry; filled by CustomerStatement
};

// A customer statement (对账单) for a period, to agree the balance with the customer: the
// balance owed at the start (everything dated before the period), each document of the period
// in date order with the running balance, and the balance at the end. A negative balance is
// money the customer has paid in advance.
class CustomerStatement
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStatement)

public:
    static Result<CustomerStatement> build(const QDate& from, const QDate& to, Money opening,
                                           QList<StatementEntry> entries);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    Money opening() const { return m_opening; }
    Money closing() const { return m_closing; }
    Money invoiced() const { return m_invoiced; }
    Money credited() const { return m_credited; }
    Money writtenOff() const { return m_writtenOff; }
    Money paid() const { return m_paid; }
    const QList<StatementEntry>& entries() const { return m_entries; }

    static QString kindName(StatementEntryKind kind);

private:
    QDate m_from;
    QDate m_to;
    Money m_opening;
    Money m_closing;
    Money m_invoiced;
    Money m_credited;
    Money m_writtenOff;
    Money m_paid;
    QList<StatementEntry> m_entries;
};

} // namespace od
