#pragma once

#include "RuleCatalog.h"
#include "RuleState.h"
#include "Session.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace od {

class ValidatedForm;

// One automation rule on the Rules page: its switch (applied at once), what it does in one
// sentence, its parameters (applied with Apply or Enter, each refusal shown next to its field, the
// typed value kept), and when it last fired and how often.
class RuleCard : public QGroupBox
{
    Q_OBJECT

public:
    RuleCard(Session& session, const RuleSpec& spec, QWidget* parent = nullptr);

    QString key() const { return m_spec.key; }
    // Shows the rule as stored; parameters the user is editing keep what was typed.
    void setState(const RuleState& state, bool mayChange);
    bool hasUnsavedChanges() const;
    // Saves the edited parameters; false (the reason next to its field) when refused.
    bool applyParameters();

    QCheckBox* enabledBox() const { return m_enabled; }
    QLineEdit* field(const QString& name) const { return m_fields.value(name); }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* statusLabel() const { return m_status; }
    ValidatedForm* form() const { return m_form; }

Q_SIGNALS:
    // The rule was changed: the page reads the rules again.
    void changed();
    // A change was refused for a reason that belongs to no field (permission, storage).
    void refused(const QString& message);

private:
    void switchTo(bool on);
    void updateApply();

    Session& m_session;
    RuleSpec m_spec;
    RuleState m_state;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_status = nullptr;
    ValidatedForm* m_form = nullptr;
    QHash<QString, QLineEdit*> m_fields;
    QPushButton* m_apply = nullptr;
};

} // namespace od
