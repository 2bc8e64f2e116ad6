#include "RulesView.h"

#include "AutomationRuleService.h"
#include "rules/RuleCard.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace od {

RulesView::RulesView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_banner = new MessageBanner(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rulesSummary"));
    m_summary->setWordWrap(true);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("rulesRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &RulesView::reload);

    auto* content = new QWidget;
    auto* cards = new QVBoxLayout(content);
    for (const RuleSpec& spec : RuleCatalog::all()) {
        auto* card = new RuleCard(m_session, spec, content);
        connect(card, &RuleCard::changed, this, [this] {
            m_banner->dismiss();
            reload();
            Q_EMIT dataChanged();
        });
        connect(card, &RuleCard::refused, this, [this](const QString& message) {
            m_banner->showMessage(MessageBanner::Kind::Error, message);
        });
        cards->addWidget(card);
        m_cards << card;
    }
    cards->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rulesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    reload();
}

void RulesView::reload()
{
    AutomationRuleService service(m_session);
    auto rules = service.list();
    if (!rules) {
        m_banner->showMessage(MessageBanner::Kind::Error, rules.error().message);
        return;
    }
    const bool mayChange = service.mayChange();
    m_enabledCount = 0;
    for (const RuleState& state : *rules) {
        m_enabledCount += state.enabled ? 1 : 0;
        if (RuleCard* c = card(state.key))
            c->setState(state, mayChange);
    }
    m_summary->setText(
        (mayChange
             ? tr("The rules act for the company on the events they watch and each morning; what they do "
                  "shows in My work of whom it is for, and in the audit trail.")
             : tr("Only managers and administrators change the rules.")) +
        u' ' + tr("%1 of %n rule(s) on.", nullptr, int(rules->size())).arg(m_enabledCount));
    Q_EMIT statusTextChanged();
}

void RulesView::focusSearch()
{
    if (!m_cards.isEmpty())
        m_cards.first()->enabledBox()->setFocus();
}

QString RulesView::statusText() const
{
    return tr("%n rule(s) on", nullptr, m_enabledCount);
}

bool RulesView::hasUnsavedChanges() const
{
    return std::any_of(m_cards.cbegin(), m_cards.cend(),
                       [](const RuleCard* c) { return c->hasUnsavedChanges(); });
}

bool RulesView::save()
{
    bool saved = true;
    for (RuleCard* c : std::as_const(m_cards))
        if (c->hasUnsavedChanges())
            saved = c->applyParameters() && saved;
    return saved;
}

RuleCard* RulesView::card(const QString& key) const
{
    for (RuleCard* c : m_cards)
        if (c->key() == key)
            return c;
    return nullptr;
}

} // namespace od
