#pragma once

#include "BasisPoints.h"
#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// A goods invoice bills order lines (all of an order, the shipped part, or several orders of one
// customer); a deposit invoice bills a share of a confirmed order before anything is shipped,
// and later goods invoices of that order deduct it.
enum class InvoiceKind
{
    Goods,
    Deposit
};

enum class InvoiceLineKind
{
    Goods,            // part or all of an order line
    Deposit,          // the share of an order billed as a deposit
    DepositDeduction, // the deposit taken off a later invoice of the same order (negative)
};

class InvoiceKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceKind)

public:
    // Stored keys: "goods", "deposit"; lines: "goods", "deposit", "deposit_deduction".
    static QString key(InvoiceKind kind);
    static std::optional<InvoiceKind> fromKey(QStringView key);
    static QString displayName(InvoiceKind kind);
    static QString lineKey(InvoiceLineKind kind);
    static std::optional<InvoiceLineKind> lineFromKey(QStringView key);
};

struct InvoiceLine
{
    qint64 id = 0;
    int lineNo = 0;
    InvoiceLineKind kind = InvoiceLineKind::Goods;
    qint64 orderId = 0;
    QString orderNo;
    int orderLineNo = 0;         // goods lines only: the order line's number
    qint64 depositInvoiceId = 0; // deduction lines: the deposit invoice they deduct
    QString description;
    Quantity quantity; // goods lines only
    QString unit;
    UnitPrice unitPrice;
    BasisPoints discount;
    BasisPoints taxRate;
    Money amount; // before tax; negative on a deduction line
    // Tax carried by the line itself: a deposit's tax and the part of it a deduction takes back.
    // Goods lines carry none: their tax is computed once for the whole document, per rate.
    Money fixedTax;
};

// An issued invoice. It is never edited: credit notes correct it. Its number is gap-free per
// prefix and year; the official 发票 number and date are typed in when the tax system issues it.
struct Invoice
{
    qint64 id = 0;
    QString invoiceNo;
    InvoiceKind kind = InvoiceKind::Goods;
    qint64 customerId = 0;
    QString currency = QStringLiteral("CNY");
    QDate invoiceDate;
    QDate dueDate;
    QList<InvoiceLine> lines;
    Money subtotal;
    Money tax;
    Money total;
    QString officialNo;
    QDate officialDate;
    QString notes;

    // Kept in step with the credit notes, write-offs and payment applications against it.
    Money credited;
    Money writtenOff;
    Money applied;

    // What the customer still owes on it.
    Money open() const { return total - credited - writtenOff - applied; }
    // What a credit note may still take off it.
    Money creditable() const { return total - credited - writtenOff; }
};

} // namespace od
