#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace od {

// An order sent to its customer and not answered yet (the Confirmation queue).
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

} // namespace od
