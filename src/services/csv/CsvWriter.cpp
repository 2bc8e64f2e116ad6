#include "CsvWriter.h"

#include "CsvFormulaGuard.h"

namespace od {

void CsvWriter::writeByteOrderMark()
{
    write(QByteArray("\xEF\xBB\xBF"));
}

void CsvWriter::writeRow(const QStringList& fields)
{
    write(formatRow(fields).toUtf8());
}

QString CsvWriter::quoted(const QString& field)
{
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString CsvWriter::formatRow(const QStringList& fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += u',';
        row += quoted(CsvFormulaGuard::defused(fields[i]));
    }
    row += QStringLiteral("\r\n");
    return row;
}

void CsvWriter::write(const QByteArray& bytes)
{
    if (m_ok && m_device.write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace od
