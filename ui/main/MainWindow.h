#pragma once

#include "Session.h"
#include "main/PageRegistry.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QStackedWidget;

namespace od {

class MessageBanner;

class IntakeView;
class NavigationBar;
class OrdersView;
class WorkflowPage;

// The application window for one signed-in user: the pages their role may use in a navigation
// column grouped by department, each page created the first time it is opened; the File, View
// and Help menus; a status bar with the database, the current page's own figures and the user.
// It routes between pages (open an order from a list, edit it in the intake form), reloads the
// other pages when one changed data, and never loses unsaved work on close or sign-out.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
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

    // The ids of the pages this user has, in navigation order.
    QStringList pageIds() const;
    bool hasPage(const QString& id) const;
    // The page, created now if it was not opened yet; nullptr when this user has no such page.
    WorkflowPage* page(const QString& id);
    // The page if it was created already.
    WorkflowPage* createdPage(const QString& id) const;
    QString currentPage() const;
    void showPage(const QString& id);
    // The notice of what became at risk or late since the user last looked (the early warning);
    // hidden when nothing did. Its button opens the Orders list filtered to them.
    void showRiskNotice();
    // Data changed behind the windows (the automation rules' morning run): the page shown reads
    // again now, the others when next shown.
    void refreshPages() { dataChanged(nullptr); }
    MessageBanner* riskBanner() const { return m_riskBanner; }
    // Shows page `pageId` with its record `id` (an order on Planning …); when this user has no
    // such page or it does not list the record, the detail of `orderId` if there is one. False
    // when nothing could be shown.
    bool openRecord(const QString& pageId, qint64 id, qint64 orderId = 0);

    OrdersView* ordersView();
    IntakeView* intakeView();
    // The status bar's text for the current page ("1,234 orders").
    QString pageStatusText() const;
    QString orderCountText() const { return pageStatusText(); }

    // Opens the detail dialog of an order (modal); the hook lets tests see the dialog.
    void openOrderDetail(qint64 orderId, bool onDiscussion = false);
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
    // File → Switch user: unsaved work is settled first, then switchUserRequested() is emitted.
    void switchUser();
    // The page finder (View → Go to page…, Ctrl+K).
    void goToPage();
    // Help → Keyboard shortcuts.
    void showShortcuts();

Q_SIGNALS:
    // The user chose to sign out; the application closes this window and asks who signs in.
    void switchUserRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageSlot
    {
        PageInfo info;
        WorkflowPage* widget = nullptr; // created the first time the page is opened
        bool stale = false;             // data changed since it last read
    };

    void buildNavigation();
    PageSlot* slot(const QString& id);
    const PageSlot* slot(const QString& id) const;
    void createMenus();
    void createViewMenu();
    void createStatusBar();
    void onPageSelected(const QString& id);
    void stepPage(int delta);
    static QString sectionName(const std::optional<Department>& department);
    // The page's name in the navigation with its pendingCount(), when it has one.
    void updateBadge(const WorkflowPage* source);
    void updateActions();
    void updatePageStatus();
    // Something changed on `source` (nullptr: in a dialog): reload the visible page now, the
    // others when next shown.
    void dataChanged(const WorkflowPage* source);
    // False when the user chose Cancel (or saving failed): the caller must not go on.
    bool resolveUnsavedIntake();
    void showAbout();
    void restoreWindowState();

    Session& m_session;
    NavigationBar* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<PageSlot> m_pages;

    QAction* m_newOrderAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_findAction = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_pageStatusLabel = nullptr;
    MessageBanner* m_riskBanner = nullptr;

    UnsavedQuestion m_unsavedQuestion;
    std::function<void(QDialog*)> m_detailHook;
    std::function<void(QDialog*)> m_dialogHook;
    // Set once a restore closed the connection: closing then asks nothing and saves nothing.
    bool m_databaseClosed = false;
    // Set while signing out: the window closes without asking again.
    bool m_signingOut = false;
};

} // namespace od
