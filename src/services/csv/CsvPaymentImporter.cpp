#include "CsvPaymentImporter.h"

#include "ClosedPeriodRepository.h"
#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CsvKeyedRows.h"
#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "PaymentRepository.h"
#include "PaymentRules.h"

namespace od {

CsvPaymentImporter::CsvPaymentImporter(Session& session, Recorder recorder)
    : m_session(session), m_recorder(std::move(recorder))
{
}

CsvColumnMap CsvPaymentImporter::columns() const
{
    return CsvColumnMap(CsvFormat::paymentColumns(), CsvFormat::paymentRequired());
}

std::optional<PaymentMethod> CsvPaymentImporter::methodFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (const auto byKey = PaymentMethodInfo::fromKey(t.toLower()))
        return byKey;
    for (PaymentMethod m : PaymentMethodInfo::all()) {
        if (t.compare(PaymentMethodInfo::displayName(m), Qt::CaseInsensitive) == 0)
            return m;
        // The English name too, whatever the language: a file from a colleague's PC reads the same.
        const char* source = nullptr;
        switch (m) {
        case PaymentMethod::BankTransfer:
            source = QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer");
            break;
        case PaymentMethod::AcceptanceBill:
            source = QT_TRANSLATE_NOOP("PaymentMethod", "Acceptance bill");
            break;
        case PaymentMethod::Cash:
            source = QT_TRANSLATE_NOOP("PaymentMethod", "Cash");
            break;
        case PaymentMethod::WeChat:
            source = QT_TRANSLATE_NOOP("PaymentMethod", "WeChat Pay");
            break;
        case PaymentMethod::Alipay:
            source = QT_TRANSLATE_NOOP("PaymentMethod", "Alipay");
            break;
        }
        if (t.compare(QLatin1String(source), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

Result<std::optional<qint64>> CsvPaymentImporter::customerId(const QString& code)
{
    if (const auto cached = m_customers.constFind(code); cached != m_customers.cend())
        return *cached;
    auto customer = CustomerRepository(m_session.db()).byCode(code);
    if (!customer)
        return std::unexpected(customer.error());
    const std::optional<qint64> id = *customer ? std::optional<qint64>((*customer)->id) : std::nullopt;
    m_customers.insert(code, id);
    return id;
}

Status CsvPaymentImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                 CsvImportReport& report, CsvProgress& progress)
{
    auto lock = ClosedPeriodRepository(m_session.db()).lock();
    if (!lock)
        return std::unexpected(lock.error());
    const QDate today = m_session.today();

    // First every row on its own; then, in one query each, the references already recorded and
    // the invoices named.
    QList<PaymentImportRow> candidates;
    QHash<PaymentKey, int> firstLine;
    QStringList invoiceNos;
    auto ok = CsvKeyedRows::forEachRow(
        rows, columns, report, progress, [&](const CsvRecord& row, qsizetype errorsBefore) -> Status {
            PaymentImportRow r;
            r.line = row.line;
            r.customerCode = columns.value(row, QStringLiteral("customer_code"));
            if (r.customerCode.isEmpty()) {
                report.addError(row.line, tr("customer_code: the customer's code is missing."));
            } else {
                auto id = customerId(r.customerCode);
                if (!id)
                    return std::unexpected(id.error());
                if (!*id)
                    report.addError(row.line,
                                    tr("customer_code: there is no customer %1.").arg(r.customerCode));
                else
                    r.payment.customerId = **id;
            }
            const QString dateText = columns.value(row, QStringLiteral("date"));
            if (dateText.isEmpty())
                report.addError(row.line, tr("date: the date the money was received is missing."));
            else if (auto date = CsvFieldParser::date(QStringLiteral("date"), dateText))
                r.payment.date = *date;
            else
                report.addError(row.line, date.error().message);
            const QString amountText = columns.value(row, QStringLiteral("amount"));
            if (amountText.isEmpty())
                report.addError(row.line, tr("amount: the amount is missing."));
            else if (auto amount = CsvFieldParser::money(QStringLiteral("amount"), amountText))
                r.payment.amount = *amount;
            else
                report.addError(row.line, amount.error().message);
            r.payment.reference =
                PaymentRules::normalizedReference(columns.value(row, QStringLiteral("reference")));
            if (const QString method = columns.value(row, QStringLiteral("method")); !method.isEmpty()) {
                if (const auto m = methodFromText(method))
                    r.payment.method = *m;
                else
                    report.addError(row.line, tr("method: \"%1\" is not a payment method (use bank_transfer, "
                                                 "acceptance_bill, cash, wechat or alipay).")
                                                  .arg(method));
            }
            r.payment.note = columns.value(row, QStringLiteral("note"));
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("bill_maturity"), report,
                                       r.payment.billMaturity, &CsvFieldParser::date);
            r.invoiceNo = columns.value(row, QStringLiteral("invoice_no"));
            if (report.errors.size() == errorsBefore) {
                if (auto rules = PaymentRules::check(r.payment, today); !rules)
                    report.addError(row.line, CsvFieldParser::withColumn(rules.error()));
                else if (auto open = lock->check(r.payment.date); !open)
                    report.addError(row.line, CsvFieldParser::withColumn(open.error()));
            }
            if (r.payment.customerId && !r.payment.reference.isEmpty()) {
                const PaymentKey key{r.payment.customerId, r.payment.reference};
                if (const auto first = firstLine.constFind(key); first != firstLine.cend())
                    report.addError(row.line,
                                    tr("reference: payment %1 of customer %2 appears twice in the file "
                                       "(first on line %3).")
                                        .arg(r.payment.reference, r.customerCode, QString::number(*first)));
                else
                    firstLine.insert(key, row.line);
            }
            if (!r.invoiceNo.isEmpty())
                invoiceNos << r.invoiceNo;
            if (report.errors.size() == errorsBefore)
                candidates << r;
            return {};
        });
    if (!ok)
        return ok;

    QList<PaymentKey> keys;
    for (const PaymentImportRow& r : std::as_const(candidates))
        keys << PaymentKey{r.payment.customerId, r.payment.reference};
    auto recorded = PaymentRepository(m_session.db()).recorded(keys);
    if (!recorded)
        return std::unexpected(recorded.error());
    invoiceNos.removeDuplicates();
    auto invoices = InvoiceRepository(m_session.db()).refsByNumber(invoiceNos);
    if (!invoices)
        return std::unexpected(invoices.error());

    for (PaymentImportRow& r : candidates) {
        const auto before = recorded->constFind(PaymentKey{r.payment.customerId, r.payment.reference});
        if (before != recorded->cend()) {
            if (before->amount == r.payment.amount && before->date == r.payment.date)
                m_alreadyRecorded << CsvImportError{
                    r.line, tr("Payment %1 of customer %2 (%3 on %4) is already recorded.")
                                .arg(r.payment.reference, r.customerCode, r.payment.amount.toDecimalString(),
                                     r.payment.date.toString(Qt::ISODate))};
            else
                report.addError(
                    r.line, tr("reference: payment %1 of customer %2 is already recorded as %3 on %4, "
                               "not %5 on %6.")
                                .arg(r.payment.reference, r.customerCode, before->amount.toDecimalString(),
                                     before->date.toString(Qt::ISODate), r.payment.amount.toDecimalString(),
                                     r.payment.date.toString(Qt::ISODate)));
            continue;
        }
        if (!r.invoiceNo.isEmpty()) {
            const auto invoice = invoices->constFind(r.invoiceNo);
            if (invoice == invoices->cend()) {
                report.addError(r.line, tr("invoice_no: there is no invoice %1.").arg(r.invoiceNo));
                continue;
            }
            if (invoice->customerId != r.payment.customerId) {
                report.addError(r.line, tr("invoice_no: invoice %1 is not one of customer %2's.")
                                            .arg(r.invoiceNo, r.customerCode));
                continue;
            }
            if (invoice->open.minor() <= 0) {
                report.addError(r.line,
                                tr("invoice_no: invoice %1 has nothing open; leave invoice_no empty to "
                                   "keep the payment as the customer's advance.")
                                    .arg(r.invoiceNo));
                continue;
            }
            r.invoiceId = invoice->id;
        }
        m_rows << r;
    }
    return {};
}

Status CsvPaymentImporter::write(CsvProgress& progress)
{
    return m_recorder(m_rows, progress);
}

} // namespace od
