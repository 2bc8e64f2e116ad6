#include "ShipmentsPanel.h"

#include "ShipmentService.h"
#include "widgets/Formatting.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QTableWidget* readOnlyTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ShipmentsPanel::ShipmentsPanel(Session& session, qint64 orderId, QWidget* parent)
    : QWidget(parent), m_session(session), m_orderId(orderId)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("shipmentsSummary"));
    m_summary->setWordWrap(true);
    m_lines = readOnlyTable({tr("Line"), tr("Product"), tr("Ordered"), tr("Shipped"), tr("To ship")}, this);
    m_lines->setObjectName(QStringLiteral("shipmentsLinesTable"));
    m_shipments = readOnlyTable({tr("Shipment"), tr("Ship date"), tr("Carrier"), tr("Tracking no."),
                                 tr("What left"), tr("Delivered"), tr("Received by")},
                                this);
    m_shipments->setObjectName(QStringLiteral("shipmentsTable"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_shipments, 2);
    reload();
}

void ShipmentsPanel::reload()
{
    ShipmentService service(m_session);
    const auto lines = service.shippableLines(m_orderId);
    const auto shipments = service.forOrder(m_orderId);
    m_lines->setRowCount(0);
    m_shipments->setRowCount(0);
    m_count = 0;
    if (!lines || !shipments) {
        m_summary->setText(!lines ? lines.error().message : shipments.error().message);
        return;
    }
    qint64 left = 0;
    m_lines->setRowCount(int(lines->size()));
    for (int r = 0; r < lines->size(); ++r) {
        const ShippableLine& l = lines->at(r);
        m_lines->setItem(r, 0, cell(QString::number(l.lineNo), true));
        m_lines->setItem(r, 1, cell(l.description));
        m_lines->setItem(r, 2, cell(Formatting::quantity(l.ordered) + u' ' + l.unit, true));
        m_lines->setItem(r, 3, cell(Formatting::quantity(l.shipped), true));
        m_lines->setItem(r, 4, cell(Formatting::quantity(l.remaining()), true));
        left += l.remaining().raw();
    }
    m_count = int(shipments->size());
    int delivered = 0;
    m_shipments->setRowCount(m_count);
    for (int r = 0; r < m_count; ++r) {
        const Shipment& s = shipments->at(r);
        QStringList what;
        for (const ShipmentLine& l : s.lines)
            what << tr("line %1 × %2").arg(l.orderLineNo).arg(Formatting::quantity(l.quantity));
        m_shipments->setItem(r, 0, cell(s.shipmentNo));
        m_shipments->setItem(r, 1, cell(Formatting::date(s.shipDate)));
        m_shipments->setItem(r, 2, cell(s.carrier));
        m_shipments->setItem(r, 3, cell(s.trackingNo));
        m_shipments->setItem(r, 4, cell(what.join(QStringLiteral(", "))));
        m_shipments->setItem(r, 5,
                             cell(s.isDelivered() ? Formatting::date(s.deliveredOn) : tr("in transit")));
        m_shipments->setItem(r, 6, cell(s.receivedBy));
        if (s.isDelivered())
            ++delivered;
    }
    for (QTableWidget* t : {m_lines, m_shipments})
        t->resizeColumnsToContents();
    // The product and what left take the room that is left.
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_shipments->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    if (m_count == 0)
        m_summary->setText(tr("Nothing has been shipped yet."));
    else
        m_summary->setText(
            tr("%n shipment(s), %1 delivered; %2.", nullptr, m_count)
                .arg(delivered)
                .arg(left == 0 ? tr("everything ordered has left") : tr("some is still to ship")));
}

} // namespace od
