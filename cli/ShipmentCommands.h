#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// Shipping: `ship`, `deliver`, the list `shipments` and the delivery note `delivery-note`.
class ShipmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentCommands)

public:
    static bool handles(const QString& command);
    // The delivery note is drawn to PDF, which needs a GUI application object.
    static bool needsGui(const QStringList& arguments);
    explicit ShipmentCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int ship();
    int deliver();
    int list();
    int deliveryNote();

    CliContext& m_ctx;
};

} // namespace od::cli
