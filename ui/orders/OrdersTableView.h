#pragma once

#include <QTableView>

namespace od {

// The Orders table. Typing letters into a plain QTableView searches the model row by row
// (keyboardSearch), which over a million lazily loaded rows would fetch every page; here typing
// goes to the search box instead.
class OrdersTableView : public QTableView
{
    Q_OBJECT

public:
    explicit OrdersTableView(QWidget* parent = nullptr);

    void keyboardSearch(const QString& search) override;

Q_SIGNALS:
    void typedText(const QString& text);
};

} // namespace od
