#include "MyWorkView.h"

#include "ListTables.h"
#include "MyWorkService.h"
#include "RuleCatalog.h"
#include "RuleFiringService.h"
#include "main/PageRegistry.h"
#include "widgets/ComboBoxKeys.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

const QColor kOverdueText(0xb7, 0x1c, 0x1c);

enum Column
{
    DueColumn,
    ReferenceColumn,
    KindColumn,
    WhatColumn,
    ColumnCount
};

} // namespace

MyWorkView::MyWorkView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("myWorkSummary"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("myWorkKind"));
    m_kind->addItem(tr("Everything"), QString());
    for (QLatin1String kind : WorkItemKindInfo::all())
        m_kind->addItem(WorkItemKindInfo::displayName(kind), QString(kind));
    ComboBoxKeys::openOnlyOnRequest(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MyWorkView::fill);
    auto* kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("myWorkTable"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Order / document"), tr("Kind"), tr("What to do")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    connect(m_table, &QAbstractItemView::activated, this, &MyWorkView::openCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MyWorkView::updateButtons);

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("myWorkOpen"));
    m_open->setToolTip(tr("Go where this work is done (Enter)"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &MyWorkView::openCurrent);
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("myWorkDismiss"));
    m_dismiss->setToolTip(tr("Take a reminder an automation rule made off your list (Delete)"));
    m_dismiss->setEnabled(false);
    connect(m_dismiss, &QPushButton::clicked, this, &MyWorkView::dismissCurrent);
    auto* dismissKey = new QShortcut(QKeySequence::Delete, m_table);
    dismissKey->setContext(Qt::WidgetShortcut);
    connect(dismissKey, &QShortcut::activated, this, &MyWorkView::dismissCurrent);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("myWorkRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &MyWorkView::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(m_open);
    top->addWidget(m_dismiss);
    top->addWidget(refresh);
    m_banner = new MessageBanner(this);
    top->addWidget(new ListExportButton(m_session, this, m_banner, tr("My work"), [this] {
        const QString kind = m_kind->currentData().toString();
        return [kind](Session& worker) { return ListExportButton::single(ListTables(worker).myWork(kind)); };
    }));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    reload();
}

void MyWorkView::reload()
{
    auto items = MyWorkService(m_session).items(ShownItems + 1);
    if (!items) {
        m_items.clear();
        m_more = false;
        fill();
        m_summary->setText(items.error().message);
        return;
    }
    m_items = *items;
    m_more = m_items.size() > ShownItems;
    if (m_more)
        m_items.resize(ShownItems);
    fill();
    Q_EMIT pendingCountChanged();
    Q_EMIT statusTextChanged();
}

int MyWorkView::overdueCount() const
{
    const QDate today = m_session.today();
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [&today](const WorkItem& i) { return i.isOverdue(today); }));
}

void MyWorkView::fill()
{
    const QString kind = m_kind->currentData().toString();
    const int keep = m_table->currentRow() >= 0 && m_table->currentRow() < m_shown.size()
                         ? m_shown.at(m_table->currentRow())
                         : -1;
    const qint64 keepRecord = keep >= 0 && keep < m_items.size() ? m_items.at(keep).recordId : 0;
    const QString keepOrder = keep >= 0 && keep < m_items.size() ? m_items.at(keep).orderNo : QString();
    const QDate today = m_session.today();
    m_shown.clear();
    for (int i = 0; i < m_items.size(); ++i)
        if (kind.isEmpty() || m_items.at(i).kind == kind)
            m_shown << i;
    m_table->setRowCount(int(m_shown.size()));
    int reselect = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const WorkItem& w = m_items.at(m_shown.at(row));
        auto* due = new QTableWidgetItem(w.due.isValid() ? Formatting::date(w.due) : QString());
        auto* reference = new QTableWidgetItem(w.orderNo.isEmpty() ? w.documentNo : w.orderNo);
        auto* what = new QTableWidgetItem(w.text);
        what->setToolTip(w.rule.isEmpty() ? w.text
                                          : tr("%1\n(automation rule \"%2\"; Delete dismisses it)")
                                                .arg(w.text, RuleCatalog::displayName(w.rule)));
        auto* kindItem = new QTableWidgetItem(WorkItemKindInfo::displayName(w.kind));
        if (w.isOverdue(today)) {
            QFont bold = due->font();
            bold.setBold(true);
            for (QTableWidgetItem* cell : {due, reference, kindItem, what})
                cell->setForeground(kOverdueText);
            due->setFont(bold);
            due->setToolTip(tr("Overdue since %1").arg(Formatting::date(w.due)));
        }
        m_table->setItem(row, DueColumn, due);
        m_table->setItem(row, ReferenceColumn, reference);
        m_table->setItem(row, KindColumn, kindItem);
        m_table->setItem(row, WhatColumn, what);
        if (w.recordId == keepRecord && w.orderNo == keepOrder && keep >= 0)
            reselect = row;
    }
    m_table->resizeColumnToContents(DueColumn);
    m_table->resizeColumnToContents(ReferenceColumn);
    m_table->resizeColumnToContents(KindColumn);
    if (!m_shown.isEmpty())
        m_table->selectRow(reselect >= 0 ? reselect : 0);
    updateButtons();
    const int overdue = overdueCount();
    if (m_more)
        m_summary->setText(
            tr("More than %1 things to do: %1 are listed, most urgent first, %2 of them overdue.")
                .arg(ShownItems)
                .arg(overdue));
    else
        m_summary->setText(
            m_items.isEmpty() ? tr("Nothing to do now.")
            : overdue > 0 ? tr("%n thing(s) to do, %1 overdue.", nullptr, int(m_items.size())).arg(overdue)
                          : tr("%n thing(s) to do, none overdue.", nullptr, int(m_items.size())));
}

bool MyWorkView::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return false;
    const WorkItem& w = m_items.at(m_shown.at(row));
    if (w.kind == WorkItemKind::Confirmation)
        Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Confirmation), w.orderId, w.orderId);
    else if (w.kind == WorkItemKind::Step || w.kind == WorkItemKind::Late ||
             w.kind == WorkItemKind::DateAcceptance)
        Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Planning), w.orderId, w.orderId);
    else if (w.kind == WorkItemKind::Mention)
        Q_EMIT openDiscussionRequested(w.orderId);
    else if (w.kind == WorkItemKind::Ship || w.kind == WorkItemKind::ShipFinished)
        Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Shipments), w.orderId, w.orderId);
    else if (w.kind == WorkItemKind::Overdue || w.kind == WorkItemKind::Promise ||
             w.kind == WorkItemKind::CreditHold)
        Q_EMIT openPageRequested(QString::fromLatin1(PageIds::Receivables), w.customerId, 0);
    else
        Q_EMIT openOrderRequested(w.orderId);
    return true;
}

const WorkItem* MyWorkView::currentItem() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_shown.size() ? &m_items.at(m_shown.at(row)) : nullptr;
}

void MyWorkView::updateButtons()
{
    const WorkItem* w = currentItem();
    m_open->setEnabled(w != nullptr);
    m_dismiss->setEnabled(w && w->firingId > 0);
}

bool MyWorkView::dismissCurrent()
{
    const WorkItem* w = currentItem();
    if (!w || w->firingId <= 0)
        return false;
    if (auto ok = RuleFiringService(m_session).dismiss(w->firingId); !ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, ok.error().message);
        return false;
    }
    m_banner->dismiss();
    reload();
    return true;
}

void MyWorkView::focusSearch()
{
    m_table->setFocus();
}

QString MyWorkView::statusText() const
{
    if (m_more)
        return tr("More than %1 things to do").arg(ShownItems);
    return m_items.isEmpty() ? tr("Nothing to do") : tr("%n thing(s) to do", nullptr, int(m_items.size()));
}

} // namespace od
