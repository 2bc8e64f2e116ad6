#pragma once

#include <QListWidget>

namespace od {

// The column of workflow pages on the left of the main window, grouped under their department's
// heading (销售, 生产, 物流, 财务, 管理). Headings cannot be selected; the arrow keys step over them.
// Each page entry carries the page's id.
class NavigationBar : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationBar(QWidget* parent = nullptr);

    void addHeading(const QString& text);
    void addEntry(const QString& key, const QIcon& icon, const QString& text);
    void setEntryText(const QString& key, const QString& text);
    void selectKey(const QString& key);
    QString currentKey() const;
    int rowOfKey(const QString& key) const;
    // The page ids in navigation order (headings left out).
    QStringList keys() const;

Q_SIGNALS:
    void keySelected(const QString& key);

protected:
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace od
