#pragma once

#include "CsvImportReport.h"
#include "CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace od {

// Which column of a file holds which field. The header may name the columns in any order and
// leave out the optional ones; unknown or repeated names and missing required ones are errors.
class CsvColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumnMap)

public:
    // `known` in the documented order; every name in `required` must be present.
    CsvColumnMap(QStringList known, QStringList required);

    // Reads the header record; errors go to `report` (header line).
    bool bind(const CsvRecord& header, CsvImportReport& report);

    bool has(const QString& column) const { return m_index.contains(column); }
    // The trimmed cell of `column` in `record`; empty when the column is absent or the row short.
    QString value(const CsvRecord& record, const QString& column) const;
    // Cells past the header's width that hold text; spreadsheets often add empty ones.
    bool hasExtraCells(const CsvRecord& record) const;

    const QStringList& known() const { return m_known; }

private:
    QStringList m_known;
    QStringList m_required;
    int m_width = 0;
    QHash<QString, int> m_index;
};

} // namespace od
