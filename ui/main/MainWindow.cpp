#include "MainWindow.h"

#include "BackupService.h"
#include "Permissions.h"
#include "RiskService.h"
#include "detail/OrderDetailDialog.h"
#include "intake/IntakeView.h"
#include "main/ChangePasswordDialog.h"
#include "main/NavigationBar.h"
#include "main/PageFinder.h"
#include "main/ShortcutsDialog.h"
#include "main/UsersDialog.h"
#include "main/WorkflowPage.h"
#include "models/OrderListModel.h"
#include "orders/OrdersView.h"
#include "settings/SettingsDialog.h"
#include "widgets/BackgroundTask.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace od {

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OrderDesk — %1").arg(session.user().displayName));
    m_unsavedQuestion = [](QWidget* parentWidget) {
        QMessageBox box(QMessageBox::Question, MainWindow::tr("Unsaved order"),
                        MainWindow::tr("The order in the intake form has changes that are not saved."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parentWidget);
        box.setInformativeText(MainWindow::tr("Save them as a draft before going on?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedAnswer::Save;
        case QMessageBox::Discard:
            return UnsavedAnswer::Discard;
        default:
            return UnsavedAnswer::Cancel;
        }
    };

    m_navigation = new NavigationBar(this);
    m_stack = new QStackedWidget(this);
    m_riskBanner = new MessageBanner(this);
    connect(m_riskBanner, &MessageBanner::actionTriggered, this, [this] {
        m_riskBanner->dismiss();
        if (auto seen = RiskService(m_session).markSeen(); !seen)
            statusBar()->showMessage(seen.error().message, 10000);
        if (OrdersView* orders = ordersView()) {
            showPage(QString::fromLatin1(PageIds::Orders));
            orders->showOrdersAtRisk();
        }
    });
    connect(m_riskBanner, &MessageBanner::closedByUser, this, [this] {
        if (auto seen = RiskService(m_session).markSeen(); !seen)
            statusBar()->showMessage(seen.error().message, 10000);
    });
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_riskBanner);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    buildNavigation();
    createMenus();
    createStatusBar();
    connect(m_navigation, &NavigationBar::keySelected, this, &MainWindow::onPageSelected);
    if (!m_pages.isEmpty())
        m_navigation->selectKey(m_pages.first().info.id);
    restoreWindowState();
    updateActions();
    showRiskNotice();
}

void MainWindow::showRiskNotice()
{
    // Only for those who have the Orders list to open them in.
    if (!hasPage(QString::fromLatin1(PageIds::Orders)))
        return;
    auto fresh = RiskService(m_session).newSinceLastSeen(200);
    if (!fresh || fresh->isEmpty()) {
        m_riskBanner->dismiss();
        return;
    }
    int late = 0;
    QStringList numbers;
    for (const RiskRow& r : *fresh) {
        if (r.level == RiskLevel::Late)
            ++late;
        if (numbers.size() < 3)
            numbers << r.orderNo;
    }
    QString text =
        tr("Since you last looked, %n order(s) became at risk or late", nullptr, int(fresh->size()));
    if (late > 0)
        text += tr(" (%n late)", nullptr, late);
    text += tr(": %1").arg(numbers.join(tr(", ")));
    if (fresh->size() > numbers.size())
        text += tr(" and %n more", nullptr, int(fresh->size() - numbers.size()));
    text += tr(".");
    m_riskBanner->showMessage(late > 0 ? MessageBanner::Kind::Warning : MessageBanner::Kind::Info, text,
                              tr("Show them"));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    const QList<PageInfo> all = PageRegistry::pages(style());
    // The user's own pages first, with no heading; then department by department.
    QList<std::optional<Department>> sections{std::nullopt};
    for (Department department : DepartmentInfo::all())
        sections << department;
    for (const std::optional<Department>& section : sections) {
        bool headed = false;
        for (const PageInfo& info : all) {
            if (info.department != section || !info.visibleTo(m_session))
                continue;
            if (!headed && section) {
                m_navigation->addHeading(DepartmentInfo::displayName(*section));
                headed = true;
            }
            m_navigation->addEntry(info.id, info.icon, info.title);
            m_pages << PageSlot{info};
        }
    }
    // Slots follow the navigation's order.
}

MainWindow::PageSlot* MainWindow::slot(const QString& id)
{
    for (PageSlot& s : m_pages)
        if (s.info.id == id)
            return &s;
    return nullptr;
}

const MainWindow::PageSlot* MainWindow::slot(const QString& id) const
{
    for (const PageSlot& s : m_pages)
        if (s.info.id == id)
            return &s;
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    QStringList out;
    for (const PageSlot& s : m_pages)
        out << s.info.id;
    return out;
}

bool MainWindow::hasPage(const QString& id) const
{
    return slot(id) != nullptr;
}

WorkflowPage* MainWindow::createdPage(const QString& id) const
{
    const PageSlot* s = slot(id);
    return s ? s->widget : nullptr;
}

WorkflowPage* MainWindow::page(const QString& id)
{
    PageSlot* s = slot(id);
    if (!s)
        return nullptr;
    if (s->widget)
        return s->widget;
    WorkflowPage* created = s->info.create(m_session, this);
    created->setObjectName(s->info.id + QStringLiteral("Page"));
    s->widget = created;
    m_stack->addWidget(created);
    connect(created, &WorkflowPage::dataChanged, this, [this, created] { dataChanged(created); });
    connect(created, &WorkflowPage::openOrderRequested, this, [this](qint64 id) { openOrderDetail(id); });
    connect(created, &WorkflowPage::openDiscussionRequested, this,
            [this](qint64 id) { openOrderDetail(id, true); });
    connect(created, &WorkflowPage::openPageRequested, this, &MainWindow::openRecord);
    connect(created, &WorkflowPage::openOrdersRequested, this,
            [this](const OrderListQuery& query, const QString& caption) {
                if (OrdersView* orders = ordersView()) {
                    showPage(QString::fromLatin1(PageIds::Orders));
                    orders->showOrdersBehind(query, caption);
                }
            });
    connect(created, &WorkflowPage::pendingCountChanged, this, [this, created] { updateBadge(created); });
    updateBadge(created); // counted while it was built
    connect(created, &WorkflowPage::statusTextChanged, this, [this, created] {
        if (m_stack->currentWidget() == created)
            updatePageStatus();
    });
    return created;
}

OrdersView* MainWindow::ordersView()
{
    return qobject_cast<OrdersView*>(page(QString::fromLatin1(PageIds::Orders)));
}

IntakeView* MainWindow::intakeView()
{
    return qobject_cast<IntakeView*>(page(QString::fromLatin1(PageIds::Intake)));
}

QString MainWindow::currentPage() const
{
    for (const PageSlot& s : m_pages)
        if (s.widget && s.widget == m_stack->currentWidget())
            return s.info.id;
    return QString();
}

void MainWindow::showPage(const QString& id)
{
    if (hasPage(id))
        m_navigation->selectKey(id);
}

void MainWindow::onPageSelected(const QString& id)
{
    PageSlot* s = slot(id);
    if (!s)
        return;
    const bool fresh = s->widget == nullptr;
    WorkflowPage* shown = page(id);
    m_stack->setCurrentWidget(shown);
    if (s->stale && !fresh) {
        s->stale = false;
        shown->reload();
    }
    s->stale = false;
    updateActions();
    updatePageStatus();
}

void MainWindow::stepPage(int delta)
{
    const QStringList ids = pageIds();
    if (ids.isEmpty())
        return;
    const int at = qMax(0, ids.indexOf(currentPage()));
    showPage(ids.at((at + delta + ids.size()) % ids.size()));
}

void MainWindow::goToPage()
{
    QList<PageFinder::Entry> entries;
    for (const PageSlot& s : std::as_const(m_pages))
        entries << PageFinder::Entry{s.info.id, s.info.title, sectionName(s.info.department), s.info.icon};
    PageFinder finder(entries, this);
    if (finder.exec() == QDialog::Accepted && !finder.chosenId().isEmpty())
        showPage(finder.chosenId());
}

QString MainWindow::sectionName(const std::optional<Department>& department)
{
    return department ? DepartmentInfo::displayName(*department) : tr("Mine");
}

bool MainWindow::openRecord(const QString& pageId, qint64 id, qint64 orderId)
{
    if (hasPage(pageId)) {
        WorkflowPage* target = page(pageId);
        showPage(pageId);
        if (target->openRecord(id))
            return true;
    }
    if (orderId <= 0)
        return false;
    openOrderDetail(orderId);
    return true;
}

void MainWindow::updateBadge(const WorkflowPage* source)
{
    for (const PageSlot& s : std::as_const(m_pages)) {
        if (s.widget != source)
            continue;
        const int count = source->pendingCount();
        const QString shown =
            source->pendingCountIsPartial() ? QStringLiteral("%1+").arg(count) : QString::number(count);
        m_navigation->setEntryText(s.info.id,
                                   count > 0 ? tr("%1 (%2)").arg(s.info.title, shown) : s.info.title);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (hasPage(QString::fromLatin1(PageIds::Intake))) {
        m_newOrderAction = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New order"), this,
                                           &MainWindow::newOrder);
        m_newOrderAction->setShortcut(QKeySequence::New);
        m_newOrderAction->setObjectName(QStringLiteral("newOrderAction"));
    }
    m_saveAction =
        file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this, [this] {
            if (auto* shown = qobject_cast<WorkflowPage*>(m_stack->currentWidget());
                shown && shown->canSave())
                shown->save();
        });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_findAction = file->addAction(tr("&Find…"), this, [this] {
        if (auto* shown = qobject_cast<WorkflowPage*>(m_stack->currentWidget()))
            shown->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // Only what this role may use is offered.
    if (Permissions::allows(m_session, Permission::Backup)) {
        QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
        backup->setObjectName(QStringLiteral("backupAction"));
    }
    if (Permissions::allows(m_session, Permission::ManageUsers)) {
        QAction* users = file->addAction(tr("&Users…"), this, &MainWindow::manageUsers);
        users->setObjectName(QStringLiteral("usersAction"));
    }
    if (Permissions::allows(m_session, Permission::Restore)) {
        QAction* restore = file->addAction(tr("&Restore…"), this, &MainWindow::restoreBackup);
        restore->setObjectName(QStringLiteral("restoreAction"));
    }
    file->addSeparator();
    QAction* password = file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* switchUserAction =
        file->addAction(tr("S&witch user / sign out…"), this, &MainWindow::switchUser);
    switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    QAction* about = help->addAction(tr("&About OrderDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    // The first nine pages have Ctrl+1…9; every page is reached with Ctrl+PgDown/PgUp and by
    // name with Go to page (Ctrl+K), however many there are.
    int number = 1;
    std::optional<Department> section;
    for (const PageSlot& s : std::as_const(m_pages)) {
        if (section != s.info.department) {
            view->addSection(sectionName(s.info.department));
            section = s.info.department;
        }
        const QString id = s.info.id;
        QAction* go = view->addAction(s.info.icon, s.info.title, this, [this, id] { showPage(id); });
        go->setObjectName(id + QStringLiteral("PageAction"));
        if (number <= 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
    }
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next page"), this, [this] { stepPage(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    next->setObjectName(QStringLiteral("nextPageAction"));
    QAction* previous = view->addAction(tr("&Previous page"), this, [this] { stepPage(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    previous->setObjectName(QStringLiteral("previousPageAction"));
    QAction* find = view->addAction(tr("&Go to page…"), this, &MainWindow::goToPage);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setObjectName(QStringLiteral("goToPageAction"));
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session.databasePath())));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_session.databasePath()));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pageStatusLabel = new QLabel(this);
    m_pageStatusLabel->setObjectName(QStringLiteral("pageStatusLabel"));
    auto* userLabel = new QLabel(
        tr("User: %1 (%2)").arg(m_session.user().displayName, RoleInfo::displayName(m_session.user().role)),
        this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    for (QLabel* label : {m_databaseLabel, m_pageStatusLabel, userLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(userLabel);
    statusBar()->addPermanentWidget(m_pageStatusLabel);
    updatePageStatus();
}

void MainWindow::updatePageStatus()
{
    auto* shown = qobject_cast<WorkflowPage*>(m_stack->currentWidget());
    const QString text = shown ? shown->statusText() : QString();
    m_pageStatusLabel->setText(text);
    m_pageStatusLabel->setVisible(!text.isEmpty());
}

QString MainWindow::pageStatusText() const
{
    return m_pageStatusLabel->text();
}

void MainWindow::updateActions()
{
    auto* shown = qobject_cast<WorkflowPage*>(m_stack->currentWidget());
    m_saveAction->setEnabled(shown && shown->canSave());
}

void MainWindow::dataChanged(const WorkflowPage* source)
{
    for (PageSlot& s : m_pages) {
        if (!s.widget || s.widget == source)
            continue;
        // A page that counts work in the navigation keeps its count true while hidden.
        if (s.widget == m_stack->currentWidget() || s.widget->pendingCount() >= 0)
            s.widget->reload();
        else
            s.stale = true;
    }
}

bool MainWindow::resolveUnsavedIntake()
{
    auto* intake = qobject_cast<IntakeView*>(createdPage(QString::fromLatin1(PageIds::Intake)));
    if (!intake || !intake->hasUnsavedChanges())
        return true;
    showPage(QString::fromLatin1(PageIds::Intake));
    switch (m_unsavedQuestion(this)) {
    case UnsavedAnswer::Save:
        return intake->saveDraft();
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        return false;
    }
    return false;
}

void MainWindow::newOrder()
{
    IntakeView* intake = intakeView();
    if (!intake || !resolveUnsavedIntake())
        return;
    intake->newOrder();
    showPage(QString::fromLatin1(PageIds::Intake));
}

void MainWindow::editOrder(qint64 orderId)
{
    IntakeView* intake = intakeView();
    if (!intake || !resolveUnsavedIntake())
        return;
    showPage(QString::fromLatin1(PageIds::Intake));
    intake->openOrder(orderId);
}

void MainWindow::switchUser()
{
    if (!resolveUnsavedIntake())
        return;
    m_signingOut = true;
    Q_EMIT switchUserRequested();
}

void MainWindow::openOrderDetail(qint64 orderId, bool onDiscussion)
{
    OrderDetailDialog dialog(m_session, orderId, this);
    if (onDiscussion)
        dialog.showDiscussion();
    connect(&dialog, &OrderDetailDialog::orderChanged, this, [this] { dataChanged(nullptr); });
    qint64 editId = 0;
    connect(&dialog, &OrderDetailDialog::editRequested, this, [&editId](qint64 id) { editId = id; });
    if (m_detailHook)
        m_detailHook(&dialog);
    else
        dialog.exec();
    // The edit starts once the dialog is gone, so a question about unsaved changes is not
    // stacked on top of it.
    if (editId > 0)
        editOrder(editId);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(tr("The new language takes effect when OrderDesk is started again."), 10000);
}

void MainWindow::backUp()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("orderdesk-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                        tr("OrderDesk backups (*.sqlite);;All files (*)"));
    if (target.isEmpty())
        return;
    bool cancelled = false;
    QString notice; // written by the worker, read once it has finished
    // The copy runs on the worker's own connection, as the signed-in user, so the permission
    // check and the audit entry are the same as on the UI thread.
    auto done = BackgroundTask::runWithDialog(
        this, tr("Back up"), m_session.factory(),
        [target, &notice](Session& worker, TaskProgress& progress) -> Status {
            progress.setLabel(tr("Backing up the database…"));
            BackupService service(worker);
            auto ok = service.backup(target, [&progress](qint64 done, qint64 total) {
                progress.setMaximum(total);
                progress.setValue(done);
                return !progress.isCancelled();
            });
            notice = service.notice();
            return ok;
        },
        &cancelled);
    if (cancelled)
        return;
    if (!done) {
        QMessageBox::warning(this, tr("Back up"), done.error().message);
        return;
    }
    const QString said = tr("Backed up to %1").arg(QDir::toNativeSeparators(target));
    statusBar()->showMessage(notice.isEmpty() ? said : said + u' ' + notice, 10000);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 10000);
}

void MainWindow::manageUsers()
{
    UsersDialog dialog(m_session, this);
    dialog.exec();
    dataChanged(nullptr);
}

void MainWindow::restoreBackup()
{
    const QString source =
        QFileDialog::getOpenFileName(this, tr("Restore the database"), BackupService::defaultBackupDir(),
                                     tr("OrderDesk backups (*.sqlite);;All files (*)"));
    if (source.isEmpty())
        return;
    auto usable = BackupService::checkRestoreSource(source, m_session);
    if (!usable) {
        QMessageBox::warning(this, tr("Restore"), usable.error().message);
        return;
    }
    BackupService::RestoreOptions options;
    if (usable->otherCompany) {
        // Asked apart, with No as the default: the usual question below does not say it.
        const auto other = QMessageBox::warning(
            this, tr("Restore"),
            tr("%1 is a backup of another company (%2), not of this one.\n\nRestoring it replaces this "
               "company's orders, customers and users with that company's. Restore it anyway?")
                .arg(QDir::toNativeSeparators(source),
                     usable->companyName.isEmpty() ? tr("name not set") : usable->companyName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (other != QMessageBox::Yes)
            return;
        options.otherCompanyConfirmed = true;
    }
    if (!resolveUnsavedIntake())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore"),
        tr("Replace the current database with the backup %1?\n\nEveryone's changes since that backup will be "
           "gone from the database (the current file is kept beside it). OrderDesk closes afterwards; start "
           "it "
           "again to go on working.")
            .arg(QDir::toNativeSeparators(source)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // The restore replaces the file underneath this connection, so it is closed first; the
    // window's pages cannot work without it, hence the application ends afterwards.
    const QString databasePath = m_session.databasePath();
    m_databaseClosed = true;
    if (auto* orders = qobject_cast<OrdersView*>(createdPage(QString::fromLatin1(PageIds::Orders))))
        orders->model()->releaseDatabase();
    m_session.closeConnection();
    auto restored = BackupService::restore(databasePath, source, m_session.user(), options);
    if (restored) {
        QMessageBox::information(
            this, tr("Restore"),
            tr("The database was restored. The replaced database was kept as %1.\n\n"
               "%2OrderDesk will now close; start it again to go on working.")
                .arg(QDir::toNativeSeparators(restored->previousDatabase),
                     restored->notice.isEmpty() ? QString() : restored->notice + QStringLiteral("\n\n")));
    } else {
        QMessageBox::warning(
            this, tr("Restore"),
            tr("The database could not be restored: %1\n\nOrderDesk will now close; start it "
               "again to go on working.")
                .arg(restored.error().message));
    }
    QApplication::quit();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    if (m_dialogHook)
        m_dialogHook(&dialog);
    else
        dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OrderDesk"),
                       tr("<h3>OrderDesk %1</h3><p>Order management for made-to-order manufacturers: intake, "
                          "confirmation, tracking and settlement.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_session.databasePath()).toHtmlEscaped()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_databaseClosed && !m_signingOut && !resolveUnsavedIntake()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace od
