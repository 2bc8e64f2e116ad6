// The Orders list search (FTS5 trigram index plus a plain scan for short words) with text that
// is FTS or SQL syntax, control characters, emoji and mixed scripts: it finds what was saved and
// never fails.

#include "BadInputSupport.h"
#include "OrderIntakeService.h"
#include "OrderListRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace od;
using od::test::printable;

namespace {

class BadInputSearchTest : public ::testing::Test
{
protected:
    // Saves an order for `customerId` with one line described as `description`; returns its id.
    qint64 save(qint64 customerId, const QString& description)
    {
        Order o = intake.newDraft();
        o.customerId = customerId;
        o.requestedDate = QDate(2026, 8, 1);
        OrderLine line;
        line.productId = valve;
        line.description = description;
        line.quantity = Quantity::fromUnits(1);
        line.unitPrice = UnitPrice::fromRaw(10'000);
        o.lines << line;
        auto outcome = intake.saveDraft(o, true);
        EXPECT_TRUE(outcome && outcome->saved);
        return o.id;
    }

    // The ids the Orders list shows for `text`; fails the test when the search errors.
    QList<qint64> search(const QString& text)
    {
        OrderListQuery query;
        query.search = text;
        OrderListRepository list(t.db());
        auto count = list.count(query, 1000);
        EXPECT_TRUE(count) << printable(text.left(60)) << ": " << count.error().message.toStdString();
        auto rows = list.page(query, 0, 1000);
        EXPECT_TRUE(rows) << printable(text.left(60)) << ": " << rows.error().message.toStdString();
        QList<qint64> ids;
        if (rows)
            for (const OrderListRow& row : *rows)
                ids << row.id;
        if (count) {
            EXPECT_EQ(*count, ids.size()) << printable(text.left(60));
        }
        return ids;
    }

    test::TestDatabase t{Role::Manager};
    qint64 plainCustomer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海华东机械"));
    qint64 valve = t.addProduct(QStringLiteral("VLV-50"), QStringLiteral("不锈钢球阀"), 1'250'000);
    OrderIntakeService intake{t.session()};
};

} // namespace

TEST_F(BadInputSearchTest, FindsOrdersByHostileLineTextInTheSearchIndex)
{
    struct Case
    {
        QString description;
        QString query;
    };
    const QList<Case> cases{
        {QStringLiteral("'; DROP TABLE orders; --"), QStringLiteral("DROP TABLE orders;")},
        {QStringLiteral("\" OR 1=1"), QStringLiteral("1=1")},
        {QStringLiteral("%_\\"), QStringLiteral("%_\\")},
        {QStringLiteral("100% %1 %2 %3 done"), QStringLiteral("100%")},
        {QString::fromUtf8("第一行\n第二行"), QString::fromUtf8("第二行")},
        {QString::fromUtf8("发货😀🚚"), QString::fromUtf8("货😀🚚")},
        {QString::fromUtf8("中文 English العربية עברית"), QString::fromUtf8("العربية")},
        {QString::fromUtf8("中文 English العربية עברית"), QString::fromUtf8("עברית English")},
        {QString::fromUtf8("evil\u200Bzero-width"), QString::fromUtf8("zero-width")},
    };
    QList<qint64> ids;
    for (const Case& c : cases)
        ids << save(plainCustomer, c.description);
    for (int i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE(printable(cases[i].query));
        EXPECT_TRUE(search(cases[i].query).contains(ids[i]));
    }
    // The SQL text is only text: it matches its own order, not every order.
    EXPECT_EQ(search(QStringLiteral("DROP TABLE orders;")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("1=1")).size(), 1);
}

TEST_F(BadInputSearchTest, FindsShortEmojiAndChineseWordsInCustomerNames)
{
    // Two characters are too short for the trigram index; they are looked up in the names. An
    // emoji is one character but two UTF-16 code units.
    const qint64 courier = t.addCustomer(QStringLiteral("C002"), QString::fromUtf8("速递😀🚚"));
    const qint64 arabic = t.addCustomer(QStringLiteral("C003"), QString::fromUtf8("شركة عربية"));
    const qint64 a = save(courier, QStringLiteral("DN50"));
    const qint64 b = save(arabic, QStringLiteral("DN80"));
    const qint64 plain = save(plainCustomer, QStringLiteral("DN65"));
    EXPECT_EQ(search(QString::fromUtf8("😀🚚")), QList<qint64>{a});
    EXPECT_EQ(search(QString::fromUtf8("🚚")), QList<qint64>{a});
    EXPECT_EQ(search(QString::fromUtf8("速递")), QList<qint64>{a});
    EXPECT_EQ(search(QString::fromUtf8("عربية")), QList<qint64>{b});
    EXPECT_EQ(search(QString::fromUtf8("华东")), QList<qint64>{plain});
}

TEST_F(BadInputSearchTest, FtsSyntaxInTheSearchBoxIsOnlyText)
{
    const qint64 id = save(plainCustomer, QStringLiteral("DN50 法兰连接 PN16"));
    const QStringList syntax{QStringLiteral("\""),
                             QStringLiteral("\"\""),
                             QStringLiteral("\"\"\""),
                             QStringLiteral("\"DN50"),
                             QStringLiteral("DN50\""),
                             QStringLiteral("*"),
                             QStringLiteral("***"),
                             QStringLiteral("DN5*"),
                             QStringLiteral("*N50"),
                             QStringLiteral("NEAR"),
                             QStringLiteral("NEAR(DN50 PN16)"),
                             QStringLiteral("NEAR(DN50 PN16, 5)"),
                             QStringLiteral("NEAR("),
                             QStringLiteral("("),
                             QStringLiteral(")"),
                             QStringLiteral("((DN50))"),
                             QStringLiteral("AND"),
                             QStringLiteral("OR"),
                             QStringLiteral("NOT"),
                             QStringLiteral("DN50 AND"),
                             QStringLiteral("OR PN16"),
                             QStringLiteral("DN50 NOT PN16"),
                             QStringLiteral("-DN50"),
                             QStringLiteral("^DN50"),
                             QStringLiteral("text:DN50"),
                             QStringLiteral("{text}:DN50"),
                             QStringLiteral("text : DN50"),
                             QStringLiteral("+"),
                             QStringLiteral("'"),
                             QStringLiteral("''"),
                             QStringLiteral("'; DROP TABLE order_search; --"),
                             QStringLiteral("\\"),
                             QStringLiteral("%"),
                             QStringLiteral("_"),
                             QStringLiteral("%%%"),
                             QStringLiteral("___"),
                             QStringLiteral("/*"),
                             QStringLiteral("*/ --"),
                             QStringLiteral("DN50") + QChar(0) + QStringLiteral("x\"y"),
                             QString::fromUtf8("\x01\x02\x03"),
                             QString::fromUtf8("\x7f\x7f\x7f"),
                             QStringLiteral("\uFFFD\uFFFD\uFFFD"),
                             QStringLiteral("A") + QChar(0xD83D) + QStringLiteral("B"),
                             QString(3, QChar(0xDC00))};
    for (const QString& text : syntax) {
        SCOPED_TRACE(printable(text));
        const QList<qint64> found = search(text);
        EXPECT_FALSE(found.contains(id) && !text.contains(QStringLiteral("DN50")) &&
                     !text.contains(QStringLiteral("PN16")))
            << "operator text matched an order that does not contain it";
    }
    // A NUL character separates words like a space.
    EXPECT_EQ(search(QString(QChar(0))), QList<qint64>{id});
    EXPECT_EQ(search(QStringLiteral("DN5") + QChar(0)), QList<qint64>{id});
    EXPECT_EQ(search(QStringLiteral("DN50") + QChar(0) + QStringLiteral("PN16")), QList<qint64>{id});
    // Quoted words, a prefix star or NEAR are not operators: the order does not contain them.
    EXPECT_TRUE(search(QStringLiteral("NEAR(DN50 PN16)")).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("DN5*")).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("\"DN50")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("DN50 PN16")), QList<qint64>{id});
    EXPECT_EQ(search(QStringLiteral("  \t\r\n ")), QList<qint64>{id}); // blank: no filter
}

TEST_F(BadInputSearchTest, AVeryLongSearchTextDoesNotFail)
{
    const qint64 id = save(plainCustomer, QStringLiteral("DN50 法兰连接"));
    // A whole paragraph pasted into the search box: 10,000 characters, thousands of words.
    QString shortWords;
    while (shortWords.size() < 10'000)
        shortWords += QStringLiteral("ab 中 ");
    search(shortWords);
    QString longWords;
    while (longWords.size() < 10'000)
        longWords += QStringLiteral("法兰连接 ");
    EXPECT_EQ(search(longWords), QList<qint64>{id});
    search(QString(10'000, QChar(u'x')));
    search(QString(10'000, QChar(u'"')));
    search(QString(10'000, QChar(u'(')));
}
