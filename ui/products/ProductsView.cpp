#include "ProductsView.h"

#include "Permissions.h"
#include "ProductService.h"
#include "models/ProductListModel.h"
#include "products/ProductDialog.h"
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

ProductsView::ProductsView(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new ProductListModel(this);
    m_banner = new MessageBanner(this);

    auto* title = new QLabel(tr("Products"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search SKU, name or specification… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_showInactive = new QCheckBox(tr("Show deactivated"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_addButton = new QPushButton(tr("New product…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_activeButton = new QPushButton(tr("Deactivate"), this);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_importButton = new QPushButton(tr("Import CSV…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("productsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(ProductListModel::SpecColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(ProductListModel::SkuColumn, digit * 16);
    m_table->setColumnWidth(ProductListModel::NameColumn, digit * 24);
    m_table->setColumnWidth(ProductListModel::UnitColumn, digit * 7);
    m_table->setColumnWidth(ProductListModel::UnitPriceColumn, digit * 14);
    m_table->setColumnWidth(ProductListModel::LeadTimeColumn, digit * 11);
    m_table->setColumnWidth(ProductListModel::RequiresSpecColumn, digit * 14);
    m_table->setColumnWidth(ProductListModel::StatusColumn, digit * 12);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("productCount"));

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
    connect(m_searchTimer, &QTimer::timeout, this, &ProductsView::reload);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ProductsView::reload);
    connect(m_showInactive, &QCheckBox::toggled, this, &ProductsView::reload);
    connect(m_addButton, &QPushButton::clicked, this, &ProductsView::addProduct);
    connect(m_editButton, &QPushButton::clicked, this, &ProductsView::editCurrent);
    connect(m_activeButton, &QPushButton::clicked, this, &ProductsView::toggleActiveOfCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &ProductsView::importCsv);
    connect(m_table, &QTableView::doubleClicked, this, &ProductsView::editCurrent);
    connect(m_table, &QTableView::activated, this, &ProductsView::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsView::updateButtons);

    reload();
}

void ProductsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProductsView::reload()
{
    m_searchTimer->stop();
    const qint64 keep = currentId();
    auto found = ProductService(m_session).search(m_search->text().trimmed(), SearchLimit,
                                                  m_showInactive->isChecked());
    if (!found) {
        m_banner->showMessage(MessageBanner::Kind::Error, found.error().message);
        return;
    }
    m_banner->dismiss();
    const int n = int(found->size());
    m_model->setProducts(std::move(*found));
    m_count->setText(
        n >= SearchLimit
            ? tr("Showing the first %1 products — type more to narrow the search.").arg(Formatting::count(n))
            : tr("%n product(s)", nullptr, n));
    selectProduct(keep);
}

qint64 ProductsView::currentId() const
{
    const Product* c = m_model->productAt(m_table->currentIndex().row());
    return c ? c->id : 0;
}

void ProductsView::selectProduct(qint64 productId)
{
    const int row = m_model->rowOf(productId);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void ProductsView::updateButtons()
{
    // The user may change (Settings → user), so the rights are asked each time.
    const bool mayEdit = Permissions::allows(m_session, Permission::EditProducts);
    const bool mayImport = Permissions::allows(m_session, Permission::ImportData);
    const QString editRefusal =
        mayEdit ? QString() : PermissionInfo::refusal(m_session.user().role, Permission::EditProducts);
    const Product* c = m_model->productAt(m_table->currentIndex().row());
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

void ProductsView::addProduct()
{
    ProductDialog dialog(m_session, Product(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectProduct(dialog.product().id);
    Q_EMIT dataChanged();
}

void ProductsView::editCurrent()
{
    if (!m_editButton->isEnabled())
        return;
    const Product* c = m_model->productAt(m_table->currentIndex().row());
    if (!c)
        return;
    ProductDialog dialog(m_session, *c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT dataChanged();
}

void ProductsView::toggleActiveOfCurrent()
{
    const Product* c = m_model->productAt(m_table->currentIndex().row());
    if (!c)
        return;
    const qint64 id = c->id;
    if (auto ok = ProductService(m_session).setActive(id, !c->active); !ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, ok.error().message);
        return;
    }
    reload();
    selectProduct(id);
    Q_EMIT dataChanged();
}

void ProductsView::importCsv()
{
    CsvImportDialog dialog(m_session, CsvImportReport::Kind::Products, this);
    connect(&dialog, &CsvImportDialog::imported, this, [this] {
        reload();
        Q_EMIT dataChanged();
    });
    dialog.exec();
}

} // namespace od
