#pragma once

#include "Database.h"
#include "RuleState.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace od {

// The rules' switches and parameters (automation_rules, automation_rule_parameters) and how often
// each fired. The credit-hold rule has no row: it is the settlement setting (SettingsRepository).
class RuleRepository
{
    Q_DECLARE_TR_FUNCTIONS(RuleRepository)

public:
    explicit RuleRepository(Database& db) : m_db(db) {}

    // A rule's row with its parameters; nullopt when it has none (the credit-hold rule).
    Result<std::optional<RuleState>> state(const QString& key);
    Status setEnabled(const QString& key, bool enabled, qint64 userId);
    Status setValue(const QString& key, const QString& name, qint64 value, qint64 userId);

    struct FiringStats
    {
        qint64 count = 0;
        QDateTime last;
    };
    // Per rule: how many firings, the latest when (read from the rule's index).
    Result<QHash<QString, FiringStats>> firingStats();
    static QString firingStatsSql();

private:
    Status touch(const QString& key, qint64 userId);
    Database& m_db;
};

} // namespace od
