#include "TypeText.h"
#include "UiOrderFactory.h"

#include "ConfirmationService.h"
#include "CustomerService.h"
#include "OrderQueryService.h"
#include "confirmation/ConfirmationView.h"
#include "confirmation/DocumentPreview.h"
#include "confirmation/RecordConfirmationDialog.h"
#include "confirmation/ReturnToDraftDialog.h"
#include "models/AwaitingConfirmationModel.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValidatedForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace od::test {

namespace {

// Answers the next modal dialog of type T as soon as it is open.
template <typename T> void whenDialogOpens(std::function<void(T*)> answer)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

} // namespace

class ConfirmationViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto customer = CustomerService(m_db.session()).byId(m_orders.customerEast);
        ASSERT_TRUE(customer.has_value());
        customer->contact = QStringLiteral("刘经理");
        ASSERT_TRUE(CustomerService(m_db.session()).update(*customer).has_value());
        m_older = m_orders.addDraft(m_orders.customerEast, 1, 0, 2);
        m_orders.submit(m_older);
        m_newer = m_orders.addDraft(m_orders.customerAcme, 2);
        m_orders.submit(m_newer);
        m_view = std::make_unique<ConfirmationView>(m_db.session());
        m_view->resize(1100, 720);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_older = 0;
    qint64 m_newer = 0;
    std::unique_ptr<ConfirmationView> m_view;
};

TEST_F(ConfirmationViewTest, ListsTheOrdersAwaitingConfirmationAndPreviewsTheDocument)
{
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(m_view->model()->rowCount(), 2);
    const QString first =
        m_view->model()->index(0, AwaitingConfirmationModel::OrderNoColumn).data().toString();
    EXPECT_EQ(first, m_orders.load(m_older).orderNo);
    EXPECT_TRUE(
        m_view->model()->index(0, AwaitingConfirmationModel::AgeColumn).data().toString().startsWith(u'0'));
    EXPECT_EQ(m_view->currentOrderId(), m_older);
    ASSERT_TRUE(waitUntil([&] { return m_view->preview()->pageCount() > 0; }, 15000));
}

TEST_F(ConfirmationViewTest, RecordingAConfirmationThroughTheDialogConfirmsTheOrder)
{
    QSignalSpy changed(m_view.get(), &ConfirmationView::orderChanged);
    ASSERT_TRUE(m_view->selectOrder(m_older));
    QString prefilled;
    whenDialogOpens<RecordConfirmationDialog>([&](RecordConfirmationDialog* dialog) {
        prefilled = dialog->contactEdit()->text();
        dialog->channelCombo()->setCurrentIndex(
            dialog->channelCombo()->findData(ConfirmationChannelInfo::key(ConfirmationChannel::WeChat)));
        typeText(dialog->remarksEdit(), QStringLiteral("OK by WeChat voice message"));
        QTest::keyClick(dialog->remarksEdit(), Qt::Key_Return);
    });
    EXPECT_TRUE(m_view->recordConfirmation());
    EXPECT_EQ(prefilled, QStringLiteral("刘经理"));
    EXPECT_EQ(m_orders.load(m_older).status, OrderStatus::Confirmed);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), m_older);
    EXPECT_EQ(m_view->model()->rowCount(), 1); // it left the list

    auto confirmations = OrderQueryService(m_db.session()).confirmations(m_older);
    ASSERT_TRUE(confirmations.has_value());
    ASSERT_EQ(confirmations->size(), 1);
    EXPECT_EQ(confirmations->first().channel, ConfirmationChannel::WeChat);
    EXPECT_EQ(confirmations->first().contactName, QStringLiteral("刘经理"));
    EXPECT_EQ(confirmations->first().revision, 1);
}

TEST_F(ConfirmationViewTest, AConfirmationWithoutContactIsRefusedNextToTheField)
{
    RecordConfirmationDialog dialog(m_db.session(), m_older, 1, QStringLiteral("SO"), QString());
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.form()->errorText(QStringLiteral("contact")).isEmpty());
    EXPECT_EQ(m_orders.load(m_older).status, OrderStatus::AwaitingConfirmation);
}

TEST_F(ConfirmationViewTest, ReturningToDraftRequiresAReason)
{
    ASSERT_TRUE(m_view->selectOrder(m_newer));
    QString errorForEmptyReason;
    bool stayedOpen = false;
    whenDialogOpens<ReturnToDraftDialog>([&](ReturnToDraftDialog* dialog) {
        dialog->accept(); // no reason typed
        stayedOpen = dialog->isVisible();
        errorForEmptyReason = dialog->form()->errorText(QStringLiteral("reason"));
        typeText(dialog->reasonEdit(), QStringLiteral("wants 20 pieces instead of 12"));
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    });
    EXPECT_TRUE(m_view->returnToDraft());
    EXPECT_TRUE(stayedOpen);
    EXPECT_FALSE(errorForEmptyReason.isEmpty());
    EXPECT_EQ(m_orders.load(m_newer).status, OrderStatus::Draft);
    EXPECT_EQ(m_view->model()->rowCount(), 1);
}

TEST_F(ConfirmationViewTest, CancellingTheReturnChangesNothing)
{
    ASSERT_TRUE(m_view->selectOrder(m_newer));
    whenDialogOpens<ReturnToDraftDialog>([](ReturnToDraftDialog* dialog) {
        typeText(dialog->reasonEdit(), QStringLiteral("typed, then cancelled"));
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Escape);
    });
    EXPECT_FALSE(m_view->returnToDraft());
    EXPECT_EQ(m_orders.load(m_newer).status, OrderStatus::AwaitingConfirmation);
}

TEST_F(ConfirmationViewTest, ExportsThePdfUnderTheOrderNumberAndRevision)
{
    QTemporaryDir dir;
    QString suggested;
    m_view->setSavePathFunction([&](QWidget*, const QString& path) {
        suggested = path;
        return dir.filePath(QFileInfo(path).fileName());
    });
    ASSERT_TRUE(m_view->selectOrder(m_older));
    ASSERT_TRUE(m_view->exportPdf());
    const QString expectedName = m_orders.load(m_older).orderNo + QStringLiteral("-R1.pdf");
    EXPECT_TRUE(suggested.endsWith(expectedName)) << suggested.toStdString();
    QFile pdf(dir.filePath(expectedName));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
}

TEST_F(ConfirmationViewTest, APdfChosenOverTheDatabaseFileIsRefusedAndTheDatabaseIsUntouched)
{
    ASSERT_TRUE(m_view->selectOrder(m_older));
    QFile database(m_db.path());
    ASSERT_TRUE(database.open(QIODevice::ReadOnly));
    const QByteArray before = database.readAll();
    database.close();

    EXPECT_FALSE(m_view->exportPdfTo(m_db.path()));
    auto* banner = m_view->findChild<MessageBanner*>();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QLatin1String("is the database OrderDesk is working on")))
        << banner->text().toStdString();
    ASSERT_TRUE(database.open(QIODevice::ReadOnly));
    EXPECT_TRUE(database.readAll() == before);
    EXPECT_EQ(m_orders.load(m_older).revision, 1); // the database still reads
}

} // namespace od::test
