#pragma once

#include <QDialog>
#include <QIcon>
#include <QList>

class QLineEdit;
class QListWidget;

namespace od {

// "Go to page" (Ctrl+K): type part of a page's or department's name, Up/Down to choose, Enter to
// go, Escape to stay. However many pages there are, each is a few keys away.
class PageFinder : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString title;
        QString department;
        QIcon icon;
    };

    explicit PageFinder(QList<Entry> entries, QWidget* parent = nullptr);

    QString chosenId() const { return m_chosen; }
    QLineEdit* filterEdit() const { return m_filter; }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();

    QList<Entry> m_entries;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QString m_chosen;
};

} // namespace od
