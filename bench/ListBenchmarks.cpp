#include "ListBenchmarks.h"

#include "BareSqlite.h"
#include "CustomerRepository.h"
#include "OrderListRepository.h"
#include "OrderPageCache.h"
#include "ProductRepository.h"
#include "RiskService.h"
#include "Timing.h"
#include "UserRepository.h"

#include <QHash>
#include <QSqlQuery>

namespace od::bench {

namespace {

constexpr int kPageSize = 100; // OrderPageCache's default, as the Orders view uses it

} // namespace

bool ListBenchmarks::prepare(QString* error)
{
    auto db = Database::open(m_path);
    if (!db) {
        *error = db.error().message;
        return false;
    }
    m_db = std::move(*db);
    auto users = UserRepository(*m_db).all();
    if (!users) {
        *error = users.error().message;
        return false;
    }
    for (const User& u : *users)
        if (u.active && u.role == Role::Manager && !m_manager)
            m_manager = std::make_unique<Session>(*m_db, u);
    if (!m_manager) {
        *error = QStringLiteral("the database has no manager");
        return false;
    }
    m_pageSize = kPageSize;
    // The list filtered to at risk reads today's early warning, as the app has it after its
    // morning run.
    if (auto fresh = RiskService(*m_manager).recomputeIfStale(); !fresh) {
        *error = fresh.error().message;
        return false;
    }

    // Search words a user would type: a customer's name, an order number from the middle of
    // the book, and the product name most of the catalogue shares (it matches a large part of
    // all orders, the hard case for a search).
    auto customers = CustomerRepository(*m_db).search(QString(), 1, true);
    if (!customers || customers->isEmpty()) {
        *error = QStringLiteral(
            "the database has no customers; make it with \"orderdesk-cli demo --orders 1000000\"");
        return false;
    }
    m_customerText = customers->first().name;
    OrderListRepository repo(*m_db);
    auto total = repo.count(OrderListQuery(), 0);
    if (!total || *total <= JumpRow) {
        *error = QStringLiteral("the database needs more than %1 orders").arg(JumpRow);
        return false;
    }
    OrderListQuery byNumber;
    byNumber.sortColumn = OrderListQuery::Column::OrderNo;
    auto middle = repo.page(byNumber, *total / 2, 1);
    if (!middle || middle->isEmpty()) {
        *error = QStringLiteral("cannot read an order");
        return false;
    }
    m_orderNoText = middle->first().orderNo;
    auto products = ProductRepository(*m_db).all();
    if (!products || products->isEmpty()) {
        *error = QStringLiteral("the database has no products");
        return false;
    }
    QHash<QString, int> skusPerName;
    for (const Product& p : *products)
        ++skusPerName[p.name];
    m_productText = products->first().name;
    for (auto it = skusPerName.cbegin(); it != skusPerName.cend(); ++it) {
        const int n = it.value();
        const int best = skusPerName.value(m_productText);
        if (it.key().size() >= 3 && (n > best || (n == best && it.key() < m_productText)))
            m_productText = it.key();
    }
    return true;
}

BenchResult ListBenchmarks::result(const QString& name, double median, double bare, const QString& note) const
{
    BenchResult r;
    r.name = name;
    r.medianMs = median;
    if (bare >= 0)
        r.sqliteMedianMs = bare;
    r.budgetMs = ListBudgetMs;
    r.budgetRatio = ListBudgetRatio;
    r.note = note;
    return r;
}

QList<BareStatement> ListBenchmarks::pageStatements(const OrderListQuery& query, qint64 offset,
                                                    qint64 knownCountCap)
{
    // What the list runs: setQuery's count (gathering a search's hits first), then what
    // OrderListRepository::page runs for the page: what its plan still needed, and the page.
    OrderListRepository repo(*m_db);
    QList<BareStatement> out;
    const auto search = repo.searchSql(query);
    if (search)
        out << BareStatement{*search, repo.hitFunctionName()};
    (void)repo.count(query, knownCountCap);
    out << BareStatement{repo.countSql(query, knownCountCap), {}};
    auto plan = repo.planPage(query, offset, kPageSize);
    if (!plan)
        return {};
    if (plan->searched && search)
        out << BareStatement{*search, repo.hitFunctionName()};
    if (plan->countedRows)
        out << BareStatement{repo.countSql(query, 0), {}};
    out << BareStatement{repo.pageSql(query, *plan), {}};
    return out;
}

double ListBenchmarks::bareRun(const QList<BareStatement>& statements, bool reopen)
{
    BareSqlite bare;
    if (!reopen && !bare.open(m_path))
        return -1;
    return medianMs(m_runs, [&] {
        if (reopen && !bare.open(m_path))
            return false;
        bool ok = true;
        for (const auto& s : statements)
            ok = ok && bare.run(s);
        if (reopen)
            bare.close();
        return ok;
    });
}

double ListBenchmarks::bareFirstPage(const OrderListQuery& query, bool reopen)
{
    return bareRun(pageStatements(query, 0, OrderPageCache::CountCap), reopen);
}

BenchResult ListBenchmarks::openAndFirstPage()
{
    const OrderListQuery query;
    const double median = medianMs(m_runs, [&] {
        auto db = Database::open(m_path);
        if (!db)
            return false;
        Session manager(**db, m_manager->user());
        OrderPageCache cache(manager, kPageSize);
        if (!cache.setQuery(query))
            return false;
        for (int i = 0; i < FirstPageRows; ++i)
            if (!cache.row(i))
                return false;
        return true;
    });
    return result(QStringLiteral("open database + first page"), median, bareFirstPage(query, true),
                  QStringLiteral("Database::open, setQuery (count capped at %1), rows 0..%2")
                      .arg(OrderPageCache::CountCap)
                      .arg(FirstPageRows - 1));
}

QList<BenchResult> ListBenchmarks::jumpToRow()
{
    const OrderListQuery query;
    std::unique_ptr<OrderPageCache> cache;
    const auto prepareCache = [&] {
        cache = std::make_unique<OrderPageCache>(*m_manager, kPageSize);
        (void)cache->setQuery(query);
    };
    OrderListRepository repo(*m_db);
    const qint64 total = repo.count(query, 0).value_or(JumpRow + 1);
    const double countMedian = medianMs(m_runs, [&] { return repo.count(query, 0).has_value(); });
    const double jumpMedian = medianMs(
        m_runs,
        [&] {
            auto n = repo.count(query, 0);
            if (!n)
                return false;
            cache->setExactCount(*n);
            return cache->row(JumpRow) != nullptr;
        },
        prepareCache);
    const double rowMedian = medianMs(
        m_runs,
        [&] {
            cache->setExactCount(total);
            return cache->row(JumpRow) != nullptr;
        },
        prepareCache);

    // The cache's own repository has not seen the exact count, so its plan counts once more.
    OrderListRepository fresh(*m_db);
    auto plan = fresh.planPage(query, JumpRow / kPageSize * kPageSize, kPageSize);
    QList<BareStatement> rowStatements;
    if (plan && plan->countedRows)
        rowStatements << BareStatement{fresh.countSql(query, 0), {}};
    if (plan)
        rowStatements << BareStatement{fresh.pageSql(query, *plan), {}};
    const double bareCount = bareRun({BareStatement{fresh.countSql(query, 0), {}}}, false);
    const double bareRow = bareRun(rowStatements, false);

    return {
        result(QStringLiteral("jump to row 900,000"), jumpMedian, bareCount + bareRow,
               QStringLiteral("exact count, setExactCount, row(%1)").arg(JumpRow)),
        result(QStringLiteral("  of which: exact count"), countMedian, bareCount),
        result(QStringLiteral("  of which: page at row 900,000"), rowMedian, bareRow),
    };
}

BenchResult ListBenchmarks::firstPageOf(const QString& name, const OrderListQuery& query)
{
    const double median = medianMs(m_runs, [&] {
        OrderPageCache cache(*m_manager, kPageSize);
        if (!cache.setQuery(query))
            return false;
        for (int i = 0; i < FirstPageRows && i < cache.rowCount(); ++i)
            if (!cache.row(i))
                return false;
        return true;
    });
    auto matches = OrderListRepository(*m_db).count(query, OrderPageCache::CountCap);
    const QString found = !matches ? QString()
                          : *matches > OrderPageCache::CountCap
                              ? QStringLiteral("%1+ orders").arg(OrderPageCache::CountCap)
                              : QStringLiteral("%1 orders").arg(*matches);
    return result(name, median, bareFirstPage(query, false), found);
}

QList<BenchResult> ListBenchmarks::run()
{
    QList<BenchResult> out;
    out << openAndFirstPage();
    out << jumpToRow();
    OrderListQuery search;
    search.search = m_customerText;
    out << firstPageOf(QStringLiteral("search customer \"%1\"").arg(m_customerText), search);
    search.search = m_orderNoText;
    out << firstPageOf(QStringLiteral("search order number \"%1\"").arg(m_orderNoText), search);
    search.search = m_productText;
    out << firstPageOf(QStringLiteral("search product \"%1\"").arg(m_productText), search);
    OrderListQuery filter;
    filter.status = OrderStatus::InProduction;
    filter.sortColumn = OrderListQuery::Column::RequestedDate;
    filter.descending = false;
    out << firstPageOf(QStringLiteral("filter in_production, sort by requested date"), filter);
    out << atRiskRow();
    out << deliveredRow();
    return out;
}

BenchResult ListBenchmarks::atRiskRow()
{
    OrderListQuery atRisk;
    atRisk.riskLevels = {RiskLevel::AtRisk, RiskLevel::Late};
    return firstPageOf(QStringLiteral("Orders list filtered to at risk"), atRisk);
}

BenchResult ListBenchmarks::deliveredRow()
{
    OrderListQuery delivered;
    QSqlQuery q(m_db->sql());
    if (q.exec(
            QStringLiteral("SELECT (SELECT max(delivered_on) FROM order_deliveries), (SELECT customer_id "
                           "FROM order_deliveries GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1)")) &&
        q.next()) {
        delivered.deliveredTo = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        delivered.deliveredFrom = delivered.deliveredTo.addDays(-364);
        delivered.customerId = q.value(1).toLongLong();
    }
    return firstPageOf(
        QStringLiteral("Orders list: one customer's orders delivered in a year (On-time drill-down)"),
        delivered);
}

} // namespace od::bench
