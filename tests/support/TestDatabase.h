#pragma once

#include "Database.h"
#include "Order.h"
#include "Session.h"

#include <QTemporaryDir>

#include <memory>

namespace od::test {

// A fresh, migrated database in a temporary folder, with one user of each role and a Session
// acting as the salesperson. Today is pinned to 2026-06-01 so date rules are repeatable.
class TestDatabase
{
public:
    // The session acts as the fixture's user with `role` (the salesperson wang by default).
    explicit TestDatabase(Role role = Role::Salesperson);

    Database& db() { return *m_db; }
    Session& session() { return *m_session; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    qint64 salespersonId = 0;
    qint64 managerId = 0;
    qint64 financeId = 0;
    qint64 adminId = 0;

    // A user entered as the app enters one, with its audit entry; returns the id.
    qint64 addUser(const User& user);

    // A customer and two products (one made to order with a 30-day lead time).
    // Switches the session to another of the fixture's users (e.g. managerId).
    void actAs(qint64 userId);

    qint64 addCustomer(const QString& code, const QString& name, qint64 creditLimitMinor = 0);
    // An order of `units` × the product at its price 980.00, entered through the intake service as
    // the session's user (and sent for confirmation when `send`); EXPECTs that it was saved.
    Order enterOrder(qint64 customerId, qint64 productId, int units = 2, bool send = false);
    qint64 addProduct(const QString& sku, const QString& name, qint64 unitPriceRaw, int leadDays = 0,
                      bool requiresSpec = false);
    // Planning from `today` with every day a working day and no calendar entries, so that a
    // scenario's dates hold whatever day it is built on.
    void workEveryDayFrom(const QDate& today);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

} // namespace od::test
