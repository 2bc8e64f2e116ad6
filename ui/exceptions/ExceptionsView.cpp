#include "ExceptionsView.h"

#include "ListTables.h"
#include "exceptions/ExceptionsPanel.h"
#include "widgets/ComboBoxKeys.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

ExceptionsView::ExceptionsView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_openOnly = new QCheckBox(tr("Open onl&y"), this);
    m_openOnly->setObjectName(QStringLiteral("exceptionsOpenOnly"));
    m_openOnly->setChecked(true);
    m_mine = new QCheckBox(tr("&Mine"), this);
    m_mine->setObjectName(QStringLiteral("exceptionsMine"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exceptionsKind"));
    m_kind->addItem(tr("Any kind"), -1);
    for (ExceptionKind k : ExceptionKindInfo::all())
        m_kind->addItem(ExceptionKindInfo::displayName(k), int(k));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("exceptionsSeverity"));
    m_severity->addItem(tr("Any severity"), -1);
    for (ExceptionSeverity s : ExceptionSeverityInfo::all())
        m_severity->addItem(ExceptionSeverityInfo::displayName(s), int(s));
    ComboBoxKeys::openOnlyOnRequest(m_kind);
    ComboBoxKeys::openOnlyOnRequest(m_severity);
    for (QCheckBox* box : {m_openOnly, m_mine})
        connect(box, &QCheckBox::toggled, this, &ExceptionsView::applyFilters);
    for (QComboBox* combo : {m_kind, m_severity})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExceptionsView::applyFilters);

    m_panel = new ExceptionsPanel(session, QString(), this);
    connect(m_panel, &ExceptionsPanel::changed, this, [this] {
        Q_EMIT dataChanged();
        Q_EMIT statusTextChanged();
    });
    connect(m_panel, &ExceptionsPanel::openOrderRequested, this, &WorkflowPage::openOrderRequested);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_openOnly);
    filters->addWidget(m_mine);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    auto* severityLabel = new QLabel(tr("Sev&erity:"), this);
    severityLabel->setBuddy(m_severity);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addStretch(1);
    m_banner = new MessageBanner(this);
    filters->addWidget(new ListExportButton(m_session, this, m_banner, tr("Exceptions"), [this] {
        const ExceptionFilter filter = currentFilter();
        return [filter](Session& worker) {
            return ListExportButton::single(ListTables(worker).exceptions(filter));
        };
    }));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_panel, 1);
    applyFilters();
}

ExceptionFilter ExceptionsView::currentFilter() const
{
    ExceptionFilter filter;
    filter.openOnly = m_openOnly->isChecked();
    filter.ownerId = m_mine->isChecked() ? m_session.user().id : 0;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = ExceptionKind(kind);
    if (const int severity = m_severity->currentData().toInt(); severity >= 0)
        filter.severity = ExceptionSeverity(severity);
    return filter;
}

void ExceptionsView::applyFilters()
{
    m_panel->setFilter(currentFilter());
    Q_EMIT statusTextChanged();
}

void ExceptionsView::reload()
{
    m_panel->reload();
    Q_EMIT statusTextChanged();
}

void ExceptionsView::focusSearch()
{
    m_panel->table()->setFocus();
}

QString ExceptionsView::statusText() const
{
    return m_openOnly->isChecked() ? tr("%n open exception(s)", nullptr, m_panel->count())
                                   : tr("%n exception(s)", nullptr, m_panel->count());
}

} // namespace od
