#include "ProductsView.h"

#include "ProductService.h"
#include "models/ProductListModel.h"
#include "products/ProductDialog.h"
#include "widgets/Formatting.h"

#include <QHeaderView>
#include <QTableView>

namespace od {

ProductsView::ProductsView(Session& session, QWidget* parent) : MasterDataView(session, setup(), parent)
{
    m_model = new ProductListModel(this);
    setModel(m_model);
    QTableView* view = table();
    view->horizontalHeader()->setSectionResizeMode(ProductListModel::SpecColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    view->setColumnWidth(ProductListModel::SkuColumn, digit * 16);
    view->setColumnWidth(ProductListModel::NameColumn, digit * 24);
    view->setColumnWidth(ProductListModel::UnitColumn, digit * 7);
    view->setColumnWidth(ProductListModel::UnitPriceColumn, digit * 14);
    view->setColumnWidth(ProductListModel::LeadTimeColumn, digit * 11);
    view->setColumnWidth(ProductListModel::RequiresSpecColumn, digit * 14);
    view->setColumnWidth(ProductListModel::StatusColumn, digit * 12);
    reload();
}

// Static: it is needed before the base is built.
MasterDataView::Setup ProductsView::setup()
{
    return {
        .title = tr("Products"),
        .searchPlaceholder = tr("Search SKU, name or specification… (Ctrl+F)"),
        .showInactiveText = tr("Show deactivated"),
        .addText = tr("New product…"),
        .editText = tr("Edit…"),
        .deactivateText = tr("Deactivate"),
        .reactivateText = tr("Reactivate"),
        .importText = tr("Import CSV…"),
        .searchObjectName = QStringLiteral("productSearch"),
        .tableObjectName = QStringLiteral("productsTable"),
        .countObjectName = QStringLiteral("productCount"),
        .editPermission = Permission::EditProducts,
        .csvKind = CsvImportReport::Kind::Products,
    };
}

Result<int> ProductsView::loadRows(const QString& text, int limit, bool includeInactive)
{
    auto found = ProductService(session()).search(text, limit, includeInactive);
    if (!found)
        return std::unexpected(found.error());
    const int n = int(found->size());
    m_model->setProducts(std::move(*found));
    return n;
}

QString ProductsView::countText(int rows, bool truncated) const
{
    return truncated
               ? tr("Showing the first %1 products — type more to narrow the search.").arg(Formatting::count(rows))
               : tr("%n product(s)", nullptr, rows);
}

qint64 ProductsView::idAt(int row) const
{
    const Product* c = m_model->productAt(row);
    return c ? c->id : 0;
}

bool ProductsView::isActiveAt(int row) const
{
    const Product* c = m_model->productAt(row);
    return c && c->active;
}

int ProductsView::rowOf(qint64 id) const
{
    return m_model->rowOf(id);
}

Status ProductsView::setActive(qint64 id, bool active)
{
    return ProductService(session()).setActive(id, active);
}

std::optional<qint64> ProductsView::runEditor(int row)
{
    const Product* c = m_model->productAt(row);
    ProductDialog dialog(session(), c ? *c : Product(), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.product().id;
}

} // namespace od
