#include "TypeText.h"
#include "UiOrderFactory.h"

#include "OrderRepository.h"
#include "ShipmentService.h"
#include "UserRepository.h"
#include "detail/OrderDetailDialog.h"
#include "detail/ShipmentsPanel.h"
#include "main/MainWindow.h"
#include "main/PageRegistry.h"
#include "shipping/ShipmentsView.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/MessageBanner.h"
#include "work/MyWorkView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// The logistics clerk's Shipments page (today is 2026-06-01): two orders production has
// finished, each with one line (quantities 2 and 3, from UiOrderFactory).
class ShipmentsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        for (int seed : {1, 2}) {
            const qint64 id = m_orders.addDraft(m_orders.customerEast, seed, 3 - seed, 2);
            m_orders.submit(id);
            m_orders.confirm(id);
            m_orders.moveTo(id, OrderStatus::Planned);
            m_orders.moveTo(id, OrderStatus::InProduction);
            m_orders.moveTo(id, OrderStatus::ReadyToShip);
            m_ids << id;
        }
        const qint64 qian =
            m_db.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});
        m_logistics = std::make_unique<Session>(m_db.db(), **UserRepository(m_db.db()).byId(qian));
        m_logistics->setToday(m_db.session().today());
        m_view = std::make_unique<ShipmentsView>(*m_logistics);
        m_view->resize(1200, 800);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        ASSERT_EQ(m_view->readyTable()->rowCount(), 2);
    }

    QPushButton* button(const char* name)
    {
        auto* b = m_view->findChild<QPushButton*>(QLatin1String(name));
        EXPECT_NE(b, nullptr) << name;
        return b;
    }

    void click(QTableWidget* table, int row, int column = 0)
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, column)).center());
    }

    int row(qint64 orderId)
    {
        const QString orderNo = m_orders.load(orderId).orderNo;
        for (int r = 0; r < m_view->readyTable()->rowCount(); ++r)
            if (m_view->readyTable()->item(r, 0)->text() == orderNo)
                return r;
        return -1;
    }

    OrderStatus status(qint64 orderId) { return (*OrderRepository(m_db.db()).load(orderId))->status; }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    QList<qint64> m_ids;
    std::unique_ptr<Session> m_logistics;
    std::unique_ptr<ShipmentsView> m_view;
};

TEST_F(ShipmentsViewTest, AnOrderShippedWithTheMouseInTwoPartsLeavesTheList)
{
    QTableWidget* lines = m_view->linesTable();
    click(m_view->readyTable(), row(m_ids.at(0)));
    ASSERT_EQ(lines->rowCount(), 2);
    const QString leftOfFirst = lines->item(0, ShipmentsView::LeftColumn)->text();
    // One unit of the first line only.
    QTest::mouseDClick(lines->viewport(), Qt::LeftButton, {},
                       lines->visualItemRect(lines->item(0, ShipmentsView::ToShipColumn)).center());
    QWidget* editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("1"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::mouseClick(m_view->carrierEdit(), Qt::LeftButton);
    typeText(m_view->carrierEdit(), QStringLiteral("顺丰速运"));
    QTest::mouseClick(m_view->trackingEdit(), Qt::LeftButton);
    QTest::keyClicks(m_view->trackingEdit(), QStringLiteral("SF1401234567"));
    QTest::mouseClick(button("shipButton"), Qt::LeftButton);

    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("SHP-2026-000001")))
        << m_view->banner()->text().toStdString();
    EXPECT_EQ(status(m_ids.at(0)), OrderStatus::ReadyToShip);
    ASSERT_EQ(m_view->transitTable()->rowCount(), 1);
    EXPECT_EQ(m_view->transitTable()->item(0, 4)->text(), QStringLiteral("SF1401234567"));
    // Still listed, now with what is left.
    click(m_view->readyTable(), row(m_ids.at(0)));
    EXPECT_EQ(lines->item(0, ShipmentsView::ShippedColumn)->text(), QStringLiteral("1"));
    EXPECT_NE(lines->item(0, ShipmentsView::LeftColumn)->text(), leftOfFirst);

    // The rest: every quantity left, then Ship.
    QTest::mouseClick(button("fillAllLeftButton"), Qt::LeftButton);
    QTest::mouseClick(button("shipButton"), Qt::LeftButton);
    EXPECT_EQ(status(m_ids.at(0)), OrderStatus::Shipped);
    EXPECT_EQ(m_view->readyTable()->rowCount(), 1);
    EXPECT_EQ(row(m_ids.at(0)), -1);
    EXPECT_EQ(m_view->transitTable()->rowCount(), 2);
}

TEST_F(ShipmentsViewTest, AnOrderShippedAndDeliveredByKeyboard)
{
    m_view->readyTable()->setFocus();
    QTest::keyClick(m_view->readyTable(), Qt::Key_Down);
    QTest::keyClick(m_view->readyTable(), Qt::Key_Up);
    const int first = m_view->readyTable()->currentRow();
    ASSERT_EQ(first, 0);
    const qint64 orderId = m_view->currentOrderId();
    QTest::keyClick(m_view->readyTable(), Qt::Key_A, Qt::AltModifier); // Fill in &all that is left
    QTest::keyClick(m_view->readyTable(), Qt::Key_C, Qt::AltModifier); // &Carrier
    ASSERT_TRUE(waitUntil([&] { return m_view->carrierEdit()->hasFocus(); }));
    typeText(m_view->carrierEdit(), QStringLiteral("自有车辆"));
    QTest::keyClick(m_view->carrierEdit(), Qt::Key_S, Qt::AltModifier); // &Ship
    ASSERT_TRUE(waitUntil([&] { return status(orderId) == OrderStatus::Shipped; }));
    ASSERT_EQ(m_view->transitTable()->rowCount(), 1);

    // The customer signed: choose the shipment, type who signed, record it.
    QTest::keyClick(m_view.get(), Qt::Key_N, Qt::AltModifier); // I&n transit
    ASSERT_TRUE(waitUntil([&] { return m_view->transitTable()->hasFocus(); }));
    QTest::keyClick(m_view->transitTable(), Qt::Key_Space); // the row the cursor is on
    ASSERT_FALSE(m_view->currentShipmentNo().isEmpty());
    QTest::keyClick(m_view->transitTable(), Qt::Key_B, Qt::AltModifier); // Signed &by
    ASSERT_TRUE(waitUntil([&] { return m_view->receivedByEdit()->hasFocus(); }));
    typeText(m_view->receivedByEdit(), QStringLiteral("张经理"));
    QTest::keyClick(m_view->receivedByEdit(), Qt::Key_R, Qt::AltModifier); // &Record delivery
    ASSERT_TRUE(waitUntil([&] { return status(orderId) == OrderStatus::Delivered; }));
    EXPECT_EQ(m_view->transitTable()->rowCount(), 0);
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("delivered")))
        << m_view->banner()->text().toStdString();
}

TEST_F(ShipmentsViewTest, TooMuchOrNoCarrierIsShownBesideTheFormAndKeepsWhatWasTyped)
{
    click(m_view->readyTable(), 0);
    QTableWidget* lines = m_view->linesTable();
    lines->item(0, ShipmentsView::ToShipColumn)->setText(QStringLiteral("999"));
    QTest::mouseClick(button("shipButton"), Qt::LeftButton);
    EXPECT_TRUE(m_view->shipError()->isError());
    EXPECT_TRUE(m_view->shipError()->text().contains(QStringLiteral("carrier")))
        << m_view->shipError()->text().toStdString();
    EXPECT_TRUE(m_view->carrierEdit()->hasFocus());
    QTest::keyClicks(m_view->carrierEdit(), QStringLiteral("DHL"));
    QTest::mouseClick(button("shipButton"), Qt::LeftButton);
    EXPECT_TRUE(m_view->shipError()->text().contains(QStringLiteral("999")))
        << m_view->shipError()->text().toStdString();
    EXPECT_EQ(lines->item(0, ShipmentsView::ToShipColumn)->text(), QStringLiteral("999"));
    EXPECT_EQ(m_view->carrierEdit()->text(), QStringLiteral("DHL"));
    EXPECT_EQ(m_view->transitTable()->rowCount(), 0);
    lines->item(0, ShipmentsView::ToShipColumn)->setText(QStringLiteral("two"));
    QTest::mouseClick(button("shipButton"), Qt::LeftButton);
    EXPECT_TRUE(m_view->shipError()->text().contains(QStringLiteral("\"two\"")))
        << m_view->shipError()->text().toStdString();
}

TEST_F(ShipmentsViewTest, TheDeliveryNoteIsSavedAsPdf)
{
    click(m_view->readyTable(), 0);
    m_view->fillAllLeft();
    m_view->carrierEdit()->setText(QStringLiteral("德邦物流"));
    ASSERT_TRUE(m_view->shipSelected());
    click(m_view->transitTable(), 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("note.pdf"));
    m_view->setAskSavePath([&](QWidget*, const QString& suggested) {
        EXPECT_TRUE(suggested.endsWith(QStringLiteral("SHP-2026-000001.pdf"))) << suggested.toStdString();
        return path;
    });
    QTest::mouseClick(button("deliveryNoteButton"), Qt::LeftButton);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("%PDF-"));
}

TEST_F(ShipmentsViewTest, EnterOnAnOrderToShipInMyWorkOpensItOnTheShipmentsPage)
{
    QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ShipmentsViewTest"));
    MainWindow window(*m_logistics);
    window.resize(1100, 700);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    EXPECT_EQ(window.currentPage(), QString::fromLatin1(PageIds::MyWork));
    auto* work = qobject_cast<MyWorkView*>(window.createdPage(QString::fromLatin1(PageIds::MyWork)));
    ASSERT_NE(work, nullptr);
    QTableWidget* table = work->table();
    const QString wanted = m_orders.load(m_ids.at(1)).orderNo;
    int found = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c) && table->item(r, c)->text() == wanted)
                found = r;
    ASSERT_GE(found, 0) << "the order ready to ship is on the logistics clerk's list";
    table->setFocus();
    table->setCurrentCell(found, 0);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(window.currentPage(), QString::fromLatin1(PageIds::Shipments));
    auto* shipments =
        qobject_cast<ShipmentsView*>(window.createdPage(QString::fromLatin1(PageIds::Shipments)));
    ASSERT_NE(shipments, nullptr);
    EXPECT_EQ(shipments->currentOrderId(), m_ids.at(1));
}

TEST_F(ShipmentsViewTest, TheOrderDetailShowsWhatLeftWithWhichShipmentAndWhatIsStillToShip)
{
    const qint64 orderId = m_ids.at(0);
    Shipment part;
    part.orderId = orderId;
    part.shipDate = m_db.session().today();
    part.carrier = QStringLiteral("顺丰速运");
    part.trackingNo = QStringLiteral("SF1401234567");
    part.lines << ShipmentLine{1, Quantity::fromUnits(1)};
    auto shipped = ShipmentService(*m_logistics).ship(part);
    ASSERT_TRUE(shipped) << shipped.error().message.toStdString();

    // The salesperson who owns the order opens it.
    OrderDetailDialog dialog(m_db.session(), orderId);
    ShipmentsPanel* panel = dialog.shipments();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->count(), 1);
    QTableWidget* shipments = panel->shipmentsTable();
    ASSERT_EQ(shipments->rowCount(), 1);
    EXPECT_EQ(shipments->item(0, 0)->text(), shipped->shipmentNo);
    EXPECT_EQ(shipments->item(0, 3)->text(), QStringLiteral("SF1401234567"));
    EXPECT_EQ(shipments->item(0, 4)->text(), QStringLiteral("line 1 × 1"));
    EXPECT_EQ(shipments->item(0, 5)->text(), QStringLiteral("in transit"));
    QTableWidget* lines = panel->linesTable();
    ASSERT_EQ(lines->rowCount(), 2);
    EXPECT_EQ(lines->item(0, 3)->text(), QStringLiteral("1"));
    EXPECT_NE(lines->item(0, 4)->text(), QStringLiteral("0")) << "the rest of line 1 is still to ship";
    EXPECT_TRUE(panel->summaryLabel()->text().contains(QStringLiteral("still to ship")))
        << panel->summaryLabel()->text().toStdString();
}

} // namespace od::test
