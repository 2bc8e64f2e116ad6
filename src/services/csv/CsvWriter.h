#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace od {

// Writes CSV the way Excel reads it without asking: UTF-8 with a byte-order mark (without it
// Excel on Chinese Windows takes the file for GBK), CRLF line ends, and quotes only around
// fields that need them (comma, quote or line break inside). A field a spreadsheet would run as
// a formula is defused first (CsvFormulaGuard).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device) : m_device(device) {}

    void writeByteOrderMark();
    void writeRow(const QStringList& fields);
    // False once any write failed (disk full, device closed).
    bool ok() const { return m_ok; }

    static QString quoted(const QString& field);
    static QString formatRow(const QStringList& fields);

private:
    void write(const QByteArray& bytes);
    QIODevice& m_device;
    bool m_ok = true;
};

} // namespace od
