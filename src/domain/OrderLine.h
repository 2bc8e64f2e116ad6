#pragma once

#include "BasisPoints.h"
#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QDate>
#include <QString>

namespace od {

struct OrderLine
{
    qint64 id = 0;
    int lineNo = 0;
    qint64 productId = 0;
    QString description; // the customer's spec, in their words
    Quantity quantity;
    QString unit;
    UnitPrice unitPrice;
    BasisPoints discount;
    Money amount;         // computed by LineCalculator, stored for reports
    QDate requestedDate;  // null when it is the order's date

    // Display-only, filled when loaded.
    QString productSku;
    QString productName;
};

} // namespace od
