#include "CsvKeyedRows.h"

namespace od {

QString CsvKeyedRows::extraCellsMessage()
{
    return tr("This row has more cells than the header has columns.");
}

} // namespace od
