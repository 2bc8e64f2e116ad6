#include "MainWindow.h"

#include "BackupService.h"
#include "Permissions.h"
#include "audit/AuditView.h"
#include "main/UsersDialog.h"
#include "confirmation/ConfirmationView.h"
#include "customers/CustomersView.h"
#include "detail/OrderDetailDialog.h"
#include "intake/IntakeView.h"
#include "main/ChangePasswordDialog.h"
#include "main/NavigationBar.h"
#include "models/OrderListModel.h"
#include "orders/OrdersView.h"
#include "products/ProductsView.h"
#include "settings/SettingsDialog.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Formatting.h"

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
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

namespace od {

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OrderDesk"));
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
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createPages();
    createMenus();
    createStatusBar();
    connect(m_navigation, &NavigationBar::keySelected, this, &MainWindow::onPageSelected);
    m_navigation->selectKey(int(Page::Orders));
    restoreWindowState();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    QStyle* s = style();
    m_orders = new OrdersView(m_session, this);
    addPage({Page::Orders, m_orders, [this] { m_orders->focusSearch(); }, [this] { m_orders->reload(); }},
            s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Orders"));
    connect(m_orders, &OrdersView::openOrderRequested, this, &MainWindow::openOrderDetail);
    connect(m_orders, &OrdersView::countChanged, this, &MainWindow::updateOrderCount);

    m_intake = new IntakeView(m_session, this);
    addPage({Page::Intake, m_intake, [this] { m_intake->focusSearch(); }, [this] { m_intake->reload(); }},
            s->standardIcon(QStyle::SP_FileIcon), tr("Order intake"));
    connect(m_intake, &IntakeView::orderSaved, this, [this] { dataChanged(Page::Intake); });

    auto* confirmation = new ConfirmationView(m_session, this);
    addPage({Page::Confirmation, confirmation, [confirmation] { confirmation->focusSearch(); },
             [confirmation] { confirmation->reload(); }},
            s->standardIcon(QStyle::SP_DialogApplyButton), tr("Confirmation"));
    connect(confirmation, &ConfirmationView::orderChanged, this, [this] { dataChanged(Page::Confirmation); });

    auto* customers = new CustomersView(m_session, this);
    addPage({Page::Customers, customers, [customers] { customers->focusSearch(); },
             [customers] { customers->reload(); }},
            s->standardIcon(QStyle::SP_DirHomeIcon), tr("Customers"));
    connect(customers, &CustomersView::dataChanged, this, [this] { dataChanged(Page::Customers); });

    auto* products = new ProductsView(m_session, this);
    addPage({Page::Products, products, [products] { products->focusSearch(); },
             [products] { products->reload(); }},
            s->standardIcon(QStyle::SP_DriveHDIcon), tr("Products"));
    connect(products, &ProductsView::dataChanged, this, [this] { dataChanged(Page::Products); });

    if (Permissions::allows(m_session, Permission::ViewAudit)) {
        auto* audit = new AuditView(m_session, this);
        addPage({Page::Audit, audit, [audit] { audit->focusSearch(); }, [audit] { audit->refresh(); }},
                s->standardIcon(QStyle::SP_FileDialogInfoView), tr("Audit"));
    }
}

void MainWindow::addPage(PageEntry entry, const QIcon& icon, const QString& title)
{
    m_stack->addWidget(entry.widget);
    m_navigation->addEntry(int(entry.page), icon, title);
    m_pages << std::move(entry);
}

const MainWindow::PageEntry* MainWindow::entry(Page page) const
{
    for (const PageEntry& e : m_pages)
        if (e.page == page)
            return &e;
    return nullptr;
}

bool MainWindow::hasPage(Page page) const
{
    return entry(page) != nullptr;
}

QWidget* MainWindow::pageWidget(Page page) const
{
    const PageEntry* e = entry(page);
    return e ? e->widget : nullptr;
}

MainWindow::Page MainWindow::currentPage() const
{
    for (const PageEntry& e : m_pages)
        if (e.widget == m_stack->currentWidget())
            return e.page;
    return Page::Orders;
}

void MainWindow::showPage(Page page)
{
    if (hasPage(page))
        m_navigation->selectKey(int(page));
}

void MainWindow::onPageSelected(int key)
{
    for (PageEntry& e : m_pages) {
        if (int(e.page) != key)
            continue;
        m_stack->setCurrentWidget(e.widget);
        if (e.stale) {
            e.stale = false;
            e.reload();
        }
    }
    updateActions();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newOrderAction = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New order"), this,
                                       &MainWindow::newOrder);
    m_newOrderAction->setShortcut(QKeySequence::New);
    m_newOrderAction->setObjectName(QStringLiteral("newOrderAction"));
    m_saveAction =
        file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save draft"), this, [this] {
            if (m_intake && currentPage() == Page::Intake)
                m_intake->saveDraft();
        });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_findAction = file->addAction(tr("&Find…"), this, [this] {
        if (const PageEntry* e = entry(currentPage()))
            e->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setObjectName(QStringLiteral("settingsAction"));
    QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backup->setObjectName(QStringLiteral("backupAction"));
    if (!Permissions::allows(m_session, Permission::Backup)) {
        backup->setEnabled(false);
        backup->setToolTip(PermissionInfo::refusal(m_session.user().role, Permission::Backup));
        backup->setStatusTip(backup->toolTip());
    }
    QAction* password = file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    if (Permissions::allows(m_session, Permission::ManageUsers)) {
        QAction* users = file->addAction(tr("&Users…"), this, &MainWindow::manageUsers);
        users->setObjectName(QStringLiteral("usersAction"));
    }
    if (Permissions::allows(m_session, Permission::Restore)) {
        QAction* restore = file->addAction(tr("&Restore…"), this, &MainWindow::restoreBackup);
        restore->setObjectName(QStringLiteral("restoreAction"));
    }
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const PageEntry& e : std::as_const(m_pages)) {
        const Page page = e.page;
        const QString title = m_navigation->item(m_navigation->rowOfKey(int(page)))->text();
        QAction* go = view->addAction(title, this, [this, page] { showPage(page); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About OrderDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session.db().path())));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_session.db().path()));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("orderCountLabel"));
    auto* userLabel = new QLabel(tr("User: %1").arg(m_session.user().displayName), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    for (QLabel* label : {m_databaseLabel, m_countLabel, userLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(userLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    m_countLabel->setText(tr("Counting orders…"));
}

void MainWindow::updateOrderCount(qint64 count, bool exact)
{
    QString text = exact ? tr("%1 orders").arg(Formatting::count(count))
                         : tr("%1+ orders").arg(Formatting::count(count));
    if (m_orders && m_orders->isFiltered())
        text = exact ? tr("%1 orders match").arg(Formatting::count(count))
                     : tr("%1+ orders match").arg(Formatting::count(count));
    m_countLabel->setText(text);
    m_countLabel->setToolTip(exact ? QString() : tr("Counting all orders in the background…"));
}

QString MainWindow::orderCountText() const
{
    return m_countLabel->text();
}

void MainWindow::updateActions()
{
    const bool intakeShown = m_intake && currentPage() == Page::Intake;
    m_saveAction->setEnabled(intakeShown);
    m_newOrderAction->setEnabled(m_intake != nullptr);
}

void MainWindow::dataChanged(std::optional<Page> source)
{
    for (PageEntry& e : m_pages) {
        if (e.page == source)
            continue;
        if (e.widget == m_stack->currentWidget())
            e.reload();
        else
            e.stale = true;
    }
}

bool MainWindow::resolveUnsavedIntake()
{
    if (!m_intake || !m_intake->hasUnsavedChanges())
        return true;
    showPage(Page::Intake);
    switch (m_unsavedQuestion(this)) {
    case UnsavedAnswer::Save:
        return m_intake->saveDraft();
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        return false;
    }
    return false;
}

void MainWindow::newOrder()
{
    if (!m_intake || !resolveUnsavedIntake())
        return;
    m_intake->newOrder();
    showPage(Page::Intake);
}

void MainWindow::editOrder(qint64 orderId)
{
    if (!m_intake || !resolveUnsavedIntake())
        return;
    showPage(Page::Intake);
    m_intake->openOrder(orderId);
}

void MainWindow::openOrderDetail(qint64 orderId)
{
    OrderDetailDialog dialog(m_session, orderId, this);
    connect(&dialog, &OrderDetailDialog::orderChanged, this, [this] { dataChanged(std::nullopt); });
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
    connect(&dialog, &SettingsDialog::userChanged, this, [this] {
        if (auto* label = statusBar()->findChild<QLabel*>(QStringLiteral("userLabel")))
            label->setText(tr("User: %1").arg(m_session.user().displayName));
    });
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(tr("The new language takes effect when OrderDesk is started again."), 10000);
}

void MainWindow::backUp()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("orderdesk-%1.sqlite")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                        tr("OrderDesk backups (*.sqlite);;All files (*)"));
    if (target.isEmpty())
        return;
    const User user = m_session.user();
    bool cancelled = false;
    QString notice; // written by the worker, read once it has finished
    // The copy runs on the worker's own connection, as the signed-in user, so the permission
    // check and the audit entry are the same as on the UI thread.
    auto done = BackgroundTask::runWithDialog(
        this, tr("Back up"), m_session.db().path(),
        [target, user, &notice](Database& db, TaskProgress& progress) -> Status {
            progress.setLabel(tr("Backing up the database…"));
            Session worker(db, user);
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
    dataChanged(std::nullopt);
}

void MainWindow::restoreBackup()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Restore the database"),
                                                        BackupService::defaultBackupDir(),
                                                        tr("OrderDesk backups (*.sqlite);;All files (*)"));
    if (source.isEmpty())
        return;
    auto usable = BackupService::checkRestoreSource(source, m_session.db());
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
           "gone from the database (the current file is kept beside it). OrderDesk closes afterwards; start it "
           "again to go on working.")
            .arg(QDir::toNativeSeparators(source)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // The restore replaces the file underneath this connection, so it is closed first; the
    // window's pages cannot work without it, hence the application ends afterwards.
    const QString databasePath = m_session.db().path();
    m_databaseClosed = true;
    m_orders->model()->releaseDatabase();
    m_session.db().sql().close();
    auto restored = BackupService::restore(databasePath, source, m_session.user(), options);
    if (restored) {
        QMessageBox::information(this, tr("Restore"),
                                 tr("The database was restored. The replaced database was kept as %1.\n\n"
                                    "OrderDesk will now close; start it again to go on working.")
                                     .arg(QDir::toNativeSeparators(restored->previousDatabase)));
    } else {
        QMessageBox::warning(this, tr("Restore"),
                             tr("The database could not be restored: %1\n\nOrderDesk will now close; start it "
                                "again to go on working.")
                                 .arg(restored.error().message));
    }
    QApplication::quit();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OrderDesk"),
                       tr("<h3>OrderDesk %1</h3><p>Order management for made-to-order manufacturers: intake, "
                          "confirmation, tracking and settlement.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_session.db().path()).toHtmlEscaped()));
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
    if (!m_databaseClosed && !resolveUnsavedIntake()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace od
