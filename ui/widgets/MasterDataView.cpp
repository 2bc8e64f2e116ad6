#include "MasterDataView.h"

#include "Permissions.h"
#include "Session.h"
#include "widgets/CsvImportDialog.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

MasterDataView::MasterDataView(Session& session, Setup setup, QWidget* parent)
    : WorkflowPage(parent), m_session(session), m_setup(std::move(setup))
{
    m_banner = new MessageBanner(this);

    auto* title = new QLabel(m_setup.title, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(m_setup.searchObjectName);
    m_search->setPlaceholderText(m_setup.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_showInactive = new QCheckBox(m_setup.showInactiveText, this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_addButton = new QPushButton(m_setup.addText, this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton = new QPushButton(m_setup.editText, this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_activeButton = new QPushButton(m_setup.deactivateText, this);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_importButton = new QPushButton(m_setup.importText, this);
    m_importButton->setObjectName(QStringLiteral("importButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(m_setup.tableObjectName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    m_count = new QLabel(this);
    m_count->setObjectName(m_setup.countObjectName);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_showInactive);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_activeButton);
    toolbar->addWidget(m_importButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &MasterDataView::reload);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MasterDataView::reload);
    connect(m_showInactive, &QCheckBox::toggled, this, &MasterDataView::reload);
    connect(m_addButton, &QPushButton::clicked, this, &MasterDataView::addRecord);
    connect(m_editButton, &QPushButton::clicked, this, &MasterDataView::editCurrent);
    connect(m_activeButton, &QPushButton::clicked, this, &MasterDataView::toggleActiveOfCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &MasterDataView::importCsv);
    connect(m_table, &QTableView::doubleClicked, this, &MasterDataView::editCurrent);
    connect(m_table, &QTableView::activated, this, &MasterDataView::editCurrent);
}

void MasterDataView::setModel(QAbstractItemModel* model)
{
    m_table->setModel(model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MasterDataView::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &MasterDataView::updateButtons);
}

void MasterDataView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MasterDataView::reload()
{
    m_searchTimer->stop();
    const qint64 keep = idAt(currentRow());
    auto found = loadRows(m_search->text().trimmed(), SearchLimit, m_showInactive->isChecked());
    if (!found) {
        m_banner->showMessage(MessageBanner::Kind::Error, found.error().message);
        return;
    }
    m_banner->dismiss();
    m_count->setText(countText(*found, *found >= SearchLimit));
    Q_EMIT statusTextChanged();
    selectRecord(keep);
}

int MasterDataView::currentRow() const
{
    return m_table->currentIndex().row();
}

void MasterDataView::selectRecord(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void MasterDataView::updateButtons()
{
    // The user may change (Settings → user), so the rights are asked each time.
    const Permission edit = m_setup.editPermission;
    const bool mayEdit = Permissions::allows(m_session, edit);
    const bool mayImport = Permissions::allows(m_session, Permission::ImportData);
    const QString editRefusal = mayEdit ? QString() : PermissionInfo::refusal(m_session.user().role, edit);
    const int row = currentRow();
    const bool hasCurrent = idAt(row) != 0;
    m_addButton->setEnabled(mayEdit);
    m_editButton->setEnabled(mayEdit && hasCurrent);
    m_activeButton->setEnabled(mayEdit && hasCurrent);
    m_activeButton->setText(hasCurrent && !isActiveAt(row) ? m_setup.reactivateText : m_setup.deactivateText);
    for (auto* button : {m_addButton, m_editButton, m_activeButton})
        button->setToolTip(editRefusal);
    m_importButton->setEnabled(mayImport);
    m_importButton->setToolTip(
        mayImport ? QString() : PermissionInfo::refusal(m_session.user().role, Permission::ImportData));
}

void MasterDataView::addRecord()
{
    const std::optional<qint64> saved = runEditor(-1);
    if (!saved)
        return;
    reload();
    selectRecord(*saved);
    Q_EMIT dataChanged();
}

void MasterDataView::editCurrent()
{
    if (!m_editButton->isEnabled())
        return;
    const int row = currentRow();
    if (idAt(row) == 0)
        return;
    if (!runEditor(row))
        return;
    reload();
    Q_EMIT dataChanged();
}

void MasterDataView::toggleActiveOfCurrent()
{
    const int row = currentRow();
    const qint64 id = idAt(row);
    if (id == 0)
        return;
    if (auto ok = setActive(id, !isActiveAt(row)); !ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, ok.error().message);
        return;
    }
    reload();
    selectRecord(id);
    Q_EMIT dataChanged();
}

void MasterDataView::importCsv()
{
    CsvImportDialog dialog(m_session, m_setup.csvKind, this);
    connect(&dialog, &CsvImportDialog::imported, this, [this] {
        reload();
        Q_EMIT dataChanged();
    });
    dialog.exec();
}

QString MasterDataView::statusText() const
{
    return m_count->text();
}

} // namespace od
