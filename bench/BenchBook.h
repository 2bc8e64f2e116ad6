#pragma once

#include "Database.h"
#include "User.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace od::bench {

// A benchmark's database and its users, as every group of rows opens them.
struct BenchBook
{
    std::unique_ptr<Database> db;
    QList<User> users;

    // Opens `path` and reads its users; nullopt with `error` set when either fails.
    static std::optional<BenchBook> open(const QString& path, QString* error);
    // The first active user of `role`, if any.
    std::optional<User> first(Role role) const;
    // The day after the newest order: the demo's "today" (null on a book without orders).
    QDate dayAfterLastOrder() const;
};

} // namespace od::bench
