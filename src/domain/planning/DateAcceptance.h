#pragma once

#include "ContactChannel.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace od {

// The customer's acceptance of a delivery date later than the one they asked for (客户接受新交期):
// who on their side accepted it, when and how. It covers every promise up to `promisedDate`;
// production of an order promised later than requested starts only once one is recorded.
struct DateAcceptance
{
    qint64 id = 0;
    qint64 orderId = 0;
    int revision = 0;
    QDate requestedDate; // as the customer asked, when the date was accepted
    QDate promisedDate;  // the later date the customer accepted
    QString contactName; // who accepted on the customer's side
    ContactChannel channel = ContactChannel::Phone;
    QDateTime acceptedAt;
    QString note;
    qint64 recordedBy = 0;
    QString recordedByName; // filled when read
    QDateTime recordedAt;

    // Whether a promise of `promised` needs the customer's acceptance: it is later than asked.
    static bool needed(const QDate& requested, const QDate& promised)
    {
        return requested.isValid() && promised.isValid() && promised > requested;
    }
};

} // namespace od
