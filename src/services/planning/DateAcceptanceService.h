#pragma once

#include "ContactChannel.h"
#include "DateAcceptance.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// What the salesperson records when the customer accepts the later date.
struct DateAcceptanceRequest
{
    QString contactName; // who accepted on the customer's side
    ContactChannel channel = ContactChannel::Phone;
    QDateTime acceptedAt; // null = now
    QString note;
};

// Whether an order's promise needs the customer's acceptance, and the acceptance covering it.
struct DateAcceptanceState
{
    QDate requestedDate;
    QDate promisedDate;
    bool needed = false; // promised later than requested
    std::optional<DateAcceptance> acceptance;

    // Production may not start: the promise is later than asked and nobody recorded that the
    // customer accepted it.
    bool blocksProduction() const { return needed && !acceptance; }
    int daysLater() const { return needed ? int(requestedDate.daysTo(promisedDate)) : 0; }
};

// The customer's acceptance of a delivery date later than they asked for (客户接受新交期). When a
// committed plan promises a date past the requested one, the order's salesperson (or anyone who
// may record confirmations on it) records who accepted it, when and how; until then production
// cannot start (ProgressService refuses the first report). Recording is one change of the order
// with its timeline event and audit record.
class DateAcceptanceService
{
    Q_DECLARE_TR_FUNCTIONS(DateAcceptanceService)

public:
    explicit DateAcceptanceService(Session& session) : m_session(session) {}

    Result<DateAcceptanceState> state(qint64 orderId);
    Result<DateAcceptance> record(qint64 orderId, const DateAcceptanceRequest& request);
    // The order's acceptances, the latest first.
    Result<QList<DateAcceptance>> history(qint64 orderId);

    // The error ProgressService gives while the acceptance is missing.
    static Error missingError(const QString& orderNo, const QDate& requested, const QDate& promised);

private:
    Session& m_session;
};

} // namespace od
