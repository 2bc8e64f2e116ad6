#pragma once

#include "widgets/MasterDataView.h"

namespace od {

class ProductListModel;

// 产品: find, add, edit, deactivate and import products. The search runs in SQL (SKU, name,
// specification) and shows at most a few hundred rows; inactive products only when asked for.
class ProductsView : public MasterDataView
{
    Q_OBJECT

public:
    explicit ProductsView(Session& session, QWidget* parent = nullptr);

    void addProduct() { addRecord(); }

    ProductListModel* model() const { return m_model; }

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

    ProductListModel* m_model = nullptr;
};

} // namespace od
