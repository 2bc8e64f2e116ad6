#pragma once

#include "AuditEntry.h"
#include "Error.h"
#include "Session.h"

#include <QTableWidget>

namespace od {

// The "History" tab of the order detail: one row per changed field from the audit trail,
// newest first, so the user can see who changed what from which value to which.
class OrderHistoryTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit OrderHistoryTable(QWidget* parent = nullptr);

    // Loads the order's history; returns how many entries the order has.
    Result<int> load(Session& session, qint64 orderId);
    // "order.create" → "Created"; unknown keys are shown as they are.
    static QString actionName(const QString& action);

private:
    void addRow(const AuditEntry& entry, const QString& field, const QString& before, const QString& after);
};

} // namespace od
