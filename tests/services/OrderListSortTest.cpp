// Every column the Orders list sorts by has an index that gives its order: with a million orders
// a sort done by SQLite after reading the rows (a temporary B-tree) would take seconds.
#include "OrderListRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

TEST(OrderListSort, EveryColumnIsSortedByAnIndexInBothDirections)
{
    test::TestDatabase t(Role::Manager);
    OrderListRepository repo(t.db());
    using C = OrderListQuery::Column;
    for (const C column : {C::OrderNo, C::Customer, C::Salesperson, C::Status, C::OrderDate, C::RequestedDate,
                           C::PromisedDate, C::Total, C::Revision}) {
        for (const bool descending : {false, true}) {
            OrderListQuery query;
            query.sortColumn = column;
            query.descending = descending;
            const auto sql = repo.pageSql(query, 0, 100);
            QSqlQuery q(t.db().sql());
            ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.text)) << sql.text.toStdString();
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            const QString text = plan.join(QStringLiteral("; "));
            EXPECT_FALSE(text.contains(QStringLiteral("TEMP B-TREE")))
                << sql.text.toStdString() << " -> " << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("USING INDEX")) ||
                        text.contains(QStringLiteral("PRIMARY KEY")))
                << text.toStdString();
        }
    }
}
