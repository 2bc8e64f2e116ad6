#include "AutomationRuleService.h"

#include "AuditTrail.h"
#include "Database.h"
#include "Permissions.h"
#include "RuleRepository.h"
#include "SettlementSettingsService.h"

#include <spdlog/spdlog.h>

namespace od {

namespace {

const QString kDays = QStringLiteral("days");

} // namespace

Result<const RuleSpec*> AutomationRuleService::spec(const QString& key)
{
    const RuleSpec* rule = RuleCatalog::find(key.trimmed());
    if (!rule)
        return std::unexpected(Error::invalid(
            tr("There is no rule \"%1\"; the rules are: %2.").arg(key.trimmed(), RuleCatalog::keys()),
            QStringLiteral("rule")));
    return rule;
}

Result<RuleState> AutomationRuleService::current(Session& session, const QString& key)
{
    auto rule = spec(key);
    if (!rule)
        return std::unexpected(rule.error());
    RuleState state;
    state.key = (*rule)->key;
    state.enabled = (*rule)->enabledByDefault;
    for (const RuleParameterSpec& p : (*rule)->parameters)
        state.values.insert(p.name, p.defaultValue);
    if (state.key == RuleKey::CreditHoldOverdue) {
        // One source of truth: the settlement setting.
        auto settings = SettlementSettingsService(session).settings();
        if (!settings)
            return std::unexpected(settings.error());
        state.enabled = settings->creditPolicy.holdWhenOverdue;
        state.values.insert(kDays, settings->creditPolicy.overdueDays);
        return state;
    }
    auto stored = RuleRepository(session.db()).state(state.key);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored) {
        state.enabled = (*stored)->enabled;
        state.changedAt = (*stored)->changedAt;
        state.changedBy = (*stored)->changedBy;
        for (auto it = (*stored)->values.cbegin(); it != (*stored)->values.cend(); ++it)
            if (state.values.contains(it.key()))
                state.values.insert(it.key(), it.value());
    }
    return state;
}

Result<QList<RuleState>> AutomationRuleService::list()
{
    if (!m_session.isSignedIn())
        return std::unexpected(Error{Error::Kind::Forbidden, tr("Sign in to see the automation rules."), {}});
    auto stats = RuleRepository(m_session.db()).firingStats();
    if (!stats)
        return std::unexpected(stats.error());
    QList<RuleState> out;
    for (const RuleSpec& rule : RuleCatalog::all()) {
        auto state = current(m_session, rule.key);
        if (!state)
            return std::unexpected(state.error());
        const auto s = stats->value(rule.key);
        state->firings = s.count;
        state->lastFired = s.last;
        out << *state;
    }
    return out;
}

bool AutomationRuleService::mayChange() const
{
    return Permissions::allows(m_session, Permission::ManageRules);
}

Status AutomationRuleService::setCreditHold(const std::optional<bool>& enabled,
                                            const std::optional<qint64>& days)
{
    SettlementSettingsService settlement(m_session);
    auto settings = settlement.settings();
    if (!settings)
        return std::unexpected(settings.error());
    if (enabled)
        settings->creditPolicy.holdWhenOverdue = *enabled;
    if (days)
        settings->creditPolicy.overdueDays = int(*days);
    // Audited there, as the setting it is.
    if (auto ok = settlement.setSettings(*settings); !ok) {
        if (ok.error().field == QLatin1String("overdue_days"))
            return std::unexpected(Error::invalid(ok.error().message, kDays));
        return ok;
    }
    return {};
}

Status AutomationRuleService::setEnabled(const QString& key, bool enabled)
{
    if (auto ok = Permissions::require(m_session, Permission::ManageRules); !ok)
        return ok;
    auto rule = spec(key);
    if (!rule)
        return std::unexpected(rule.error());
    if ((*rule)->key == RuleKey::CreditHoldOverdue)
        return setCreditHold(enabled, std::nullopt);
    auto before = current(m_session, (*rule)->key);
    if (!before)
        return std::unexpected(before.error());
    if (before->enabled == enabled)
        return {};
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = RuleRepository(m_session.db()).setEnabled((*rule)->key, enabled, m_session.user().id); !ok)
        return ok;
    if (auto ok = AuditTrail::record(
            m_session, enabled ? QStringLiteral("rule.enable") : QStringLiteral("rule.disable"),
            QStringLiteral("rule"), 0, (*rule)->key,
            {{QStringLiteral("enabled"), before->enabled ? QStringLiteral("1") : QStringLiteral("0"),
              enabled ? QStringLiteral("1") : QStringLiteral("0")}});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    spdlog::info("{} {} the rule {}", m_session.user().name.toStdString(), enabled ? "enabled" : "disabled",
                 (*rule)->key.toStdString());
    return {};
}

Status AutomationRuleService::setParameters(const QString& key, const QMap<QString, QString>& typed)
{
    if (auto ok = Permissions::require(m_session, Permission::ManageRules); !ok)
        return ok;
    auto rule = spec(key);
    if (!rule)
        return std::unexpected(rule.error());
    QStringList names;
    for (const RuleParameterSpec& p : (*rule)->parameters)
        names << p.name;
    if (typed.isEmpty())
        return std::unexpected(Error::invalid(
            names.isEmpty() ? tr("Rule \"%1\" has no parameters.").arg((*rule)->key)
                            : tr("Say which parameter to set, e.g. %1=VALUE.").arg(names.first()),
            QStringLiteral("parameter")));
    // Every value is checked before anything is written.
    QMap<QString, qint64> values;
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        const RuleParameterSpec* p = RuleCatalog::parameter(**rule, it.key().trimmed());
        if (!p)
            return std::unexpected(Error::invalid(
                names.isEmpty()
                    ? tr("Rule \"%1\" has no parameters.").arg((*rule)->key)
                    : tr("Rule \"%1\" has no parameter \"%2\"; it has: %3.")
                          .arg((*rule)->key, it.key().trimmed(), names.join(QStringLiteral(", "))),
                QStringLiteral("parameter")));
        auto value = RuleCatalog::parse(*p, it.value());
        if (!value)
            return std::unexpected(value.error());
        values.insert(p->name, *value);
    }
    if ((*rule)->key == RuleKey::CreditHoldOverdue)
        return setCreditHold(std::nullopt, values.value(kDays));
    auto before = current(m_session, (*rule)->key);
    if (!before)
        return std::unexpected(before.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    RuleRepository repo(m_session.db());
    QList<FieldChange> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qint64 old = before->value(it.key());
        if (old == it.value())
            continue;
        const RuleParameterSpec* p = RuleCatalog::parameter(**rule, it.key());
        changes << FieldChange{it.key(), RuleCatalog::format(*p, old), RuleCatalog::format(*p, it.value())};
        if (auto ok = repo.setValue((*rule)->key, it.key(), it.value(), m_session.user().id); !ok)
            return ok;
    }
    if (changes.isEmpty())
        return {};
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("rule.set"), QStringLiteral("rule"), 0,
                                     (*rule)->key, changes);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    spdlog::info("{} changed the parameters of the rule {}", m_session.user().name.toStdString(),
                 (*rule)->key.toStdString());
    return {};
}

} // namespace od
