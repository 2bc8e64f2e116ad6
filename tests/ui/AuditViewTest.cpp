#include "UiOrderFactory.h"

#include "AccountService.h"
#include "OrderIntakeService.h"
#include "audit/AuditView.h"
#include "main/MainWindow.h"
#include "main/NavigationBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

// The salesperson edits the notes of a new draft; returns the order number.
QString orderEditedBySalesperson(TestDatabase& db, UiOrderFactory& orders)
{
    const qint64 id = orders.addDraft(orders.customerEast, 3);
    Order order = orders.load(id);
    order.notes = QStringLiteral("Deliver to the back gate");
    auto saved = OrderIntakeService(db.session()).saveDraft(order, true);
    EXPECT_TRUE(saved.has_value()) << (saved ? "" : saved.error().message.toStdString());
    return order.orderNo;
}

bool tableShowsNotesChange(const QTableWidget& table)
{
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 4)->text().contains(QStringLiteral("Deliver to the back gate")))
            return true;
    return false;
}

void chooseUser(AuditView& view, qint64 userId)
{
    auto* user = view.findChild<QComboBox*>(QStringLiteral("auditUser"));
    ASSERT_NE(user, nullptr);
    const int index = user->findData(userId);
    ASSERT_GE(index, 0);
    user->setCurrentIndex(index);
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("auditApply")), Qt::LeftButton);
}

} // namespace

TEST(AuditViewTest, ListsAnEditAndFiltersByUserAndOrderNumber)
{
    TestDatabase db; // the salesperson edits
    UiOrderFactory orders(db);
    const QString number = orderEditedBySalesperson(db, orders);
    ASSERT_FALSE(number.isEmpty());

    db.actAs(db.adminId);
    AuditView view(db.session());
    view.show();
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("auditTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(tableShowsNotesChange(*table));

    chooseUser(view, db.salespersonId);
    EXPECT_TRUE(tableShowsNotesChange(*table));
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_EQ(table->item(row, 1)->text(), table->item(0, 1)->text());

    auto* orderNumber = view.findChild<QLineEdit*>(QStringLiteral("auditOrderNumber"));
    QTest::keyClicks(orderNumber, number);
    QTest::keyClick(orderNumber, Qt::Key_Return);
    EXPECT_TRUE(tableShowsNotesChange(*table));
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_EQ(table->item(row, 3)->text(), number);

    chooseUser(view, db.managerId);
    EXPECT_FALSE(tableShowsNotesChange(*table));
    EXPECT_EQ(table->rowCount(), 0);
}

TEST(AuditViewTest, UsersKindShowsAccountChangesWithoutSignInsAndOffersUsersAddedSince)
{
    TestDatabase db;
    db.actAs(db.adminId);
    AuditView view(db.session());
    view.show();

    User clerk;
    clerk.name = QStringLiteral("sun");
    clerk.displayName = QStringLiteral("孙会计");
    clerk.role = Role::FinanceClerk;
    AccountService accounts(db.session());
    auto added = accounts.addUser(db.session(), clerk, QStringLiteral("sun-password-2026"));
    ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();
    ASSERT_TRUE(accounts.signIn(QStringLiteral("sun"), QStringLiteral("sun-password-2026")).has_value());

    auto* user = view.findChild<QComboBox*>(QStringLiteral("auditUser"));
    EXPECT_LT(user->findData(*added), 0);
    view.refresh(); // what showing the page again does
    EXPECT_GE(user->findData(*added), 0);

    auto* action = view.findChild<QComboBox*>(QStringLiteral("auditAction"));
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("auditTable"));
    const auto actionsShown = [&](const QString& kind) {
        action->setCurrentIndex(action->findText(kind));
        view.reload();
        QStringList shown;
        for (int row = 0; row < table->rowCount(); ++row)
            shown << table->item(row, 2)->text();
        return shown;
    };
    const QStringList users = actionsShown(QStringLiteral("Users"));
    EXPECT_TRUE(users.contains(QStringLiteral("User added"))) << users.join(u'|').toStdString();
    EXPECT_FALSE(users.contains(QStringLiteral("Signed in"))) << users.join(u'|').toStdString();
    const QStringList signIns = actionsShown(QStringLiteral("Sign-in"));
    EXPECT_TRUE(signIns.contains(QStringLiteral("Signed in"))) << signIns.join(u'|').toStdString();
    EXPECT_FALSE(signIns.contains(QStringLiteral("User added")));
}

TEST(AuditViewTest, VerifyChainReportsAnIntactTrail)
{
    TestDatabase db;
    UiOrderFactory orders(db);
    orderEditedBySalesperson(db, orders);
    db.actAs(db.adminId);
    AuditView view(db.session());
    view.show();
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("auditVerify")), Qt::LeftButton);
    auto* banner = view.findChild<QWidget*>(QStringLiteral("auditBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    bool intactShown = false;
    for (auto* label : banner->findChildren<QLabel*>())
        intactShown = intactShown || label->text().contains(QStringLiteral("intact"));
    EXPECT_TRUE(intactShown);
}

TEST(AuditViewTest, NavigationEntryOnlyForWhoMayViewTheAudit)
{
    TestDatabase db; // the salesperson
    {
        MainWindow window(db.session());
        EXPECT_FALSE(window.hasPage(QString::fromLatin1(PageIds::Audit)));
        EXPECT_EQ(window.findChild<AuditView*>(), nullptr);
        EXPECT_EQ(window.findChild<NavigationBar*>()->rowOfKey(QString::fromLatin1(PageIds::Audit)), -1);
    }
    db.actAs(db.adminId);
    MainWindow window(db.session());
    EXPECT_TRUE(window.hasPage(QString::fromLatin1(PageIds::Audit)));
    window.showPage(QString::fromLatin1(PageIds::Audit));
    EXPECT_EQ(window.currentPage(), QString::fromLatin1(PageIds::Audit));
}

} // namespace od::test
