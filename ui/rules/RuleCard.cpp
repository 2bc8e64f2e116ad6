#include "RuleCard.h"

#include "AutomationRuleService.h"
#include "widgets/Formatting.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

RuleCard::RuleCard(Session& session, const RuleSpec& spec, QWidget* parent)
    : QGroupBox(RuleCatalog::displayName(spec.key), parent), m_session(session), m_spec(spec)
{
    setObjectName(QStringLiteral("rule_%1").arg(spec.key));
    m_enabled = new QCheckBox(tr("Switched on"), this);
    m_enabled->setObjectName(QStringLiteral("rule_%1_enabled").arg(spec.key));
    m_enabled->setAccessibleName(tr("%1: switched on").arg(RuleCatalog::displayName(spec.key)));
    // clicked, not toggled: only the user's own click (or Space) changes the rule.
    connect(m_enabled, &QCheckBox::clicked, this, &RuleCard::switchTo);

    auto* description = new QLabel(RuleCatalog::description(spec.key), this);
    description->setWordWrap(true);
    description->setObjectName(QStringLiteral("rule_%1_description").arg(spec.key));

    m_form = new ValidatedForm(this);
    for (const RuleParameterSpec& p : spec.parameters) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("rule_%1_%2").arg(spec.key, p.name));
        edit->setPlaceholderText(RuleCatalog::parameterHint(p));
        edit->setToolTip(RuleCatalog::parameterHint(p));
        edit->setMaximumWidth(160);
        connect(edit, &QLineEdit::textChanged, this, &RuleCard::updateApply);
        connect(edit, &QLineEdit::returnPressed, this, &RuleCard::applyParameters);
        m_form->addField(p.name, Formatting::label(RuleCatalog::parameterLabel(spec.key, p.name)), edit);
        m_fields.insert(p.name, edit);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rule_%1_status").arg(spec.key));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("rule_%1_apply").arg(spec.key));
    m_apply->setToolTip(tr("Save the parameters of this rule (Enter in a field)"));
    m_apply->setVisible(!spec.parameters.isEmpty());
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &RuleCard::applyParameters);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(description);
    if (!spec.parameters.isEmpty())
        layout->addWidget(m_form);
    else
        m_form->hide();
    layout->addLayout(bottom);
}

void RuleCard::setState(const RuleState& state, bool mayChange)
{
    const bool keepTyped = hasUnsavedChanges();
    m_state = state;
    m_enabled->setChecked(state.enabled);
    m_enabled->setEnabled(mayChange);
    for (const RuleParameterSpec& p : m_spec.parameters) {
        QLineEdit* edit = m_fields.value(p.name);
        if (!keepTyped)
            edit->setText(RuleCatalog::format(p, state.value(p.name, p.defaultValue)));
        edit->setReadOnly(!mayChange);
    }
    m_status->setText(state.firings > 0 ? tr("Fired %n time(s), last on %1.", nullptr, int(state.firings))
                                              .arg(Formatting::dateTime(state.lastFired))
                                        : tr("Has not fired yet."));
    m_apply->setVisible(mayChange && !m_spec.parameters.isEmpty());
    updateApply();
}

bool RuleCard::hasUnsavedChanges() const
{
    for (const RuleParameterSpec& p : m_spec.parameters)
        if (m_fields.value(p.name)->text().trimmed() !=
            RuleCatalog::format(p, m_state.value(p.name, p.defaultValue)))
            return !m_state.key.isEmpty();
    return false;
}

void RuleCard::updateApply()
{
    m_apply->setEnabled(hasUnsavedChanges());
}

void RuleCard::switchTo(bool on)
{
    m_form->clearErrors();
    if (auto ok = AutomationRuleService(m_session).setEnabled(m_spec.key, on); !ok) {
        m_enabled->setChecked(!on);
        Q_EMIT refused(ok.error().message);
        return;
    }
    Q_EMIT changed();
}

bool RuleCard::applyParameters()
{
    m_form->clearErrors();
    QMap<QString, QString> typed;
    for (const RuleParameterSpec& p : m_spec.parameters) {
        const QString text = m_fields.value(p.name)->text();
        if (text.trimmed() != RuleCatalog::format(p, m_state.value(p.name, p.defaultValue)))
            typed.insert(p.name, text);
    }
    if (typed.isEmpty())
        return true;
    if (auto ok = AutomationRuleService(m_session).setParameters(m_spec.key, typed); !ok) {
        // Next to its field, which keeps what was typed; anything else above the page.
        if (!m_fields.contains(ok.error().field) || !m_form->showError(ok.error()))
            Q_EMIT refused(ok.error().message);
        return false;
    }
    // What was typed is now what is stored ("5" for " 5", "800.00" for "800").
    auto stored = AutomationRuleService::current(m_session, m_spec.key);
    if (stored) {
        m_state.values = stored->values;
        for (const RuleParameterSpec& p : m_spec.parameters)
            m_fields.value(p.name)->setText(RuleCatalog::format(p, m_state.value(p.name, p.defaultValue)));
    }
    updateApply();
    Q_EMIT changed();
    return true;
}

} // namespace od
