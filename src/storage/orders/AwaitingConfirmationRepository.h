#pragma once

#include "Database.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace od {

struct AwaitingConfirmation
{
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    QString salespersonName;
    int revision = 1;
    QDateTime sentAt; // when this revision was submitted
    QDate requestedDate;
    Money total;
};

// The queue of orders sent to customers and not yet answered, oldest first.
class AwaitingConfirmationRepository
{
public:
    explicit AwaitingConfirmationRepository(Database& db) : m_db(db) {}

    Result<QList<AwaitingConfirmation>> list(int limit = 5000);

private:
    Database& m_db;
};

} // namespace od
