#pragma once

#include "AuditEntry.h"
#include "Database.h"
#include "Order.h"
#include "OrderEvent.h"
#include "OrderRepository.h"
#include "Session.h"
#include "SettlementStatus.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace od {

// The one path every change to an order takes, so that each new kind of change (a plan, a
// shipment, an invoice, a change request) is whole by construction: one transaction; the order
// loaded inside it, refused when someone saved it since the version the user saw (who may make
// the change is each service's own check); the change; its timeline event and audit record; the search-index
// row with the content; the commit; one log line per action. A change dropped without commit() leaves nothing
// behind.
//
// A settlement state that a finance document moves: the order's state before and after.
struct SettlementMove
{
    qint64 orderId = 0;
    QString orderNo;
    int revision = 0;
    SettlementStatus from = SettlementStatus::Unbilled;
    SettlementStatus to = SettlementStatus::Unbilled;
};

// Services use it inside the core (it works on the repositories); front ends never see it.
class OrderChange
{
    Q_DECLARE_TR_FUNCTIONS(OrderChange)

public:
    ~OrderChange();
    OrderChange(const OrderChange&) = delete;
    OrderChange& operator=(const OrderChange&) = delete;

    // A change to an existing order. `expectedVersion` is the version the user saw (0: none):
    // a save by someone else since then is a Conflict naming who and when.
    static Result<std::unique_ptr<OrderChange>> open(Session& session, qint64 orderId,
                                                     int expectedVersion = 0);
    // A new order, entered with insert().
    static Result<std::unique_ptr<OrderChange>> begin(Session& session);

    Session& session() const { return m_session; }
    Database& db() const { return m_session.db(); }
    OrderRepository& orders() { return m_orders; }
    bool isNew() const { return m_before.id == 0; }
    // The order as stored when the change began (empty for a new order).
    const Order& before() const { return m_before; }
    // The order as it will be stored.
    Order& order() { return m_order; }

    // The records the lifecycle's guards look at, as they are now inside this transaction.
    Result<OrderFacts> facts();

    // Stores a new order: header, lines and search row; it gets its id and version 1.
    Status insert(const Order& order);
    // Stores header and lines (and the search row) of order(), bumping its version.
    Status saveContent();
    // Stores status and held-from of order(), bumping its version.
    Status saveStatus();
    // Stores the promised date of order(), bumping its version.
    Status savePromisedDate();
    // Moves order() to `to`, refused with the lifecycle's sentence when the machine or a guard
    // says no, and stores the status.
    Status moveTo(OrderStatus to);

    // Records one action on the order: its timeline event (order, user and revision are filled
    // in) and its audit entry, as the session's user.
    Status record(OrderEvent event, const QString& action, const QList<FieldChange>& changes);

    // Commits and writes one log line per recorded action.
    Status commit();

    // Settlement states moved by a finance document, inside the document's own transaction (an
    // invoice, a payment, a whole import of payments), which is the change's transaction: for
    // each order its new state, its timeline event and its audit record, as the session's user.
    // `cause` and `document` say what moved them (OrderEventText::settlementChanged). The
    // order's version is not bumped: no order form writes the settlement state, so there is
    // nothing for it to conflict with.
    static Status moveSettlement(Session& session, const QList<SettlementMove>& moves, const QString& cause,
                                 const QString& document);

private:
    explicit OrderChange(Session& session);

    Session& m_session;
    OrderRepository m_orders;
    Transaction m_tx;
    Order m_before;
    Order m_order;
    QStringList m_actions;
};

} // namespace od
