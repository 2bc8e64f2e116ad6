#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

// One problem found in an import file. `line` is the physical line in the file (the header is
// line 1), so that a user can find it in any text editor.
struct CsvImportError
{
    int line = 0;
    QString message;
};

// What an import found and did: the errors, and what the import dialog previews.
class CsvImportReport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportReport)

public:
    static constexpr int PreviewRowLimit = 200;
    enum class Kind
    {
        Customers,
        Products,
        Orders,
        WorkCentres,
        Routings,
        Calendar,
        Payments
    };

    Kind kind = Kind::Customers;
    QString path;     // the file as the user named it; errors are reported against it
    QString encoding; // "UTF-8" or "GB18030"
    QStringList header;
    QList<QStringList> previewRows; // the first PreviewRowLimit data rows as read
    QList<int> previewLines;        // the file line of each preview row
    qint64 rowCount = 0;            // data rows in the file (blank lines not counted)
    qint64 recordCount = 0;         // customers, products, orders, work centres, routings (products)
                                    // or calendar days that would be / were imported
    bool dryRun = false;
    bool committed = false; // true only when the records are now in the database
    bool cancelled = false;
    QList<CsvImportError> errors;
    // Payments: rows already recorded by an earlier import (not errors: nothing new to record).
    QList<CsvImportError> alreadyRecorded;
    // Rows taken in a way the file does not spell out (an on-hold order without the status it
    // returns to): not errors, said so the user knows.
    QList<CsvImportError> notes;

    bool ok() const { return errors.isEmpty() && !cancelled; }
    // Messages quote the cell they are about; a message longer than MaxMessageLength keeps its
    // beginning and end, so that a 5 MB cell is not repeated into the error list.
    static constexpr int MaxMessageLength = 400;
    void addError(int line, const QString& message);

    // "FILE:LINE: message", the form compilers use, so editors can jump to the line.
    static QString formatError(const QString& path, const CsvImportError& error);
    QStringList formattedErrors() const;
    // One translated sentence for a status bar or the end of a CLI run.
    QString summary() const;
};

} // namespace od
