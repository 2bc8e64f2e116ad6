#pragma once

#include "Session.h"
#include "main/WorkflowPage.h"

class QLabel;

namespace od {

class MessageBanner;
class RuleCard;

// 自动化规则 Rules: the automation rules the managers switch on and tune, one card each with its
// switch, what it does, its parameters (validated next to the field) and when it last fired.
// A page of its own under Management rather than a tab of Settings: it shows what the rules do
// day by day (how often, when last) and belongs with the managers' other pages, while Settings is
// a modal dialog of company details saved at once.
class RulesView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit RulesView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    bool hasUnsavedChanges() const override;
    bool canSave() const override { return hasUnsavedChanges(); }
    bool save() override;

    RuleCard* card(const QString& key) const;
    MessageBanner* banner() const { return m_banner; }

private:
    Session& m_session;
    MessageBanner* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QList<RuleCard*> m_cards;
    int m_enabledCount = 0;
};

} // namespace od
