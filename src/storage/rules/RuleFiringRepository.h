#pragma once

#include "Database.h"
#include "RuleState.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace od {

// The rules' firings (rule_firings): added once per rule, subject and occasion (the table's
// UNIQUE constraint), closed once as done or dismissed, never deleted.
class RuleFiringRepository
{
    Q_DECLARE_TR_FUNCTIONS(RuleFiringRepository)

public:
    explicit RuleFiringRepository(Database& db) : m_db(db) {}

    // Adds the firing unless the rule fired on this occasion of this subject already: the new
    // firing's id, or nullopt when it had fired (nothing is written then).
    Result<std::optional<qint64>> insert(const RuleFiring& firing);
    // Closes an open firing ("done" or "dismissed"); false when it was closed already.
    Result<bool> close(qint64 id, const QString& how, qint64 userId);
    Result<std::optional<RuleFiring>> byId(qint64 id);
    // How many times the rule fired.
    Result<qint64> count(const QString& ruleKey);
    // The rule's open firings on the subject, whatever the occasion.
    Result<QList<RuleFiring>> openOn(const QString& ruleKey, const QString& subjectKind, qint64 subjectId);

    // My work: the open firings for the person or for their department that still ask for
    // something (the order still waits for its customer, is still not invoiced …), oldest first.
    Result<QList<RuleFiring>> openForWork(qint64 userId, const QString& department, int limit);
    // Of `orderIds`, those on which the rule fired, open or closed: for its current revision when
    // `currentRevision`, else for any occasion.
    Result<QSet<qint64>> firedOnOrders(const QString& ruleKey, const QList<qint64>& orderIds,
                                       bool currentRevision);
    // Open firings that no longer ask for anything, for the morning's tidy-up.
    Result<QList<RuleFiring>> stale(int limit);
    static QString staleSql(int limit);

    // Orders waiting for their customer's confirmation since before `sentBefore` (UTC), the
    // reminder rule not fired yet for their current revision.
    struct Waiting
    {
        qint64 orderId = 0;
        QString orderNo;
        QString customerName;
        qint64 salespersonId = 0;
        int revision = 0;
        QDateTime sentAt;
    };
    Result<QList<Waiting>> awaitingWithoutReminder(const QDateTime& sentBefore, int limit);
    // Its statement (parameters: the rule's key, the UTC time as text, the limit), for the benchmark.
    static QString awaitingWithoutReminderSql();

    // Credit holds in force placed for an overdue invoice, the credit-hold rule not fired yet for them.
    struct Hold
    {
        qint64 holdId = 0;
        qint64 customerId = 0;
        QDate placedOn;
        QString detail;
    };
    Result<QList<Hold>> overdueHoldsWithoutFiring(int limit);

    // Orders shipped in full on or after `since` and not invoiced, the shipped rule not fired for
    // them (an order book written in bulk, as the demo company's is), the latest first.
    struct Shipped
    {
        qint64 orderId = 0;
        QString orderNo;
        QString customerName;
        qint64 totalMinor = 0;
        QString currency;
        QDate shippedOn;
    };
    Result<QList<Shipped>> shippedWithoutFiring(const QDate& since, int limit);

private:
    static QString selectSql(const QString& where, int limit);
    Result<QList<RuleFiring>> select(const QString& where, const QVariantList& params, int limit);
    Database& m_db;
};

} // namespace od
