#pragma once

#include "AuditEntry.h"
#include "Error.h"
#include "Session.h"

#include <QTableWidget>

namespace od {

// The "History" tab of the order detail: one row per changed field from the audit trail,
// newest first, so the user can see who changed what from which value to which — in words:
// field names, statuses, channels and people as the rest of the UI shows them, in local time.
class OrderHistoryTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit OrderHistoryTable(QWidget* parent = nullptr);

    // Loads the order's history; returns how many entries the order has.
    Result<int> load(Session& session, qint64 orderId);

private:
    void addRow(const AuditEntry& entry, const QString& who, const QString& field, const QString& change);
};

} // namespace od
