#include "TypeText.h"
#include "UiOrderFactory.h"

#include "DiscussionService.h"
#include "detail/DiscussionPanel.h"
#include "detail/OrderDetailDialog.h"
#include "main/MainWindow.h"
#include "main/NavigationBar.h"
#include "widgets/FieldErrorLabel.h"
#include "work/MyWorkView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

namespace od::test {

// The manager finds a salesperson's question in My work, opens the order on its discussion and
// answers: by keyboard (Enter, type, Ctrl+Enter) and by mouse (Open, Attach, Post).
class DiscussionPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("DiscussionPanelTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_order = m_orders.addDraft(m_orders.customerEast, 1);
        auto asked =
            DiscussionService(m_db.session()).post(m_order, QStringLiteral("@李强 能否提前到 6 月 20 日?"));
        ASSERT_TRUE(asked.has_value()) << asked.error().message.toStdString();
        m_db.actAs(m_db.managerId);
        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1100, 700);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_view = qobject_cast<MyWorkView*>(m_window->createdPage(QString::fromLatin1(PageIds::MyWork)));
        ASSERT_NE(m_view, nullptr);
    }

    int mentionRows() const
    {
        int n = 0;
        for (int r = 0; r < m_view->table()->rowCount(); ++r)
            for (int c = 0; c < m_view->table()->columnCount(); ++c)
                if (m_view->table()->item(r, c) &&
                    m_view->table()->item(r, c)->text().contains(QStringLiteral("王芳 wrote to you")))
                    ++n;
        return n;
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
    MyWorkView* m_view = nullptr;
    qint64 m_order = 0;
};

TEST_F(DiscussionPanelTest, TheManagerAnswersAMentionByKeyboard)
{
    ASSERT_EQ(mentionRows(), 1);
    QTableWidget* table = m_view->table();
    table->setFocus();
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c) && table->item(r, c)->text().contains(QStringLiteral("wrote to you")))
                table->setCurrentCell(r, 0);
    bool answered = false;
    m_window->setDetailHook([&](QDialog* d) {
        auto* dialog = static_cast<OrderDetailDialog*>(d);
        EXPECT_EQ(dialog->order().id, m_order);
        ASSERT_EQ(dialog->tabs()->currentWidget(), dialog->discussion());
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        DiscussionPanel* panel = dialog->discussion();
        EXPECT_TRUE(panel->view()->toPlainText().contains(QStringLiteral("能否提前到")));
        ASSERT_TRUE(panel->input()->hasFocus());
        // A mistyped colleague is refused by name and the text stays.
        typeText(panel->input(), QStringLiteral("可以。@张三 请安排"));
        QTest::keyClick(panel->input(), Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(panel->errorLabel()->text().contains(QStringLiteral("张三")));
        EXPECT_EQ(panel->input()->toPlainText(), QStringLiteral("可以。@张三 请安排"));
        panel->input()->selectAll();
        typeText(panel->input(), QStringLiteral("可以,生产已排到 6 月 18 日。@物流 请准备"));
        QTest::keyClick(panel->input(), Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(panel->input()->toPlainText().isEmpty());
        EXPECT_EQ(panel->count(), 2);
        EXPECT_EQ(dialog->tabs()->tabText(dialog->tabs()->indexOf(panel)), QStringLiteral("Discussion (2)"));
        answered = true;
        dialog->reject();
    });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(answered);
    m_view->reload();
    EXPECT_EQ(mentionRows(), 0);
}

TEST_F(DiscussionPanelTest, TheManagerAnswersWithAFileByMouse)
{
    const QString drawing = m_db.dir() + QStringLiteral("/drawing.pdf");
    {
        QFile f(drawing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 drawing");
    }
    QTableWidget* table = m_view->table();
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c) && table->item(r, c)->text().contains(QStringLiteral("wrote to you")))
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualItemRect(table->item(r, c)).center());
    QString opened;
    m_window->setDetailHook([&](QDialog* d) {
        auto* dialog = static_cast<OrderDetailDialog*>(d);
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        DiscussionPanel* panel = dialog->discussion();
        panel->setAskFiles([&](QWidget*) { return QStringList{drawing}; });
        panel->setOpenFile([&](const QString& path) { opened = path; });
        QTest::mouseClick(panel->attachButton(), Qt::LeftButton);
        EXPECT_TRUE(panel->filesLabel()->text().contains(QStringLiteral("drawing.pdf")));
        QTest::mouseClick(panel->input()->viewport(), Qt::LeftButton);
        typeText(panel->input(), QStringLiteral("图纸见附件"));
        QTest::mouseClick(panel->postButton(), Qt::LeftButton);
        ASSERT_EQ(panel->count(), 2);
        ASSERT_EQ(panel->comments().last().attachments.size(), 1);
        EXPECT_TRUE(panel->filesLabel()->text().isEmpty());
        EXPECT_TRUE(panel->openAttachment(panel->comments().last().attachments.first().id));
        dialog->reject();
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("myWorkOpen")), Qt::LeftButton);
    // What opens is a copy under the file's own name, with the same content.
    ASSERT_TRUE(opened.endsWith(QStringLiteral("/drawing.pdf"))) << opened.toStdString();
    QFile copy(opened);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), QByteArray("%PDF-1.4 drawing"));
    m_view->reload();
    EXPECT_EQ(mentionRows(), 0);
}

} // namespace od::test
