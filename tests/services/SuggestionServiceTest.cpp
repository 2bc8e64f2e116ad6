#include "OvertimeScenario.h"

#include "AuditRepository.h"
#include "CalendarRepository.h"
#include "CalendarService.h"
#include "PlanningService.h"
#include "SuggestionService.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace od::test {

namespace {

int auditCount(TestDatabase& t, const QString& action)
{
    QSqlQuery q(t.db().sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    EXPECT_TRUE(q.exec() && q.next());
    return q.value(0).toInt();
}

std::optional<CalendarDay> entry(TestDatabase& t, const QDate& date, qint64 centreId)
{
    auto found = CalendarRepository(t.db()).find(date, centreId);
    EXPECT_TRUE(found.has_value());
    return found ? *found : std::nullopt;
}

} // namespace

class SuggestionServiceTest : public ::testing::Test
{
protected:
    TestDatabase t{Role::Manager};
    OvertimeScenario s = OvertimeScenario::build(t);
    SuggestionService service{t.session()};
};

TEST_F(SuggestionServiceTest, AFullyLoadedCentreGetsExactlyTheOvertimeThatSavesItsLateOrder)
{
    auto report = service.report();
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_EQ(report->today, QDate(2026, 6, 1));
    EXPECT_EQ(report->ordersPlanned, 2);
    ASSERT_EQ(report->late.size(), 1);
    EXPECT_EQ(report->late[0].orderId, s.orderA);
    EXPECT_EQ(report->late[0].forecast, QDate(2026, 6, 6));
    EXPECT_EQ(report->late[0].daysLate, 1);

    // One suggestion: JG, the two fully loaded days before the promise (06-02 is its own day off,
    // 06-01 has 6 h free, 06-05 is the promised day); ZP has no late order.
    ASSERT_EQ(report->suggestions.size(), 1);
    const Suggestion& o = report->suggestions[0];
    EXPECT_EQ(o.key, s.expectedKey());
    EXPECT_EQ(o.workCentre, QStringLiteral("JG"));
    EXPECT_EQ(o.hoursPerUnit, Hours::fromWhole(4));
    EXPECT_EQ(o.days, (QList<QDate>{QDate(2026, 6, 3), QDate(2026, 6, 4)}));
    EXPECT_EQ(o.extraHours, Hours::fromWhole(8));
    ASSERT_EQ(o.saved.size(), 1);
    EXPECT_EQ(o.saved[0].orderId, s.orderA);
    EXPECT_EQ(o.saved[0].orderNo, s.orderNoA);
    EXPECT_EQ(o.saved[0].promisedDate, QDate(2026, 6, 5));
    EXPECT_EQ(o.saved[0].forecastBefore, QDate(2026, 6, 6));
    EXPECT_EQ(o.saved[0].forecastAfter, QDate(2026, 6, 5));
    EXPECT_EQ(o.daysGained, 1);
    EXPECT_EQ(o.ordersLater, 0);
    EXPECT_FALSE(o.basis.isEmpty());
    EXPECT_EQ(SuggestionService::describe(o),
              QStringLiteral("4 h overtime a day on 机加工 (JG), 2 days from 2026-06-03 to 2026-06-04"));
    // Nothing is written by looking.
    EXPECT_FALSE(entry(t, QDate(2026, 6, 3), s.machiningId).has_value());
    EXPECT_EQ(auditCount(t, QStringLiteral("calendar.overtime")), 0);
}

TEST_F(SuggestionServiceTest, ApplyingWritesTheOvertimeAndItsAuditEntryAndTheOrderIsOnTimeAgain)
{
    auto shown = service.report();
    ASSERT_TRUE(shown.has_value() && shown->suggestions.size() == 1);
    auto applied = service.apply(shown->suggestions[0].key, shown->suggestions[0].basis);
    ASSERT_TRUE(applied.has_value()) << applied.error().message.toStdString();
    EXPECT_EQ(applied->key, s.expectedKey());
    for (const QDate& day : {QDate(2026, 6, 3), QDate(2026, 6, 4)}) {
        const auto e = entry(t, day, s.machiningId);
        ASSERT_TRUE(e.has_value()) << day.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(e->kind, CalendarDayKind::Overtime);
        EXPECT_EQ(e->hours, Hours::fromWhole(4));
    }
    EXPECT_FALSE(entry(t, QDate(2026, 6, 1), s.machiningId).has_value());
    EXPECT_EQ(auditCount(t, QStringLiteral("calendar.overtime")), 1);
    AuditFilter calendarOnly;
    calendarOnly.actionPrefix = QStringLiteral("calendar.");
    auto audit = AuditRepository(t.db()).list(calendarOnly, 5);
    ASSERT_TRUE(audit.has_value() && audit->size() == 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("calendar.overtime"));
    EXPECT_EQ(audit->first().entityId, s.machiningId);
    ASSERT_EQ(audit->first().changes.size(), 3);
    EXPECT_EQ(audit->first().changes[0],
              (FieldChange{QStringLiteral("2026-06-03"), QString(), QStringLiteral("+4 h")}));
    EXPECT_TRUE(audit->first().changes[2].after.contains(s.orderNoA));

    // Re-planned with the overtime, nothing is late and nothing is left to suggest.
    auto replan = PlanningService(t.session()).replanAll();
    ASSERT_TRUE(replan.has_value());
    EXPECT_TRUE(replan->late.isEmpty());
    auto after = service.report();
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->late.isEmpty());
    EXPECT_TRUE(after->suggestions.isEmpty());
    // The same key again is out of date, and writes nothing.
    auto again = service.apply(s.expectedKey());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(auditCount(t, QStringLiteral("calendar.overtime")), 1);
}

TEST_F(SuggestionServiceTest, ASuggestionWhoseBasisChangedIsRefusedAndNothingIsWritten)
{
    auto shown = service.report();
    ASSERT_TRUE(shown.has_value() && shown->suggestions.size() == 1);
    const Suggestion was = shown->suggestions[0];
    // A basis that is not the one worked out now.
    auto wrongBasis = service.apply(was.key, QStringLiteral("0123456789ab"));
    ASSERT_FALSE(wrongBasis.has_value());
    EXPECT_EQ(wrongBasis.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(wrongBasis.error().message.contains(QStringLiteral("out of date")))
        << wrongBasis.error().message.toStdString();

    // JG is down on 06-04 too: the suggestion shown no longer holds.
    CalendarDay down;
    down.date = QDate(2026, 6, 4);
    down.kind = CalendarDayKind::Holiday;
    ASSERT_TRUE(CalendarRepository(t.db()).save(down, s.machiningId).has_value());
    auto stale = service.apply(was.key, was.basis);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(stale.error().message.contains(was.key)) << stale.error().message.toStdString();
    EXPECT_FALSE(entry(t, QDate(2026, 6, 3), s.machiningId).has_value());
    EXPECT_EQ(auditCount(t, QStringLiteral("calendar.overtime")), 0);
}

TEST_F(SuggestionServiceTest, ASalespersonMayNeitherSeeNorApplySuggestions)
{
    t.actAs(t.salespersonId);
    auto report = service.report();
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().kind, Error::Kind::Forbidden);
    auto applied = service.apply(s.expectedKey());
    ASSERT_FALSE(applied.has_value());
    EXPECT_EQ(applied.error().kind, Error::Kind::Forbidden);
    EXPECT_FALSE(entry(t, QDate(2026, 6, 3), s.machiningId).has_value());
    t.actAs(t.adminId);
    EXPECT_TRUE(service.report().has_value());
}

TEST_F(SuggestionServiceTest, OvertimeByHandRefusesADayTheCentreHasAnEntryFor)
{
    CalendarService calendar(t.session());
    auto refused = calendar.addOvertime(QStringLiteral("JG"), {QDate(2026, 6, 2)}, Hours::fromWhole(2));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(entry(t, QDate(2026, 6, 2), s.machiningId)->kind, CalendarDayKind::Holiday);
    EXPECT_EQ(auditCount(t, QStringLiteral("calendar.overtime")), 0);
    ASSERT_TRUE(
        calendar.addOvertime(QStringLiteral("JG"), {QDate(2026, 6, 8)}, Hours::fromWhole(2)).has_value());
    EXPECT_EQ(entry(t, QDate(2026, 6, 8), s.machiningId)->hours, Hours::fromWhole(2));
    EXPECT_EQ(auditCount(t, QStringLiteral("calendar.overtime")), 1);
    EXPECT_EQ(
        calendar.addOvertime(QStringLiteral("XX"), {QDate(2026, 6, 9)}, Hours::fromWhole(2)).error().kind,
        Error::Kind::NotFound);
}

} // namespace od::test

namespace od::test {

TEST(SuggestionWording, TheEffectNamesTheFirstFiveOrdersSavedAndCountsTheRest)
{
    Suggestion s;
    for (int i = 1; i <= 7; ++i)
        s.saved << SavedOrder{i, QStringLiteral("SO-%1").arg(i), {}, {}, {}};
    s.daysGained = 9;
    EXPECT_EQ(SuggestionService::effect(s),
              QStringLiteral("on time again: SO-1, SO-2, SO-3, SO-4, SO-5, 2 more; 9 days late taken off"));
    s.saved.clear();
    s.ordersLater = 1;
    EXPECT_EQ(SuggestionService::effect(s),
              QStringLiteral("no late order back on its promise; 9 days late taken "
                             "off; 1 other orders would become late"));
}

} // namespace od::test
