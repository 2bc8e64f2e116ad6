#include "DemoDataGenerator.h"

#include "AuditRepository.h"
#include "AuditTrail.h"
#include "Database.h"
#include "DemoBulkWriter.h"
#include "DemoCalendar.h"
#include "DemoCatalog.h"
#include "DemoChanges.h"
#include "DemoCollaboration.h"
#include "DemoCustomers.h"
#include "DemoExceptions.h"
#include "DemoOrderBuilder.h"
#include "DemoPlanning.h"
#include "DemoPlans.h"
#include "DemoRandom.h"
#include "DemoReviews.h"
#include "DemoRevisions.h"
#include "DemoRules.h"
#include "DemoSettlement.h"
#include "DocumentNumberAllocator.h"
#include "PasswordHasher.h"
#include "RecordFields.h"
#include "RiskService.h"
#include "SettingsRepository.h"
#include "SettingsService.h"
#include "SettlementSettingsService.h"
#include "ShipmentService.h"
#include "UserCredentialRepository.h"
#include "UserRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QScopeGuard>
#include <QSet>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <future>
#include <map>

namespace od {

DemoDataGenerator::DemoDataGenerator(Session& session) : m_db(session.db()) {}

namespace {

constexpr qint64 kProgressEvery = 2048;

// The demo passwords the README lists: "admin-demo" for admin, NAME-demo-2026 for the staff.
QString demoPassword(const QString& userName)
{
    return userName == QLatin1String("admin") ? QStringLiteral("admin-demo")
                                              : userName + QStringLiteral("-demo-2026");
}

// The demo users that have no password: not in the database yet, or there without one.
Result<QStringList> usersWithoutPassword(Database& db)
{
    UserRepository users(db);
    UserCredentialRepository credentials(db);
    QStringList names;
    for (const User& demoUser : DemoCatalog::users()) {
        auto user = users.byName(demoUser.name);
        if (!user)
            return std::unexpected(user.error());
        if (*user) {
            auto credential = credentials.byUserId((*user)->id);
            if (!credential)
                return std::unexpected(credential.error());
            if (*credential && !(*credential)->passwordHash.isEmpty())
                continue;
        }
        names << demoUser.name;
    }
    return names;
}

// Argon2id hashes of the demo passwords of `names`, by name; an empty hash where hashing failed.
QHash<QString, QString> hashDemoPasswords(const QStringList& names)
{
    QHash<QString, QString> hashes;
    for (const QString& name : names)
        hashes.insert(name, PasswordHasher::hash(demoPassword(name)));
    return hashes;
}

// Gives every demo user without a password its demo password, so that each role can sign in,
// and writes their names under DemoDataGenerator::accountsKey().
// A user who already had a password (an administrator created by `init`) keeps it. `hashed`
// holds hashes made ahead, for the users expected to need one.
Status setDemoPasswords(Database& db, const QHash<QString, QString>& hashed)
{
    UserRepository users(db);
    UserCredentialRepository credentials(db);
    QList<QPair<qint64, QString>> hashes; // hashed before the transaction: ~0.3 s each
    QStringList names;
    for (const User& demoUser : DemoCatalog::users()) {
        auto user = users.byName(demoUser.name);
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            continue;
        auto credential = credentials.byUserId((*user)->id);
        if (!credential)
            return std::unexpected(credential.error());
        if (*credential && !(*credential)->passwordHash.isEmpty())
            continue;
        QString hash = hashed.value(demoUser.name);
        if (hash.isEmpty())
            hash = PasswordHasher::hash(demoPassword(demoUser.name));
        if (hash.isEmpty())
            return std::unexpected(
                Error::storage(DemoDataGenerator::tr("A demo password could not be hashed.")));
        hashes.append({(*user)->id, hash});
        names << demoUser.name;
    }
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    // The users the bulk load wrote enter the audit trail here, as every user does, with the
    // fingerprint of their password: a restore checks users against the trail.
    auto history = AuditRepository(db).history(QStringLiteral("user"));
    if (!history)
        return std::unexpected(history.error());
    QSet<qint64> recorded;
    for (const AuditEntry& entry : *history)
        if (entry.action == QLatin1String("user.add"))
            recorded.insert(entry.entityId);
    Session system(db,
                   User{0, QStringLiteral("system"), QStringLiteral("system"), Role::Administrator, true});
    for (const auto& [userId, hash] : hashes) {
        if (auto ok = credentials.setPasswordHash(userId, hash); !ok)
            return ok;
        auto user = users.byId(userId);
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            continue;
        const FieldChange credential{QStringLiteral("credential"), QString(),
                                     PasswordHasher::fingerprint(hash)};
        const bool added = recorded.contains(userId);
        if (auto ok = AuditTrail::record(
                system, added ? QStringLiteral("user.reset_password") : QStringLiteral("user.add"),
                QStringLiteral("user"), userId, (*user)->name,
                added ? QList<FieldChange>{credential}
                      : RecordFields::diff({}, RecordFields::of(**user)) << credential);
            !ok)
            return ok;
    }
    if (auto ok = SettingsRepository(db).setValue(DemoDataGenerator::accountsKey(), names.join(u',')); !ok)
        return ok;
    return tx.commit();
}

} // namespace

Result<QList<DemoAccount>> DemoDataGenerator::demoAccounts(Session& session)
{
    Database& db = session.db();
    auto names = SettingsRepository(db).value(accountsKey());
    if (!names)
        return std::unexpected(names.error());
    QList<DemoAccount> accounts;
    UserRepository users(db);
    for (const QString& name : names->split(u',', Qt::SkipEmptyParts)) {
        auto user = users.byName(name);
        if (!user)
            return std::unexpected(user.error());
        if (!*user || !(*user)->active)
            continue;
        accounts << DemoAccount{(*user)->name, (*user)->displayName, (*user)->role, demoPassword(name)};
    }
    return accounts;
}

Result<DemoOutcome> DemoDataGenerator::generate(const DemoOptions& options, const Progress& progress)
{
    if (options.orders < 0 || options.orders > MaxOrders)
        return std::unexpected(
            Error::invalid(tr("The number of demo orders must be between 0 and %1.").arg(MaxOrders),
                           QStringLiteral("orders")));
    if (options.customers < 1 || options.customers > 10'000)
        return std::unexpected(Error::invalid(tr("The number of demo customers must be between 1 and 10000."),
                                              QStringLiteral("customers")));
    QElapsedTimer timer;
    timer.start();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    // The load switches the file back to WAL at its end, and the first sync after it would wait for
    // the gigabytes the load wrote without syncing. A demo is made again after a crash, so the
    // steps up to the end of the history need not wait for the disk; the system writes the file
    // out meanwhile, and the sync when the app or the command closes the file finds little left.
    (void)m_db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const auto waitForTheDiskAgain =
        qScopeGuard([this] { (void)m_db.exec(QStringLiteral("PRAGMA synchronous = FULL")); });

    DemoBulkWriter writer(m_db);
    auto busy = writer.hasBusinessData();
    if (!busy)
        return std::unexpected(busy.error());
    if (*busy)
        return std::unexpected(Error::invalid(
            tr("%1 already has customers or orders. Demo data only goes into an empty database.")
                .arg(m_db.path())));

    Session system(m_db, User::system());
    SettingsService settings(system);
    auto company = settings.company();
    if (!company)
        return std::unexpected(company.error());
    const QString prefix = company->orderPrefix.isEmpty() ? QStringLiteral("SO") : company->orderPrefix;
    const std::string prefixUtf8 = prefix.toStdString();
    auto withoutPassword = usersWithoutPassword(m_db);
    if (!withoutPassword)
        return std::unexpected(withoutPassword.error());
    auto settlementSettings = SettlementSettingsService(system).settings();
    if (!settlementSettings)
        return std::unexpected(settlementSettings.error());

    if (auto ok = writer.begin(options.orders, options.physicalMemory); !ok)
        return std::unexpected(ok.error());

    DemoOutcome outcome;
    DemoCalendar calendar(today);
    DemoRandom random(options.seed);
    char since[21];
    // The company's records were set up a little before its first demo order.
    DemoCalendar::formatTimestamp(calendar.orderTime(0, 1) - 400 * DemoCalendar::SecondsPerDay, since);

    DemoOrderBuilder::Staff staff;
    std::optional<User> clerk;
    for (const User& user : DemoCatalog::users()) {
        auto id = writer.userId(user, since);
        if (!id)
            return std::unexpected(id.error());
        ++outcome.users;
        const DemoOrderBuilder::StoredUser stored{*id, user.displayName};
        if (user.role == Role::Salesperson)
            staff.salespeople << stored;
        else if (user.role == Role::Manager)
            staff.manager = stored;
        else if (user.role == Role::FinanceClerk && !clerk) {
            staff.financeClerk = stored;
            clerk = user;
            clerk->id = *id;
        } else if (user.role == Role::LogisticsClerk)
            staff.logisticsClerk = stored;
    }

    QList<DemoOrderBuilder::StoredCustomer> customers;
    QHash<qint64, int> paymentTerms; // by customer id
    for (const DemoCustomer& c :
         DemoCustomers::make(random, options.customers, int(staff.salespeople.size()))) {
        auto id = writer.insertCustomer(c.customer, since);
        if (!id)
            return std::unexpected(id.error());
        customers << DemoOrderBuilder::StoredCustomer{*id, c};
        paymentTerms.insert(*id, c.customer.paymentTermsDays);
    }
    outcome.customers = customers.size();

    QList<DemoOrderBuilder::StoredProduct> products;
    QHash<qint64, QString> productNames; // by id
    for (const DemoProduct& p : DemoCatalog::products()) {
        auto id = writer.insertProduct(p.product, since);
        if (!id)
            return std::unexpected(id.error());
        products << DemoOrderBuilder::StoredProduct{*id, p};
        productNames.insert(*id, p.product.name);
    }
    outcome.products = products.size();

    // The shop floor: work centres, and a routing for every product of the catalogue.
    QHash<QString, qint64> centreIds;
    for (const WorkCentre& centre : DemoPlanning::workCentres()) {
        auto id = writer.workCentreId(centre, since);
        if (!id)
            return std::unexpected(id.error());
        centreIds.insert(centre.code, *id);
        ++outcome.workCentres;
    }
    for (const DemoOrderBuilder::StoredProduct& product : std::as_const(products)) {
        for (const RoutingStep& step : DemoPlanning::routing(product.demo)) {
            QList<qint64> alternatives;
            for (const QString& code : step.alternatives)
                alternatives << centreIds.value(code);
            if (auto ok = writer.insertRoutingStep(product.id, step, centreIds.value(step.workCentre),
                                                   alternatives);
                !ok)
                return std::unexpected(ok.error());
            ++outcome.routingSteps;
        }
    }

    DemoOrderBuilder builder(random, customers, products, staff, calendar.cutoff());
    // How the finance clerk invoices an order and how it is paid is decided as it goes in, so that
    // it is written with its settlement state; the book is written after the last one.
    DemoSettlement settlement(today, *settlementSettings, clerk ? clerk->id : 0);
    std::map<SettlementStatus, std::string> settlementKeys;
    for (SettlementStatus status : SettlementStatusInfo::all())
        settlementKeys[status] = SettlementStatusInfo::key(status).toStdString();
    QMap<int, qint64> lastNumberByYear;
    char orderNo[64];
    for (qint64 i = 0; i < options.orders; ++i) {
        if (progress && i % kProgressEvery == 0 && !progress(i, options.orders)) {
            writer.rollback();
            outcome.cancelled = true;
            return outcome;
        }
        const qint64 createdAt = calendar.orderTime(i, options.orders);
        int year = 0, month = 0, day = 0;
        DemoCalendar::civilFromDays(DemoCalendar::chinaDay(createdAt), &year, &month, &day);
        const qint64 number = ++lastNumberByYear[year];
        const int length = std::snprintf(orderNo, sizeof orderNo, "%s-%04d-%06lld", prefixUtf8.c_str(), year,
                                         static_cast<long long>(number));
        BulkOrder order = builder.build(createdAt, std::string_view(orderNo, size_t(length)));
        if (settlement.bills(order))
            order.settlementStatus = settlementKeys.at(settlement.add(
                writer.nextOrderId(), order, paymentTerms.value(order.customerId), productNames));
        if (auto id = writer.insertOrder(order); !id)
            return std::unexpected(id.error());
        outcome.lines += qint64(order.lines.size());
    }
    outcome.orders = options.orders;
    for (auto it = lastNumberByYear.cbegin(); it != lastNumberByYear.cend(); ++it) {
        if (auto ok = writer.setOrderCounter(prefix, it.key(), it.value()); !ok)
            return std::unexpected(ok.error());
    }
    for (const auto& [year, last] : builder.lastShipmentNumbers()) {
        if (auto ok = writer.setDocumentCounter(
                DocumentNumberAllocator::kindKey(DocumentNumberAllocator::Kind::Shipment),
                QString::fromLatin1(ShipmentService::NumberPrefix), year, last);
            !ok)
            return std::unexpected(ok.error());
    }
    writer.endOrders();
    QElapsedTimer settled;
    settled.start();
    // The invoices and payments are made on another core while this one writes the stage spans.
    qint64 bookMs = 0;
    auto making = std::async(std::launch::async, [&settlement, &bookMs] {
        QElapsedTimer making;
        making.start();
        auto made = settlement.book();
        bookMs = making.elapsed();
        return made;
    });
    const Status spansWritten = writer.writeStageSpans();
    auto book = making.get();
    if (!spansWritten)
        return std::unexpected(spansWritten.error());
    if (!book)
        return std::unexpected(book.error());
    const qint64 spansMs = settled.restart();
    if (auto ok = writer.insertSettlement(*book); !ok)
        return std::unexpected(ok.error());
    outcome.invoices = book->invoices.size();
    outcome.payments = book->payments.size();
    spdlog::info(
        "demo data: stage spans written in {} ms, beside it {} invoices and {} payments made in {} ms, "
        "written in {} ms",
        spansMs, outcome.invoices, outcome.payments, bookMs, settled.elapsed());
    if (progress && !progress(options.orders, options.orders)) {
        writer.rollback();
        outcome.cancelled = true;
        return outcome;
    }
    // The demo passwords are hashed (about a second of Argon2id) on another core while the
    // load finishes, whose last steps mostly leave one core idle.
    auto hashes = std::async(std::launch::async, hashDemoPasswords, *withoutPassword);
    if (auto ok = writer.commit(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = setDemoPasswords(m_db, hashes.get()); !ok)
        return std::unexpected(ok.error());
    if (clerk && outcome.invoices > 0) {
        // The whole book enters the audit trail as one record of the finance clerk's.
        Session clerkSession(m_db, *clerk);
        if (auto ok = AuditTrail::record(
                clerkSession, QStringLiteral("demo.settlement"), QStringLiteral("invoice"), 0,
                settlementSettings->invoicePrefix,
                {{QStringLiteral("invoices"), QString(), QString::number(outcome.invoices)},
                 {QStringLiteral("payments"), QString(), QString::number(outcome.payments)}});
            !ok)
            return std::unexpected(ok.error());
    }

    // Documents print the demo company's letterhead unless a company is already set up.
    if (company->name.isEmpty()) {
        CompanyProfile profile = DemoCatalog::company();
        profile.orderPrefix = prefix;
        profile.currency = company->currency;
        profile.defaultTaxRate = company->defaultTaxRate;
        if (auto ok = settings.setCompany(profile); !ok)
            spdlog::warn("demo data: company profile not saved: {}", ok.error().message.toStdString());
    }
    outcome.elapsedMs = timer.elapsed();
    spdlog::info("demo data: {} orders, {} lines, {} customers, {} products in {} ms into {}", outcome.orders,
                 outcome.lines, outcome.customers, outcome.products, outcome.elapsedMs,
                 m_db.path().toStdString());
    return outcome;
}

Status DemoDataGenerator::addWorkflowHistory(Session& session, const QDate& today)
{
    // Everything after the bulk load happens on the demo's own day, the early warning included.
    if (today.isValid())
        session.setToday(today);
    QElapsedTimer timer;
    timer.start();
    // Thousands of small transactions and two large ones into a file nobody uses yet: a crash
    // leaves a demo to make again, so they need not wait for the disk. Ordinary work waits again after.
    (void)session.db().exec(QStringLiteral("PRAGMA synchronous = OFF"));
    (void)session.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto waitForTheDiskAgain = qScopeGuard([&session] {
        (void)session.db().exec(QStringLiteral("PRAGMA synchronous = FULL"));
        (void)session.db().exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    if (auto revised = DemoRevisions::reviseSome(session, DemoRevisions::DefaultCount, today); !revised)
        return std::unexpected(revised.error());
    const qint64 revisionsMs = timer.restart();
    auto plans = DemoPlans::commitSome(session, DemoPlans::DefaultMaxOrders, today);
    if (!plans)
        return std::unexpected(plans.error());
    spdlog::info(
        "demo data: {} plans committed ({} did not fit within a year), {} later dates accepted, in {} ms "
        "into {}",
        plans->plans, plans->unplannable, plans->acceptances, timer.restart(),
        session.db().path().toStdString());
    if (auto raised = DemoExceptions::raiseSome(session, DemoExceptions::DefaultCount, today); !raised)
        return std::unexpected(raised.error());
    const qint64 exceptionsMs = timer.restart();
    if (auto asked = DemoChanges::askSome(session, today); !asked)
        return std::unexpected(asked.error());
    const qint64 changesMs = timer.restart();
    if (auto written = DemoCollaboration::addSome(session, today); !written)
        return std::unexpected(written.error());
    if (auto reviewed = DemoReviews::writeSome(session, DemoReviews::DefaultCount, today); !reviewed)
        return std::unexpected(reviewed.error());
    const qint64 discussionMs = timer.restart();
    auto onHold = DemoSettlement::holdLatePayers(session, today);
    if (!onHold)
        return std::unexpected(onHold.error());
    const qint64 settlementMs = timer.restart();
    // The automation rules in their default state, as if they had run on that history.
    auto fired = DemoRules::fireSome(session, today);
    if (!fired)
        return std::unexpected(fired.error());
    spdlog::info(
        "demo data: revisions in {} ms, exceptions in {} ms, change requests in {} ms, discussion and "
        "reviews in {} ms, credit rules ({} customers on hold) in {} ms, {} rule firings in {} ms",
        revisionsMs, exceptionsMs, changesMs, discussionMs, *onHold, settlementMs, *fired, timer.elapsed());
    // The orders were written in bulk, not through OrderChange: the early warning starts from
    // every open order, as the app's morning run would.
    timer.restart();
    auto risks = RiskService(session).recomputeAll();
    if (!risks)
        return std::unexpected(risks.error());
    spdlog::info("demo data: early warning of {} open orders ({} at risk, {} late) in {} ms", risks->orders,
                 risks->atRisk, risks->late, timer.elapsed());
    return {};
}

} // namespace od
