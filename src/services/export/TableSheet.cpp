#include "TableSheet.h"

namespace od {

TableSheet tableOfRows(QString name, QList<TableColumn> columns, QList<TableRow> rows)
{
    TableSheet sheet;
    sheet.name = std::move(name);
    sheet.columns = std::move(columns);
    sheet.expectedRows = rows.size();
    sheet.rows = [rows = std::move(rows)](const TableSheet::Visitor& visit) -> Status {
        for (const TableRow& row : rows)
            if (!visit(row))
                break;
        return {};
    };
    return sheet;
}

} // namespace od
