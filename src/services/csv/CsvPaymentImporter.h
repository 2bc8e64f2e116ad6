#pragma once

#include "CsvRecordImporter.h"
#include "Payment.h"
#include "PeriodLock.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

namespace od {

// One payment of an import file that passed every check and is not recorded yet.
struct PaymentImportRow
{
    int line = 0;
    QString customerCode;
    Payment payment;
    QString invoiceNo; // empty: applied automatically
    qint64 invoiceId = 0;
};

// Payments: customer_code,date,amount,reference[,method,note,invoice_no,bill_maturity] (the
// columns after reference are optional; bill_maturity is needed for an acceptance bill).
//
// Importing is idempotent: a row whose customer already has a payment with that reference and
// the same amount and date is the same payment, recorded before; it is not an error, it is left
// out and named in alreadyRecorded(), so importing a file twice records nothing new and says
// which rows were there. The same reference with another amount or date is an error. Recording
// the payments (applying them to invoices, the orders' settlement, the audit trail) is the
// settlement service's work: it hands its recorder to this importer, which calls it once with
// every new row inside the import's transaction.
class CsvPaymentImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvPaymentImporter)

public:
    // Records all the rows at once, advancing the progress once per row.
    using Recorder = std::function<Status(const QList<PaymentImportRow>& rows, CsvProgress& progress)>;

    CsvPaymentImporter(Session& session, Recorder recorder);

    CsvColumnMap columns() const override;
    Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                 CsvProgress& progress) override;
    qint64 recordCount() const override { return m_rows.size(); }
    Status write(CsvProgress& progress) override;

    const QList<PaymentImportRow>& rows() const { return m_rows; }
    // "Payment B-7781 of customer SH-001 (1,000.00 on 2026-05-03) is already recorded." per row.
    const QList<CsvImportError>& alreadyRecorded() const { return m_alreadyRecorded; }

    // A method as a file may give it: its key ("bank_transfer"), its name in the language the app
    // runs in ("银行转账"), or its English name ("Bank transfer").
    static std::optional<PaymentMethod> methodFromText(const QString& text);

private:
    Result<std::optional<qint64>> customerId(const QString& code);

    Session& m_session;
    Recorder m_recorder;
    QHash<QString, std::optional<qint64>> m_customers;
    QList<PaymentImportRow> m_rows;
    QList<CsvImportError> m_alreadyRecorded;
};

} // namespace od
