#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// Reading orders: the list (`orders`, through the same paged query as the Orders view) and
// one order in full (`show`).
class OrderCommands
{
    Q_DECLARE_TR_FUNCTIONS(OrderCommands)

public:
    static bool handles(const QString& command);
    // The confirmation document is drawn to PDF, which needs a GUI application object.
    static bool needsGui(const QStringList& arguments);
    explicit OrderCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int list();
    int show();
    int confirmation();

    CliContext& m_ctx;
};

} // namespace od::cli
