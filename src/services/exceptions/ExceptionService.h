#pragma once

#include "OrderException.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>

namespace od {

class OrderChange;

// Exceptions on orders (异常): anyone who may see an order raises one, naming its kind, severity,
// owner and due date; the owner (or a manager) records the response plan, hands it over and
// closes it with a resolution and its cost; anyone who sees the order logs what the customer was
// told. Each step is one change of the order: its timeline entry and audit record in the same
// transaction. A salesperson sees the exceptions on their own orders and those they own.
class ExceptionService
{
    Q_DECLARE_TR_FUNCTIONS(ExceptionService)

public:
    explicit ExceptionService(Session& session) : m_session(session) {}

    // Raises `draft` on draft.orderId (owner 0 = the user); returns it as stored, with its number.
    Result<OrderException> raise(OrderException draft);
    Status setPlan(qint64 exceptionId, const QString& plan);
    Status handOver(qint64 exceptionId, qint64 ownerId);
    Status logContact(ExceptionContact contact);
    Status resolve(qint64 exceptionId, const QString& resolution, Money cost);

    Result<QList<OrderException>> list(const ExceptionFilter& filter, int limit = 5000);
    Result<OrderException> exception(qint64 exceptionId);
    Result<OrderException> byNumber(const QString& exceptionNo);
    Result<QList<ExceptionContact>> contacts(qint64 exceptionId);
    // Who can own an exception: every active user.
    Result<QList<User>> possibleOwners();

    // Whether the user may plan, hand over and close this exception (its owner, or a manager).
    bool mayManage(const OrderException& exception) const;

private:
    // The exception, refused as missing when the user may not see it.
    Result<OrderException> visible(qint64 exceptionId);
    Result<User> activeUser(qint64 userId);
    // Opens the change of the exception's order, checking the exception is open and, when
    // `manage`, that the user may manage it.
    Result<std::unique_ptr<OrderChange>> begin(const OrderException& exception, bool manage);

    Session& m_session;
};

} // namespace od
