#include "CustomersView.h"

#include "CustomerService.h"
#include "customers/CustomerDialog.h"
#include "models/CustomerListModel.h"
#include "widgets/Formatting.h"

#include <QHeaderView>
#include <QTableView>

namespace od {

CustomersView::CustomersView(Session& session, QWidget* parent) : MasterDataView(session, setup(), parent)
{
    m_model = new CustomerListModel(this);
    setModel(m_model);
    QTableView* view = table();
    view->horizontalHeader()->setSectionResizeMode(CustomerListModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    view->setColumnWidth(CustomerListModel::CodeColumn, digit * 12);
    view->setColumnWidth(CustomerListModel::ContactColumn, digit * 14);
    view->setColumnWidth(CustomerListModel::PhoneColumn, digit * 16);
    view->setColumnWidth(CustomerListModel::EmailColumn, digit * 26);
    view->setColumnWidth(CustomerListModel::CreditLimitColumn, digit * 16);
    view->setColumnWidth(CustomerListModel::PaymentTermsColumn, digit * 12);
    view->setColumnWidth(CustomerListModel::StatusColumn, digit * 12);
    reload();
}

// Static: it is needed before the base is built.
MasterDataView::Setup CustomersView::setup()
{
    return {
        .title = tr("Customers"),
        .searchPlaceholder = tr("Search code, name, contact, phone… (Ctrl+F)"),
        .showInactiveText = tr("Show deactivated"),
        .addText = tr("New customer…"),
        .editText = tr("Edit…"),
        .deactivateText = tr("Deactivate"),
        .reactivateText = tr("Reactivate"),
        .importText = tr("Import CSV…"),
        .searchObjectName = QStringLiteral("customerSearch"),
        .tableObjectName = QStringLiteral("customersTable"),
        .countObjectName = QStringLiteral("customerCount"),
        .editPermission = Permission::EditCustomers,
        .csvKind = CsvImportReport::Kind::Customers,
    };
}

Result<int> CustomersView::loadRows(const QString& text, int limit, bool includeInactive)
{
    auto found = CustomerService(session()).search(text, limit, includeInactive);
    if (!found)
        return std::unexpected(found.error());
    const int n = int(found->size());
    m_model->setCustomers(std::move(*found));
    return n;
}

QString CustomersView::countText(int rows, bool truncated) const
{
    return truncated
               ? tr("Showing the first %1 customers — type more to narrow the search.").arg(Formatting::count(rows))
               : tr("%n customer(s)", nullptr, rows);
}

qint64 CustomersView::idAt(int row) const
{
    const Customer* c = m_model->customerAt(row);
    return c ? c->id : 0;
}

bool CustomersView::isActiveAt(int row) const
{
    const Customer* c = m_model->customerAt(row);
    return c && c->active;
}

int CustomersView::rowOf(qint64 id) const
{
    return m_model->rowOf(id);
}

Status CustomersView::setActive(qint64 id, bool active)
{
    return CustomerService(session()).setActive(id, active);
}

std::optional<qint64> CustomersView::runEditor(int row)
{
    const Customer* c = m_model->customerAt(row);
    CustomerDialog dialog(session(), c ? *c : Customer(), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.customer().id;
}

} // namespace od
