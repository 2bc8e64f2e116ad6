#include "RuleCommands.h"

#include "AutomationRuleService.h"
#include "ExitCode.h"
#include "RuleEngine.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

const QString kUsage = QStringLiteral("rules [list] [--json] | rules enable KEY | rules disable KEY | rules "
                                      "set KEY PARAM=VALUE [PARAM=VALUE …] | "
                                      "rules run");

} // namespace

QString RuleCommands::parametersText(const RuleState& state)
{
    const RuleSpec* rule = RuleCatalog::find(state.key);
    QStringList parts;
    if (rule)
        for (const RuleParameterSpec& p : rule->parameters)
            parts << QStringLiteral("%1=%2").arg(p.name, RuleCatalog::format(p, state.value(p.name)));
    return parts.join(u' ');
}

int RuleCommands::run()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("json")}, 0, 64, kUsage); !ok)
        return m_ctx.fail(ok.error());
    const QStringList args = line.arguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const bool json = line.isSet(QStringLiteral("json"));
    auto usage = [&] {
        return m_ctx.fail(Error::invalid(tr("Usage: orderdesk-cli [--db PATH] %1").arg(kUsage)));
    };
    if (json && action != QLatin1String("list"))
        return m_ctx.fail(
            Error::invalid(tr("--json applies to \"rules list\" only."), QStringLiteral("json")));
    if (action == QLatin1String("list") && args.size() > 1)
        return usage();
    if ((action == QLatin1String("enable") || action == QLatin1String("disable")) && args.size() != 2)
        return usage();
    if (action == QLatin1String("set") && args.size() < 3)
        return usage();
    if (action == QLatin1String("run") && args.size() != 1)
        return usage();
    if (!QStringList{QStringLiteral("list"), QStringLiteral("enable"), QStringLiteral("disable"),
                     QStringLiteral("set"), QStringLiteral("run")}
             .contains(action))
        return m_ctx.fail(Error::invalid(
            tr("Unknown rules action \"%1\"; use list, enable, disable, set or run.").arg(action)));
    // An unknown rule is named before asking for a password.
    if (args.size() > 1)
        if (auto rule = AutomationRuleService::spec(args.at(1)); !rule)
            return m_ctx.fail(rule.error());

    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    if (action == QLatin1String("list"))
        return list(**session, json);
    if (action == QLatin1String("run"))
        return runNow(**session);
    if (action == QLatin1String("set"))
        return setParameters(**session, args.at(1), args.mid(2));
    const bool on = action == QLatin1String("enable");
    if (auto ok = AutomationRuleService(**session).setEnabled(args.at(1), on); !ok)
        return m_ctx.fail(ok.error());
    const QString key = (*AutomationRuleService::spec(args.at(1)))->key;
    m_ctx.out() << (on ? tr("Rule %1 (%2) is on.") : tr("Rule %1 (%2) is off."))
                       .arg(key, RuleCatalog::displayName(key))
                << Qt::endl;
    return Success;
}

int RuleCommands::list(Session& session, bool json)
{
    auto rules = AutomationRuleService(session).list();
    if (!rules)
        return m_ctx.fail(rules.error());
    if (json) {
        QJsonArray rows;
        for (const RuleState& s : *rules) {
            QJsonObject parameters;
            if (const RuleSpec* rule = RuleCatalog::find(s.key))
                for (const RuleParameterSpec& p : rule->parameters)
                    parameters.insert(p.name, RuleCatalog::format(p, s.value(p.name)));
            rows.append(
                QJsonObject{{QStringLiteral("key"), s.key},
                            {QStringLiteral("name"), RuleCatalog::displayName(s.key)},
                            {QStringLiteral("enabled"), s.enabled},
                            {QStringLiteral("parameters"), parameters},
                            {QStringLiteral("fired"), s.firings},
                            {QStringLiteral("last_fired"),
                             s.lastFired.isValid() ? QJsonValue(s.lastFired.toUTC().toString(Qt::ISODate))
                                                   : QJsonValue()},
                            {QStringLiteral("description"), RuleCatalog::description(s.key)}});
        }
        m_ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("RULE"));
    table.addColumn(tr("ON"));
    table.addColumn(tr("PARAMETERS"));
    table.addColumn(tr("FIRED"));
    table.addColumn(tr("LAST FIRED"));
    table.addColumn(tr("WHAT IT DOES"));
    for (const RuleState& s : *rules)
        table.addRow({s.key, s.enabled ? tr("on") : tr("off"), parametersText(s), QString::number(s.firings),
                      s.lastFired.isValid()
                          ? s.lastFired.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-"),
                      RuleCatalog::displayName(s.key)});
    table.print(m_ctx.out());
    return Success;
}

int RuleCommands::setParameters(Session& session, const QString& key, const QStringList& assignments)
{
    QMap<QString, QString> typed;
    for (const QString& a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0)
            return m_ctx.fail(
                Error::invalid(tr("Write each parameter as NAME=VALUE, e.g. days=5; \"%1\" is not.").arg(a),
                               QStringLiteral("parameter")));
        typed.insert(a.left(eq).trimmed(), a.mid(eq + 1));
    }
    AutomationRuleService rules(session);
    if (auto ok = rules.setParameters(key, typed); !ok)
        return m_ctx.fail(ok.error());
    auto state = AutomationRuleService::current(session, key);
    if (!state)
        return m_ctx.fail(state.error());
    m_ctx.out() << tr("Rule %1 (%2): %3.")
                       .arg(state->key, RuleCatalog::displayName(state->key), parametersText(*state))
                << Qt::endl;
    return Success;
}

int RuleCommands::runNow(Session& session)
{
    auto ran = RuleEngine(session).runScheduled();
    if (!ran)
        return m_ctx.fail(ran.error());
    m_ctx.out() << tr("The rules fired %n time(s);", nullptr, ran->fired) << u' '
                << tr("%n firing(s) done.", nullptr, ran->closed) << Qt::endl;
    return Success;
}

} // namespace od::cli
