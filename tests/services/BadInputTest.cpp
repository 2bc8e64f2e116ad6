// Customers and products entered with text that has broken other programs: it is stored and read
// back exactly and found by search, or refused with a message for the field and nothing written.

#include "BadInputSupport.h"
#include "CustomerService.h"
#include "ProductService.h"
#include "TestDatabase.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace od;
using od::test::databaseFigures;
using od::test::describe;
using od::test::hostileTexts;
using od::test::printable;

namespace {

class BadInputTest : public ::testing::Test
{
protected:
    // An email address made from `text`: the address rule only wants something@something.tld.
    static QString emailFrom(const QString& text)
    {
        static const QRegularExpression unwanted(QStringLiteral("[\\s@]"));
        QString local = text;
        local.remove(unwanted);
        return local + QStringLiteral("@例子.中国");
    }

    test::TestDatabase t{Role::Manager};
    CustomerService customers{t.session()};
    ProductService products{t.session()};
};

} // namespace

TEST_F(BadInputTest, CustomerTextFieldsKeepHostileTextExactlyAndAreFoundBySearch)
{
    int n = 0;
    for (const QString& text : hostileTexts()) {
        SCOPED_TRACE(printable(text));
        Customer c;
        c.code = QStringLiteral("C%1").arg(++n);
        c.name = text;
        c.contact = text;
        c.phone = text;
        c.email = emailFrom(text);
        c.address = text + u'\n' + text;
        c.notes = text;
        auto id = customers.create(c);
        ASSERT_TRUE(id) << id.error().message.toStdString();

        auto stored = customers.byId(*id);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->name, c.name);
        EXPECT_EQ(stored->contact, c.contact);
        EXPECT_EQ(stored->phone, c.phone);
        EXPECT_EQ(stored->email, c.email);
        EXPECT_EQ(stored->address, c.address);
        EXPECT_EQ(stored->notes, c.notes);
        EXPECT_EQ(stored->name.toUtf8(), text.toUtf8()); // byte for byte, not only equal as QString

        auto found = customers.search(text);
        ASSERT_TRUE(found) << found.error().message.toStdString();
        bool hit = false;
        for (const Customer& f : *found)
            hit = hit || f.id == *id;
        EXPECT_TRUE(hit) << "search for the name did not find the customer";
    }
    auto all = customers.search(QString(), 1000, true);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), n) << "the SQL text must not have matched or dropped anything";
}

TEST_F(BadInputTest, CustomerCodeWithSqlOrControlCharactersIsRefusedAndNothingChanges)
{
    const auto before = databaseFigures(t.db());
    for (const QString& code :
         {QStringLiteral("'; DROP TABLE orders; --"), QStringLiteral("C1' OR '1'='1"), QStringLiteral("%_\\"),
          QString::fromUtf8("C\x01"
                            "1"),
          QStringLiteral("C\t1"), QString::fromUtf8("😀🚚")}) {
        SCOPED_TRACE(printable(code));
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Acme");
        auto id = customers.create(c);
        ASSERT_FALSE(id);
        EXPECT_EQ(id.error().field, "code");
        EXPECT_FALSE(id.error().message.isEmpty());
    }
    EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
}

TEST_F(BadInputTest, CustomerTextLongerThanAllowedIsRefusedNamingTheField)
{
    const QString huge(10'000, QChar(u'长'));
    const auto before = databaseFigures(t.db());
    for (const char* field : {"name", "contact", "phone", "email", "address", "notes"}) {
        SCOPED_TRACE(field);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Acme");
        const QString f = QString::fromLatin1(field);
        if (f == u"name")
            c.name = huge;
        else if (f == u"contact")
            c.contact = huge;
        else if (f == u"phone")
            c.phone = huge;
        else if (f == u"email")
            c.email = huge + QStringLiteral("@example.com");
        else if (f == u"address")
            c.address = huge;
        else
            c.notes = huge + u'!'; // notes may hold 10,000 characters, not one more
        auto id = customers.create(c);
        ASSERT_FALSE(id);
        EXPECT_EQ(id.error().field, f);
        EXPECT_FALSE(id.error().message.isEmpty());
    }
    EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));

    // Exactly the longest notes the form allows are kept whole.
    Customer c;
    c.code = QStringLiteral("C1");
    c.name = QStringLiteral("Acme");
    c.notes = huge;
    auto id = customers.create(c);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_EQ(customers.byId(*id)->notes, huge);
}

TEST_F(BadInputTest, ProductTextFieldsKeepHostileTextExactlyAndAreFoundBySearch)
{
    int n = 0;
    for (const QString& text : hostileTexts()) {
        SCOPED_TRACE(printable(text));
        Product p;
        p.sku = QStringLiteral("SKU-%1").arg(++n);
        p.name = text;
        p.spec = text + u'\n' + text;
        p.unit = text.left(20); // a unit is at most 20 characters
        auto id = products.create(p);
        ASSERT_TRUE(id) << id.error().message.toStdString();

        auto stored = products.byId(*id);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->name, p.name);
        EXPECT_EQ(stored->spec, p.spec);
        EXPECT_EQ(stored->unit, p.unit);

        auto found = products.search(text);
        ASSERT_TRUE(found) << found.error().message.toStdString();
        bool hit = false;
        for (const Product& f : *found)
            hit = hit || f.id == *id;
        EXPECT_TRUE(hit) << "search for the name did not find the product";
    }
    auto all = products.search(QString(), 1000, true);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), n);
}

TEST_F(BadInputTest, ProductSkuWithSqlOrControlCharactersIsRefused)
{
    const auto before = databaseFigures(t.db());
    for (const QString& sku :
         {QStringLiteral("'; DROP TABLE orders; --"), QStringLiteral("\" OR 1=1"), QStringLiteral("%_\\"),
          QString::fromUtf8("A\x7f"
                            "B"),
          QStringLiteral("A\r\nB")}) {
        SCOPED_TRACE(printable(sku));
        Product p;
        p.sku = sku;
        p.name = QStringLiteral("Valve");
        auto id = products.create(p);
        ASSERT_FALSE(id);
        EXPECT_EQ(id.error().field, "sku");
    }
    EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
}

TEST_F(BadInputTest, ProductTextLongerThanAllowedIsRefusedNamingTheField)
{
    const QString huge(10'000, QChar(u'x'));
    const auto before = databaseFigures(t.db());
    for (const char* field : {"name", "spec", "unit"}) {
        SCOPED_TRACE(field);
        Product p;
        p.sku = QStringLiteral("P1");
        p.name = QStringLiteral("Valve");
        const QString f = QString::fromLatin1(field);
        (f == u"name" ? p.name : f == u"spec" ? p.spec : p.unit) = huge;
        auto id = products.create(p);
        ASSERT_FALSE(id);
        EXPECT_EQ(id.error().field, f);
        EXPECT_FALSE(id.error().message.isEmpty());
    }
    EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
}

TEST_F(BadInputTest, LoneSurrogatesAreRefusedRatherThanStoredDamaged)
{
    // QString happily holds half of a surrogate pair (a paste from a broken source, a truncated
    // string); SQLite would store it as a different character and swallow the one after it.
    const QString broken = QStringLiteral("A") + QChar(0xD83D) + QStringLiteral("B");
    const QString reversed = QStringLiteral("A") + QChar(0xDE00) + QChar(0xD83D) + QStringLiteral("B");
    const auto before = databaseFigures(t.db());
    for (const QString& text : {broken, reversed}) {
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Acme");
        c.address = text;
        auto id = customers.create(c);
        ASSERT_FALSE(id) << "stored as " << printable(customers.byId(id.value_or(0))->address);
        EXPECT_EQ(id.error().field, "address");

        Product p;
        p.sku = QStringLiteral("P1");
        p.name = text;
        auto pid = products.create(p);
        ASSERT_FALSE(pid);
        EXPECT_EQ(pid.error().field, "name");
    }
    EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
}

TEST_F(BadInputTest, ControlCharactersInTextAreRefusedNamingTheFieldAndNothingIsStored)
{
    // A NUL, an escape sequence or a text-direction override pasted into a field would act on the
    // terminal or the screen that shows it later: refused next to the field, nothing stored.
    const auto before = test::databaseFigures(t.db());
    for (const QString& text : test::controlTexts()) {
        SCOPED_TRACE(test::printable(text));
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = text;
        auto id = customers.create(c);
        ASSERT_FALSE(id.has_value());
        EXPECT_EQ(id.error().field, QStringLiteral("name"));
        EXPECT_TRUE(id.error().message.contains(QLatin1String("control character")))
            << id.error().message.toStdString();
        Product p;
        p.sku = QStringLiteral("P1");
        p.name = QStringLiteral("Valve");
        p.spec = text;
        auto pid = products.create(p);
        ASSERT_FALSE(pid.has_value());
        EXPECT_EQ(pid.error().field, QStringLiteral("spec"));
    }
    EXPECT_EQ(test::databaseFigures(t.db()), before);
}
