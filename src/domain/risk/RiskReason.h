#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Why an order is at risk or late.
enum class RiskReasonKind
{
    PastPromise,           // the due date has passed and the goods have not left
    ForecastAfterPromise,  // the remaining steps finish after the due date
    StepOverdue,           // an unfinished step should have finished already
    DueSoonNotReady,       // no plan, due within the margin, not ready to ship
    ConfirmationPending,   // sent to the customer and not confirmed for too long
    NotShippedByShipBy,    // ready to ship, but the day it had to leave has passed
    HighSeverityException, // an open exception of high severity
    InTransitTooLong       // shipped and not signed for within the transit days
};

// What to do about it next.
enum class RiskAction
{
    CallCustomer,
    AddOvertime,   // on the reason's work centre
    SplitShipment, // ship the lines that are done, the rest later
    ChaseConfirmation,
    ShipNow,
    ChaseStep,    // a step without a work centre (a purchase, a lead time): ask its owner
    TrackShipment // ask the carrier where the goods are, and tell the customer
};

// One reason with its facts: which step of which line, on which work centre, how many days,
// from which date, which exception; and the suggested next action.
struct RiskReason
{
    Q_DECLARE_TR_FUNCTIONS(RiskReason)

public:
    RiskReasonKind kind = RiskReasonKind::PastPromise;
    RiskAction action = RiskAction::CallCustomer;
    int days = 0;
    QDate date; // the due, forecast, planned finish, sent or ship-by date the days count from
    int lineNo = 0;
    QString stepName;
    QString workCentre; // code; empty for none
    QString exceptionNo;

    bool operator==(const RiskReason&) const = default;

    // One sentence for people: "Step 焊接 on line 1 (WELD) should have finished on 2026-12-01: 3 days
    // overdue."
    QString text() const;
    QString actionText() const;

    static QString kindKey(RiskReasonKind kind);
    static std::optional<RiskReasonKind> kindFromKey(QStringView key);
    static QString actionKey(RiskAction action);
    static std::optional<RiskAction> actionFromKey(QStringView key);

    // The stored form: the keys and the facts that are set, nothing else.
    QJsonObject toJson() const;
    static std::optional<RiskReason> fromJson(const QJsonObject& object);
    // A list of reasons as compact JSON text and back; text that is not such a list gives none.
    static QString listToText(const QList<RiskReason>& reasons);
    static QList<RiskReason> listFromText(const QString& text);
};

} // namespace od
