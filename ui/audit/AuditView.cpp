#include "AuditView.h"

#include "AccountService.h"
#include "AuditService.h"
#include "widgets/DateField.h"
#include "widgets/Formatting.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

AuditView::AuditView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("auditView"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    // Each kind: the prefix of its actions, and one to leave out ("Users" are the changes to
    // accounts; sign-ins have a kind of their own).
    const QList<std::pair<QString, QStringList>> actions{
        {tr("Any action"), {}},
        {tr("Orders"), {QStringLiteral("order.")}},
        {tr("Customers"), {QStringLiteral("customer.")}},
        {tr("Products"), {QStringLiteral("product.")}},
        {tr("Users"), {QStringLiteral("user."), QStringLiteral("user.sign_in")}},
        {tr("Settings"), {QStringLiteral("settings.")}},
        {tr("Imports"), {QStringLiteral("import.")}},
        {tr("Sign-in"), {QStringLiteral("user.sign_in")}},
        {tr("Backups"), {QStringLiteral("database.")}},
    };
    for (const auto& [text, prefixes] : actions)
        m_action->addItem(text, prefixes);
    m_orderNumber = new QLineEdit(this);
    m_orderNumber->setObjectName(QStringLiteral("auditOrderNumber"));
    m_orderNumber->setPlaceholderText(tr("e.g. SO-2026-000123"));
    m_orderNumber->setClearButtonEnabled(true);

    auto* apply = new QPushButton(tr("Show"), this);
    apply->setObjectName(QStringLiteral("auditApply"));
    auto* verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("auditVerify"));
    verify->setToolTip(tr("Checks that no audit entry was changed, inserted or removed."));

    auto* filters = new QHBoxLayout;
    auto addFilter = [this, filters](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        filters->addWidget(text);
        filters->addWidget(field);
    };
    addFilter(tr("&User:"), m_user);
    // The date fields' line edits take the focus (a label's buddy must accept it).
    addFilter(tr("F&rom:"), m_from->lineEdit());
    addFilter(tr("&To:"), m_to->lineEdit());
    addFilter(tr("&Action:"), m_action);
    addFilter(tr("&Order number:"), m_orderNumber);
    filters->addWidget(apply);
    filters->addStretch(1);
    filters->addWidget(verify);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Record"), tr("Changes")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {18, 12, 22, 18};
    for (int c = 0; c < 4; ++c)
        m_table->setColumnWidth(c, unit * widths[c]);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(apply, &QPushButton::clicked, this, &AuditView::reload);
    connect(m_orderNumber, &QLineEdit::returnPressed, this, &AuditView::reload);
    connect(m_user, &QComboBox::activated, this, &AuditView::reload);
    connect(m_action, &QComboBox::activated, this, &AuditView::reload);
    connect(m_from, &DateField::dateEdited, this, &AuditView::reload);
    connect(m_to, &DateField::dateEdited, this, &AuditView::reload);
    connect(verify, &QPushButton::clicked, this, &AuditView::verifyChain);

    loadUsers();
    reload();
}

void AuditView::loadUsers()
{
    const qint64 selected = m_user->currentData().toLongLong();
    m_user->clear();
    m_user->addItem(tr("Anyone"), qint64(0));
    auto users = AccountService(m_session).users();
    if (!users)
        return;
    for (const User& user : std::as_const(*users))
        m_user->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.name), user.id);
    m_words = AuditWording(*users);
    m_user->setCurrentIndex(std::max(0, m_user->findData(selected)));
}

void AuditView::refresh()
{
    loadUsers();
    reload();
}

void AuditView::focusSearch()
{
    m_orderNumber->setFocus();
    m_orderNumber->selectAll();
}

void AuditView::reload()
{
    AuditFilter filter;
    filter.userId = m_user->currentData().toLongLong();
    // The trail keeps UTC dates; a local day differs from the UTC day only near midnight.
    filter.from = m_from->date();
    filter.to = m_to->date();
    const QStringList prefixes = m_action->currentData().toStringList();
    filter.actionPrefix = prefixes.value(0);
    filter.excludedActionPrefix = prefixes.value(1);
    filter.entityLabel = m_orderNumber->text().trimmed();
    if (!filter.entityLabel.isEmpty())
        filter.entity = QStringLiteral("order");

    m_table->setRowCount(0);
    auto entries = AuditService(m_session).list(filter, MaxEntries);
    if (!entries) {
        m_banner->showMessage(MessageBanner::Kind::Error, entries.error().message);
        m_summary->clear();
        Q_EMIT statusTextChanged();
        return;
    }
    for (const AuditEntry& entry : std::as_const(*entries))
        addRow(entry);
    m_summary->setText(entries->size() >= MaxEntries
                           ? tr("Showing the newest %1 entries; narrow the filters to see older ones.")
                                 .arg(Formatting::count(MaxEntries))
                           : tr("%1 entries").arg(Formatting::count(entries->size())));
    Q_EMIT statusTextChanged();
}

void AuditView::addRow(const AuditEntry& entry)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QStringList changes;
    for (const FieldChange& change : entry.changes)
        changes << m_words.change(entry.entity, change);
    const QString record = entry.entityLabel.isEmpty() ? entry.entity : entry.entityLabel;
    const QStringList texts{Formatting::dateTime(entry.at), m_words.person(entry.userId, entry.userName),
                            AuditWording::action(entry.action), record, changes.join(QStringLiteral("; "))};
    for (int c = 0; c < texts.size(); ++c) {
        auto* item = new QTableWidgetItem(texts.at(c));
        item->setToolTip(c == 4 ? changes.join(QLatin1Char('\n')) : texts.at(c));
        m_table->setItem(row, c, item);
    }
}

void AuditView::verifyChain()
{
    auto result = AuditService(m_session).verify();
    if (!result) {
        m_banner->showMessage(MessageBanner::Kind::Error, result.error().message);
        return;
    }
    if (!result->firstBrokenId) {
        m_banner->showMessage(
            MessageBanner::Kind::Info,
            tr("The audit trail is intact: %1 entries checked.").arg(Formatting::count(result->entries)));
        return;
    }
    QString text = tr("The audit trail is broken at entry %1 (%2 entries checked).")
                       .arg(*result->firstBrokenId)
                       .arg(Formatting::count(result->entries));
    if (!result->problem.isEmpty())
        text += QLatin1Char(' ') + result->problem;
    m_banner->showMessage(MessageBanner::Kind::Error, text);
}

QString AuditView::statusText() const
{
    return m_summary->text();
}

} // namespace od
