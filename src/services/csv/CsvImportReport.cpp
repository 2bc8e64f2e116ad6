#include "CsvImportReport.h"

#include "TextCheck.h"

namespace od {

QString CsvImportReport::formatError(const QString& path, const CsvImportError& error)
{
    // One arg() call: a "%2" in a file name (orders%202026.csv) is not a placeholder.
    return QStringLiteral("%1:%2: %3").arg(path, QString::number(error.line), error.message);
}

void CsvImportReport::addError(int line, const QString& text)
{
    // Messages quote the file; what it holds must not act on a terminal or a log that shows them.
    const QString message = TextCheck::defused(text, true);
    if (message.size() <= MaxMessageLength) {
        errors.append({line, message});
        return;
    }
    qsizetype head = MaxMessageLength / 2;
    qsizetype tail = MaxMessageLength / 4;
    if (message.at(head - 1).isHighSurrogate())
        --head; // never cut a character in two
    if (message.at(message.size() - tail).isLowSurrogate())
        --tail;
    errors.append({line, message.left(head) + QStringLiteral(" … ") + message.right(tail)});
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
    case Kind::WorkCentres:
        return dryRun ? tr("%n work centre(s) would be imported; nothing was changed.", nullptr, n)
                      : tr("Imported %n work centre(s).", nullptr, n);
    case Kind::Routings:
        return dryRun
                   ? tr("The routings of %n product(s) would be imported; nothing was changed.", nullptr, n)
                   : tr("Imported the routings of %n product(s).", nullptr, n);
    case Kind::Calendar:
        return dryRun ? tr("%n calendar day(s) would be imported; nothing was changed.", nullptr, n)
                      : tr("Imported %n calendar day(s).", nullptr, n);
    case Kind::Payments: {
        const QString recorded = dryRun
                                     ? tr("%n payment(s) would be recorded; nothing was changed.", nullptr, n)
                                     : tr("Recorded %n payment(s).", nullptr, n);
        if (alreadyRecorded.isEmpty())
            return recorded;
        if (n == 0)
            return tr("Nothing new to record: all %n row(s) were recorded before.", nullptr,
                      int(alreadyRecorded.size()));
        return recorded + QLatin1Char(' ') +
               tr("%n row(s) were already recorded and are left out.", nullptr, int(alreadyRecorded.size()));
    }
    }
    return {};
}

} // namespace od
