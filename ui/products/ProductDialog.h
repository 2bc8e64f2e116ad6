#pragma once

#include "Product.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace od {

class Session;
class ValidatedForm;

// Adds a product (id 0) or edits one and saves it through ProductService on OK. Problems are
// shown under their field and nothing typed is lost. Enter = OK, Escape = Cancel.
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(Session& session, const Product& product = {}, QWidget* parent = nullptr);

    const Product& product() const { return m_product; }
    ValidatedForm* form() const { return m_form; }

    void accept() override;

private:
    bool readForm(Product& product);

    Session& m_session;
    Product m_product;
    ValidatedForm* m_form = nullptr;
    QLineEdit* m_sku = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_spec = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_unitPrice = nullptr;
    QSpinBox* m_leadTime = nullptr;
    QCheckBox* m_requiresSpec = nullptr;
    QCheckBox* m_active = nullptr;
};

} // namespace od
