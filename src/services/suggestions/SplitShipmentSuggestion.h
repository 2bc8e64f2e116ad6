#pragma once

#include "Money.h"
#include "Quantity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace od {

// A finished line of a late order that can leave now: what production finished of it and has not
// left yet, and that part's value.
struct SplitLine
{
    int lineNo = 0;
    QString product;
    Quantity quantity; // leaving now
    Quantity ordered;
    Money value; // the line's amount for `quantity`
};

// 分批发货 An allocation suggestion of its own kind: an order forecast after its promised date whose
// some lines production has finished ships those now, the rest following when it is forecast.
// Applying it gives logistics the task in My work; nothing leaves without a shipment.
struct SplitShipmentSuggestion
{
    // "split:ORDER_NO", e.g. split:SO-2026-000012; stable while the order is late with lines finished.
    QString key;
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    QDate promisedDate;
    QDate forecast;         // the rest, re-planned as things are (null: it cannot be planned)
    QDate arrival;          // the finished lines at the customer's when they leave today
    QList<SplitLine> lines; // by line number
    int orderLines = 0;     // the order's lines in all
    Money value;            // of `lines`
    Money orderValue;       // the order's lines in all (before tax)
    QString currency;
    // A fingerprint of the lines, quantities and dates: applying refuses one whose basis changed.
    QString basis;

    bool arrivesByPromise() const { return promisedDate.isValid() && arrival <= promisedDate; }
};

} // namespace od
