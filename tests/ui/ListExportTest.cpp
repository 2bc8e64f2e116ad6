// 导出 Export… on the list pages: the rows of the current filter written to a workbook or CSV on
// a worker behind a progress dialog, started from the keyboard (Ctrl+E) or with the mouse, and
// the dashboard saved as a one-page PDF. Each file is opened again and checked.
#include "UiOrderFactory.h"
#include "XlsxReader.h"

#include "dashboard/DashboardView.h"
#include "main/MainWindow.h"
#include "main/PageRegistry.h"
#include "models/OrderListModel.h"
#include "orders/OrdersTableView.h"
#include "orders/OrdersView.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"
#include "work/MyWorkView.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace od::test {

class ListExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ListExportTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(m_dir.isValid());
        // Three confirmed orders and a draft, entered by the manager.
        m_db.actAs(m_db.managerId);
        for (int seed : {1, 2, 3}) {
            const qint64 id =
                m_orders.addDraft(seed == 2 ? m_orders.customerShanghai : m_orders.customerEast, seed);
            m_orders.submit(id);
            m_orders.confirm(id);
            m_confirmed << m_orders.load(id).orderNo;
        }
        m_orders.addDraft(m_orders.customerAcme, 4);

        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QStringList m_confirmed;
};

TEST_F(ListExportTest, CtrlEOnTheOrdersListExportsExactlyTheFilteredOrders)
{
    m_window->showPage(QString::fromLatin1(PageIds::Orders));
    OrdersView* view = m_window->ordersView();
    ASSERT_NE(view, nullptr);
    auto* status = view->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(OrderStatusInfo::key(OrderStatus::Confirmed)));
    ASSERT_TRUE(waitUntil([&] { return view->model()->rowCount() == 3; }, 5000));

    const QString path = file(QStringLiteral("confirmed.xlsx"));
    QString suggested;
    view->exportButton()->setAskSavePath([&](QWidget*, const QString& s) {
        suggested = s;
        return path;
    });
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_E, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(path); }, 10000));
    EXPECT_TRUE(suggested.endsWith(QStringLiteral(".xlsx"))) << suggested.toStdString();
    EXPECT_TRUE(suggested.contains(QStringLiteral("Orders"))) << suggested.toStdString();

    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_EQ(book.sheetNames(), QStringList{QStringLiteral("Orders")});
    ASSERT_EQ(book.rowCount(0), 4); // the header and the three confirmed orders, not the draft
    QStringList exported;
    for (int r = 2; r <= 4; ++r) {
        exported << book.cell(0, QStringLiteral("A%1").arg(r)).value;
        EXPECT_EQ(book.cell(0, QStringLiteral("D%1").arg(r)).value,
                  OrderStatusInfo::displayName(OrderStatus::Confirmed));
        EXPECT_EQ(book.cell(0, QStringLiteral("H%1").arg(r)).formatCode, QStringLiteral("#,##0.00"));
        EXPECT_EQ(book.cell(0, QStringLiteral("E%1").arg(r)).formatCode, QStringLiteral("yyyy-mm-dd"));
    }
    exported.sort();
    QStringList expected = m_confirmed;
    expected.sort();
    EXPECT_EQ(exported, expected);
    auto* banner = view->findChild<MessageBanner*>();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("3 row"))) << banner->text().toStdString();
}

TEST_F(ListExportTest, TheDashboardIsSavedAsAPdfAndItsFiguresAsAWorkbookWithTheMouse)
{
    m_window->showPage(QString::fromLatin1(PageIds::Dashboard));
    auto* view = qobject_cast<DashboardView*>(m_window->createdPage(QString::fromLatin1(PageIds::Dashboard)));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !view->isLoading() && view->figures().has_value(); }, 5000));

    const QString pdf = file(QStringLiteral("dashboard.pdf"));
    view->setAskSavePath([&](QWidget*, const QString& suggested) {
        EXPECT_TRUE(suggested.endsWith(QStringLiteral(".pdf"))) << suggested.toStdString();
        return pdf;
    });
    ASSERT_TRUE(view->pdfButton()->isEnabled());
    QTest::mouseClick(view->pdfButton(), Qt::LeftButton);
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/FontFile")) << "fonts must be embedded";

    const QString xlsx = file(QStringLiteral("dashboard.xlsx"));
    view->exportButton()->setAskSavePath([&](QWidget*, const QString&) { return xlsx; });
    QTest::mouseClick(view->exportButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(xlsx); }, 10000));
    XlsxReader book(xlsx);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    ASSERT_GE(book.sheetNames().size(), 3);
    // The figures sheet: this month's intake is the three confirmed orders.
    bool found = false;
    for (int r = 2; r <= book.rowCount(0); ++r)
        if (book.cell(0, QStringLiteral("A%1").arg(r)).value.startsWith(QStringLiteral("Intake ")) &&
            book.cell(0, QStringLiteral("B%1").arg(r)).value == QStringLiteral("3"))
            found = true;
    EXPECT_TRUE(found);
}

TEST_F(ListExportTest, MyWorkAsCsvWithTheMouseAndACancelledDialogWritesNothing)
{
    m_window->showPage(QString::fromLatin1(PageIds::MyWork));
    auto* view = qobject_cast<MyWorkView*>(m_window->createdPage(QString::fromLatin1(PageIds::MyWork)));
    ASSERT_NE(view, nullptr);
    auto* button = view->findChild<ListExportButton*>();
    ASSERT_NE(button, nullptr);

    button->setAskSavePath([](QWidget*, const QString&) { return QString(); });
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(QDir(m_dir.path()).isEmpty());

    const QString csv = file(QStringLiteral("work.csv"));
    button->setAskSavePath([&](QWidget*, const QString&) { return csv; });
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(csv); }, 10000));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.first().contains(QStringLiteral("What to do"))) << lines.first().toStdString();
    EXPECT_EQ(lines.size() - 1, view->table()->rowCount());

    // A name Excel cannot take is refused next to the list, and nothing is written.
    const QString wrong = file(QStringLiteral("work.txt"));
    button->setAskSavePath([&](QWidget*, const QString&) { return wrong; });
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_FALSE(QFile::exists(wrong));
    auto* banner = view->findChild<MessageBanner*>();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral(".xlsx"))) << banner->text().toStdString();
}

TEST_F(ListExportTest, CancellingTheProgressDialogStopsTheExportAndLeavesNoFile)
{
    // A list far too long to finish before Cancel is pressed: the rows are made as they are written.
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* banner = new MessageBanner(&page);
    layout->addWidget(banner);
    auto* button = new ListExportButton(m_db.session(), &page, banner, QStringLiteral("Big"), [] {
        return [](Session&) -> Result<QList<TableSheet>> {
            TableSheet sheet;
            sheet.name = QStringLiteral("Big");
            sheet.columns = {{QStringLiteral("N"), TableColumnType::Integer},
                             {QStringLiteral("Amount"), TableColumnType::Money}};
            sheet.expectedRows = 1'000'000;
            sheet.rows = [](const TableSheet::Visitor& visit) -> Status {
                for (qint64 i = 0; i < 1'000'000; ++i)
                    if (!visit(TableRow{i, Money::fromMinor(i)}))
                        break;
                return {};
            };
            return QList<TableSheet>{sheet};
        };
    });
    layout->addWidget(button);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    const QString path = file(QStringLiteral("big.xlsx"));
    button->setAskSavePath([&](QWidget*, const QString&) { return path; });
    bool pressed = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = page.findChild<QProgressDialog*>();
        if (!dialog || !dialog->isVisible() || pressed || dialog->value() < 10)
            return;
        auto* cancel = dialog->findChild<QPushButton*>();
        if (!cancel)
            return;
        pressed = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    poll.start();
    EXPECT_FALSE(button->exportList());
    poll.stop();
    EXPECT_TRUE(pressed);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("cancelled"))) << banner->text().toStdString();
}

} // namespace od::test
