#include "TestDatabase.h"

#include "CustomerRepository.h"
#include "ProductRepository.h"
#include "UserRepository.h"

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
    salespersonId = *users.insert({0, QStringLiteral("wang"), QStringLiteral("王芳"), Role::Salesperson, true});
    managerId = *users.insert({0, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true});
    financeId = *users.insert({0, QStringLiteral("zhao"), QStringLiteral("赵敏"), Role::FinanceClerk, true});
    adminId = *users.insert({0, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator, true});
    const qint64 actor = role == Role::Manager        ? managerId
                         : role == Role::FinanceClerk  ? financeId
                         : role == Role::Administrator ? adminId
                                                       : salespersonId;
    m_session = std::make_unique<Session>(*m_db, **users.byId(actor));
    m_session->setToday(QDate(2026, 6, 1));
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

} // namespace od::test
