#pragma once

#include "Database.h"
#include "InvoiceRequest.h"

#include <QCoreApplication>

#include <optional>

namespace od {

// An order as invoicing sees it: its lines with what is already invoiced of each (net of the
// quantities and amounts credit notes gave back) and its deposit with what later invoices have
// deducted of it. How much is shipped is not recorded per line yet; the caller fills `shipped`.
class InvoiceSourceRepository
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceSourceRepository)

public:
    explicit InvoiceSourceRepository(Database& db) : m_db(db) {}

    Result<std::optional<InvoiceSourceOrder>> load(qint64 orderId);

private:
    Result<std::optional<InvoiceDeposit>> deposit(qint64 orderId);
    Database& m_db;
};

} // namespace od
