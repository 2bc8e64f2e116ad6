#pragma once

#include "ChangeStatus.h"
#include "ContactChannel.h"
#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// A line's new quantity as the customer asked for it.
struct ChangeQuantity
{
    int lineNo = 0;
    Quantity quantity;
};

// A line's new unit price as agreed with the customer.
struct ChangePrice
{
    int lineNo = 0;
    UnitPrice unitPrice;
};

// A line's new specification in the customer's words (another flange standard, another material).
struct ChangeSpec
{
    int lineNo = 0;
    QString description;
};

// A line the customer wants added: a product of the catalogue at its list price.
struct ChangeAddedLine
{
    qint64 productId = 0;
    QString sku;
    QString productName; // display only
    QString unit;        // display only
    Quantity quantity;
    UnitPrice unitPrice;
};

// A customer's change to an order that is confirmed or later (变更): what was asked, by whom and
// why, the order's revision and version it was asked against (an approval of an order that has
// changed since is refused), and the decision. Nothing of it touches the order until a manager
// approves it.
struct ChangeRequest
{
    qint64 id = 0;
    QString changeNo; // CHG-2026-000012
    qint64 orderId = 0;
    int baseRevision = 0;
    int baseVersion = 0;
    ChangeStatus status = ChangeStatus::WaitingApproval;
    qint64 requestedById = 0;
    QDateTime requestedAt;
    QString contact; // who on the customer's side asked
    ContactChannel channel = ContactChannel::Phone;
    QString reason;

    // What the customer asked.
    QList<ChangeQuantity> quantities;
    QList<ChangePrice> prices;
    QList<ChangeSpec> specs;
    QList<ChangeAddedLine> addedLines;
    QList<int> removedLines;
    QDate requestedDate;            // null: unchanged
    std::optional<QString> address; // the new delivery address
    bool cancel = false;
    Money cancelCharge; // agreed with the customer when production has started

    // The production already done that the change scraps or reworks, entered by the planner.
    Money scrapCost;
    QString scrapNote;

    // The decision.
    qint64 decidedById = 0;
    QDateTime decidedAt;
    QString decisionNote;
    int newRevision = 0; // the revision the approval made (0: none)

    // The impact as computed when it was asked, shown in lists.
    Money oldTotal;
    Money newTotal;
    QDate oldEarliest;
    QDate newEarliest;
    int ordersPushed = 0;
    bool overCreditLimit = false;

    // Display only, filled when read.
    QString orderNo;
    qint64 customerId = 0;
    QString customerName;
    qint64 salespersonId = 0;
    QString salespersonName;
    QString requestedByName;
    QString decidedByName;
    QString currency = QStringLiteral("CNY");

    bool isOpen() const { return ChangeStatusInfo::isOpen(status); }
    bool changesContent() const
    {
        return !quantities.isEmpty() || !prices.isEmpty() || !specs.isEmpty() || !addedLines.isEmpty() ||
               !removedLines.isEmpty() || requestedDate.isValid() || address.has_value();
    }
    Money difference() const { return newTotal - oldTotal; }
    // Whole days since it was asked, on `today`.
    qint64 ageDays(const QDate& today) const { return requestedAt.toLocalTime().date().daysTo(today); }
};

// Which change requests a list shows.
struct ChangeRequestFilter
{
    std::optional<ChangeStatus> status;
    qint64 orderId = 0;
    qint64 customerId = 0;
    qint64 salespersonId = 0; // the order's salesperson
    qint64 requestedById = 0;
};

} // namespace od
