#pragma once

#include "Session.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QStackedWidget;

namespace od {

class IntakeView;
class NavigationBar;
class OrdersView;

// The application window: the workflow pages in a navigation column, the File and Help menus
// with their shortcuts, and a status bar with the database file and what the page shown says
// about itself (the number of orders on the Orders page, the lines on the intake page…).
// It wires the pages together (open an order from the list, edit it in the intake form,
// refresh the lists after a save) and never loses unsaved intake changes on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Orders,
        Intake,
        Confirmation,
        Customers,
        Products,
        Audit
    };

    // Asked before unsaved intake changes would be lost: Save, Discard or Cancel. Tests replace it.
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel
    };
    using UnsavedQuestion = std::function<UnsavedAnswer(QWidget* parent)>;

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool hasPage(Page page) const;
    QWidget* pageWidget(Page page) const;
    Page currentPage() const;
    void showPage(Page page);

    OrdersView* ordersView() const { return m_orders; }
    IntakeView* intakeView() const { return m_intake; }
    QString orderCountText() const;

    // Opens the detail dialog of an order (modal); the hook lets tests see the dialog.
    void openOrderDetail(qint64 orderId);
    void setDetailHook(std::function<void(QDialog*)> hook) { m_detailHook = std::move(hook); }
    // Lets tests see the other dialogs the menus open (Help → Keyboard shortcuts) instead of exec().
    void setDialogHook(std::function<void(QDialog*)> hook) { m_dialogHook = std::move(hook); }
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }

    void newOrder();
    void editOrder(qint64 orderId);
    void openSettings();
    void backUp();
    void changePassword();
    void manageUsers();
    void restoreBackup();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry
    {
        Page page;
        QWidget* widget = nullptr;
        std::function<void()> focusSearch;
        std::function<void()> reload;
        bool stale = false;
    };

    void createPages();
    void addPage(PageEntry entry, const QIcon& icon, const QString& title);
    const PageEntry* entry(Page page) const;
    void createMenus();
    void createStatusBar();
    void onPageSelected(int key);
    void updateActions();
    // Something changed in `source` (nullopt: in a dialog): reload the visible page now, the others when next
    // shown.
    void dataChanged(std::optional<Page> source);
    // The status bar's right-hand text: what the page shown says about itself.
    Q_SLOT void updatePageStatus();
    // False when the user chose Cancel (or saving failed): the caller must not go on.
    bool resolveUnsavedIntake();
    void showAbout();
    void restoreWindowState();

    Session& m_session;
    NavigationBar* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<PageEntry> m_pages;
    OrdersView* m_orders = nullptr;
    IntakeView* m_intake = nullptr;

    QAction* m_newOrderAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_findAction = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;

    UnsavedQuestion m_unsavedQuestion;
    std::function<void(QDialog*)> m_detailHook;
    std::function<void(QDialog*)> m_dialogHook;
    // Set once a restore closed the connection: closing then asks nothing and saves nothing.
    bool m_databaseClosed = false;
};

} // namespace od
