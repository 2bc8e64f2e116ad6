#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace od {

// The order's 发货 shipments as the salesperson chasing it sees them: each shipment with its
// date, carrier, tracking number (物流单号), what left with it and whether the customer signed
// for it; above them, every line's ordered, shipped and still-to-ship quantities.
class ShipmentsPanel : public QWidget
{
    Q_OBJECT

public:
    ShipmentsPanel(Session& session, qint64 orderId, QWidget* parent = nullptr);

    void reload();
    int count() const { return m_count; }
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* shipmentsTable() const { return m_shipments; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    Session& m_session;
    qint64 m_orderId = 0;
    int m_count = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_shipments = nullptr;
};

} // namespace od
