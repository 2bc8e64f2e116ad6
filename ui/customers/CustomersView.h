#pragma once

#include "widgets/MasterDataView.h"

namespace od {

class CustomerListModel;

// 客户: find, add, edit, deactivate and import customers. The search runs in SQL (code, name,
// contact…) and shows at most a few hundred rows; inactive customers only when asked for.
class CustomersView : public MasterDataView
{
    Q_OBJECT

public:
    explicit CustomersView(Session& session, QWidget* parent = nullptr);

    void addCustomer() { addRecord(); }

    CustomerListModel* model() const { return m_model; }

protected:
    Result<int> loadRows(const QString& text, int limit, bool includeInactive) override;
    QString countText(int rows, bool truncated) const override;
    qint64 idAt(int row) const override;
    bool isActiveAt(int row) const override;
    int rowOf(qint64 id) const override;
    Status setActive(qint64 id, bool active) override;
    std::optional<qint64> runEditor(int row) override;

private:
    static Setup setup();

    CustomerListModel* m_model = nullptr;
};

} // namespace od
