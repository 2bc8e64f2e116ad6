#pragma once

#include "Database.h"
#include "Payment.h"
#include "SettlementLedger.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace od {

// A customer's payment as it is known by its reference.
struct PaymentKey
{
    qint64 customerId = 0;
    QString reference;

    bool operator==(const PaymentKey&) const = default;
};

inline size_t qHash(const PaymentKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.customerId, key.reference);
}

// Payments received. The reference is unique per customer: recording a payment whose reference
// the customer already used is refused as a conflict naming it.
class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)

public:
    explicit PaymentRepository(Database& db) : m_db(db) {}

    // Saves the payment (with nothing applied yet) and sets its id.
    Status insert(Payment& payment, qint64 userId);
    Result<std::optional<Payment>> byId(qint64 id);
    Result<std::optional<Payment>> byReference(qint64 customerId, const QString& reference);
    // Those of these payments that are already recorded, with what was recorded: one query for a
    // whole import file.
    Result<QHash<PaymentKey, Payment>> recorded(const QList<PaymentKey>& keys);
    // A customer's payments, newest first.
    Result<QList<Payment>> forCustomer(qint64 customerId, int limit, int offset = 0);
    // The customer's payments with money not yet applied (its advances), oldest first.
    Result<QList<LedgerPayment>> unappliedForCustomer(qint64 customerId);
    Result<std::optional<LedgerPayment>> ledgerPayment(qint64 paymentId);

private:
    Result<std::optional<Payment>> single(QSqlQuery& q);
    Database& m_db;
};

} // namespace od
