// Several PCs or windows saving into one database file at once: two writer processes and this
// test process save orders at the same time. No save may fail with a busy database and none
// may be lost; order numbers stay unique and gap-free.

#include "OfficeDatabase.h"
#include "OrderBookInvariants.h"
#include "OrderIntakeService.h"
#include "OrderNumberAllocator.h"
#include "UserRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace od;

namespace {

constexpr int kOrdersPerChild = 250;
constexpr int kOrdersHere = 150;

std::unique_ptr<QProcess> startWriter(const QString& path, const QString& user, int seed,
                                      const QString& workDir)
{
    auto writer = std::make_unique<QProcess>();
    writer->setProgram(test::crashWriterPath());
    writer->setArguments({path, user, QStringLiteral("--orders"), QString::number(kOrdersPerChild),
                          QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--workdir"),
                          workDir});
    writer->start();
    return writer;
}

} // namespace

TEST(TwoProcessWriters, SavingAtTheSameTimeLosesNoOrderAndKeepsNumbersGapFree)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    test::createOfficeDatabase(path);

    QElapsedTimer timer;
    timer.start();
    auto first = startWriter(path, QStringLiteral("li"), 11, dir.path());
    auto second = startWriter(path, QStringLiteral("admin"), 22, dir.path());
    ASSERT_TRUE(first->waitForStarted());
    ASSERT_TRUE(second->waitForStarted());

    // This process is the third writer, as the salesperson.
    auto db = Database::open(path);
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    Session session(**db, **UserRepository(**db).byName(QStringLiteral("wang")));
    OrderIntakeService intake(session);
    // Starting a process can take longer than this one's saves on a busy machine: they begin
    // once another writer has saved an order, so that the three really write at the same time.
    QElapsedTimer started;
    started.start();
    while (test::scalar(**db, QStringLiteral("SELECT count(*) FROM orders")) == 0 &&
           started.elapsed() < 60'000)
        QThread::msleep(5);
    QStringList mine;
    for (int i = 0; i < kOrdersHere; ++i) {
        Order order = intake.newDraft();
        order.customerId = 1 + i % 3;
        order.requestedDate = session.today().addDays(90);
        for (int l = 0; l <= i % 6; ++l) {
            OrderLine line;
            line.productId = 1 + l % 4;
            line.quantity = Quantity::fromUnits(l + 1);
            line.unitPrice = UnitPrice::fromRaw(855'000);
            order.lines << line;
        }
        auto saved = i % 2 ? intake.submitForConfirmation(order, true) : intake.saveDraft(order, true);
        ASSERT_TRUE(saved.has_value()) << "save " << i << ": " << saved.error().message.toStdString();
        ASSERT_TRUE(saved->saved) << saved->report.summary().toStdString();
        mine << order.orderNo;
        // Saving back to back, this process could keep the write lock from the others, whose
        // busy handlers sleep up to 100 ms between tries: now and then it pauses, as people do.
        if (i % 25 == 24)
            QThread::msleep(150);
    }

    qint64 expected = kOrdersHere;
    for (QProcess* writer : {first.get(), second.get()}) {
        ASSERT_TRUE(writer->waitForFinished(60'000));
        const QByteArray errors = writer->readAllStandardError();
        EXPECT_EQ(writer->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(writer->exitCode(), 0) << errors.toStdString();
        EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
        const test::WriterReport report = test::parseWriterOutput(writer->readAllStandardOutput());
        EXPECT_GE(report.ordersCreated, kOrdersPerChild);
        expected += report.ordersCreated;
    }
    std::printf("[ writers  ] 3 writers, %lld orders in %lld ms\n", expected, timer.elapsed());

    EXPECT_EQ(test::scalar(**db, QStringLiteral("SELECT count(*) FROM orders")), expected);
    EXPECT_EQ(test::scalar(**db, QStringLiteral("SELECT count(DISTINCT order_no) FROM orders")), expected);
    // Orders of all three writers are interleaved in one numbering, without gaps.
    const QStringList violations = test::orderBookViolations(**db);
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u'\n').toStdString();
    // The saves really interleaved: other writers' numbers fall between this process's.
    QList<qint64> myNumbers;
    for (const QString& orderNo : mine) {
        QString prefix;
        int year = 0;
        qint64 value = 0;
        ASSERT_TRUE(OrderNumberAllocator::parse(orderNo, &prefix, &year, &value));
        myNumbers << value;
    }
    std::sort(myNumbers.begin(), myNumbers.end());
    ASSERT_LT(myNumbers.first() + kOrdersHere - 1, myNumbers.last()) << "the writers did not overlap";
    for (const QString& orderNo : mine) {
        QSqlQuery q((*db)->sql());
        q.prepare(QStringLiteral("SELECT salesperson_name FROM orders WHERE order_no = ?"));
        q.addBindValue(orderNo);
        ASSERT_TRUE(q.exec() && q.next()) << orderNo.toStdString();
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("王芳"));
    }
}
