#include "UiOrderFactory.h"

#include "main/MainWindow.h"
#include "main/NavigationBar.h"
#include "main/PageRegistry.h"
#include "main/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

const QString Orders = QString::fromLatin1(PageIds::Orders);
const QString Intake = QString::fromLatin1(PageIds::Intake);
const QString Confirmation = QString::fromLatin1(PageIds::Confirmation);
const QString Audit = QString::fromLatin1(PageIds::Audit);
const QString Shipments = QString::fromLatin1(PageIds::Shipments);
const QString Planning = QString::fromLatin1(PageIds::Planning);
const QString Invoicing = QString::fromLatin1(PageIds::Invoicing);

class WorkflowShell : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("WorkflowShellTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    QStringList pagesOf(qint64 userId)
    {
        m_db.actAs(userId);
        MainWindow window(m_db.session());
        return window.pageIds();
    }

    TestDatabase m_db;
};

} // namespace

TEST_F(WorkflowShell, ThePlannerAndTheLogisticsClerkGetTheirDepartmentsPages)
{
    const qint64 planner =
        m_db.addUser({0, QStringLiteral("sun"), QStringLiteral("孙磊"), Role::ProductionPlanner, true});
    const qint64 logistics =
        m_db.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});
    const QStringList planning = pagesOf(planner);
    EXPECT_TRUE(planning.contains(Planning));
    EXPECT_TRUE(planning.contains(Orders));
    EXPECT_FALSE(planning.contains(Shipments));
    EXPECT_FALSE(planning.contains(Invoicing));
    EXPECT_FALSE(planning.contains(Intake));
    const QStringList shipping = pagesOf(logistics);
    EXPECT_TRUE(shipping.contains(Shipments));
    EXPECT_TRUE(shipping.contains(Orders));
    EXPECT_FALSE(shipping.contains(Planning));
    EXPECT_FALSE(shipping.contains(Invoicing));
    EXPECT_FALSE(shipping.contains(Intake));
    EXPECT_TRUE(pagesOf(m_db.managerId).contains(Shipments));
    EXPECT_FALSE(pagesOf(m_db.salespersonId).contains(Shipments));
    EXPECT_FALSE(pagesOf(m_db.financeId).contains(Shipments));
}

TEST_F(WorkflowShell, EachRoleGetsOnlyThePagesItMayUse)
{
    const QStringList salesperson = pagesOf(m_db.salespersonId);
    EXPECT_TRUE(salesperson.contains(Intake));
    EXPECT_TRUE(salesperson.contains(Confirmation));
    EXPECT_FALSE(salesperson.contains(Audit));

    const QStringList finance = pagesOf(m_db.financeId);
    EXPECT_TRUE(finance.contains(Orders));
    EXPECT_FALSE(finance.contains(Intake));
    EXPECT_FALSE(finance.contains(Confirmation));

    const QStringList manager = pagesOf(m_db.managerId);
    EXPECT_TRUE(manager.contains(Audit));
    EXPECT_TRUE(manager.contains(Intake));

    // The navigation lists exactly the pages, under their departments' headings.
    m_db.actAs(m_db.salespersonId);
    MainWindow window(m_db.session());
    auto* nav = window.findChild<NavigationBar*>();
    ASSERT_NE(nav, nullptr);
    EXPECT_EQ(nav->keys(), window.pageIds());
}

TEST_F(WorkflowShell, TheMenusOfferOnlyWhatTheRoleMayDo)
{
    const auto actions = [this](qint64 userId) {
        m_db.actAs(userId);
        MainWindow window(m_db.session());
        QStringList names;
        for (const QAction* a : window.findChildren<QAction*>())
            if (!a->objectName().isEmpty())
                names << a->objectName();
        return names;
    };
    const QStringList finance = actions(m_db.financeId);
    EXPECT_FALSE(finance.contains(QStringLiteral("newOrderAction")));
    EXPECT_FALSE(finance.contains(QStringLiteral("usersAction")));
    EXPECT_TRUE(finance.contains(QStringLiteral("switchUserAction")));
    const QStringList salesperson = actions(m_db.salespersonId);
    EXPECT_TRUE(salesperson.contains(QStringLiteral("newOrderAction")));
    EXPECT_FALSE(salesperson.contains(QStringLiteral("backupAction")));
    EXPECT_FALSE(salesperson.contains(QStringLiteral("usersAction")));
    EXPECT_TRUE(actions(m_db.adminId).contains(QStringLiteral("usersAction")));
}

TEST_F(WorkflowShell, APageIsBuiltTheFirstTimeItIsOpened)
{
    m_db.actAs(m_db.managerId);
    MainWindow window(m_db.session());
    EXPECT_EQ(window.createdPage(Audit), nullptr);
    window.showPage(Audit);
    EXPECT_NE(window.createdPage(Audit), nullptr);
    EXPECT_EQ(window.currentPage(), Audit);
    // A page the user does not have is neither shown nor built.
    m_db.actAs(m_db.salespersonId);
    MainWindow theirs(m_db.session());
    EXPECT_EQ(theirs.page(Audit), nullptr);
    theirs.showPage(Audit);
    EXPECT_NE(theirs.currentPage(), Audit);
}

TEST_F(WorkflowShell, CtrlPageDownWalksEveryPageAndWrapsAround)
{
    m_db.actAs(m_db.managerId);
    MainWindow window(m_db.session());
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const QStringList ids = window.pageIds();
    ASSERT_GT(ids.size(), 1);
    window.showPage(ids.first());
    QStringList visited{window.currentPage()};
    for (int i = 1; i < ids.size(); ++i) {
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        visited << window.currentPage();
    }
    EXPECT_EQ(visited, ids);
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), ids.first());
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), ids.last());
    // Ctrl+2 is the second page of the navigation.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), ids.at(1));
}

TEST_F(WorkflowShell, SwitchingUserBuildsANewWindowForTheNextPersonsRole)
{
    m_db.actAs(m_db.managerId);
    Workspace workspace(m_db.session());
    workspace.setDailyBackup(false);
    MainWindow* replaced = nullptr;
    QObject::connect(&workspace, &Workspace::windowReplaced, [&](MainWindow* w) { replaced = w; });
    workspace.start();
    ASSERT_NE(workspace.window(), nullptr);
    EXPECT_TRUE(workspace.window()->pageIds().contains(Audit));
    workspace.window()->showPage(Audit);

    qint64 asked = 0;
    workspace.setSignIn([&](Session&) {
        ++asked;
        m_db.actAs(m_db.salespersonId);
        return true;
    });
    replaced = nullptr;
    auto* action = workspace.window()->findChild<QAction*>(QStringLiteral("switchUserAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    QTRY_VERIFY(replaced != nullptr);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(workspace.window(), replaced);
    EXPECT_EQ(m_db.session().user().id, m_db.salespersonId);
    // Nothing of the manager's window survives: no audit page, and the new window starts afresh.
    EXPECT_FALSE(replaced->pageIds().contains(Audit));
    EXPECT_EQ(replaced->createdPage(Audit), nullptr);
    EXPECT_NE(replaced->currentPage(), Audit);
}

} // namespace od::test
