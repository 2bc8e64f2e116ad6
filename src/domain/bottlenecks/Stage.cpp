#include "Stage.h"

namespace od {

namespace {

struct KindKey
{
    StageKind kind;
    const char* key;
};

constexpr KindKey kKeys[] = {
    {StageKind::Confirmation, "confirmation"},
    {StageKind::Planning, "planning"},
    {StageKind::Queue, "queue"},
    {StageKind::Work, "work"},
    {StageKind::Shipping, "shipping"},
    {StageKind::Transit, "transit"},
    {StageKind::Payment, "payment"},
    {StageKind::Reconfirmation, "reconfirmation"},
};

bool perCentre(StageKind kind)
{
    return kind == StageKind::Queue || kind == StageKind::Work;
}

} // namespace

QString Stage::key() const
{
    for (const KindKey& k : kKeys)
        if (k.kind == kind)
            return perCentre(kind) ? QStringLiteral("%1:%2").arg(QLatin1String(k.key)).arg(workCentreId)
                                   : QString::fromLatin1(k.key);
    return QString();
}

std::optional<Stage> Stage::fromKey(const QString& key)
{
    const qsizetype colon = key.indexOf(u':');
    const QString name = colon < 0 ? key : key.left(colon);
    for (const KindKey& k : kKeys) {
        if (name != QLatin1String(k.key))
            continue;
        if (!perCentre(k.kind))
            return colon < 0 ? std::optional<Stage>(Stage{k.kind, 0}) : std::nullopt;
        bool ok = false;
        const qint64 centre = colon < 0 ? 0 : key.mid(colon + 1).toLongLong(&ok);
        if (!ok || centre <= 0)
            return std::nullopt;
        return Stage{k.kind, centre};
    }
    return std::nullopt;
}

int Stage::sequence() const
{
    switch (kind) {
    case StageKind::Confirmation:
        return 0;
    case StageKind::Planning:
        return 1;
    case StageKind::Queue:
    case StageKind::Work:
        return 2;
    case StageKind::Shipping:
        return 3;
    case StageKind::Transit:
        return 4;
    case StageKind::Payment:
        return 5;
    case StageKind::Reconfirmation:
        return 6;
    }
    return 7;
}

QString StageText::name(const Stage& stage, const QString& workCentreName)
{
    const QString centre =
        workCentreName.isEmpty() ? tr("work centre %1").arg(stage.workCentreId) : workCentreName;
    switch (stage.kind) {
    case StageKind::Confirmation:
        return tr("Waiting for the customer's confirmation");
    case StageKind::Planning:
        return tr("Waiting to be planned");
    case StageKind::Queue:
        return tr("Queueing at %1").arg(centre);
    case StageKind::Work:
        return tr("Working at %1").arg(centre);
    case StageKind::Shipping:
        return tr("Waiting to ship");
    case StageKind::Transit:
        return tr("In transit");
    case StageKind::Payment:
        return tr("Waiting for payment");
    case StageKind::Reconfirmation:
        return tr("Between re-confirmations");
    }
    return QString();
}

} // namespace od
