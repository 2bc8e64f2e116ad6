#include "RiskReason.h"

#include "KeyedEnum.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace od {

namespace {

constexpr EnumRow<RiskReasonKind> kKinds[] = {
    {RiskReasonKind::PastPromise, "past_promise", ""},
    {RiskReasonKind::ForecastAfterPromise, "forecast_after_promise", ""},
    {RiskReasonKind::StepOverdue, "step_overdue", ""},
    {RiskReasonKind::DueSoonNotReady, "due_soon_not_ready", ""},
    {RiskReasonKind::ConfirmationPending, "confirmation_pending", ""},
    {RiskReasonKind::NotShippedByShipBy, "not_shipped_by_ship_by", ""},
    {RiskReasonKind::HighSeverityException, "high_severity_exception", ""},
    {RiskReasonKind::InTransitTooLong, "in_transit_too_long", ""},
};

constexpr EnumRow<RiskAction> kActions[] = {
    {RiskAction::CallCustomer, "call_customer", ""},
    {RiskAction::AddOvertime, "add_overtime", ""},
    {RiskAction::SplitShipment, "split_shipment", ""},
    {RiskAction::ChaseConfirmation, "chase_confirmation", ""},
    {RiskAction::ShipNow, "ship_now", ""},
    {RiskAction::ChaseStep, "chase_step", ""},
    {RiskAction::TrackShipment, "track_shipment", ""},
};

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString RiskReason::kindKey(RiskReasonKind kind)
{
    return enumKey(kKinds, kind);
}

std::optional<RiskReasonKind> RiskReason::kindFromKey(QStringView key)
{
    return enumFromKey(kKinds, key);
}

QString RiskReason::actionKey(RiskAction action)
{
    return enumKey(kActions, action);
}

std::optional<RiskAction> RiskReason::actionFromKey(QStringView key)
{
    return enumFromKey(kActions, key);
}

QString RiskReason::text() const
{
    const QString step =
        lineNo > 0 ? tr("step %1 of line %2").arg(stepName).arg(lineNo) : tr("step %1").arg(stepName);
    const QString where = workCentre.isEmpty() ? step : tr("%1 on work centre %2").arg(step, workCentre);
    switch (kind) {
    case RiskReasonKind::PastPromise:
        return tr("Due on %1 and not shipped: %n day(s) late.", nullptr, days).arg(isoDate(date));
    case RiskReasonKind::ForecastAfterPromise:
        return tr("The remaining steps finish on %1, %n day(s) after the due date; the delay comes from "
                  "%2.",
                  nullptr, days)
            .arg(isoDate(date), where);
    case RiskReasonKind::StepOverdue:
        return tr("%1 should have finished on %2: %n day(s) overdue.", nullptr, days)
            .arg(where, isoDate(date));
    case RiskReasonKind::DueSoonNotReady:
        return tr("Due on %1, in %n day(s), with no plan and not ready to ship.", nullptr, days)
            .arg(isoDate(date));
    case RiskReasonKind::ConfirmationPending:
        return tr("Sent to the customer on %1 and not confirmed for %n day(s).", nullptr, days)
            .arg(isoDate(date));
    case RiskReasonKind::NotShippedByShipBy:
        return tr("Ready but not shipped: it had to leave by %1, %n day(s) ago.", nullptr, days)
            .arg(isoDate(date));
    case RiskReasonKind::HighSeverityException:
        return tr("Exception %1 of high severity is open since %2.").arg(exceptionNo, isoDate(date));
    case RiskReasonKind::InTransitTooLong:
        return tr("Shipped on %1 and not signed for after %n day(s).", nullptr, days).arg(isoDate(date));
    }
    return {};
}

QString RiskReason::actionText() const
{
    switch (action) {
    case RiskAction::CallCustomer:
        return tr("Call the customer");
    case RiskAction::AddOvertime:
        return tr("Add overtime on work centre %1").arg(workCentre);
    case RiskAction::SplitShipment:
        return tr("Split the shipment: ship the finished lines now");
    case RiskAction::ChaseConfirmation:
        return tr("Chase the customer's confirmation");
    case RiskAction::ShipNow:
        return tr("Arrange the shipment today");
    case RiskAction::ChaseStep:
        return tr("Chase %1 with its owner").arg(stepName);
    case RiskAction::TrackShipment:
        return tr("Ask the carrier where the goods are and tell the customer");
    }
    return {};
}

QJsonObject RiskReason::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("action"), actionKey(action)},
                  {QStringLiteral("days"), days}};
    if (date.isValid())
        o.insert(QStringLiteral("date"), isoDate(date));
    if (lineNo > 0)
        o.insert(QStringLiteral("line"), lineNo);
    if (!stepName.isEmpty())
        o.insert(QStringLiteral("step"), stepName);
    if (!workCentre.isEmpty())
        o.insert(QStringLiteral("work_centre"), workCentre);
    if (!exceptionNo.isEmpty())
        o.insert(QStringLiteral("exception_no"), exceptionNo);
    return o;
}

std::optional<RiskReason> RiskReason::fromJson(const QJsonObject& o)
{
    const auto kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
    const auto action = actionFromKey(o.value(QStringLiteral("action")).toString());
    if (!kind || !action)
        return std::nullopt;
    RiskReason r;
    r.kind = *kind;
    r.action = *action;
    r.days = o.value(QStringLiteral("days")).toInt();
    r.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    r.lineNo = o.value(QStringLiteral("line")).toInt();
    r.stepName = o.value(QStringLiteral("step")).toString();
    r.workCentre = o.value(QStringLiteral("work_centre")).toString();
    r.exceptionNo = o.value(QStringLiteral("exception_no")).toString();
    return r;
}

QString RiskReason::listToText(const QList<RiskReason>& reasons)
{
    QJsonArray array;
    for (const RiskReason& r : reasons)
        array.append(r.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RiskReason> RiskReason::listFromText(const QString& text)
{
    QList<RiskReason> out;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return out;
    for (const QJsonValue& v : doc.array())
        if (auto r = fromJson(v.toObject()))
            out << *r;
    return out;
}

} // namespace od
