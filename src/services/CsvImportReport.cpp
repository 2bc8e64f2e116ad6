#include "CsvImportReport.h"

namespace od {

QString CsvImportReport::formatError(const QString& path, const CsvImportError& error)
{
    return QStringLiteral("%1:%2: %3").arg(path).arg(error.line).arg(error.message);
}

QStringList CsvImportReport::formattedErrors() const
{
    QStringList out;
    out.reserve(errors.size());
    for (const CsvImportError& error : errors)
        out << formatError(path, error);
    return out;
}

QString CsvImportReport::summary() const
{
    if (cancelled)
        return tr("Import cancelled; nothing was changed.");
    if (!errors.isEmpty())
        return tr("Nothing imported: %n error(s) found.", nullptr, int(errors.size()));
    const int n = int(recordCount);
    switch (kind) {
    case Kind::Customers:
        return dryRun ? tr("%n customer(s) would be imported; nothing was changed.", nullptr, n)
                      : tr("Imported %n customer(s).", nullptr, n);
    case Kind::Products:
        return dryRun ? tr("%n product(s) would be imported; nothing was changed.", nullptr, n)
                      : tr("Imported %n product(s).", nullptr, n);
    case Kind::Orders:
        return dryRun ? tr("%n order(s) with %1 lines would be imported; nothing was changed.", nullptr, n)
                            .arg(rowCount)
                      : tr("Imported %n order(s) with %1 lines.", nullptr, n).arg(rowCount);
    }
    return {};
}

} // namespace od
