#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

namespace od {

// A bad debt written off: everything still open on one invoice, approved by a manager.
struct WriteOff
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    QDate date;
    Money amount;
    QString reason;
    qint64 approvedBy = 0;
};

} // namespace od
