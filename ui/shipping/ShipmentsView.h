#pragma once

#include "Error.h"
#include "Session.h"
#include "Shipment.h"
#include "main/WorkflowPage.h"

#include <QMap>

#include <functional>

class QLineEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace od {

class DateField;
class FieldErrorLabel;
class MessageBanner;

// 发货 Shipments, logistics' page: the orders ready to ship (the earliest promise first) with a
// form to ship chosen quantities of each line with carrier, tracking number (物流单号) and ship
// date; the shipments in transit, with the customer's signature to record and the delivery note
// (送货单) to print. An order becomes shipped and delivered by itself when every quantity is.
// An order still in production whose finished lines the manager asked to send ahead is listed
// too, with what production finished filled in; only that much of it may leave.
class ShipmentsView : public WorkflowPage
{
    Q_OBJECT

public:
    enum LineColumn
    {
        LineNoColumn,
        DescriptionColumn,
        UnitColumn,
        OrderedColumn,
        ShippedColumn,
        LeftColumn,
        ToShipColumn,
        LineColumnCount
    };

    explicit ShipmentsView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    bool openRecord(qint64 orderId) override;
    int pendingCount() const override;

    // Ships the "to ship" quantities of the chosen order; true when a shipment was recorded.
    bool shipSelected();
    // Fills every line's "to ship" with what may leave of it now (an order in production: what is
    // finished and has not left).
    void fillAllLeft();
    // Records the customer's signature on the chosen shipment in transit.
    bool recordDelivery();
    // Asks where to save the chosen shipment's delivery note, then writes it.
    bool printDeliveryNote();
    bool printDeliveryNoteTo(const QString& path);

    // The save dialog, replaceable so that tests need no file dialog.
    using AskSavePath = std::function<QString(QWidget* parent, const QString& suggested)>;
    void setAskSavePath(AskSavePath ask) { m_askSavePath = std::move(ask); }

    QTableWidget* readyTable() const { return m_ready; }
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* transitTable() const { return m_transit; }
    MessageBanner* banner() const { return m_banner; }
    QLineEdit* carrierEdit() const { return m_carrier; }
    QLineEdit* trackingEdit() const { return m_tracking; }
    DateField* shipDateField() const { return m_shipDate; }
    FieldErrorLabel* shipError() const { return m_shipError; }
    FieldErrorLabel* deliveryError() const { return m_deliveryError; }
    QLineEdit* receivedByEdit() const { return m_receivedBy; }
    QLineEdit* receiptEdit() const { return m_receipt; }
    DateField* deliveredOnField() const { return m_deliveredOn; }
    // The order chosen in the ready list (0 for none) and the shipment chosen in transit ("" for none).
    qint64 currentOrderId() const;
    QString currentShipmentNo() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadReady();
    void reloadTransit();
    void showLines();
    void updateActions();
    void showError(const Error& error);

    Session& m_session;
    AskSavePath m_askSavePath;
    QList<ReadyOrder> m_readyRows;
    QList<ShippableLine> m_lineRows;
    QMap<int, Quantity> m_leavingNow; // the chosen order's, by line number
    bool m_finishedOnly = false;      // the chosen order is still in production
    QList<Shipment> m_transitRows;
    MessageBanner* m_banner = nullptr;
    QTableWidget* m_ready = nullptr;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_carrier = nullptr;
    QLineEdit* m_tracking = nullptr;
    DateField* m_shipDate = nullptr;
    QLineEdit* m_note = nullptr;
    FieldErrorLabel* m_shipError = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_ship = nullptr;
    QTableWidget* m_transit = nullptr;
    DateField* m_deliveredOn = nullptr;
    QLineEdit* m_receivedBy = nullptr;
    QLineEdit* m_receipt = nullptr;
    FieldErrorLabel* m_deliveryError = nullptr;
    QPushButton* m_deliver = nullptr;
    QPushButton* m_print = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitSet = false;
};

} // namespace od
