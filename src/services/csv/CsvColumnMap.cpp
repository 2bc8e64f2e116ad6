#include "CsvColumnMap.h"

namespace od {

CsvColumnMap::CsvColumnMap(QStringList known, QStringList required)
    : m_known(std::move(known)), m_required(std::move(required))
{
}

bool CsvColumnMap::bind(const CsvRecord& header, CsvImportReport& report)
{
    const qsizetype errorsBefore = report.errors.size();
    m_index.clear();
    m_width = int(header.fields.size());
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (name.isEmpty() && i == header.fields.size() - 1)
            continue; // a trailing comma after the last column name
        if (!m_known.contains(name)) {
            report.addError(header.line,
                            tr("Unknown column \"%1\". The columns are: %2.")
                                .arg(header.fields[i].trimmed(), m_known.join(QStringLiteral(", "))));
            continue;
        }
        if (m_index.contains(name)) {
            report.addError(header.line, tr("Column \"%1\" appears twice.").arg(name));
            continue;
        }
        m_index.insert(name, i);
    }
    for (const QString& column : m_required) {
        if (!m_index.contains(column))
            report.addError(header.line, tr("Required column \"%1\" is missing.").arg(column));
    }
    return report.errors.size() == errorsBefore;
}

QString CsvColumnMap::value(const CsvRecord& record, const QString& column) const
{
    const int i = m_index.value(column, -1);
    if (i < 0 || i >= record.fields.size())
        return {};
    return record.fields[i].trimmed();
}

bool CsvColumnMap::hasExtraCells(const CsvRecord& record) const
{
    for (qsizetype i = m_width; i < record.fields.size(); ++i)
        if (!record.fields[i].trimmed().isEmpty())
            return true;
    return false;
}

} // namespace od
