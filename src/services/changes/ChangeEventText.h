#pragma once

#include "ChangeRequest.h"
#include "OrderEvent.h"

#include <QCoreApplication>

namespace od {

// The order's timeline entries about its change requests: their facts by key in the event's
// data, and the sentence a reader sees in the reader's language (OrderEventText asks here).
class ChangeEventText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeEventText)

public:
    static void requested(OrderEvent& event, const ChangeRequest& request);
    static void approved(OrderEvent& event, const ChangeRequest& request, int newRevision,
                         const QDate& promised, int ordersPushed);
    static void cancelled(OrderEvent& event, const ChangeRequest& request);
    static void rejected(OrderEvent& event, const ChangeRequest& request, const QString& note);
    static void done(OrderEvent& event, const QString& changeNo, int revision);

    static bool isChangeEvent(const QString& kind);
    static QString describe(const OrderEvent& event);
    static QString kindName(const QString& kind);
    // "line 2 quantity 50, line 3 removed, requested date 2026-12-01 …": what a request asks.
    static QString summary(const ChangeRequest& request);
};

} // namespace od
