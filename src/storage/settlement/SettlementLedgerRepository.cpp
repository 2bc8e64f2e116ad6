#include "SettlementLedgerRepository.h"

#include "InvoiceRepository.h"
#include "PaymentApplicationRepository.h"
#include "PaymentRepository.h"

namespace od {

Result<SettlementLedger> SettlementLedgerRepository::openLedger(qint64 customerId)
{
    SettlementLedger ledger;
    auto invoices = InvoiceRepository(m_db).openForCustomer(customerId);
    if (!invoices)
        return std::unexpected(invoices.error());
    for (const LedgerInvoice& invoice : std::as_const(*invoices))
        ledger.loadInvoice(invoice);
    auto payments = PaymentRepository(m_db).unappliedForCustomer(customerId);
    if (!payments)
        return std::unexpected(payments.error());
    for (const LedgerPayment& payment : std::as_const(*payments))
        ledger.loadPayment(payment);
    return ledger;
}

Result<SettlementLedger> SettlementLedgerRepository::ledgerForPayment(qint64 customerId, Money amount)
{
    SettlementLedger ledger;
    auto invoices = InvoiceRepository(m_db).openReachedBy(customerId, amount);
    if (!invoices)
        return std::unexpected(invoices.error());
    for (const LedgerInvoice& invoice : std::as_const(*invoices))
        ledger.loadInvoice(invoice);
    return ledger;
}

Result<SettlementLedger> SettlementLedgerRepository::ledgerForInvoice(qint64 customerId)
{
    SettlementLedger ledger;
    auto payments = PaymentRepository(m_db).unappliedForCustomer(customerId);
    if (!payments)
        return std::unexpected(payments.error());
    for (const LedgerPayment& payment : std::as_const(*payments))
        ledger.loadPayment(payment);
    return ledger;
}

Status SettlementLedgerRepository::addPayment(SettlementLedger& ledger, qint64 paymentId)
{
    auto payment = PaymentRepository(m_db).ledgerPayment(paymentId);
    if (!payment)
        return std::unexpected(payment.error());
    if (!payment->has_value())
        return std::unexpected(Error::notFound(tr("The payment no longer exists.")));
    ledger.loadPayment(**payment);
    auto pairs = PaymentApplicationRepository(m_db).forPayment(paymentId);
    if (!pairs)
        return std::unexpected(pairs.error());
    InvoiceRepository invoices(m_db);
    for (const LedgerChange& pair : std::as_const(*pairs)) {
        if (!ledger.invoice(pair.invoiceId)) {
            auto invoice = invoices.ledgerInvoice(pair.invoiceId);
            if (!invoice)
                return std::unexpected(invoice.error());
            if (invoice->has_value())
                ledger.loadInvoice(**invoice);
        }
        ledger.loadApplication(pair.paymentId, pair.invoiceId, pair.amount);
    }
    return {};
}

Status SettlementLedgerRepository::addInvoice(SettlementLedger& ledger, qint64 invoiceId)
{
    auto invoice = InvoiceRepository(m_db).ledgerInvoice(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    if (!invoice->has_value())
        return std::unexpected(Error::notFound(tr("The invoice no longer exists.")));
    ledger.loadInvoice(**invoice);
    auto pairs = PaymentApplicationRepository(m_db).forInvoice(invoiceId);
    if (!pairs)
        return std::unexpected(pairs.error());
    PaymentRepository payments(m_db);
    for (const LedgerChange& pair : std::as_const(*pairs)) {
        if (!ledger.payment(pair.paymentId)) {
            auto payment = payments.ledgerPayment(pair.paymentId);
            if (!payment)
                return std::unexpected(payment.error());
            if (payment->has_value())
                ledger.loadPayment(**payment);
        }
        ledger.loadApplication(pair.paymentId, pair.invoiceId, pair.amount);
    }
    return {};
}

} // namespace od
