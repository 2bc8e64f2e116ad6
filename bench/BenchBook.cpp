#include "BenchBook.h"

#include "UserRepository.h"

#include <QSqlQuery>

namespace od::bench {

std::optional<BenchBook> BenchBook::open(const QString& path, QString* error)
{
    auto db = Database::open(path);
    if (!db) {
        *error = db.error().message;
        return std::nullopt;
    }
    auto users = UserRepository(**db).all();
    if (!users) {
        *error = users.error().message;
        return std::nullopt;
    }
    return BenchBook{std::move(*db), *users};
}

std::optional<User> BenchBook::first(Role role) const
{
    for (const User& u : users)
        if (u.active && u.role == role)
            return u;
    return std::nullopt;
}

QDate BenchBook::dayAfterLastOrder() const
{
    QSqlQuery q(db->sql());
    if (q.exec(QStringLiteral("SELECT max(order_date) FROM orders")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate).addDays(1);
    return {};
}

} // namespace od::bench
