#include "ProductDialog.h"

#include "ProductService.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace od {

ProductDialog::ProductDialog(Session& session, const Product& product, QWidget* parent)
    : QDialog(parent), m_session(session), m_product(product)
{
    setWindowTitle(product.id == 0 ? tr("New product") : tr("Product %1").arg(product.sku));
    setObjectName(QStringLiteral("productDialog"));

    auto lineEdit = [this](const char* name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_sku = lineEdit("skuEdit", product.sku);
    m_sku->setPlaceholderText(tr("e.g. PV-DN50"));
    m_name = lineEdit("nameEdit", product.name);
    m_spec = lineEdit("specEdit", product.spec);
    m_spec->setPlaceholderText(tr("standard specification, e.g. DN50 PN16 stainless"));
    m_unit = lineEdit("unitEdit", product.unit);
    m_unit->setPlaceholderText(tr("e.g. 台, 件, m"));
    m_unitPrice = lineEdit("unitPriceEdit", product.id == 0 && product.unitPrice.raw() == 0
                                                ? QString()
                                                : product.unitPrice.toDecimalString());
    m_unitPrice->setPlaceholderText(tr("up to 4 decimals"));
    m_leadTime = new QSpinBox(this);
    m_leadTime->setObjectName(QStringLiteral("leadTimeEdit"));
    m_leadTime->setRange(0, 3650);
    m_leadTime->setSuffix(tr(" days"));
    m_leadTime->setValue(product.leadTimeDays);
    m_requiresSpec =
        new QCheckBox(tr("Made to order: every order line must state the customer's specification"), this);
    m_requiresSpec->setObjectName(QStringLiteral("requiresSpecCheck"));
    m_requiresSpec->setChecked(product.requiresSpec);
    m_active = new QCheckBox(tr("Active (can be chosen on new orders)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(product.active);
    m_active->setVisible(product.id != 0);

    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("sku"), tr("&SKU"), m_sku);
    m_form->addField(QStringLiteral("name"), tr("&Name"), m_name);
    m_form->addField(QStringLiteral("spec"), tr("S&pecification"), m_spec);
    m_form->addField(QStringLiteral("unit"), tr("&Unit"), m_unit);
    m_form->addField(QStringLiteral("unit_price"), tr("Unit pri&ce (¥)"), m_unitPrice);
    m_form->addField(QStringLiteral("lead_time_days"), tr("&Lead time"), m_leadTime);
    m_form->addRow(m_requiresSpec);
    m_form->addRow(m_active);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    (product.id == 0 && product.sku.isEmpty() ? m_sku : m_name)->setFocus();
}

bool ProductDialog::readForm(Product& product)
{
    product.sku = m_sku->text().trimmed();
    product.name = m_name->text().trimmed();
    product.spec = m_spec->text().trimmed();
    product.unit = m_unit->text().trimmed();
    product.leadTimeDays = m_leadTime->value();
    product.requiresSpec = m_requiresSpec->isChecked();
    product.active = m_active->isChecked();
    const QString price = m_unitPrice->text().trimmed();
    if (price.isEmpty()) {
        product.unitPrice = UnitPrice();
    } else if (auto parsed = UnitPrice::parse(price)) {
        product.unitPrice = *parsed;
    } else {
        m_form->showFieldError(QStringLiteral("unit_price"),
                               tr("Not a price: use digits and at most 4 decimals, e.g. 12.5 or 0.0125."));
        return false;
    }
    return true;
}

void ProductDialog::accept()
{
    Product product = m_product;
    if (!readForm(product))
        return;
    if (auto ok = ProductService::check(product); !ok) {
        m_form->showError(ok.error());
        return;
    }
    ProductService service(m_session);
    if (product.id == 0) {
        auto id = service.create(product);
        if (!id) {
            m_form->showError(id.error());
            return;
        }
        product.id = *id;
    } else if (auto ok = service.update(product); !ok) {
        m_form->showError(ok.error());
        return;
    }
    m_form->clearErrors();
    m_product = product;
    QDialog::accept();
}

} // namespace od
