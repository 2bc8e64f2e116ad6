#include "RiskService.h"

#include "AuditTrail.h"
#include "CalendarRepository.h"
#include "Logging.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "PlanningSettingsRepository.h"
#include "RiskRepository.h"
#include "RiskRules.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include <QElapsedTimer>
#include <QThread>

namespace od {

namespace {

constexpr int kBeginAttempts = 3;

// Each threshold: its setting's key, where it lives in RiskSettings, and the form field it is
// typed in.
struct Threshold
{
    const char* key;
    int RiskSettings::*days;
    const char* field;
};

constexpr Threshold kThresholds[] = {
    {RiskService::MarginKey, &RiskSettings::atRiskMarginDays, "margin"},
    {RiskService::ConfirmationKey, &RiskSettings::confirmationPendingDays, "confirmation_days"},
    {RiskService::TransitKey, &RiskSettings::transitDays, "transit_days"},
};

Result<RiskSettings> readSettings(Database& db)
{
    SettingsRepository repo(db);
    RiskSettings s;
    for (const Threshold& t : kThresholds) {
        auto stored = repo.value(QString::fromLatin1(t.key), QString::number(s.*t.days));
        if (!stored)
            return std::unexpected(stored.error());
        bool ok = false;
        if (const int v = stored->toInt(&ok); ok && v >= 0 && v <= RiskSettings::MaxDays)
            s.*t.days = v;
    }
    return s;
}

// What the rules need besides the order: thresholds, calendar and shipping days.
struct RiskContext
{
    RiskSettings settings;
    WorkCalendar calendar;
    int shippingWorkingDays = 1;
};

Result<RiskContext> readContext(Database& db)
{
    RiskContext c;
    auto settings = readSettings(db);
    if (!settings)
        return std::unexpected(settings.error());
    c.settings = *settings;
    auto planning = PlanningSettingsRepository(db).settings();
    if (!planning)
        return std::unexpected(planning.error());
    c.shippingWorkingDays = planning->shippingWorkingDays;
    auto calendar = CalendarRepository(db).calendar(planning->workingWeekdays);
    if (!calendar)
        return std::unexpected(calendar.error());
    c.calendar = std::move(*calendar);
    return c;
}

// The row to store for an assessment, keeping the time the order reached its level.
StoredRisk toStored(const RiskAssessment& a, const StoredRisk* before, const QString& now)
{
    static const QString noReasons = QStringLiteral("[]");
    StoredRisk r;
    r.orderId = a.orderId;
    r.level = a.level;
    r.forecastDate = a.forecastDate;
    r.reasonsText = a.reasons.isEmpty() ? noReasons : RiskReason::listToText(a.reasons);
    r.computedAt = now;
    r.levelSince = before && before->level == a.level ? before->levelSince : now;
    return r;
}

bool sameVerdict(const StoredRisk& a, const StoredRisk& b)
{
    return a.level == b.level && a.forecastDate == b.forecastDate && a.reasonsText == b.reasonsText;
}

} // namespace

Result<RiskSettings> RiskService::settings()
{
    return readSettings(m_session.db());
}

QString RiskService::thresholdError(int RiskSettings::*days)
{
    if (days == &RiskSettings::atRiskMarginDays)
        return tr("The at-risk margin must be between 0 and %1 days.").arg(RiskSettings::MaxDays);
    if (days == &RiskSettings::confirmationPendingDays)
        return tr("The days a confirmation may be pending must be between 0 and %1.")
            .arg(RiskSettings::MaxDays);
    return tr("The days a shipment may be in transit must be between 0 and %1.").arg(RiskSettings::MaxDays);
}

Status RiskService::setSettings(const RiskSettings& s)
{
    if (auto ok = Permissions::require(m_session, Permission::EditSettings); !ok)
        return ok;
    for (const Threshold& t : kThresholds)
        if (s.*t.days < 0 || s.*t.days > RiskSettings::MaxDays)
            return std::unexpected(Error::invalid(thresholdError(t.days), QString::fromLatin1(t.field)));
    auto before = settings();
    if (!before)
        return std::unexpected(before.error());
    if (*before == s)
        return {};
    Database& db = m_session.db();
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    SettingsRepository repo(db);
    QList<FieldChange> changes;
    for (const Threshold& t : kThresholds) {
        if ((*before).*t.days == s.*t.days)
            continue;
        if (auto ok = repo.setValue(QString::fromLatin1(t.key), QString::number(s.*t.days)); !ok)
            return ok;
        changes << FieldChange{QString::fromLatin1(t.key), QString::number((*before).*t.days),
                               QString::number(s.*t.days)};
    }
    if (auto ok = repo.setValue(QString::fromLatin1(ComputedOnKey), QStringLiteral("")); !ok)
        return ok;
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("settings.update"), QStringLiteral("settings"),
                                     0, QStringLiteral("early warning"), changes);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(m_session.user().name, QStringLiteral("settings.risk"), QString());
    return {};
}

Result<RiskRecompute> RiskService::recomputeAll(const std::function<bool(qint64, qint64)>& progress)
{
    Database& db = m_session.db();
    // The facts are read inside the write transaction, so that a change committed meanwhile
    // (which refreshes its own order) is never overwritten with an older verdict.
    std::unique_ptr<Transaction> tx;
    for (int attempt = 1; attempt <= kBeginAttempts; ++attempt) {
        tx = std::make_unique<Transaction>(db);
        if (tx->isActive())
            break;
        if (attempt == kBeginAttempts)
            return std::unexpected(Error::storage(
                tr("The early warning could not be brought up to date: %1").arg(tx->beginError().message)));
        tx.reset();
        QThread::msleep(200 * attempt);
    }
    auto context = readContext(db);
    if (!context)
        return std::unexpected(context.error());
    RiskRepository repo(db);
    auto facts = repo.facts();
    if (!facts)
        return std::unexpected(facts.error());
    auto stored = repo.stored();
    if (!stored)
        return std::unexpected(stored.error());

    const RiskRules rules(context->calendar, context->settings, context->shippingWorkingDays);
    const QDate today = m_session.today();
    const QString now = sqlv::timestamp(QDateTime::currentDateTimeUtc()).toString();
    RiskRecompute out;
    const qint64 total = facts->size();
    // Changed verdicts are stored a few thousand at a time, before each report of progress.
    QList<StoredRisk> changed;
    const auto storeChanged = [&repo, &changed]() -> Status {
        auto ok = repo.save(changed);
        changed.clear();
        return ok;
    };
    for (const RiskFacts& f : std::as_const(*facts)) {
        const RiskAssessment a = rules.assess(f, today);
        ++out.orders;
        if (a.level == RiskLevel::AtRisk)
            ++out.atRisk;
        else if (a.level == RiskLevel::Late)
            ++out.late;
        const auto before = stored->constFind(f.orderId);
        const StoredRisk row = toStored(a, before == stored->cend() ? nullptr : &before.value(), now);
        if (before == stored->cend() || !sameVerdict(before.value(), row)) {
            changed << row;
            ++out.changed;
        }
        if (before != stored->cend())
            stored->erase(before);
        if (out.orders % 4096 == 0) {
            if (auto ok = storeChanged(); !ok)
                return std::unexpected(ok.error());
            if (progress && !progress(out.orders, total))
                return std::unexpected(Error::conflict(tr("The early warning's recompute was cancelled.")));
        }
    }
    if (auto ok = storeChanged(); !ok)
        return std::unexpected(ok.error());
    // What is left was open and is not any more (shipped, cancelled, completed).
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (auto ok = repo.remove(it.key()); !ok)
            return std::unexpected(ok.error());
        ++out.changed;
    }
    if (auto ok =
            SettingsRepository(db).setValue(QString::fromLatin1(ComputedOnKey), today.toString(Qt::ISODate));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    if (progress)
        progress(total, total);
    return out;
}

Result<std::optional<RiskRecompute>> RiskService::recomputeIfStale()
{
    auto on = SettingsRepository(m_session.db()).value(QString::fromLatin1(ComputedOnKey));
    if (!on)
        return std::unexpected(on.error());
    if (*on == m_session.today().toString(Qt::ISODate))
        return std::optional<RiskRecompute>();
    auto done = recomputeAll();
    if (!done)
        return std::unexpected(done.error());
    return std::optional<RiskRecompute>(*done);
}

Status RiskService::refresh(Session& session, qint64 orderId)
{
    if (orderId <= 0)
        return {};
    Database& db = session.db();
    RiskRepository repo(db);
    auto facts = repo.facts(orderId);
    if (!facts)
        return std::unexpected(facts.error());
    auto stored = repo.stored(orderId);
    if (!stored)
        return std::unexpected(stored.error());
    if (facts->isEmpty())
        return stored->isEmpty() ? Status{} : repo.remove(orderId);
    auto context = readContext(db);
    if (!context)
        return std::unexpected(context.error());
    const RiskRules rules(context->calendar, context->settings, context->shippingWorkingDays);
    const RiskAssessment a = rules.assess(facts->first(), session.today());
    const QString now = sqlv::timestamp(QDateTime::currentDateTimeUtc()).toString();
    const auto before = stored->constFind(orderId);
    const StoredRisk row = toStored(a, before == stored->cend() ? nullptr : &before.value(), now);
    if (before != stored->cend() && sameVerdict(before.value(), row))
        return {};
    return repo.save(row);
}

qint64 RiskService::visibleSalesperson()
{
    if (!m_session.isSignedIn())
        return -1;
    return OrderQueryService(m_session).visibleQuery(OrderListQuery()).visibleToSalespersonId;
}

Result<QList<RiskRow>> RiskService::list(const QList<RiskLevel>& levels, int limit, bool ownOnly)
{
    qint64 salesperson = visibleSalesperson();
    if (salesperson < 0)
        return QList<RiskRow>();
    if (ownOnly)
        salesperson = m_session.user().id;
    QList<RiskLevel> flagged;
    for (RiskLevel level : levels)
        if (level != RiskLevel::OnTrack)
            flagged << level;
    if (flagged.isEmpty())
        flagged = {RiskLevel::Late, RiskLevel::AtRisk};
    return RiskRepository(m_session.db()).flagged(flagged, salesperson, limit);
}

Result<std::optional<RiskRow>> RiskService::forOrder(qint64 orderId)
{
    if (auto order = OrderQueryService(m_session).order(orderId); !order)
        return std::unexpected(order.error());
    return RiskRepository(m_session.db()).forOrder(orderId);
}

Result<QList<RiskRow>> RiskService::newSinceLastSeen(int limit)
{
    const qint64 salesperson = visibleSalesperson();
    if (salesperson < 0)
        return QList<RiskRow>();
    RiskRepository repo(m_session.db());
    auto seen = repo.lastSeen(m_session.user().id);
    if (!seen)
        return std::unexpected(seen.error());
    const QDateTime since = seen->isValid() ? *seen : QDateTime::currentDateTimeUtc().addDays(-1);
    return repo.flaggedSince(since, salesperson, limit);
}

Status RiskService::markSeen()
{
    if (!m_session.isSignedIn())
        return {};
    Database& db = m_session.db();
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = RiskRepository(db).setLastSeen(m_session.user().id, QDateTime::currentDateTimeUtc()); !ok)
        return ok;
    return tx.commit();
}

} // namespace od
