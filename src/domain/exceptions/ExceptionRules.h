#pragma once

#include "Error.h"
#include "OrderException.h"

#include <QCoreApplication>

namespace od {

// What an exception, its plan, a contact and a resolution must hold before they are stored.
// Each refusal names the field it belongs to, so a form shows it next to the widget.
class ExceptionRules
{
    Q_DECLARE_TR_FUNCTIONS(ExceptionRules)

public:
    static constexpr int MaxTextLength = 2000;

    static Status checkRaise(const OrderException& exception, const QDate& today);
    static Status checkPlan(const QString& plan);
    static Status checkContact(const ExceptionContact& contact);
    static Status checkResolution(const QString& resolution, Money cost);

private:
    static Status checkText(const QString& text, const QString& field, const QString& missing);
};

} // namespace od
