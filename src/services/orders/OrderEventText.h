#pragma once

#include "Confirmation.h"
#include "Money.h"
#include "OrderEvent.h"
#include "OrderStatus.h"
#include "ReviewCause.h"
#include "SettlementStatus.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// The words of an order's timeline. Each event is stored with its kind and its facts as data
// (statuses and channels by their keys, amounts as exact decimals, times in UTC), and is worded
// when it is shown, in the reader's language and local time. Nothing else is stored for them:
// `detail` holds a sentence only for events recorded before the data was, and for the few kinds
// written with their words alone (a change's scrap cost).
class OrderEventText
{
    Q_DECLARE_TR_FUNCTIONS(OrderEventText)

public:
    // Each sets the event's kind and data.
    static void created(OrderEvent& event, int lines, Money total, const QString& currency);
    static void edited(OrderEvent& event, int lines, Money total, const QString& currency);
    // `reason`: why the new revision was made (an approved change request), or empty.
    static void revised(OrderEvent& event, const QString& reason = {});
    static void submitted(OrderEvent& event);
    static void confirmed(OrderEvent& event, const Confirmation& confirmation);
    static void returned(OrderEvent& event, const QString& reason);
    static void statusChanged(OrderEvent& event, OrderStatus from, OrderStatus to, const QString& note);
    static void imported(OrderEvent& event, const QString& source, OrderStatus status);
    // A plan committed: the date promised, the earliest the capacity allowed and, when the
    // promise is earlier than that, the manager's reason.
    static void planned(OrderEvent& event, const QDate& promised, const QDate& earliest,
                        const QString& overrideReason);
    // Progress on plan step `stepNo` (its number in the plan) named `stepName`: "start",
    // "done" (with the quantity reported and the total done of the planned quantity) or "finish".
    static void progress(OrderEvent& event, int stepNo, const QString& stepName, const QString& action,
                         const QString& quantity, const QString& done, const QString& planned,
                         const QString& note);
    // The customer accepted a delivery on `promised`, later than the `requested` date they asked
    // for: who, how and when.
    static void dateAccepted(OrderEvent& event, const QDate& promised, const QDate& requested,
                             const QString& contact, const QString& channelKey, const QDateTime& acceptedAt,
                             const QString& note);
    // A committed plan changed: step `stepNo` named `stepName` given to `owner` (a name, empty
    // when unchanged) and/or moved to start on `notBefore` (null when unchanged), with the
    // order's new earliest completion.
    static void planChanged(OrderEvent& event, int stepNo, const QString& stepName, const QString& owner,
                            const QDate& notBefore, const QDate& earliest);

    // The settlement state moved by a document: `cause` is one of the SettlementCause keys
    // ("invoice", "credit_note", "payment", "reapply", "write_off", "import"), `document` its
    // number, its reference or the imported file's name.
    static void settlementChanged(OrderEvent& event, SettlementStatus from, SettlementStatus to,
                                  const QString& cause, const QString& document);

    // The event in the current language: from its data when it has some, else as stored.
    static void shipped(OrderEvent& event, const QString& shipmentNo, const QString& carrier,
                        const QString& trackingNo, const QDate& shipDate, const QString& lines);
    static void delivered(OrderEvent& event, const QString& shipmentNo, const QDate& on,
                          const QString& receivedBy, const QString& receipt);
    static void reviewed(OrderEvent& event, ReviewCause cause, qint64 lessonId);
    static QString describe(const OrderEvent& event);
    // "created" → "Created", "status_changed" → "Status changed"…
    static QString kindName(const QString& kind);
};

} // namespace od
