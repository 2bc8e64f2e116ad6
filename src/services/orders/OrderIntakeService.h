#pragma once

#include "Order.h"
#include "OrderValidator.h"
#include "Session.h"
#include "ValidationReport.h"

#include <QCoreApplication>

namespace od {

class OrderChange;

// Step 1 of the design: entering an order, checking it, and sending it for confirmation.
// Errors in the report block saving; warnings block it too unless the caller says
// "save anyway" (acceptWarnings). Every save is one transaction with its timeline event and
// search-index row; a failure anywhere leaves nothing behind.
class OrderIntakeService
{
    Q_DECLARE_TR_FUNCTIONS(OrderIntakeService)

public:
    explicit OrderIntakeService(Session& session) : m_session(session) {}

    struct SaveOutcome
    {
        bool saved = false;       // false: look at report (errors, or warnings not accepted)
        ValidationReport report;  // what was found, also when saved with warnings
        bool newRevision = false; // the save started a new revision of a sent order
    };

    // A blank order for the current user: today's date, tax rate from settings, no lines.
    Order newDraft();
    Result<Order> load(qint64 orderId);
    Result<Order> loadByNumber(const QString& orderNo);

    // Fills amounts and totals and checks the order against the rules, without saving.
    Result<ValidationReport> validate(Order& order);

    // Saves a new or existing editable order as a draft. On success `order` has its id, number,
    // version and totals. An order already sent to the customer gets a new revision (the old one
    // is kept) and goes back to draft.
    Result<SaveOutcome> saveDraft(Order& order, bool acceptWarnings);

    // Saves (as above) and moves the order to awaiting_confirmation; the revision counts as sent.
    Result<SaveOutcome> submitForConfirmation(Order& order, bool acceptWarnings);

private:
    // The named steps every save is made of, inside one OrderChange.
    Result<SaveOutcome> save(Order& order, bool acceptWarnings, bool submit);
    // A new order: numbered, stored as a draft at revision 1.
    Status enter(OrderChange& change, Order order);
    // An editable order's new content; a sent revision is revised instead. True when revised.
    Result<bool> applyEdit(OrderChange& change, Order edited, bool submitting);

public:
    // A new revision of the order with `revised` as its content: the current revision is kept
    // as it was, the order goes back to draft to be confirmed again, and `reason` (when given)
    // is on its timeline. Made by editing a sent order here, and by an approved change request.
    Status revise(OrderChange& change, Order revised, const QString& reason = {});
    // Sends the current revision to the customer: awaiting confirmation, counted as sent.
    Status sendForConfirmation(OrderChange& change);

private:
    // What the company has seen before, for the warning about figures far beyond it.
    Status loadLargestFigures(const Order& order, const QList<qint64>& productIds,
                              OrderValidationContext& context);
    Session& m_session;
};

} // namespace od
