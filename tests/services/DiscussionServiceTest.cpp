#include "DiscussionService.h"
#include "AttachmentStore.h"
#include "MyWorkService.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// The discussion on an order: comments with @mentions of a colleague or a department that wait in
// their My work until answered, files attached under their hash, and what is refused with nothing
// saved.

namespace {

class Discussion : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000);
    Order mine;
    Order theirs;

    void SetUp() override
    {
        t.actAs(t.managerId);
        theirs = t.enterOrder(customer, valve);
        t.actAs(t.salespersonId);
        mine = t.enterOrder(customer, valve);
    }

    qint64 count(const char* sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = t.dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    QStringList mentionsFor(qint64 userId)
    {
        t.actAs(userId);
        QStringList out;
        auto items = MyWorkService(t.session()).items();
        EXPECT_TRUE(items.has_value());
        for (const WorkItem& i : items.value_or(QList<WorkItem>{}))
            if (i.kind == WorkItemKind::Mention)
                out << i.orderNo;
        return out;
    }
};

} // namespace

TEST_F(Discussion, ACommentWithMentionsAndAFileIsKeptWithTheFilesHash)
{
    const QByteArray certificate("材质证明 EN 10204 3.1");
    const QString path = writeFile(QStringLiteral("材质证明.txt"), certificate);
    auto posted = DiscussionService(t.session())
                      .post(mine.id, QStringLiteral("@李强 客户要求随货附材质证明,@财务 请注意开票"), {path});
    ASSERT_TRUE(posted.has_value()) << posted.error().message.toStdString();
    ASSERT_EQ(posted->mentions.size(), 2);
    EXPECT_EQ(posted->mentions.at(0).userId, t.managerId);
    EXPECT_EQ(posted->mentions.at(1).department, Department::Finance);
    ASSERT_EQ(posted->attachments.size(), 1);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(certificate, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(posted->attachments.first().sha256, sha);
    EXPECT_EQ(posted->attachments.first().fileName, QStringLiteral("材质证明.txt"));

    auto read = DiscussionService(t.session()).comments(mine.id);
    ASSERT_TRUE(read.has_value());
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->first().authorName, QStringLiteral("王芳"));
    EXPECT_EQ(read->first().mentions.size(), 2);
    auto stored = DiscussionService(t.session()).attachmentPath(read->first().attachments.first().id);
    ASSERT_TRUE(stored.has_value()) << stored.error().message.toStdString();
    QFile copy(*stored);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), certificate);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'order.comment'"), 1);

    // A stored copy changed behind the app's back is not handed out as the original.
    copy.close();
    QFile tamper(*stored);
    ASSERT_TRUE(tamper.open(QIODevice::WriteOnly | QIODevice::Append));
    tamper.write("x");
    tamper.close();
    EXPECT_FALSE(
        DiscussionService(t.session()).attachmentPath(read->first().attachments.first().id).has_value());
}

TEST_F(Discussion, AMentionWaitsInMyWorkUntilAnsweredOnTheOrder)
{
    ASSERT_TRUE(
        DiscussionService(t.session()).post(mine.id, QStringLiteral("@li 能否提前到 6 月 20 日? @finance")));
    EXPECT_TRUE(mentionsFor(t.salespersonId).isEmpty()); // not one's own
    EXPECT_EQ(mentionsFor(t.managerId), QStringList{mine.orderNo});
    EXPECT_EQ(mentionsFor(t.financeId), QStringList{mine.orderNo});

    t.actAs(t.managerId);
    ASSERT_TRUE(DiscussionService(t.session()).post(mine.id, QStringLiteral("可以,生产已排到 6 月 18 日。")));
    EXPECT_TRUE(mentionsFor(t.managerId).isEmpty());
    EXPECT_EQ(mentionsFor(t.financeId), QStringList{mine.orderNo}); // finance has not answered
    t.actAs(t.financeId);
    ASSERT_TRUE(DiscussionService(t.session()).post(mine.id, QStringLiteral("收到。")));
    EXPECT_TRUE(mentionsFor(t.financeId).isEmpty());
}

TEST_F(Discussion, BadInputIsRefusedWithItsFieldAndNothingIsSaved)
{
    DiscussionService service(t.session());
    auto unknown = service.post(mine.id, QStringLiteral("@张三 请确认"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().field, QStringLiteral("text"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("张三")));

    auto empty = service.post(mine.id, QStringLiteral("   "));
    ASSERT_FALSE(empty.has_value());
    EXPECT_EQ(empty.error().field, QStringLiteral("text"));

    auto missing =
        service.post(mine.id, QStringLiteral("见附件"), {t.dir() + QStringLiteral("/no-such-file.pdf")});
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().field, QStringLiteral("attachment"));

    const QString huge = t.dir() + QStringLiteral("/huge.bin");
    {
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(AttachmentStore::MaxBytes + 1));
    }
    auto tooLarge = service.post(mine.id, QStringLiteral("见附件"), {huge});
    ASSERT_FALSE(tooLarge.has_value());
    EXPECT_EQ(tooLarge.error().field, QStringLiteral("attachment"));

    // A salesperson who may not see the order is not mentioned on it.
    User other;
    other.name = QStringLiteral("chen");
    other.displayName = QStringLiteral("陈静");
    other.role = Role::Salesperson;
    t.addUser(other);
    auto blind = service.post(mine.id, QStringLiteral("@陈静 你看一下"));
    ASSERT_FALSE(blind.has_value());
    EXPECT_EQ(blind.error().field, QStringLiteral("text"));
    EXPECT_TRUE(blind.error().message.contains(QStringLiteral("陈静")))
        << blind.error().message.toStdString();

    // Another salesperson's order is not hers to see, so not hers to write on.
    auto notHers = service.post(theirs.id, QStringLiteral("我来跟进"));
    ASSERT_FALSE(notHers.has_value());

    EXPECT_EQ(count("SELECT count(*) FROM order_comments"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM comment_mentions"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'order.comment'"), 0);
}

TEST_F(Discussion, ACommentIsNeverEditedInPlace)
{
    ASSERT_TRUE(DiscussionService(t.session()).post(mine.id, QStringLiteral("第一版图纸已发")));
    QSqlQuery q(t.db().sql());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE order_comments SET body = 'changed'")));
}
