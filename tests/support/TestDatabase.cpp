#include "TestDatabase.h"

#include "AuditTrail.h"
#include "CustomerRepository.h"
#include "OrderIntakeService.h"
#include "PlanningSettingsRepository.h"
#include "ProductRepository.h"
#include "RecordFields.h"
#include "UserRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace od::test {

TestDatabase::TestDatabase(Role role)
{
    m_path = m_dir.filePath(QStringLiteral("test.orderdesk"));
    auto db = Database::open(m_path);
    if (!db) {
        ADD_FAILURE() << db.error().message.toStdString();
        std::abort();
    }
    m_db = std::move(*db);
    UserRepository users(*m_db);
    salespersonId = addUser({0, QStringLiteral("wang"), QStringLiteral("王芳"), Role::Salesperson, true});
    managerId = addUser({0, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true});
    financeId = addUser({0, QStringLiteral("zhao"), QStringLiteral("赵敏"), Role::FinanceClerk, true});
    adminId = addUser({0, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator, true});
    const qint64 actor = role == Role::Manager         ? managerId
                         : role == Role::FinanceClerk  ? financeId
                         : role == Role::Administrator ? adminId
                                                       : salespersonId;
    m_session = std::make_unique<Session>(*m_db, **users.byId(actor));
    m_session->setToday(QDate(2026, 6, 1));
}

qint64 TestDatabase::addUser(const User& user)
{
    // As the app adds users: with their entry in the audit trail (a restore checks them against it).
    Transaction tx(*m_db);
    auto id = UserRepository(*m_db).insert(user);
    EXPECT_TRUE(id.has_value());
    Session system(*m_db,
                   User{0, QStringLiteral("system"), QStringLiteral("system"), Role::Administrator, true});
    User added = user;
    added.id = id.value_or(0);
    EXPECT_TRUE(AuditTrail::record(system, QStringLiteral("user.add"), QStringLiteral("user"), added.id,
                                   added.name, RecordFields::diff({}, RecordFields::of(added)))
                    .has_value());
    EXPECT_TRUE(tx.commit().has_value());
    return added.id;
}

void TestDatabase::actAs(qint64 userId)
{
    m_session->setUser(**UserRepository(*m_db).byId(userId));
}

qint64 TestDatabase::addCustomer(const QString& code, const QString& name, qint64 creditLimitMinor)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.creditLimit = Money::fromMinor(creditLimitMinor);
    auto id = CustomerRepository(*m_db).insert(c);
    EXPECT_TRUE(id.has_value());
    return id.value_or(0);
}

qint64 TestDatabase::addProduct(const QString& sku, const QString& name, qint64 unitPriceRaw, int leadDays,
                                bool requiresSpec)
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.unit = QStringLiteral("台");
    p.unitPrice = UnitPrice::fromRaw(unitPriceRaw);
    p.leadTimeDays = leadDays;
    p.requiresSpec = requiresSpec;
    auto id = ProductRepository(*m_db).insert(p);
    EXPECT_TRUE(id.has_value());
    return id.value_or(0);
}

Order TestDatabase::enterOrder(qint64 customerId, qint64 productId, int units, bool send)
{
    OrderIntakeService intake(*m_session);
    Order o = intake.newDraft();
    o.customerId = customerId;
    o.requestedDate = QDate(2026, 7, 1);
    OrderLine line;
    line.productId = productId;
    line.quantity = Quantity::fromUnits(units);
    line.unitPrice = UnitPrice::fromRaw(9'800'000);
    o.lines << line;
    auto saved = send ? intake.submitForConfirmation(o, true) : intake.saveDraft(o, true);
    EXPECT_TRUE(saved.has_value() && saved->saved) << (saved ? "" : saved.error().message.toStdString());
    return o;
}

void TestDatabase::workEveryDayFrom(const QDate& today)
{
    m_session->setToday(today);
    auto settings = PlanningSettingsRepository(*m_db).settings();
    ASSERT_TRUE(settings.has_value());
    settings->workingWeekdays = *WorkingWeekdays::parse(u"1234567");
    ASSERT_TRUE(PlanningSettingsRepository(*m_db).save(*settings).has_value());
    QSqlQuery noEntries(m_db->sql());
    ASSERT_TRUE(noEntries.exec(QStringLiteral("DELETE FROM calendar_days")));
}

} // namespace od::test
