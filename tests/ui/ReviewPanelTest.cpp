#include "UiOrderFactory.h"

#include "LessonService.h"
#include "ReviewService.h"
#include "detail/OrderDetailDialog.h"
#include "detail/ReviewPanel.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// 事后分析 on the order's detail: the tab appears only for an order that asks for a review, the
// form refuses what is missing next to its field and keeps what was typed, and a saved review
// is shown as written, with its lesson in the lessons learnt.
class ReviewPanelTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // A confirmed order, then marked delivered on `delivered` against a promise of `promised`.
    QString deliveredOrder(QDate promised, QDate delivered)
    {
        const qint64 id = m_orders.addDraft(m_orders.customerEast, 3);
        m_orders.submit(id);
        m_orders.confirm(id);
        exec(QStringLiteral("UPDATE orders SET status = 'delivered', promised_date = ? WHERE id = ?"),
             {promised.toString(Qt::ISODate), id});
        exec(QStringLiteral("INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, delivered_on, "
                            "created_at) VALUES (?, ?, ?, '顺丰速运', ?, '2026-05-01T00:00:00Z')"),
             {QStringLiteral("SH-%1").arg(id), id, delivered.addDays(-2).toString(Qt::ISODate),
              delivered.toString(Qt::ISODate)});
        m_lastId = id;
        return m_orders.load(id).orderNo;
    }
    void exec(const QString& sql, const QVariantList& params)
    {
        QSqlQuery q(m_db.db().sql());
        ASSERT_TRUE(q.prepare(sql));
        for (const QVariant& p : params)
            q.addBindValue(p);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_lastId = 0;
};

TEST_F(ReviewPanelTest, AnOrderDeliveredOnTimeHasNoPostAnalysisTab)
{
    deliveredOrder(QDate(2026, 5, 10), QDate(2026, 5, 9));
    OrderDetailDialog dialog(m_db.session(), m_lastId);
    EXPECT_EQ(dialog.review(), nullptr);
    for (int i = 0; i < dialog.tabs()->count(); ++i)
        EXPECT_NE(dialog.tabs()->tabText(i), QStringLiteral("Post-analysis"));
}

TEST_F(ReviewPanelTest, TheSalespersonWritesTheReviewOnceFromTheOrder)
{
    const QString orderNo = deliveredOrder(QDate(2026, 5, 10), QDate(2026, 5, 13));
    OrderDetailDialog dialog(m_db.session(), m_lastId);
    dialog.show();
    ReviewPanel* panel = dialog.review();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(dialog.tabs()->tabText(dialog.tabs()->indexOf(panel)), QStringLiteral("Post-analysis"));
    dialog.tabs()->setCurrentWidget(panel);
    EXPECT_TRUE(panel->summaryLabel()->text().contains(QStringLiteral("3 day")))
        << panel->summaryLabel()->text().toStdString();
    ASSERT_TRUE(panel->saveButton()->isVisibleTo(&dialog));

    // Nothing chosen: the cause is asked for beside its field and what was typed stays.
    panel->happenedEdit()->setFocus();
    panel->happenedEdit()->insertPlainText(
        QStringLiteral("阀体铸件晚到三天")); // typed through an input method
    QSignalSpy recorded(panel, &ReviewPanel::recorded);
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    EXPECT_EQ(recorded.count(), 0);
    EXPECT_EQ(panel->form()->errorText(QStringLiteral("cause")), QStringLiteral("Choose the cause."));
    EXPECT_EQ(panel->happenedEdit()->toPlainText(), QStringLiteral("阀体铸件晚到三天"));

    // Asking for the lessons learnt without a lesson is refused beside the lesson.
    panel->causeBox()->setCurrentIndex(panel->causeBox()->findData(QStringLiteral("material")));
    panel->addToLessonsBox()->setChecked(true);
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    EXPECT_EQ(recorded.count(), 0);
    EXPECT_FALSE(panel->form()->errorText(QStringLiteral("lesson")).isEmpty());
    EXPECT_TRUE(panel->form()->errorText(QStringLiteral("cause")).isEmpty());

    panel->lessonEdit()->setFocus();
    panel->lessonEdit()->insertPlainText(QStringLiteral("DN300 阀体需提前两周备料"));
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    ASSERT_EQ(recorded.count(), 1);
    EXPECT_TRUE(panel->isReviewed());
    EXPECT_FALSE(panel->saveButton()->isVisibleTo(&dialog));
    EXPECT_TRUE(panel->summaryLabel()->text().contains(QStringLiteral("阀体铸件晚到三天")));
    EXPECT_TRUE(panel->summaryLabel()->text().contains(QStringLiteral("Material")));

    auto review = ReviewService(m_db.session()).review(orderNo);
    ASSERT_TRUE(review.has_value());
    ASSERT_TRUE(review->has_value());
    EXPECT_EQ((*review)->cause, ReviewCause::Material);
    EXPECT_GT((*review)->lessonId, 0);
    auto lessons = LessonService(m_db.session()).search(QStringLiteral("提前两周"));
    ASSERT_TRUE(lessons.has_value());
    EXPECT_EQ(lessons->size(), 1);

    // Opened again, the order shows the review as written and no form.
    OrderDetailDialog again(m_db.session(), m_lastId);
    ASSERT_NE(again.review(), nullptr);
    EXPECT_TRUE(again.review()->isReviewed());
}

} // namespace od::test
