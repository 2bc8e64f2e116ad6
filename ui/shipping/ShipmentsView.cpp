#include "ShipmentsView.h"

#include "DeliveryNoteDocument.h"
#include "ListTables.h"
#include "OutputFileService.h"
#include "ShipmentService.h"
#include "widgets/DateField.h"
#include "widgets/ExportFolder.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

// A screen of work; the earliest promises come first, so the list never hides what is urgent.
constexpr int ReadyLimit = 500;
constexpr int TransitLimit = 500;

QString askSavePathWithDialog(QWidget* parent, const QString& suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, ShipmentsView::tr("Save delivery note as PDF"), suggestedPath,
                                        ShipmentsView::tr("PDF documents (*.pdf)"));
}

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    return t;
}

QTableWidgetItem* readOnly(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString linesText(const QList<ShipmentLine>& lines)
{
    QStringList parts;
    for (const ShipmentLine& l : lines)
        parts << ShipmentsView::tr("line %1: %2").arg(l.orderLineNo).arg(Formatting::quantity(l.quantity));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ShipmentsView::ShipmentsView(Session& session, QWidget* parent)
    : WorkflowPage(parent), m_session(session), m_askSavePath(&askSavePathWithDialog)
{
    m_banner = new MessageBanner(this);

    // Orders ready to ship.
    m_ready =
        table({tr("Order"), tr("Customer"), tr("Promised"), tr("Shipped before")}, "readyToShipTable", this);
    m_ready->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* readyLabel = new QLabel(tr("Orders read&y to ship (earliest promise first):"), this);
    readyLabel->setBuddy(m_ready);
    connect(m_ready, &QTableWidget::itemSelectionChanged, this, &ShipmentsView::showLines);

    // The shipment being entered.
    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(QStringLiteral("shipmentLinesTable"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Line"), tr("Description"), tr("Unit"), tr("Ordered"), tr("Shipped"), tr("Left"), tr("To ship")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    auto* linesLabel = new QLabel(tr("&Lines to ship (type the quantity leaving with this shipment):"), this);
    linesLabel->setBuddy(m_lines);
    m_carrier = new QLineEdit(this);
    m_carrier->setObjectName(QStringLiteral("carrierEdit"));
    m_carrier->setMaxLength(ShipmentRules::MaxCarrierLength);
    m_carrier->setPlaceholderText(tr("顺丰速运, 德邦物流, own truck …"));
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("trackingEdit"));
    m_tracking->setMaxLength(ShipmentRules::MaxTrackingLength);
    m_shipDate = new DateField(this);
    m_shipDate->setObjectName(QStringLiteral("shipDateField"));
    m_shipDate->setDate(session.today());
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("shipmentNoteEdit"));
    m_note->setMaxLength(ShipmentRules::MaxNoteLength);
    m_shipError = new FieldErrorLabel(this);
    m_shipError->setObjectName(QStringLiteral("shipError"));
    m_fill = new QPushButton(tr("Fill in &all that is left"), this);
    m_fill->setObjectName(QStringLiteral("fillAllLeftButton"));
    m_ship = new QPushButton(tr("&Ship"), this);
    m_ship->setObjectName(QStringLiteral("shipButton"));
    m_ship->setToolTip(tr("Record the shipment; the order becomes shipped when every quantity has left."));
    connect(m_fill, &QPushButton::clicked, this, &ShipmentsView::fillAllLeft);
    connect(m_ship, &QPushButton::clicked, this, &ShipmentsView::shipSelected);
    auto* form = new QFormLayout;
    form->addRow(tr("&Carrier:"), m_carrier);
    form->addRow(tr("&Tracking no. (物流单号):"), m_tracking);
    auto* dateLabel = new QLabel(tr("Ship &date:"), this);
    dateLabel->setBuddy(m_shipDate->lineEdit());
    form->addRow(dateLabel, m_shipDate);
    form->addRow(tr("Not&e:"), m_note);
    auto* shipButtons = new QHBoxLayout;
    shipButtons->addWidget(m_fill);
    shipButtons->addStretch(1);
    // Both lists of the page: the orders ready to ship and the shipments in transit, one sheet each.
    shipButtons->addWidget(new ListExportButton(m_session, this, m_banner, tr("Shipments"), [] {
        return [](Session& worker) -> Result<QList<TableSheet>> {
            ListTables tables(worker);
            auto ready = tables.readyToShip();
            if (!ready)
                return std::unexpected(ready.error());
            auto transit = tables.shipments(true);
            if (!transit)
                return std::unexpected(transit.error());
            return QList<TableSheet>{*ready, *transit};
        };
    }));
    shipButtons->addWidget(m_ship);

    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* readyBox = new QVBoxLayout;
    readyBox->addWidget(readyLabel);
    readyBox->addWidget(m_ready, 1);
    auto* shipBox = new QVBoxLayout;
    shipBox->addWidget(linesLabel);
    shipBox->addWidget(m_lines, 1);
    shipBox->addLayout(form);
    shipBox->addWidget(m_shipError);
    shipBox->addLayout(shipButtons);
    topLayout->addLayout(readyBox, 2);
    topLayout->addLayout(shipBox, 3);

    // Shipments in transit.
    m_transit =
        table({tr("Shipment"), tr("Order"), tr("Ship date"), tr("Carrier"), tr("Tracking no."), tr("Lines")},
              "inTransitTable", this);
    m_transit->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    auto* transitLabel = new QLabel(tr("I&n transit (oldest first):"), this);
    transitLabel->setBuddy(m_transit);
    connect(m_transit, &QTableWidget::itemSelectionChanged, this, &ShipmentsView::updateActions);
    m_deliveredOn = new DateField(this);
    m_deliveredOn->setObjectName(QStringLiteral("deliveredOnField"));
    m_deliveredOn->setDate(session.today());
    m_receivedBy = new QLineEdit(this);
    m_receivedBy->setObjectName(QStringLiteral("receivedByEdit"));
    m_receivedBy->setMaxLength(ShipmentRules::MaxReceivedByLength);
    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("receiptEdit"));
    m_receipt->setMaxLength(ShipmentRules::MaxReceiptLength);
    m_receipt->setPlaceholderText(tr("the scan's file name or the proof-of-delivery number"));
    m_deliveryError = new FieldErrorLabel(this);
    m_deliveryError->setObjectName(QStringLiteral("deliveryError"));
    m_deliver = new QPushButton(tr("&Record delivery"), this);
    m_deliver->setObjectName(QStringLiteral("recordDeliveryButton"));
    m_print = new QPushButton(tr("&Print delivery note (送货单)…"), this);
    m_print->setObjectName(QStringLiteral("deliveryNoteButton"));
    connect(m_deliver, &QPushButton::clicked, this, &ShipmentsView::recordDelivery);
    connect(m_print, &QPushButton::clicked, this, &ShipmentsView::printDeliveryNote);
    auto* deliveredLabel = new QLabel(tr("Delivered &on:"), this);
    deliveredLabel->setBuddy(m_deliveredOn->lineEdit());
    auto* receivedLabel = new QLabel(tr("Signed &by:"), this);
    receivedLabel->setBuddy(m_receivedBy);
    auto* receiptLabel = new QLabel(tr("Rece&ipt:"), this);
    receiptLabel->setBuddy(m_receipt);
    auto* deliveryRow = new QHBoxLayout;
    deliveryRow->addWidget(deliveredLabel);
    deliveryRow->addWidget(m_deliveredOn);
    deliveryRow->addWidget(receivedLabel);
    deliveryRow->addWidget(m_receivedBy, 1);
    deliveryRow->addWidget(receiptLabel);
    deliveryRow->addWidget(m_receipt, 2);
    deliveryRow->addWidget(m_deliver);
    deliveryRow->addWidget(m_print);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(transitLabel);
    lowerLayout->addWidget(m_transit, 1);
    lowerLayout->addLayout(deliveryRow);
    lowerLayout->addWidget(m_deliveryError);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(lower);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_ready, m_lines);
    setTabOrder(m_lines, m_carrier);
    setTabOrder(m_carrier, m_tracking);
    setTabOrder(m_tracking, m_shipDate->lineEdit());
    setTabOrder(m_shipDate->lineEdit(), m_note);
    setTabOrder(m_note, m_fill);
    setTabOrder(m_fill, m_ship);
    setTabOrder(m_ship, m_transit);
    reload();
}

void ShipmentsView::showEvent(QShowEvent* event)
{
    WorkflowPage::showEvent(event);
    if (!m_splitSet && m_splitter->height() > 0) {
        m_splitSet = true;
        const int h = m_splitter->height();
        m_splitter->setSizes({h * 3 / 5, h - h * 3 / 5});
    }
}

void ShipmentsView::reload()
{
    reloadReady();
    reloadTransit();
    Q_EMIT statusTextChanged();
    Q_EMIT pendingCountChanged();
}

void ShipmentsView::reloadReady()
{
    const qint64 selected = currentOrderId();
    m_ready->blockSignals(true);
    m_ready->setRowCount(0);
    auto ready = ShipmentService(m_session).readyToShip(ReadyLimit);
    if (!ready) {
        m_readyRows.clear();
        m_ready->blockSignals(false);
        showError(ready.error());
        showLines();
        return;
    }
    m_readyRows = *ready;
    m_ready->setRowCount(int(m_readyRows.size()));
    int reselect = -1;
    for (int row = 0; row < m_readyRows.size(); ++row) {
        const ReadyOrder& o = m_readyRows.at(row);
        if (o.orderId == selected)
            reselect = row;
        m_ready->setItem(row, 0, new QTableWidgetItem(o.orderNo));
        m_ready->setItem(row, 1, new QTableWidgetItem(o.customerName));
        auto* promised = new QTableWidgetItem(Formatting::date(o.promisedDate));
        if (o.promisedDate.isValid() && o.promisedDate < m_session.today())
            promised->setForeground(Qt::red);
        m_ready->setItem(row, 2, promised);
        QString before = o.shipments > 0 ? tr("%n shipment(s)", nullptr, o.shipments) : QString();
        if (o.finishedLinesOnly)
            before = before.isEmpty() ? tr("in production: finished lines only")
                                      : tr("%1; in production: finished lines only").arg(before);
        m_ready->setItem(row, 3, new QTableWidgetItem(before));
    }
    m_ready->resizeColumnToContents(0);
    m_ready->resizeColumnToContents(2);
    m_ready->resizeColumnToContents(3);
    m_ready->blockSignals(false);
    if (reselect >= 0)
        m_ready->selectRow(reselect);
    else if (!m_readyRows.isEmpty())
        m_ready->selectRow(0);
    showLines();
}

void ShipmentsView::reloadTransit()
{
    const QString selected = currentShipmentNo();
    m_transit->setRowCount(0);
    auto transit = ShipmentService(m_session).inTransit(TransitLimit);
    if (!transit) {
        m_transitRows.clear();
        showError(transit.error());
        updateActions();
        return;
    }
    m_transitRows = *transit;
    m_transit->setRowCount(int(m_transitRows.size()));
    int reselect = -1;
    for (int row = 0; row < m_transitRows.size(); ++row) {
        const Shipment& s = m_transitRows.at(row);
        if (s.shipmentNo == selected)
            reselect = row;
        m_transit->setItem(row, 0, new QTableWidgetItem(s.shipmentNo));
        m_transit->setItem(row, 1, new QTableWidgetItem(s.orderNo));
        m_transit->setItem(row, 2, new QTableWidgetItem(Formatting::date(s.shipDate)));
        m_transit->setItem(row, 3, new QTableWidgetItem(s.carrier));
        m_transit->setItem(row, 4, new QTableWidgetItem(s.trackingNo));
        m_transit->setItem(row, 5, new QTableWidgetItem(linesText(s.lines)));
    }
    for (int c = 0; c < 5; ++c)
        m_transit->resizeColumnToContents(c);
    if (reselect >= 0)
        m_transit->selectRow(reselect);
    updateActions();
}

qint64 ShipmentsView::currentOrderId() const
{
    const int row = m_ready->currentRow();
    if (row < 0 || row >= m_readyRows.size() || m_ready->selectedItems().isEmpty())
        return 0;
    return m_readyRows.at(row).orderId;
}

QString ShipmentsView::currentShipmentNo() const
{
    const int row = m_transit->currentRow();
    if (row < 0 || row >= m_transitRows.size() || m_transit->selectedItems().isEmpty())
        return {};
    return m_transitRows.at(row).shipmentNo;
}

void ShipmentsView::showLines()
{
    m_lines->setRowCount(0);
    m_lineRows.clear();
    m_leavingNow.clear();
    m_shipError->clearMessage();
    const qint64 orderId = currentOrderId();
    const int readyRow = m_ready->currentRow();
    m_finishedOnly = orderId != 0 && m_readyRows.at(readyRow).finishedLinesOnly;
    if (orderId != 0) {
        if (auto now = ShipmentService(m_session).leavingNow(orderId))
            m_leavingNow = *now;
        else
            showError(now.error());
        auto lines = ShipmentService(m_session).shippableLines(orderId);
        if (!lines) {
            showError(lines.error());
        } else {
            m_lineRows = *lines;
            m_lines->setRowCount(int(m_lineRows.size()));
            for (int row = 0; row < m_lineRows.size(); ++row) {
                const ShippableLine& l = m_lineRows.at(row);
                m_lines->setItem(row, LineNoColumn, readOnly(QString::number(l.lineNo)));
                m_lines->setItem(row, DescriptionColumn, readOnly(l.description));
                m_lines->setItem(row, UnitColumn, readOnly(l.unit));
                m_lines->setItem(row, OrderedColumn, readOnly(Formatting::quantity(l.ordered), true));
                m_lines->setItem(row, ShippedColumn, readOnly(Formatting::quantity(l.shipped), true));
                m_lines->setItem(row, LeftColumn, readOnly(Formatting::quantity(l.remaining()), true));
                // An order in production: what production finished is filled in, and only that leaves.
                const Quantity now = m_leavingNow.value(l.lineNo);
                auto* toShip = new QTableWidgetItem(m_finishedOnly && now.isPositive() ? now.toDecimalString()
                                                                                       : QString());
                toShip->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (!l.remaining().isPositive() || (m_finishedOnly && !now.isPositive()))
                    toShip->setFlags(toShip->flags() & ~Qt::ItemIsEditable);
                m_lines->setItem(row, ToShipColumn, toShip);
            }
            for (int c : {LineNoColumn, UnitColumn, OrderedColumn, ShippedColumn, LeftColumn, ToShipColumn})
                m_lines->resizeColumnToContents(c);
            m_lines->setCurrentCell(0, ToShipColumn);
        }
    }
    updateActions();
}

void ShipmentsView::updateActions()
{
    const bool haveOrder = currentOrderId() != 0 && !m_lineRows.isEmpty();
    m_ship->setEnabled(haveOrder);
    m_fill->setEnabled(haveOrder);
    const bool haveShipment = !currentShipmentNo().isEmpty();
    m_deliver->setEnabled(haveShipment);
    m_print->setEnabled(haveShipment);
}

void ShipmentsView::fillAllLeft()
{
    for (int row = 0; row < m_lineRows.size(); ++row)
        if (QTableWidgetItem* item = m_lines->item(row, ToShipColumn)) {
            const Quantity left = m_finishedOnly ? m_leavingNow.value(m_lineRows.at(row).lineNo)
                                                 : m_lineRows.at(row).remaining();
            item->setText(left.isPositive() ? left.toDecimalString() : QString());
        }
}

bool ShipmentsView::shipSelected()
{
    m_shipError->clearMessage();
    m_banner->dismiss();
    const qint64 orderId = currentOrderId();
    if (orderId == 0)
        return false;
    Shipment draft;
    draft.orderId = orderId;
    draft.carrier = m_carrier->text();
    draft.trackingNo = m_tracking->text();
    draft.note = m_note->text();
    if (!m_shipDate->isValidInput()) {
        m_shipError->showError(tr("The ship date is not a date."));
        m_shipDate->lineEdit()->setFocus();
        return false;
    }
    draft.shipDate = m_shipDate->date();
    for (int row = 0; row < m_lineRows.size(); ++row) {
        const QString text =
            m_lines->item(row, ToShipColumn) ? m_lines->item(row, ToShipColumn)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        const auto quantity = Quantity::parse(QString(text).remove(u','));
        if (!quantity) {
            m_shipError->showError(
                tr("Line %1: \"%2\" is not a quantity.").arg(m_lineRows.at(row).lineNo).arg(text));
            m_lines->setCurrentCell(row, ToShipColumn);
            m_lines->setFocus();
            return false;
        }
        draft.lines << ShipmentLine{m_lineRows.at(row).lineNo, *quantity};
    }
    auto shipped = ShipmentService(m_session).ship(draft);
    if (!shipped) {
        const Error& e = shipped.error();
        m_shipError->showError(e.message);
        if (e.field == QLatin1String("carrier"))
            m_carrier->setFocus();
        else if (e.field == QLatin1String("tracking_no"))
            m_tracking->setFocus();
        else if (e.field == QLatin1String("ship_date"))
            m_shipDate->lineEdit()->setFocus();
        else if (e.field == QLatin1String("lines"))
            m_lines->setFocus();
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Shipment %1 of order %2 recorded: %3.")
                              .arg(shipped->shipmentNo, shipped->orderNo, linesText(shipped->lines)));
    m_tracking->clear();
    m_note->clear();
    reload();
    Q_EMIT dataChanged();
    return true;
}

bool ShipmentsView::recordDelivery()
{
    m_deliveryError->clearMessage();
    m_banner->dismiss();
    const QString shipmentNo = currentShipmentNo();
    if (shipmentNo.isEmpty())
        return false;
    if (!m_deliveredOn->isValidInput()) {
        m_deliveryError->showError(tr("The delivery date is not a date."));
        m_deliveredOn->lineEdit()->setFocus();
        return false;
    }
    auto delivered = ShipmentService(m_session).deliver(
        shipmentNo, DeliveryReceipt{m_deliveredOn->date(), m_receivedBy->text(), m_receipt->text()});
    if (!delivered) {
        const Error& e = delivered.error();
        m_deliveryError->showError(e.message);
        if (e.field == QLatin1String("received_by"))
            m_receivedBy->setFocus();
        else if (e.field == QLatin1String("receipt"))
            m_receipt->setFocus();
        else if (e.field == QLatin1String("delivered_on"))
            m_deliveredOn->lineEdit()->setFocus();
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Shipment %1 of order %2 delivered on %3.")
                                                         .arg(delivered->shipmentNo, delivered->orderNo,
                                                              Formatting::date(delivered->deliveredOn)));
    m_receivedBy->clear();
    m_receipt->clear();
    reload();
    Q_EMIT dataChanged();
    return true;
}

bool ShipmentsView::printDeliveryNote()
{
    const QString shipmentNo = currentShipmentNo();
    if (shipmentNo.isEmpty())
        return false;
    const QString path = m_askSavePath(this, ExportFolder::suggest(shipmentNo + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return false;
    ExportFolder::remember(path);
    return printDeliveryNoteTo(path);
}

bool ShipmentsView::printDeliveryNoteTo(const QString& path)
{
    const QString shipmentNo = currentShipmentNo();
    if (shipmentNo.isEmpty())
        return false;
    auto source = ShipmentService(m_session).deliveryNote(shipmentNo);
    if (!source) {
        showError(source.error());
        return false;
    }
    const DeliveryNoteDocument document(*source);
    auto written =
        OutputFileService(m_session).write(path, [&](QIODevice& file) { return document.writePdf(file); });
    if (!written) {
        showError(written.error());
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ShipmentsView::showError(const Error& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}

void ShipmentsView::focusSearch()
{
    m_ready->setFocus();
}

QString ShipmentsView::statusText() const
{
    return tr("%n order(s) ready to ship, %1 in transit", nullptr, int(m_readyRows.size()))
        .arg(m_transitRows.size());
}

bool ShipmentsView::openRecord(qint64 orderId)
{
    for (int row = 0; row < m_readyRows.size(); ++row)
        if (m_readyRows.at(row).orderId == orderId) {
            m_ready->selectRow(row);
            m_ready->scrollToItem(m_ready->item(row, 0));
            m_lines->setFocus();
            return true;
        }
    return false;
}

int ShipmentsView::pendingCount() const
{
    return int(m_readyRows.size());
}

} // namespace od
