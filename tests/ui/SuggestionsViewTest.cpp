#include "OvertimeScenario.h"
#include "UiOrderFactory.h"

#include "CalendarRepository.h"
#include "main/MainWindow.h"
#include "suggestions/SuggestionsView.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace od::test {

// 调度建议 for a manager: the overtime suggestion of a hand-made shop floor shown with its effect
// next to the salespeople's workload, applied by keyboard (Enter, then Enter on the question) and
// by mouse (Apply…, then the question's Apply button); cancelling writes nothing; a salesperson
// has no page.
class SuggestionsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SuggestionsViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db.actAs(m_db.managerId);
        m_scenario = OvertimeScenario::build(m_db);
        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(QString::fromLatin1(PageIds::Suggestions));
        m_view =
            qobject_cast<SuggestionsView*>(m_window->createdPage(QString::fromLatin1(PageIds::Suggestions)));
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(loaded());
    }

    bool loaded()
    {
        return waitUntil([&] { return !m_view->isLoading() && m_view->data().has_value(); }, 8000);
    }

    int overtimeEntries()
    {
        QSqlQuery q(m_db.db().sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE kind = 'overtime'")) &&
                    q.next());
        return q.value(0).toInt();
    }

    int overtimeAudits()
    {
        QSqlQuery q(m_db.db().sql());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.overtime'")) &&
            q.next());
        return q.value(0).toInt();
    }

    // Answers the question that is about to be asked: by keyboard (Enter on the default button),
    // by mouse on its Apply button, or cancelled with Escape.
    enum class Answer
    {
        EnterKey,
        ClickApply,
        Escape
    };
    void answerNextQuestion(Answer answer)
    {
        QTimer::singleShot(0, [this, answer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            EXPECT_EQ(box->objectName(), QStringLiteral("applySuggestionBox"));
            m_question = box->text();
            if (answer == Answer::EnterKey) {
                QTest::keyClick(box, Qt::Key_Return);
            } else if (answer == Answer::Escape) {
                QTest::keyClick(box, Qt::Key_Escape);
            } else {
                for (QAbstractButton* b : box->buttons())
                    if (b->text() == QStringLiteral("Apply"))
                        QTest::mouseClick(b, Qt::LeftButton);
            }
        });
    }

    QString cell(int row, int column) const { return m_view->suggestionsTable()->item(row, column)->text(); }

    TestDatabase m_db;
    OvertimeScenario m_scenario;
    std::unique_ptr<MainWindow> m_window;
    SuggestionsView* m_view = nullptr;
    QString m_question;
};

TEST_F(SuggestionsViewTest, TheSuggestionShowsWithItsEffectBesideTheWorkload)
{
    QTableWidget* table = m_view->suggestionsTable();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(cell(0, SuggestionsView::SuggestionColumn),
              QStringLiteral("4 h overtime a day on 机加工 (JG), 2 days from 2026-06-03 to 2026-06-04"));
    EXPECT_EQ(cell(0, SuggestionsView::ExtraHoursColumn), QStringLiteral("8"));
    EXPECT_EQ(cell(0, SuggestionsView::SavedColumn), QStringLiteral("1"));
    EXPECT_EQ(cell(0, SuggestionsView::DaysGainedColumn), QStringLiteral("1"));
    EXPECT_TRUE(cell(0, SuggestionsView::EffectColumn).contains(m_scenario.orderNoA));
    EXPECT_TRUE(m_view->applyButton()->isEnabled());
    // The workload table lists the salespeople.
    QTableWidget* workload = m_view->workloadTable();
    ASSERT_EQ(workload->rowCount(), int(m_view->data()->workload.salespeople.size()));
    bool found = false;
    for (int row = 0; row < workload->rowCount(); ++row)
        found = found || workload->item(row, 0)->text() == QStringLiteral("王芳");
    EXPECT_TRUE(found);
}

TEST_F(SuggestionsViewTest, EnterAppliesTheSuggestionAfterTheQuestionAnsweredByKeyboard)
{
    QTableWidget* table = m_view->suggestionsTable();
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentCell(0, 0);
    // Escape on the question: nothing is written.
    answerNextQuestion(Answer::Escape);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(m_question.contains(QStringLiteral("JG"))) << m_question.toStdString();
    EXPECT_EQ(overtimeEntries(), 0);

    answerNextQuestion(Answer::EnterKey);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(overtimeEntries(), 2);
    EXPECT_EQ(overtimeAudits(), 1);
    auto wed = CalendarRepository(m_db.db()).find(QDate(2026, 6, 3), m_scenario.machiningId);
    ASSERT_TRUE(wed.has_value() && wed->has_value());
    EXPECT_EQ((*wed)->hours, Hours::fromWhole(4));
    EXPECT_TRUE(m_view->banner()->isVisible());
    // Read again: nothing is late, nothing left to suggest.
    ASSERT_TRUE(loaded());
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_FALSE(m_view->applyButton()->isEnabled());
}

TEST_F(SuggestionsViewTest, TheApplyButtonAppliesTheSuggestionAfterTheQuestionAnsweredByMouse)
{
    QTableWidget* table = m_view->suggestionsTable();
    const QRect rect = table->visualItemRect(table->item(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    answerNextQuestion(Answer::ClickApply);
    QTest::mouseClick(m_view->applyButton(), Qt::LeftButton);
    EXPECT_EQ(overtimeEntries(), 2);
    EXPECT_EQ(overtimeAudits(), 1);
    ASSERT_TRUE(loaded());
    EXPECT_EQ(table->rowCount(), 0);
}

TEST_F(SuggestionsViewTest, ASuggestionOutOfDateIsRefusedWithItsReason)
{
    // JG is down on 06-04 too, after the page was read.
    CalendarDay down;
    down.date = QDate(2026, 6, 4);
    down.kind = CalendarDayKind::Holiday;
    ASSERT_TRUE(CalendarRepository(m_db.db()).save(down, m_scenario.machiningId).has_value());
    m_view->suggestionsTable()->setCurrentCell(0, 0);
    answerNextQuestion(Answer::ClickApply);
    QTest::mouseClick(m_view->applyButton(), Qt::LeftButton);
    EXPECT_EQ(overtimeEntries(), 0);
    EXPECT_TRUE(m_view->banner()->isVisible());
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("out of date")))
        << m_view->banner()->text().toStdString();
    ASSERT_TRUE(loaded());
    EXPECT_EQ(m_view->suggestionsTable()->rowCount(), 0);
}

TEST_F(SuggestionsViewTest, AStepMoveIsShownWithItsKindAndAppliedByKeyboard)
{
    m_scenario.addLathe(m_db);
    m_view->reload();
    ASSERT_TRUE(loaded());
    QTableWidget* table = m_view->suggestionsTable();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(cell(0, SuggestionsView::KindColumn), QStringLiteral("Move a step"));
    EXPECT_EQ(cell(1, SuggestionsView::KindColumn), QStringLiteral("Overtime"));
    EXPECT_EQ(cell(0, SuggestionsView::SuggestionColumn),
              QStringLiteral("Move step 20 (机加工) of %1, line 1, from 机加工 (JG) to 数控 (SK)")
                  .arg(m_scenario.orderNoA));
    EXPECT_EQ(cell(0, SuggestionsView::ExtraHoursColumn), QString());
    EXPECT_EQ(cell(0, SuggestionsView::SavedColumn), QStringLiteral("1"));
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentCell(0, 0);
    answerNextQuestion(Answer::EnterKey);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(m_question.contains(QStringLiteral("数控 (SK)"))) << m_question.toStdString();
    QSqlQuery q(m_db.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT w.code FROM order_plan_steps s JOIN order_plans p ON p.id = "
                                      "s.plan_id JOIN work_centres w ON w.id = s.work_centre_id WHERE "
                                      "p.status = 'committed' AND s.name = '机加工'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("SK"));
    EXPECT_EQ(overtimeEntries(), 0);
    EXPECT_TRUE(m_view->banner()->isVisible());
    ASSERT_TRUE(loaded());
    EXPECT_EQ(table->rowCount(), 0);
}

TEST_F(SuggestionsViewTest, ASalespersonHasNoPage)
{
    m_db.actAs(m_db.salespersonId);
    MainWindow window(m_db.session());
    EXPECT_FALSE(window.hasPage(QString::fromLatin1(PageIds::Suggestions)));
}

} // namespace od::test
