#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// import and export of customers, products and orders as CSV (formats in docs/CSV.md).
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)

public:
    static bool handles(const QString& command);
    explicit TransferCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int runImport();
    int runExport();

    CliContext& m_ctx;
};

} // namespace od::cli
