#pragma once

#include "SettlementFigures.h"

#include "CustomerBalanceRepository.h"
#include "Database.h"
#include "ReceivablesAgeing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace od {

// Receivables across customers. On today (or any day after the last document) the figures come
// from each customer's running sums and the partial index of open invoices; on an earlier day
// the documents dated after it are taken back out, so the cost grows with the history after the
// day asked for, not with the whole book.
class ReceivablesRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesRepository)

public:
    explicit ReceivablesRepository(Database& db) : m_db(db) {}

    // Every customer with any invoice or payment up to `asOf`, by code.
    Result<QList<CustomerReceivables>> byCustomer(const QDate& asOf);
    // Invoices dated from `from` to `to` less the credit notes dated then (the sales for DSO);
    // customerId 0 for every customer.
    Result<Money> creditSales(const QDate& from, const QDate& to, qint64 customerId = 0);
    // Open invoices due before `asOf`, oldest due first.
    Result<QList<OverdueInvoice>> overdue(const QDate& asOf, int limit, int offset = 0);
    // An overdue invoice from a row of id, number, customer id, code, name, invoice date, due
    // date, total and open amount (the columns of overdue()).
    static OverdueInvoice overdueFromRow(const QSqlQuery& q);

private:
    Database& m_db;
};

} // namespace od
