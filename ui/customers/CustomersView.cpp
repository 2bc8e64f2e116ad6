#include "CustomersView.h"

#include "CustomerService.h"
#include "Permissions.h"
#include "customers/CustomerDialog.h"
#include "models/CustomerListModel.h"
#include "widgets/CsvImportDialog.h"
#include "widgets/Formatting.h"
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

namespace {
constexpr int SearchLimit = 500;
}

CustomersView::CustomersView(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new CustomerListModel(this);
    m_banner = new MessageBanner(this);

    auto* title = new QLabel(tr("Customers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search code, name, contact, phone… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_showInactive = new QCheckBox(tr("Show deactivated"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_addButton = new QPushButton(tr("New customer…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_activeButton = new QPushButton(tr("Deactivate"), this);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_importButton = new QPushButton(tr("Import CSV…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(CustomerListModel::CodeColumn, digit * 12);
    m_table->setColumnWidth(CustomerListModel::ContactColumn, digit * 14);
    m_table->setColumnWidth(CustomerListModel::PhoneColumn, digit * 16);
    m_table->setColumnWidth(CustomerListModel::EmailColumn, digit * 26);
    m_table->setColumnWidth(CustomerListModel::CreditLimitColumn, digit * 16);
    m_table->setColumnWidth(CustomerListModel::PaymentTermsColumn, digit * 12);
    m_table->setColumnWidth(CustomerListModel::StatusColumn, digit * 12);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("customerCount"));

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
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersView::reload);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersView::reload);
    connect(m_showInactive, &QCheckBox::toggled, this, &CustomersView::reload);
    connect(m_addButton, &QPushButton::clicked, this, &CustomersView::addCustomer);
    connect(m_editButton, &QPushButton::clicked, this, &CustomersView::editCurrent);
    connect(m_activeButton, &QPushButton::clicked, this, &CustomersView::toggleActiveOfCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &CustomersView::importCsv);
    connect(m_table, &QTableView::doubleClicked, this, &CustomersView::editCurrent);
    connect(m_table, &QTableView::activated, this, &CustomersView::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersView::updateButtons);

    reload();
}

void CustomersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomersView::reload()
{
    m_searchTimer->stop();
    const qint64 keep = currentId();
    auto found = CustomerService(m_session).search(m_search->text().trimmed(), SearchLimit,
                                                   m_showInactive->isChecked());
    if (!found) {
        m_banner->showMessage(MessageBanner::Kind::Error, found.error().message);
        return;
    }
    m_banner->dismiss();
    const int n = int(found->size());
    m_model->setCustomers(std::move(*found));
    m_count->setText(
        n >= SearchLimit
            ? tr("Showing the first %1 customers — type more to narrow the search.").arg(Formatting::count(n))
            : tr("%n customer(s)", nullptr, n));
    selectCustomer(keep);
}

qint64 CustomersView::currentId() const
{
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    return c ? c->id : 0;
}

void CustomersView::selectCustomer(qint64 customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void CustomersView::updateButtons()
{
    // The user may change (Settings → user), so the rights are asked each time.
    const bool mayEdit = Permissions::allows(m_session, Permission::EditCustomers);
    const bool mayImport = Permissions::allows(m_session, Permission::ImportData);
    const QString editRefusal =
        mayEdit ? QString() : PermissionInfo::refusal(m_session.user().role, Permission::EditCustomers);
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    m_addButton->setEnabled(mayEdit);
    m_editButton->setEnabled(mayEdit && c != nullptr);
    m_activeButton->setEnabled(mayEdit && c != nullptr);
    m_activeButton->setText(c && !c->active ? tr("Reactivate") : tr("Deactivate"));
    for (auto* button : {m_addButton, m_editButton, m_activeButton})
        button->setToolTip(editRefusal);
    m_importButton->setEnabled(mayImport);
    m_importButton->setToolTip(
        mayImport ? QString() : PermissionInfo::refusal(m_session.user().role, Permission::ImportData));
}

void CustomersView::addCustomer()
{
    CustomerDialog dialog(m_session, Customer(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCustomer(dialog.customer().id);
    Q_EMIT dataChanged();
}

void CustomersView::editCurrent()
{
    if (!m_editButton->isEnabled())
        return;
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    if (!c)
        return;
    CustomerDialog dialog(m_session, *c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT dataChanged();
}

void CustomersView::toggleActiveOfCurrent()
{
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    if (!c)
        return;
    const qint64 id = c->id;
    if (auto ok = CustomerService(m_session).setActive(id, !c->active); !ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, ok.error().message);
        return;
    }
    reload();
    selectCustomer(id);
    Q_EMIT dataChanged();
}

void CustomersView::importCsv()
{
    CsvImportDialog dialog(m_session, CsvImportReport::Kind::Customers, this);
    connect(&dialog, &CsvImportDialog::imported, this, [this] {
        reload();
        Q_EMIT dataChanged();
    });
    dialog.exec();
}

} // namespace od
