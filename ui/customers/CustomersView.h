#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace od {

class CustomerListModel;
class MessageBanner;
class Session;

// 客户: find, add, edit, deactivate and import customers. The search runs in SQL (code, name,
// contact…) and shows at most a few hundred rows; inactive customers only when asked for.
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(Session& session, QWidget* parent = nullptr);

    void focusSearch();
    void reload();

    void addCustomer();
    void editCurrent();
    void toggleActiveOfCurrent();
    void importCsv();

    CustomerListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void dataChanged();

private:
    void updateButtons();
    void selectCustomer(qint64 customerId);
    qint64 currentId() const;

    Session& m_session;
    CustomerListModel* m_model = nullptr;
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
