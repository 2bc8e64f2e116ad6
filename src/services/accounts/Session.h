#pragma once

#include "Database.h"
#include "User.h"

#include <QDate>

namespace od {

// Who is working and on which database. Every service acts through a Session, so the same
// rules hold for the GUI, the CLI and the tests.
class Session
{
public:
    Session(Database& db, User user) : m_db(db), m_user(std::move(user)) {}

    Database& db() const { return m_db; }
    const User& user() const { return m_user; }
    void setUser(User user) { m_user = std::move(user); }

    // The business day; tests pin it so that lead-time rules do not depend on the calendar.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(QDate today) { m_today = today; }

private:
    Database& m_db;
    User m_user;
    QDate m_today;
};

} // namespace od
