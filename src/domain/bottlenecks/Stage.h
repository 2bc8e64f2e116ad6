#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace od {

// A stage of an order's way from submission to payment, as the bottleneck analysis measures it
// (migration 024 writes one span each time an order leaves one). Queue and work are per work centre.
enum class StageKind
{
    Confirmation,   // submitted → the customer confirmed
    Planning,       // confirmed → planned
    Queue,          // the line's previous step finished → this step started at the work centre
    Work,           // the step started → it finished at the work centre
    Shipping,       // ready to ship → the first shipment
    Transit,        // shipped → delivered
    Payment,        // the first invoice → paid
    Reconfirmation, // a confirmation → the order's next one (not part of the lead time)
};

struct Stage
{
    StageKind kind = StageKind::Confirmation;
    qint64 workCentreId = 0; // queue and work only

    // The stored key: "confirmation", "queue:3", …
    QString key() const;
    static std::optional<Stage> fromKey(const QString& key);

    // Whether the stage is part of an order's lead time (every one but re-confirmation).
    bool inLeadTime() const { return kind != StageKind::Reconfirmation; }
    // Whether the order waits for a hand-over between people or centres (not for the customer
    // and not on the road): waiting to be planned, queueing at a centre, waiting to ship.
    bool isHandOff() const
    {
        return kind == StageKind::Planning || kind == StageKind::Queue || kind == StageKind::Shipping;
    }
    // Position in the order's way, for listing stages in the order an order meets them.
    int sequence() const;

    bool operator==(const Stage&) const = default;
};

// The stage's name for the reader; queue and work name their work centre.
class StageText
{
    Q_DECLARE_TR_FUNCTIONS(StageText)

public:
    static QString name(const Stage& stage, const QString& workCentreName = QString());
};

} // namespace od
