#pragma once

#include "OrderEvent.h"
#include "OrderException.h"

#include <QCoreApplication>

namespace od {

// The order's timeline entries about its exceptions: their facts by key in the event's data, and
// the sentence a reader sees, in the reader's language (OrderEventText asks here for these kinds).
class ExceptionEventText
{
    Q_DECLARE_TR_FUNCTIONS(ExceptionEventText)

public:
    static void raised(OrderEvent& event, const OrderException& exception);
    static void planned(OrderEvent& event, const OrderException& exception, const QString& plan);
    static void contacted(OrderEvent& event, const OrderException& exception,
                          const ExceptionContact& contact);
    static void handedOver(OrderEvent& event, const OrderException& exception, const QString& ownerName);
    static void resolved(OrderEvent& event, const OrderException& exception, const QString& resolution,
                         Money cost, const QString& currency);

    static bool isExceptionEvent(const QString& kind);
    static QString describe(const OrderEvent& event);
    static QString kindName(const QString& kind);
};

} // namespace od
