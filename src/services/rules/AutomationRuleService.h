#pragma once

#include "RuleCatalog.h"
#include "RuleState.h"
#include "Session.h"

#include <QCoreApplication>
#include <QMap>

namespace od {

// 自动化规则 The automation rules as the manager sees and tunes them: each rule on or off with its
// parameters, and how often and when it last fired. Everyone signed in may read them; managers
// and administrators change them (Permission::ManageRules), each change audited. The credit-hold
// rule is the settlement setting itself (SettlementSettingsService): reading or changing it here
// reads or changes that setting, never a copy.
class AutomationRuleService
{
    Q_DECLARE_TR_FUNCTIONS(AutomationRuleService)

public:
    explicit AutomationRuleService(Session& session) : m_session(session) {}

    // A rule's switch and parameters as they are now (no firing figures): what the rules engine
    // asks before acting. Unknown keys are an Invalid error.
    static Result<RuleState> current(Session& session, const QString& key);

    // Every rule of the catalogue, in its order, with how often and when it last fired.
    Result<QList<RuleState>> list();
    bool mayChange() const;
    Status setEnabled(const QString& key, bool enabled);
    // Sets parameters from typed text ("days" → "5", "max_difference" → "800.00"), all or none:
    // an unknown rule (field "rule") or parameter (field "parameter"), or a value out of its
    // range (the parameter's own field), is refused with nothing changed.
    Status setParameters(const QString& key, const QMap<QString, QString>& typed);

    // The rule's key or an Invalid error listing the rules.
    static Result<const RuleSpec*> spec(const QString& key);

private:
    Status setCreditHold(const std::optional<bool>& enabled, const std::optional<qint64>& days);
    Session& m_session;
};

} // namespace od
