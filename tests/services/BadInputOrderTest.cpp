// Orders, confirmations and returns entered with hostile text, absurd numbers and impossible
// dates: kept exactly, or refused with a clear message and nothing written.

#include "AuditRepository.h"
#include "BadInputSupport.h"
#include "ConfirmationService.h"
#include "OrderEventText.h"
#include "OrderIntakeService.h"
#include "OrderQueryService.h"
#include "OrderValidator.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <limits>

using namespace od;
using od::test::databaseFigures;
using od::test::describe;
using od::test::hostileTexts;
using od::test::printable;

namespace {

class BadInputOrderTest : public ::testing::Test
{
protected:
    Order draft(const QString& notes = {}, const QString& description = {})
    {
        Order o = intake.newDraft();
        o.customerId = customer;
        o.requestedDate = QDate(2026, 8, 1);
        o.notes = notes;
        OrderLine line;
        line.productId = valve;
        line.description = description;
        line.quantity = Quantity::fromUnits(2);
        line.unitPrice = UnitPrice::fromRaw(1'250'000);
        o.lines << line;
        return o;
    }

    // Saves and sends `o`; the order is then awaiting the customer's confirmation.
    qint64 submitted(Order o)
    {
        auto outcome = intake.submitForConfirmation(o, true);
        EXPECT_TRUE(outcome && outcome->saved);
        return o.id;
    }

    // Saving `o` is refused with an error about `field`, and nothing at all is written.
    void expectRefused(Order o, const QString& field)
    {
        const auto before = databaseFigures(t.db());
        auto outcome = intake.saveDraft(o, true);
        ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
        EXPECT_FALSE(outcome->saved);
        EXPECT_TRUE(outcome->report.hasErrors());
        bool aboutField = false;
        for (const ValidationIssue& issue : outcome->report.issues) {
            aboutField =
                aboutField || (issue.field == field && issue.severity == ValidationIssue::Severity::Error);
            EXPECT_FALSE(issue.message.isEmpty());
        }
        EXPECT_TRUE(aboutField) << "no error about " << field.toStdString()
                                << " in: " << outcome->report.summary().toStdString();
        EXPECT_EQ(o.id, 0);
        EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
    }

    test::TestDatabase t{Role::Manager};
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海华东机械"));
    qint64 valve = t.addProduct(QStringLiteral("VLV-50"), QStringLiteral("不锈钢球阀"), 1'250'000);
    OrderIntakeService intake{t.session()};
    ConfirmationService confirmations{t.session()};
};

} // namespace

TEST_F(BadInputOrderTest, OrderNotesAndLineDescriptionsKeepHostileTextExactly)
{
    // Notes up to 10,000 characters, a line's description up to 2,000 (as a product's specification).
    QStringList texts = hostileTexts();
    texts << QString(OrderValidator::MaxDescriptionLength, QChar(u'规'))
          << QString(OrderValidator::MaxDescriptionLength - 2, QChar(u'x')) + QString::fromUtf8("😀");
    for (const QString& text : texts) {
        SCOPED_TRACE(printable(text.left(40)));
        Order o = draft(text, text);
        auto outcome = intake.saveDraft(o, false);
        ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
        ASSERT_TRUE(outcome->saved) << outcome->report.summary().toStdString();
        auto stored = intake.load(o.id);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->notes, text);
        ASSERT_EQ(stored->lines.size(), 1);
        EXPECT_EQ(stored->lines[0].description, text);
        EXPECT_EQ(stored->lines[0].description.toUtf8(), text.toUtf8());
    }
}

TEST_F(BadInputOrderTest, NotesAndDescriptionsPastTheirCapOrWithControlCharactersAreRefusedAndNotSaved)
{
    expectRefused(draft(QString(OrderValidator::MaxNotesLength + 1, u'n')), QStringLiteral("notes"));
    expectRefused(draft({}, QString(OrderValidator::MaxDescriptionLength + 1, u'd')),
                  QStringLiteral("description"));
    expectRefused(draft(QStringLiteral("ok\x1b[2J")), QStringLiteral("notes"));
    expectRefused(draft({}, QStringLiteral("DN50\x1b]0;owned\x07")), QStringLiteral("description"));
}

TEST_F(BadInputOrderTest, ConfirmationContactAndRemarksKeepHostileTextExactly)
{
    QStringList texts = hostileTexts();
    texts << QString(10'000, QChar(u'确'));
    for (const QString& text : texts) {
        SCOPED_TRACE(printable(text.left(40)));
        const qint64 id = submitted(draft());
        Confirmation c;
        c.contactName = text;
        c.channel = ConfirmationChannel::WeChat;
        c.confirmedAt = QDateTime(QDate(2026, 5, 30), QTime(10, 0), Qt::UTC);
        c.remarks = text;
        auto ok = confirmations.record(id, 1, c);
        ASSERT_TRUE(ok) << ok.error().message.toStdString();
        auto stored = OrderQueryService(t.session()).confirmations(id);
        ASSERT_TRUE(stored);
        ASSERT_EQ(stored->size(), 1);
        EXPECT_EQ(stored->first().contactName, text);
        EXPECT_EQ(stored->first().remarks, text);
    }
}

TEST_F(BadInputOrderTest, ReturnReasonKeepsHostileTextExactlyInTimelineAndAudit)
{
    QStringList texts = hostileTexts();
    texts << QString(10'000, QChar(u'退'));
    for (const QString& text : texts) {
        SCOPED_TRACE(printable(text.left(40)));
        const qint64 id = submitted(draft());
        auto ok = confirmations.returnToDraft(id, text);
        ASSERT_TRUE(ok) << ok.error().message.toStdString();
        auto events = OrderQueryService(t.session()).timeline(id);
        ASSERT_TRUE(events);
        ASSERT_FALSE(events->isEmpty());
        EXPECT_EQ(events->last().kind, "returned");
        EXPECT_TRUE(OrderEventText::describe(events->last()).endsWith(text))
            << printable(OrderEventText::describe(events->last()).right(60));

        AuditFilter filter;
        filter.entity = QStringLiteral("order");
        filter.entityId = id;
        auto audit = AuditRepository(t.db()).list(filter, 1);
        ASSERT_TRUE(audit);
        ASSERT_EQ(audit->size(), 1);
        ASSERT_EQ(audit->first().changes.size(), 2);
        EXPECT_EQ(audit->first().changes[1].after, text);
    }
    // The text went into the hash chain as stored: the chain still holds.
    auto verification = AuditRepository(t.db()).verify();
    ASSERT_TRUE(verification);
    EXPECT_FALSE(verification->firstBrokenId.has_value()) << verification->problem.toStdString();
}

TEST_F(BadInputOrderTest, PlaceholdersInAProductNameAreShownAsTyped)
{
    // QString::arg would read "%2" in a name as a place for the next value.
    const qint64 special = t.addProduct(QStringLiteral("SPC"), QStringLiteral("Pump %2 %3 100%"), 10'000, 30);
    Order o = draft();
    o.lines[0].productId = special;
    o.requestedDate = QDate(2026, 6, 10); // sooner than the 30 days it takes to make
    auto report = intake.validate(o);
    ASSERT_TRUE(report);
    ASSERT_TRUE(report->contains(QStringLiteral("lead_time"))) << report->summary().toStdString();
    for (const ValidationIssue& issue : report->issues) {
        if (issue.code == u"lead_time") {
            EXPECT_TRUE(issue.message.startsWith(QStringLiteral("Pump %2 %3 100% needs 30 days")))
                << issue.message.toStdString();
            EXPECT_TRUE(issue.message.contains(QStringLiteral("2026-07-01"))) << issue.message.toStdString();
        }
    }
}

TEST_F(BadInputOrderTest, TextWithLoneSurrogatesIsRefusedRatherThanStoredDamaged)
{
    const QString broken = QStringLiteral("A") + QChar(0xD83D) + QStringLiteral("B");
    expectRefused(draft(broken), QStringLiteral("notes"));
    expectRefused(draft({}, broken), QStringLiteral("description"));

    const qint64 id = submitted(draft());
    const auto before = databaseFigures(t.db());
    Confirmation c;
    c.contactName = QStringLiteral("张伟");
    c.confirmedAt = QDateTime(QDate(2026, 5, 30), QTime(10, 0), Qt::UTC);
    c.remarks = broken;
    auto ok = confirmations.record(id, 1, c);
    ASSERT_FALSE(ok);
    EXPECT_EQ(ok.error().field, "remarks");
    c.remarks.clear();
    c.contactName = broken;
    ok = confirmations.record(id, 1, c);
    ASSERT_FALSE(ok);
    EXPECT_EQ(ok.error().field, "contact");
    ok = confirmations.returnToDraft(id, broken);
    ASSERT_FALSE(ok);
    EXPECT_EQ(ok.error().field, "reason");
    EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
}

TEST_F(BadInputOrderTest, AmountsThatWouldOverflowAreRefused)
{
    const qint64 most = std::numeric_limits<qint64>::max();
    struct Case
    {
        qint64 quantity;
        qint64 price;
        int discount;
    };
    for (const Case& c : {Case{Quantity::MaxRaw, UnitPrice::MaxRaw, 0}, Case{most, most, 0}, Case{most, 1, 0},
                          Case{1, most, 0}, Case{most, most, std::numeric_limits<int>::min()},
                          Case{Quantity::MaxRaw, UnitPrice::MaxRaw, -1'000'000}}) {
        SCOPED_TRACE(testing::Message() << c.quantity << " x " << c.price << " discount " << c.discount);
        Order o = draft();
        o.lines[0].quantity = Quantity::fromRaw(c.quantity);
        o.lines[0].unitPrice = UnitPrice::fromRaw(c.price);
        o.lines[0].discount = BasisPoints::fromRaw(c.discount);
        expectRefused(o, QStringLiteral("quantity"));
    }

    // Both values in range, their product is not a real amount (8e6 units × 1e10 yuan).
    Order o = draft();
    o.lines[0].quantity = Quantity::fromUnits(8'000'000);
    o.lines[0].unitPrice = UnitPrice::fromRaw(100'000'000'000'000);
    expectRefused(o, QStringLiteral("quantity"));

    // Each line fits (1000 × 4e10 = 4e13 yuan), their sum does not.
    Order many = draft();
    many.lines[0].quantity = Quantity::fromUnits(1000);
    many.lines[0].unitPrice = UnitPrice::fromRaw(400'000'000'000'000);
    many.lines << many.lines[0] << many.lines[0];
    expectRefused(many, QStringLiteral("lines"));
}

TEST_F(BadInputOrderTest, NegativeOrZeroQuantitiesAndNegativePricesAreRefused)
{
    for (qint64 quantity : {qint64(0), qint64(-1), qint64(-1000), std::numeric_limits<qint64>::min()}) {
        SCOPED_TRACE(quantity);
        Order o = draft();
        o.lines[0].quantity = Quantity::fromRaw(quantity);
        expectRefused(o, QStringLiteral("quantity"));
    }
    for (qint64 price : {qint64(-1), std::numeric_limits<qint64>::min()}) {
        SCOPED_TRACE(price);
        Order o = draft();
        o.lines[0].unitPrice = UnitPrice::fromRaw(price);
        expectRefused(o, QStringLiteral("unit_price"));
    }
    for (int discount : {-1, 10'001, std::numeric_limits<int>::max()}) {
        SCOPED_TRACE(discount);
        Order o = draft();
        o.lines[0].discount = BasisPoints::fromRaw(discount);
        expectRefused(o, QStringLiteral("discount"));
    }
    Order noLines = draft();
    noLines.lines.clear();
    expectRefused(noLines, QStringLiteral("lines"));
}

TEST_F(BadInputOrderTest, InvalidOrUnstorableDatesAreRefused)
{
    Order noDate = draft();
    noDate.orderDate = QDate();
    expectRefused(noDate, QStringLiteral("order_date"));
    Order impossible = draft();
    impossible.orderDate = QDate(2026, 2, 30); // QDate makes this an invalid date
    ASSERT_FALSE(impossible.orderDate.isValid());
    expectRefused(impossible, QStringLiteral("order_date"));
    Order noRequested = draft();
    noRequested.requestedDate = QDate();
    expectRefused(noRequested, QStringLiteral("requested_date"));

    // Valid for QDate, but not a YYYY-MM-DD date: stored, it would read back as no date at all.
    Order farFuture = draft();
    farFuture.requestedDate = QDate(12026, 1, 1);
    expectRefused(farFuture, QStringLiteral("requested_date"));
    Order ancient = draft();
    ancient.orderDate = QDate(-44, 3, 15);
    expectRefused(ancient, QStringLiteral("order_date"));
    Order lineDate = draft();
    lineDate.lines[0].requestedDate = QDate(10000, 1, 1);
    expectRefused(lineDate, QStringLiteral("line_date"));
}
