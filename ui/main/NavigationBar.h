#pragma once

#include <QListWidget>

namespace od {

// The column of workflow pages on the left of the main window: icon above text, one click or
// Ctrl+1…9 to switch. Each entry carries an integer key chosen by the window.
class NavigationBar : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationBar(QWidget* parent = nullptr);

    void addEntry(int key, const QIcon& icon, const QString& text);
    void setEntryText(int key, const QString& text);
    void selectKey(int key);
    int currentKey() const;
    int rowOfKey(int key) const;

Q_SIGNALS:
    void keySelected(int key);

protected:
    QSize sizeHint() const override;
};

} // namespace od
