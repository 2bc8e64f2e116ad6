#include "UiOrderFactory.h"
#include "XlsxReader.h"

#include "dashboard/DashboardView.h"
#include "dashboard/OnTimeView.h"
#include "dashboard/ShareBarDelegate.h"
#include "main/MainWindow.h"
#include "models/OrderListModel.h"
#include "orders/OrdersView.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// 准时交付 for a manager: orders delivered on time and late by two salespeople to three
// customers, grouped by customer, salesperson and product, switched by keyboard and by mouse,
// sorted, the period changed (and refused the wrong way round), a customer's and a
// salesperson's orders opened in the Orders list, and the figures exported.
class OnTimeViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("OnTimeViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Today is 2026-06-01; the page opens on the year up to it (2025-06-02 to 2026-06-01).
        // 华东机械 (王芳): 2 days late in May, on time in May, 4 days late in April.
        m_lateMay = delivered(m_orders.customerEast, 0, QDate(2026, 5, 10), QDate(2026, 5, 12));
        m_onTimeMay = delivered(m_orders.customerEast, 0, QDate(2026, 5, 10), QDate(2026, 5, 10), true);
        m_lateApril = delivered(m_orders.customerEast, 0, QDate(2026, 4, 1), QDate(2026, 4, 5));
        // 上海阀门厂 (李强): 5 days late. Acme (李强): two days early.
        m_shanghai =
            delivered(m_orders.customerShanghai, m_db.managerId, QDate(2026, 5, 10), QDate(2026, 5, 15));
        m_acme = delivered(m_orders.customerAcme, m_db.managerId, QDate(2026, 5, 20), QDate(2026, 5, 18));
        // Not counted: shipped but not signed for yet, and delivered before the period.
        const qint64 underway = m_orders.addDraft(m_orders.customerShanghai, 6);
        setStatus(underway, QStringLiteral("shipped"), QDate(2026, 5, 20));
        exec(QStringLiteral("INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, created_at) "
                            "VALUES ('SH-U', ?, '2026-05-19', '顺丰速运', '2026-05-19T00:00:00Z')"),
             {underway});
        delivered(m_orders.customerAcme, 0, QDate(2025, 1, 10), QDate(2025, 1, 12));

        m_db.actAs(m_db.managerId);
        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(QString::fromLatin1(PageIds::OnTime));
        m_view = qobject_cast<OnTimeView*>(m_window->createdPage(QString::fromLatin1(PageIds::OnTime)));
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(loaded(QDate(2025, 6, 2), OnTimeGrouping::Customer));
    }

    void exec(const QString& sql, const QVariantList& params)
    {
        QSqlQuery q(m_db.db().sql());
        ASSERT_TRUE(q.prepare(sql)) << q.lastError().text().toStdString();
        for (const QVariant& p : params)
            q.addBindValue(p);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    void setStatus(qint64 orderId, const QString& status, const QDate& promised)
    {
        exec(QStringLiteral("UPDATE orders SET status = ?, promised_date = ? WHERE id = ?"),
             {status, promised.toString(Qt::ISODate), orderId});
    }

    // An order of `customerId` by `salespersonId` (0: 王芳) promised on `promised`, shipped the
    // day before it was signed for on `signedFor`.
    qint64 delivered(qint64 customerId, qint64 salespersonId, const QDate& promised, const QDate& signedFor,
                     bool completed = false)
    {
        static int next = 0;
        const qint64 id = m_orders.addDraft(customerId, ++next);
        setStatus(id, completed ? QStringLiteral("completed") : QStringLiteral("delivered"), promised);
        if (salespersonId)
            exec(QStringLiteral(
                     "UPDATE orders SET salesperson_id = ?, salesperson_name = '李强' WHERE id = ?"),
                 {salespersonId, id});
        exec(QStringLiteral("INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, delivered_on, "
                            "created_at) VALUES (?, ?, ?, '顺丰速运', ?, '2026-05-01T00:00:00Z')"),
             {QStringLiteral("SH-%1").arg(next), id, signedFor.addDays(-1).toString(Qt::ISODate),
              signedFor.toString(Qt::ISODate)});
        return id;
    }

    // Waits for the reading of the period starting `from`, grouped `by`.
    bool loaded(const QDate& from, OnTimeGrouping by)
    {
        return waitUntil(
            [&] {
                return !m_view->isLoading() && m_view->report().has_value() &&
                       m_view->report()->from == from && m_view->report()->grouping == by;
            },
            5000);
    }

    // The table as the user sees it: one line per row, cells joined by " | ".
    QStringList rows() const
    {
        QStringList out;
        const QTableWidget* table = m_view->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << table->item(row, column)->text();
            out << cells.join(QStringLiteral(" | "));
        }
        return out;
    }

    int rowNamed(const QString& name) const
    {
        for (int row = 0; row < m_view->table()->rowCount(); ++row)
            if (m_view->table()->item(row, OnTimeView::NameColumn)->text() == name)
                return row;
        return -1;
    }

    // Replaces the text of a date field as typed, then leaves the field.
    void type(DateField* field, const QString& text)
    {
        field->lineEdit()->setFocus(Qt::TabFocusReason);
        field->lineEdit()->selectAll();
        QTest::keyClicks(field->lineEdit(), text);
        QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
    }

    QList<qint64> listedOrders()
    {
        QList<qint64> ids;
        OrderListModel* model = m_window->ordersView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (const OrderListRow* r = model->rowAt(row))
                ids << r->id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
    OnTimeView* m_view = nullptr;
    qint64 m_lateMay = 0;
    qint64 m_onTimeMay = 0;
    qint64 m_lateApril = 0;
    qint64 m_shanghai = 0;
    qint64 m_acme = 0;
};

TEST_F(OnTimeViewTest, TheYearByCustomerShowsEachCustomerWithTheTotalOnTop)
{
    EXPECT_EQ(m_view->table()->horizontalHeaderItem(OnTimeView::NameColumn)->text(),
              QStringLiteral("Customer"));
    EXPECT_EQ(rows(), (QStringList{
                          QStringLiteral("华东机械有限公司 | 3 | 1 | 2 | 33.33 % | 3.0"),
                          QStringLiteral("上海阀门厂 | 1 | 0 | 1 | 0.00 % | 5.0"),
                          QStringLiteral("Acme Pumps Ltd | 1 | 1 | 0 | 100.00 % | —"),
                      }));
    EXPECT_EQ(m_view->totalLabel()->text(),
              QStringLiteral("Total: 5 delivered, 2 on time, 3 late — on-time rate 40.00 %, 3.7 days late on "
                             "average."));
    // The rate is drawn as a bar of its basis points; the code is the name's tooltip.
    EXPECT_EQ(
        m_view->table()->item(0, OnTimeView::RateColumn)->data(ShareBarDelegate::ShareRole).toLongLong(),
        3333);
    EXPECT_EQ(m_view->table()->item(0, OnTimeView::NameColumn)->toolTip(), QStringLiteral("C001"));
    EXPECT_EQ(m_view->statusText(), QStringLiteral("On-time delivery from Jun 2, 2025 to Jun 1, 2026"));
}

TEST_F(OnTimeViewTest, TheGroupingChangesByKeyboardAndByMouse)
{
    // Alt+S: by salesperson.
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
    ASSERT_TRUE(loaded(QDate(2025, 6, 2), OnTimeGrouping::Salesperson));
    EXPECT_TRUE(m_view->groupingButton(OnTimeGrouping::Salesperson)->isChecked());
    EXPECT_EQ(m_view->table()->horizontalHeaderItem(OnTimeView::NameColumn)->text(),
              QStringLiteral("Salesperson"));
    EXPECT_EQ(rows(), (QStringList{
                          QStringLiteral("王芳 | 3 | 1 | 2 | 33.33 % | 3.0"),
                          QStringLiteral("李强 | 2 | 1 | 1 | 50.00 % | 5.0"),
                      }));

    // The arrow key moves on to the next grouping: by work centre, where no order was planned.
    QTest::keyClick(m_view->groupingButton(OnTimeGrouping::Salesperson), Qt::Key_Right);
    ASSERT_TRUE(loaded(QDate(2025, 6, 2), OnTimeGrouping::WorkCentre));
    EXPECT_EQ(m_view->table()->rowCount(), 0);
    EXPECT_TRUE(m_view->totalLabel()->text().startsWith(QStringLiteral("Total: 5 delivered")));

    // A click: by product, every order is of the ball valve.
    QTest::mouseClick(m_view->groupingButton(OnTimeGrouping::Product), Qt::LeftButton);
    ASSERT_TRUE(loaded(QDate(2025, 6, 2), OnTimeGrouping::Product));
    EXPECT_EQ(rows(), (QStringList{QStringLiteral("不锈钢球阀 DN50 | 5 | 2 | 3 | 40.00 % | 3.7")}));

    // By cause: nothing reviewed yet.
    QTest::mouseClick(m_view->groupingButton(OnTimeGrouping::Cause), Qt::LeftButton);
    ASSERT_TRUE(loaded(QDate(2025, 6, 2), OnTimeGrouping::Cause));
    EXPECT_EQ(rows(), (QStringList{QStringLiteral("Not reviewed | 5 | 2 | 3 | 40.00 % | 3.7")}));
    // A cause opens no orders, and says why instead of pretending.
    EXPECT_TRUE(m_view->table()->toolTip().contains(QStringLiteral("cannot be filtered by review cause")));
    m_view->table()->setFocus(Qt::TabFocusReason);
    m_view->table()->setCurrentCell(0, 0);
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::OnTime));
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("cannot be filtered by review cause")))
        << m_view->banner()->text().toStdString();
}

TEST_F(OnTimeViewTest, AClickOnAHeaderSortsByItsFigures)
{
    QTableWidget* table = m_view->table();
    QHeaderView* header = table->horizontalHeader();
    const QPoint rateHeader(header->sectionViewportPosition(OnTimeView::RateColumn) + 20,
                            header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, rateHeader);
    ASSERT_EQ(header->sortIndicatorSection(), OnTimeView::RateColumn);
    const QString first = table->item(0, OnTimeView::NameColumn)->text();
    if (header->sortIndicatorOrder() == Qt::AscendingOrder) {
        EXPECT_EQ(first, QStringLiteral("上海阀门厂"));
        EXPECT_EQ(table->item(2, OnTimeView::NameColumn)->text(), QStringLiteral("Acme Pumps Ltd"));
    } else {
        EXPECT_EQ(first, QStringLiteral("Acme Pumps Ltd"));
    }
    // Ascending by the average days late: none late sorts first, then 3.0, then 5.0.
    header->setSortIndicator(OnTimeView::AverageLateColumn, Qt::AscendingOrder);
    EXPECT_EQ(rows(), (QStringList{
                          QStringLiteral("Acme Pumps Ltd | 1 | 1 | 0 | 100.00 % | —"),
                          QStringLiteral("华东机械有限公司 | 3 | 1 | 2 | 33.33 % | 3.0"),
                          QStringLiteral("上海阀门厂 | 1 | 0 | 1 | 0.00 % | 5.0"),
                      }));

    // Sorted, a row still opens its own customer: 上海阀门厂 is now the last row.
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentCell(2, 0);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(waitForOrders(*m_window->ordersView()->model(), 1));
    EXPECT_EQ(listedOrders(), (QList<qint64>{m_shanghai}));
}

TEST_F(OnTimeViewTest, ThePeriodIsTypedAndOneTheWrongWayRoundIsRefusedNextToIt)
{
    type(m_view->fromField(), QStringLiteral("2026-05-01"));
    ASSERT_TRUE(loaded(QDate(2026, 5, 1), OnTimeGrouping::Customer));
    EXPECT_EQ(m_view->report()->to, QDate(2026, 6, 1));
    EXPECT_EQ(rows(), (QStringList{
                          QStringLiteral("华东机械有限公司 | 2 | 1 | 1 | 50.00 % | 2.0"),
                          QStringLiteral("上海阀门厂 | 1 | 0 | 1 | 0.00 % | 5.0"),
                          QStringLiteral("Acme Pumps Ltd | 1 | 1 | 0 | 100.00 % | —"),
                      }));
    EXPECT_TRUE(m_view->periodError()->isHidden());

    // Ending before it starts: said next to the dates; the figures of May stay.
    type(m_view->toField(), QStringLiteral("2026-04-30"));
    ASSERT_TRUE(waitUntil([&] { return m_view->periodError()->isVisible(); }, 3000));
    EXPECT_EQ(m_view->periodError()->text(),
              QStringLiteral("The period ends on Apr 30, 2026, before it starts on May 1, 2026."));
    EXPECT_TRUE(m_view->periodError()->isError());
    EXPECT_EQ(m_view->toField()->lineEdit()->text(), QStringLiteral("2026-04-30")); // nothing typed is lost
    EXPECT_EQ(m_view->report()->from, QDate(2026, 5, 1));
    EXPECT_EQ(m_view->report()->to, QDate(2026, 6, 1));
    EXPECT_EQ(m_view->table()->rowCount(), 3);

    // Text that is no date is refused the same way.
    type(m_view->toField(), QStringLiteral("soon"));
    ASSERT_TRUE(
        waitUntil([&] { return m_view->periodError()->text().contains(QStringLiteral("not a date")); }));

    // April alone: the order 4 days late.
    type(m_view->toField(), QStringLiteral("2026-04-30"));
    type(m_view->fromField(), QStringLiteral("2026-04-01"));
    ASSERT_TRUE(loaded(QDate(2026, 4, 1), OnTimeGrouping::Customer));
    EXPECT_TRUE(m_view->periodError()->isHidden());
    EXPECT_EQ(rows(), (QStringList{QStringLiteral("华东机械有限公司 | 1 | 0 | 1 | 0.00 % | 4.0")}));
}

TEST_F(OnTimeViewTest, EnterOnACustomerOpensExactlyItsOrdersDeliveredInThePeriod)
{
    QTableWidget* table = m_view->table();
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentCell(rowNamed(QStringLiteral("华东机械有限公司")), 0);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    OrdersView* orders = m_window->ordersView();
    ASSERT_NE(orders, nullptr);
    ASSERT_TRUE(waitForOrders(*orders->model(), 3));
    EXPECT_EQ(orders->model()->orderCount(), 3);
    const OrderListQuery query = orders->currentQuery();
    EXPECT_EQ(query.customerId, m_orders.customerEast);
    EXPECT_EQ(query.salespersonId, 0);
    EXPECT_EQ(query.deliveredFrom, QDate(2025, 6, 2));
    EXPECT_EQ(query.deliveredTo, QDate(2026, 6, 1));
    EXPECT_EQ(listedOrders(), (QList<qint64>{m_lateMay, m_onTimeMay, m_lateApril}));
}

TEST_F(OnTimeViewTest, ADoubleClickOnASalespersonOpensTheirOrdersDeliveredInThePeriod)
{
    QTest::mouseClick(m_view->groupingButton(OnTimeGrouping::Salesperson), Qt::LeftButton);
    ASSERT_TRUE(loaded(QDate(2025, 6, 2), OnTimeGrouping::Salesperson));
    QTableWidget* table = m_view->table();
    const QRect rect = table->visualItemRect(table->item(rowNamed(QStringLiteral("李强")), 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::OnTime));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    OrdersView* orders = m_window->ordersView();
    ASSERT_TRUE(waitForOrders(*orders->model(), 2));
    EXPECT_EQ(orders->currentQuery().salespersonId, m_db.managerId);
    EXPECT_EQ(orders->currentQuery().customerId, 0);
    EXPECT_EQ(listedOrders(), (QList<qint64>{m_shanghai, m_acme}));
}

TEST_F(OnTimeViewTest, TheFiguresShownAreExportedAsCsvByMouseAndAsAWorkbookByKeyboard)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("on-time.csv"));
    m_view->exportButton()->setAskSavePath([&](QWidget*, const QString&) { return csv; });
    QTest::mouseClick(m_view->exportButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(csv); }, 10000));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    EXPECT_EQ(
        text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
        (QStringList{
            QStringLiteral("Customer,Name,Orders delivered,On time,Late,On-time rate (%),Average days late"),
            QStringLiteral("C001,华东机械有限公司,3,1,2,33.33,3.0"),
            QStringLiteral("C002,上海阀门厂,1,0,1,0.00,5.0"),
            QStringLiteral("C003,Acme Pumps Ltd,1,1,0,100.00,"),
            QStringLiteral("Total,,5,2,3,40.00,3.7"),
        }));

    // By salesperson, as a workbook, by keyboard (Ctrl+E from the table).
    QTest::mouseClick(m_view->groupingButton(OnTimeGrouping::Salesperson), Qt::LeftButton);
    ASSERT_TRUE(loaded(QDate(2025, 6, 2), OnTimeGrouping::Salesperson));
    const QString xlsx = dir.filePath(QStringLiteral("on-time.xlsx"));
    m_view->exportButton()->setAskSavePath([&](QWidget*, const QString&) { return xlsx; });
    // The first export's progress window took the activation; the offscreen platform does not
    // give it back by itself.
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_E, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(xlsx); }, 10000));
    XlsxReader book(xlsx);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_EQ(book.rowCount(0), 4);
    EXPECT_EQ(book.cell(0, QStringLiteral("A1")).value, QStringLiteral("Salesperson"));
    EXPECT_EQ(book.cell(0, QStringLiteral("A2")).value, QStringLiteral("wang"));
    EXPECT_EQ(book.cell(0, QStringLiteral("B2")).value, QStringLiteral("王芳"));
    EXPECT_EQ(book.cell(0, QStringLiteral("C2")).value, QStringLiteral("3"));
    EXPECT_EQ(book.cell(0, QStringLiteral("F3")).value, QStringLiteral("50.00"));
    EXPECT_EQ(book.cell(0, QStringLiteral("G4")).value, QStringLiteral("3.7"));
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("3 row")))
        << m_view->banner()->text().toStdString();
}

TEST_F(OnTimeViewTest, TheDashboardLinksHereAndASalespersonHasNoPage)
{
    m_window->showPage(QString::fromLatin1(PageIds::Dashboard));
    auto* dashboard =
        qobject_cast<DashboardView*>(m_window->createdPage(QString::fromLatin1(PageIds::Dashboard)));
    ASSERT_NE(dashboard, nullptr);
    QTest::mouseClick(dashboard->onTimeButton(), Qt::LeftButton);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::OnTime));

    m_db.actAs(m_db.salespersonId);
    MainWindow window(m_db.session());
    EXPECT_FALSE(window.hasPage(QString::fromLatin1(PageIds::OnTime)));
    EXPECT_TRUE(window.hasPage(QString::fromLatin1(PageIds::Orders)));
}

} // namespace od::test
