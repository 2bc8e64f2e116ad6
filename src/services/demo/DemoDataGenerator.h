#pragma once

#include "Role.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace od {

struct DemoOptions
{
    qint64 orders = 500;
    quint64 seed = 1;
    QDate today; // the orders lie in the year before it; null = the current date
    int customers = 60;
    // The memory the load plans its scratch tables with, in bytes: -1 for the computer's own,
    // 0 to write them to files in any case (DemoBulkWriter::scratchInMemory).
    qint64 physicalMemory = -1;
};

struct DemoOutcome
{
    bool cancelled = false; // then nothing was saved
    qint64 users = 0;
    qint64 customers = 0;
    qint64 products = 0;
    qint64 workCentres = 0;
    qint64 routingSteps = 0;
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 elapsedMs = 0;
};

// A staff account of the demo company and the password it was given.
struct DemoAccount
{
    QString name;
    QString displayName;
    Role role = Role::Salesperson;
    QString password;
};

// Fills an empty database with a plausible demo company: a valve, pump and fittings maker with
// its staff, customers, catalogue, work centres and routings, and a year of orders in every
// status of the lifecycle, with timelines, confirmations and the search index. The same seed and day give the
// same data. Everything is one transaction: an error or a cancel leaves the database as it was.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    static constexpr qint64 MaxOrders = 5'000'000;

    // Called every few thousand orders; returning false cancels the run.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoDataGenerator(Session& session);

    Result<DemoOutcome> generate(const DemoOptions& options, const Progress& progress = {});
    // After generate(): what people did with the demo orders — a few orders revised after they
    // were sent, committed plans for the newest planned and in-production orders (DemoPlans),
    // exceptions in every state, the shipped orders invoiced and most of them paid
    // (DemoSettlement) — as of `today`.
    static Status addWorkflowHistory(Session& session, const QDate& today);

    // On a database the generator filled: the accounts it gave their demo password (the
    // README's), for the sign-in dialog to offer; empty on any other database.
    static Result<QList<DemoAccount>> demoAccounts(Session& session);
    // The settings key that marks a demo database: the names of the accounts with a demo
    // password, separated by commas.
    static QString accountsKey() { return QStringLiteral("demo.accounts"); }

private:
    Database& m_db;
};

} // namespace od
