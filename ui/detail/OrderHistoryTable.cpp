#include "OrderHistoryTable.h"

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

QString OrderHistoryTable::actionName(const QString& action)
{
    if (action == QLatin1String("order.create"))
        return tr("Created");
    if (action == QLatin1String("order.edit"))
        return tr("Edited");
    if (action == QLatin1String("order.submit"))
        return tr("Sent for confirmation");
    if (action == QLatin1String("order.confirm"))
        return tr("Confirmation recorded");
    if (action == QLatin1String("order.return"))
        return tr("Returned to draft");
    if (action == QLatin1String("order.revise"))
        return tr("Revised");
    if (action.startsWith(QLatin1String("order.status")))
        return tr("Status changed");
    return action;
}

Result<int> OrderHistoryTable::load(Session& session, qint64 orderId)
{
    clear();
    setRowCount(0);
    setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Field"), tr("Change")});
    auto history = OrderQueryService(session).history(orderId);
    if (!history)
        return std::unexpected(history.error());
    for (const AuditEntry& entry : std::as_const(*history)) {
        if (entry.changes.isEmpty())
            addRow(entry, QString(), QString(), QString());
        for (const FieldChange& change : entry.changes)
            addRow(entry, change.field, change.before, change.after);
    }
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {18, 12, 20, 18};
    for (int c = 0; c < 4; ++c)
        setColumnWidth(c, unit * widths[c]);
    horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    return int(history->size());
}

void OrderHistoryTable::addRow(const AuditEntry& entry, const QString& field, const QString& before,
                               const QString& after)
{
    const int row = rowCount();
    insertRow(row);
    const QString empty = tr("(empty)");
    const QString change = field.isEmpty() ? QString()
                                           : tr("%1 → %2").arg(before.isEmpty() ? empty : before,
                                                               after.isEmpty() ? empty : after);
    const QStringList texts{Formatting::dateTime(entry.at.toLocalTime()), entry.userName,
                            actionName(entry.action), field, change};
    for (int c = 0; c < texts.size(); ++c) {
        auto* item = new QTableWidgetItem(texts.at(c));
        item->setToolTip(texts.at(c));
        setItem(row, c, item);
    }
}

} // namespace od
