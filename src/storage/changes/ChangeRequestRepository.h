#pragma once

#include "ChangeRequest.h"
#include "Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace od {

// Change requests and their line changes. Callers hold the transaction.
class ChangeRequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRequestRepository)

public:
    explicit ChangeRequestRepository(Database& db) : m_db(db) {}

    // Stores a new request with its line changes; sets its id. A second undecided request on
    // the same order is refused by the schema (Conflict).
    Status insert(ChangeRequest& request);
    // With its line changes.
    Result<std::optional<ChangeRequest>> byId(qint64 id);
    Result<std::optional<qint64>> idByNumber(const QString& changeNo);
    // The undecided request on the order, if any: its number.
    Result<std::optional<QString>> openOnOrder(qint64 orderId);
    // Newest first, without line changes. `visibleTo` > 0: only requests on that salesperson's
    // orders or asked by them.
    Result<QList<ChangeRequest>> list(const ChangeRequestFilter& filter, qint64 visibleTo, int limit);

    // Moves the request from `from` to `to`; false when it was no longer in `from` (someone
    // decided it a moment ago). A decision (any `to` but waiting_approval) records who, when and why.
    Result<bool> move(qint64 id, ChangeStatus from, ChangeStatus to, qint64 byUserId, const QString& note,
                      int newRevision = 0);
    Status setScrapCost(qint64 id, Money cost, const QString& note);
    // The requests waiting for the customer's confirmation of `revision` of the order become
    // done; their numbers.
    Result<QStringList> customerConfirmed(qint64 orderId, int revision);

private:
    Status insertLines(const ChangeRequest& request);
    Status readLines(ChangeRequest& request);
    Database& m_db;
};

} // namespace od
