#pragma once

#include "Database.h"
#include "OrderException.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace od {

// Exceptions and their contacts with the customer. Callers hold the transaction.
class ExceptionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExceptionRepository)

public:
    explicit ExceptionRepository(Database& db) : m_db(db) {}

    // Stores a new, open exception (exceptionNo, raisedAt and raisedById filled in); sets its id.
    Status insert(OrderException& exception);
    Result<std::optional<OrderException>> byId(qint64 id);
    Result<std::optional<qint64>> idByNumber(const QString& exceptionNo);
    // Oldest first. `visibleTo` > 0: only exceptions on that salesperson's orders or owned by them.
    Result<QList<OrderException>> list(const ExceptionFilter& filter, qint64 visibleTo, int limit);

    Status setPlan(qint64 id, const QString& plan);
    Status setOwner(qint64 id, qint64 ownerId);
    // Closes an open exception; false when it was closed already.
    Result<bool> resolve(qint64 id, const QString& resolution, Money cost, qint64 byUserId);

    Status insertContact(ExceptionContact& contact);
    Result<QList<ExceptionContact>> contacts(qint64 exceptionId);

private:
    Database& m_db;
};

} // namespace od
