#pragma once

#include "CsvImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

// One record of a CSV file and the physical line it starts on (a quoted field can span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    bool malformed = false; // bad quoting, already reported; its cells are not to be trusted
};

struct CsvReadResult
{
    QString encoding;             // "UTF-8" or "GB18030"
    QList<CsvRecord> records;     // header first; blank lines left out, malformed ones kept
    QList<CsvImportError> errors; // bad quoting or undecodable text
};

// Turns the bytes of a CSV file into records. Accepts what people actually have: UTF-8 with or
// without a byte-order mark, and GB18030/GBK as Excel saves on Chinese Windows. Quoting follows
// RFC 4180; a record with bad quoting is reported with its line and marked malformed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Decoded
    {
        QString text;
        QString encoding;
        bool ok = true;
        int errorLine = 1; // when !ok: the line to blame and why
        QString error;
    };

    // BOM → UTF-8; valid UTF-8 → UTF-8; anything else is read as GB18030 (a superset of GBK),
    // unless it is UTF-8 with a few broken bytes, which is reported rather than misread.
    static Decoded decode(const QByteArray& bytes);
    static CsvReadResult parse(QStringView text);
    static CsvReadResult read(const QByteArray& bytes);
};

} // namespace od
