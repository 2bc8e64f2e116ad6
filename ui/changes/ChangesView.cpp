#include "ChangesView.h"

#include "CustomerService.h"
#include "ExceptionService.h"
#include "ListTables.h"
#include "changes/ChangesPanel.h"
#include "widgets/ComboBoxKeys.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

ChangesView::ChangesView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("changesStatus"));
    m_status->addItem(tr("Any status"), -1);
    for (ChangeStatus s : ChangeStatusInfo::all())
        m_status->addItem(ChangeStatusInfo::displayName(s), int(s));
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("changesCustomer"));
    m_customer->addItem(tr("Any customer"), qint64(0));
    for (const Customer& c : CustomerService(session).search(QString(), 1000).value_or(QList<Customer>()))
        m_customer->addItem(c.name, c.id);
    m_salesperson = new QComboBox(this);
    m_salesperson->setObjectName(QStringLiteral("changesSalesperson"));
    m_salesperson->addItem(tr("Any salesperson"), qint64(0));
    for (const User& u : ExceptionService(session).possibleOwners().value_or(QList<User>()))
        if (u.role == Role::Salesperson || u.role == Role::Manager)
            m_salesperson->addItem(u.displayName, u.id);
    for (QComboBox* combo : {m_status, m_customer, m_salesperson}) {
        // Long customer names must not widen the page past the window.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        ComboBoxKeys::openOnlyOnRequest(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ChangesView::applyFilters);
    }

    m_panel = new ChangesPanel(session, 0, this);
    connect(m_panel, &ChangesPanel::changed, this, [this] {
        Q_EMIT dataChanged();
        Q_EMIT statusTextChanged();
    });
    connect(m_panel, &ChangesPanel::openOrderRequested, this, &WorkflowPage::openOrderRequested);

    auto* filters = new QHBoxLayout;
    auto add = [&](const QString& text, QComboBox* combo) {
        auto* label = new QLabel(text, this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
    };
    add(tr("S&tatus:"), m_status);
    add(tr("&Customer:"), m_customer);
    add(tr("Sa&lesperson:"), m_salesperson);
    filters->addStretch(1);
    m_banner = new MessageBanner(this);
    filters->addWidget(new ListExportButton(m_session, this, m_banner, tr("Changes"), [this] {
        const ChangeRequestFilter filter = currentFilter();
        return [filter](Session& worker) {
            return ListExportButton::single(ListTables(worker).changes(filter));
        };
    }));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_panel, 1);
    applyFilters();
}

ChangeRequestFilter ChangesView::currentFilter() const
{
    ChangeRequestFilter filter;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = ChangeStatus(status);
    filter.customerId = m_customer->currentData().toLongLong();
    filter.salespersonId = m_salesperson->currentData().toLongLong();
    return filter;
}

void ChangesView::applyFilters()
{
    m_panel->setFilter(currentFilter());
    Q_EMIT statusTextChanged();
}

void ChangesView::reload()
{
    m_panel->reload();
    Q_EMIT statusTextChanged();
}

void ChangesView::focusSearch()
{
    m_panel->table()->setFocus();
}

QString ChangesView::statusText() const
{
    return tr("%n change request(s)", nullptr, m_panel->count());
}

} // namespace od
