#pragma once

#include "ContactChannel.h"
#include "ExceptionKind.h"
#include "ExceptionSeverity.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace od {

// Something that went wrong with an order (异常): raised by anyone who sees the order, owned by
// one person who records the response plan, talked over with the customer, and closed only with
// a resolution and what it cost.
struct OrderException
{
    qint64 id = 0;
    QString exceptionNo; // EXC-2026-000012
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    ExceptionKind kind = ExceptionKind::Quality;
    ExceptionSeverity severity = ExceptionSeverity::Medium;
    QString description;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 raisedById = 0;
    QString raisedByName;
    QDateTime raisedAt;
    QDate dueDate; // null: none
    QString responsePlan;
    // Closed when resolvedAt is set.
    QString resolution;
    Money cost;
    QDateTime resolvedAt;
    qint64 resolvedById = 0;
    QString resolvedByName;
    int contacts = 0; // how many contacts with the customer are logged

    bool isOpen() const { return !resolvedAt.isValid(); }
    // Open and past its due date on `today`.
    bool isOverdue(const QDate& today) const { return isOpen() && dueDate.isValid() && dueDate < today; }
};

// One contact with the customer about an exception: who told whom what, when, by which channel.
struct ExceptionContact
{
    qint64 id = 0;
    qint64 exceptionId = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    QString customerContact; // whom on the customer's side
    ContactChannel channel = ContactChannel::Phone;
    QString text;
};

// Which exceptions a list shows.
struct ExceptionFilter
{
    bool openOnly = true;
    qint64 orderId = 0; // 0 = any order
    qint64 ownerId = 0; // 0 = anyone's
    std::optional<ExceptionKind> kind;
    std::optional<ExceptionSeverity> severity;
    // The soonest due first (those without a due day last) instead of the oldest raised first: what
    // a limited list of someone's work keeps.
    bool soonestDueFirst = false;
};

} // namespace od
