#include "SplitShipmentScenario.h"
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "OrderRepository.h"
#include "ProgressService.h"
#include "ShipmentRepository.h"
#include "UserRepository.h"
#include "main/MainWindow.h"
#include "main/PageRegistry.h"
#include "shipping/ShipmentsView.h"
#include "suggestions/SuggestionsView.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/MessageBanner.h"
#include "work/MyWorkView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace od::test {

// 分批发货 by keyboard: the manager applies "ship the finished lines now" on the Suggestions page;
// the logistics clerk opens the task from My work on the Shipments page, where the finished
// quantity is filled in, and ships it.
class SplitShipmentViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SplitShipmentViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db.actAs(m_db.managerId);
        m_scenario = SplitShipmentScenario::build(m_db);
        m_logisticsId =
            m_db.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});
    }

    std::unique_ptr<MainWindow> openWindow(Session& session)
    {
        auto window = std::make_unique<MainWindow>(session);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    int tasks()
    {
        QSqlQuery q(m_db.db().sql());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM split_shipment_tasks WHERE done_at IS NULL")) &&
            q.next());
        return q.value(0).toInt();
    }

    void applyByKeyboard()
    {
        auto window = openWindow(m_db.session());
        window->showPage(QString::fromLatin1(PageIds::Suggestions));
        auto* view =
            qobject_cast<SuggestionsView*>(window->createdPage(QString::fromLatin1(PageIds::Suggestions)));
        ASSERT_NE(view, nullptr);
        ASSERT_TRUE(waitUntil([&] { return !view->isLoading() && view->data().has_value(); }, 8000));
        QTableWidget* table = view->suggestionsTable();
        int split = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, SuggestionsView::SuggestionColumn)->data(Qt::UserRole).toString() ==
                QStringLiteral("split:") + m_scenario.orderNo)
                split = r;
        ASSERT_GE(split, 0);
        ASSERT_NE(table->item(split, SuggestionsView::KindColumn), nullptr);
        EXPECT_EQ(table->item(split, SuggestionsView::KindColumn)->text(), QStringLiteral("Split shipment"));
        const QString title = table->item(split, SuggestionsView::SuggestionColumn)->text();
        EXPECT_TRUE(title.startsWith(
            QStringLiteral("Ship the finished lines 1 of %1 now (1 of 2 line").arg(m_scenario.orderNo)))
            << title.toStdString();
        EXPECT_TRUE(title.endsWith(QStringLiteral("the rest forecast on 2026-06-09"))) << title.toStdString();
        EXPECT_EQ(
            table->item(split, SuggestionsView::EffectColumn)->text(),
            QStringLiteral("2560.00 of 53760.00 CNY reach 温州华东泵业有限公司 by the promised 2026-06-06"));
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentCell(split, 0);
        QString question;
        QTimer::singleShot(0, [&question] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            question = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::keyClick(table, Qt::Key_Return);
        EXPECT_TRUE(question.contains(QStringLiteral("line 1: 2"))) << question.toStdString();
        EXPECT_EQ(tasks(), 1);
        EXPECT_TRUE(view->banner()->text().contains(m_scenario.orderNo));
    }

    TestDatabase m_db;
    SplitShipmentScenario m_scenario;
    qint64 m_logisticsId = 0;
};

TEST_F(SplitShipmentViewTest, TheManagerAppliesItAndLogisticsShipsTheFinishedLineByKeyboard)
{
    applyByKeyboard();
    ASSERT_EQ(tasks(), 1);

    Session logistics(m_db.db(), **UserRepository(m_db.db()).byId(m_logisticsId));
    logistics.setToday(m_scenario.today);
    auto window = openWindow(logistics);
    auto* work = qobject_cast<MyWorkView*>(window->createdPage(QString::fromLatin1(PageIds::MyWork)));
    ASSERT_NE(work, nullptr);
    QTableWidget* table = work->table();
    int found = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c) &&
                table->item(r, c)->text().startsWith(QStringLiteral("Ship the finished lines")))
                found = r;
    ASSERT_GE(found, 0) << "the task is on the logistics clerk's list";
    table->setFocus();
    table->setCurrentCell(found, 0);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(window->currentPage(), QString::fromLatin1(PageIds::Shipments));
    auto* shipments =
        qobject_cast<ShipmentsView*>(window->createdPage(QString::fromLatin1(PageIds::Shipments)));
    ASSERT_NE(shipments, nullptr);
    ASSERT_EQ(shipments->currentOrderId(), m_scenario.orderId);
    // The finished quantity is filled in; the line still in production cannot be typed into.
    QTableWidget* lines = shipments->linesTable();
    ASSERT_EQ(lines->rowCount(), 2);
    EXPECT_EQ(lines->item(0, ShipmentsView::ToShipColumn)->text(), QStringLiteral("2"));
    EXPECT_EQ(lines->item(1, ShipmentsView::ToShipColumn)->text(), QString());
    EXPECT_FALSE(lines->item(1, ShipmentsView::ToShipColumn)->flags() & Qt::ItemIsEditable);

    QTest::keyClick(lines, Qt::Key_C, Qt::AltModifier); // &Carrier
    ASSERT_TRUE(waitUntil([&] { return shipments->carrierEdit()->hasFocus(); }));
    typeText(shipments->carrierEdit(), QStringLiteral("德邦物流"));
    // Tab along the form (tracking no., ship date, note, fill in) to Ship, and press it.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("shipButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    auto left = ShipmentRepository(m_db.db()).shippedByLine(m_scenario.orderId);
    ASSERT_TRUE(left.has_value());
    ASSERT_EQ(left->size(), 1) << shipments->shipError()->text().toStdString();
    EXPECT_EQ(left->value(1), Quantity::fromUnits(2));
    EXPECT_EQ((*OrderRepository(m_db.db()).load(m_scenario.orderId))->status, OrderStatus::InProduction);
    EXPECT_EQ(tasks(), 0);
    EXPECT_EQ(shipments->readyTable()->rowCount(), 0);
    EXPECT_TRUE(shipments->banner()->text().contains(m_scenario.orderNo));
}

TEST_F(SplitShipmentViewTest, TooMuchOfTheLineInProductionIsRefusedBesideTheForm)
{
    applyByKeyboard();
    Session logistics(m_db.db(), **UserRepository(m_db.db()).byId(m_logisticsId));
    logistics.setToday(m_scenario.today);
    ShipmentsView view(logistics);
    view.resize(1200, 800);
    view.show();
    // Ten valves are through their last step since.
    ProgressReport done;
    done.action = ProgressReport::Action::Done;
    done.quantity = Quantity::fromUnits(10);
    ASSERT_TRUE(
        ProgressService(m_db.session()).report(m_scenario.orderId, m_scenario.valveStep, done).has_value());
    view.reload();
    ASSERT_TRUE(view.openRecord(m_scenario.orderId));
    EXPECT_EQ(view.linesTable()->item(1, ShipmentsView::ToShipColumn)->text(), QStringLiteral("10"));
    view.linesTable()->item(1, ShipmentsView::ToShipColumn)->setText(QStringLiteral("11"));
    view.carrierEdit()->setText(QStringLiteral("德邦物流"));
    EXPECT_FALSE(view.shipSelected());
    EXPECT_TRUE(view.shipError()->isError());
    EXPECT_TRUE(view.shipError()->text().startsWith(QStringLiteral("Only 10 of line 2 is finished")))
        << view.shipError()->text().toStdString();
    EXPECT_EQ(view.linesTable()->item(1, ShipmentsView::ToShipColumn)->text(), QStringLiteral("11"));
    EXPECT_EQ(tasks(), 1);
}

} // namespace od::test
