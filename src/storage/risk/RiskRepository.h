#pragma once

#include "Database.h"
#include "RiskAssessment.h"
#include "RiskFacts.h"
#include "RiskRow.h"
#include "SqliteMultiRowInsert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <memory>

namespace od {

// An order's stored risk.
struct StoredRisk
{
    qint64 orderId = 0;
    RiskLevel level = RiskLevel::OnTrack;
    QDate forecastDate;
    QString reasonsText; // RiskReason::listToText
    // Timestamps as stored (UTC ISO-8601 text): a recompute of every open order carries them over
    // without parsing a hundred thousand of them.
    QString computedAt;
    QString levelSince;
};

// The early warning's facts and results (order_risks, risk_seen). Writes run in the caller's
// transaction; statements are prepared once per repository, so a bulk write reuses them.
class RiskRepository
{
    Q_DECLARE_TR_FUNCTIONS(RiskRepository)

public:
    explicit RiskRepository(Database& db);
    ~RiskRepository();

    // The facts of every order the early warning looks at (orderId 0), or of one order (none
    // when it is not open): status, promise, when the current revision was sent, the committed
    // plan's steps with their days and progress, the open exceptions.
    Result<QList<RiskFacts>> facts(qint64 orderId = 0);

    // Every stored risk (orderId 0) or one order's.
    Result<QHash<qint64, StoredRisk>> stored(qint64 orderId = 0);
    Status save(const StoredRisk& risk);
    Status save(const QList<StoredRisk>& risks);
    // How many rows save() writes with one statement.
    static constexpr qsizetype kRowsPerStatement = 64;
    Status remove(qint64 orderId);

    // Flagged orders at one of `levels`, the longest-flagged first; `salespersonId` > 0 narrows to
    // that salesperson's orders.
    Result<QList<RiskRow>> flagged(const QList<RiskLevel>& levels, qint64 salespersonId, int limit);
    // Flagged orders that reached their level after `since`.
    Result<QList<RiskRow>> flaggedSince(const QDateTime& since, qint64 salespersonId, int limit);
    // One order's stored risk with its order's number and dates; none when it has no row.
    Result<std::optional<RiskRow>> forOrder(qint64 orderId);

    Result<QDateTime> lastSeen(qint64 userId);
    Status setLastSeen(qint64 userId, const QDateTime& at);

private:
    Error sqliteError(const QString& what) const;
    Result<QList<RiskRow>> rows(const QString& where, const QVariantList& values, int limit,
                                bool anyLevel = false);

    Database& m_db;
    SqliteMultiRowInsert m_save;
    std::unique_ptr<QSqlQuery> m_remove;
};

} // namespace od
