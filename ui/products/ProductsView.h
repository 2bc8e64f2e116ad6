#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace od {

class ProductListModel;
class MessageBanner;
class Session;

// 产品: find, add, edit, deactivate and import products. The search runs in SQL (SKU, name,
// specification) and shows at most a few hundred rows; inactive products only when asked for.
class ProductsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsView(Session& session, QWidget* parent = nullptr);

    void focusSearch();
    void reload();

    void addProduct();
    void editCurrent();
    void toggleActiveOfCurrent();
    void importCsv();

    ProductListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void dataChanged();

private:
    void updateButtons();
    void selectProduct(qint64 productId);
    qint64 currentId() const;

    Session& m_session;
    ProductListModel* m_model = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace od
