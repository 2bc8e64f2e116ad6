#include "OrderHistoryTable.h"

#include "AccountService.h"
#include "AuditWording.h"
#include "OrderQueryService.h"
#include "widgets/Formatting.h"

#include <QHeaderView>

namespace od {

OrderHistoryTable::OrderHistoryTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("historyTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    setColumnCount(5);
}

Result<int> OrderHistoryTable::load(Session& session, qint64 orderId)
{
    clear();
    setRowCount(0);
    setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Field"), tr("Change")});
    auto history = OrderQueryService(session).history(orderId);
    if (!history)
        return std::unexpected(history.error());
    auto users = AccountService(session).users();
    const AuditWording words(users ? *users : QList<User>());
    const QString order = QStringLiteral("order");
    for (const AuditEntry& entry : std::as_const(*history)) {
        const QString who = words.person(entry.userId, entry.userName);
        if (entry.changes.isEmpty())
            addRow(entry, who, QString(), QString());
        for (const FieldChange& change : entry.changes)
            addRow(entry, who, AuditWording::field(order, change.field), words.changeValues(order, change));
    }
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {18, 12, 20, 18};
    for (int c = 0; c < 4; ++c)
        setColumnWidth(c, unit * widths[c]);
    horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    return int(history->size());
}

void OrderHistoryTable::addRow(const AuditEntry& entry, const QString& who, const QString& field,
                               const QString& change)
{
    const int row = rowCount();
    insertRow(row);
    const QStringList texts{Formatting::dateTime(entry.at), who, AuditWording::orderAction(entry.action),
                            field, change};
    for (int c = 0; c < texts.size(); ++c) {
        auto* item = new QTableWidgetItem(texts.at(c));
        item->setToolTip(texts.at(c));
        setItem(row, c, item);
    }
}

} // namespace od
