#include "CreditControlService.h"

#include "AuditTrail.h"
#include "CreditExposureRepository.h"
#include "CreditHoldRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "InvoiceRepository.h"
#include "Permissions.h"
#include "RuleEngine.h"
#include "RuleKey.h"
#include "SettlementLedger.h"
#include "SettlementPosting.h"
#include "SettlementSettingsService.h"
#include "WriteOffRepository.h"

namespace od {

namespace {

QString describeAll(const QList<CreditHoldReason>& reasons, const CreditPolicy& policy,
                    const CreditExposure& exposure)
{
    QStringList out;
    for (CreditHoldReason r : reasons)
        out << CreditControl::describe(r, policy, exposure);
    return out.join(QLatin1Char(' '));
}

} // namespace

Result<CreditStanding> CreditControlService::standing(qint64 customerId)
{
    auto settings = SettlementSettingsService(m_session).settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto exposure = CreditExposureRepository(m_session.db()).exposure(customerId, m_session.today());
    if (!exposure)
        return std::unexpected(exposure.error());
    auto release = CreditHoldRepository(m_session.db()).latestRelease(customerId);
    if (!release)
        return std::unexpected(release.error());
    return CreditControl::standing(settings->creditPolicy, *exposure, *release, m_session.today());
}

Status CreditControlService::requireNotOnHold(qint64 customerId)
{
    auto settings = SettlementSettingsService(m_session).settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto exposure = CreditExposureRepository(m_session.db()).exposure(customerId, m_session.today());
    if (!exposure)
        return std::unexpected(exposure.error());
    auto release = CreditHoldRepository(m_session.db()).latestRelease(customerId);
    if (!release)
        return std::unexpected(release.error());
    CreditStanding standing =
        CreditControl::standing(settings->creditPolicy, *exposure, *release, m_session.today());
    // Going over the limit is the intake's own check, which a manager may override order by order;
    // an overdue invoice holds everyone until a manager releases the customer.
    if (Permissions::allows(m_session, Permission::OverrideCreditLimit))
        standing.reasons.removeAll(CreditHoldReason::OverLimit);
    if (!standing.onHold())
        return {};
    return std::unexpected(
        Error{Error::Kind::Forbidden,
              tr("The customer is on credit hold: %1 A manager can release the hold with a reason.")
                  .arg(describeAll(standing.reasons, settings->creditPolicy, *exposure)),
              QStringLiteral("customer")});
}

Status CreditControlService::refresh(qint64 customerId)
{
    auto settings = SettlementSettingsService(m_session).settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto exposure = CreditExposureRepository(m_session.db()).exposure(customerId, m_session.today());
    if (!exposure)
        return std::unexpected(exposure.error());
    const QList<CreditHoldReason> reasons = CreditControl::reasons(settings->creditPolicy, *exposure);
    CreditHoldRepository holds(m_session.db());
    auto current = holds.inForce(customerId);
    if (!current)
        return std::unexpected(current.error());
    if (!reasons.isEmpty() && !*current) {
        CreditHold hold;
        hold.customerId = customerId;
        hold.placedOn = m_session.today();
        for (CreditHoldReason r : reasons)
            hold.reasons << CreditControl::reasonKey(r);
        hold.detail = describeAll(reasons, settings->creditPolicy, *exposure);
        if (auto ok = holds.place(hold); !ok)
            return ok;
        // A hold for an overdue invoice is the credit-hold rule firing (the managers are told).
        if (auto ok = RuleEngine::creditHoldPlaced(m_session, hold); !ok)
            return ok;
        return AuditTrail::record(
            m_session, QStringLiteral("credit.hold"), QStringLiteral("customer"), customerId,
            QString::number(customerId),
            {{QStringLiteral("credit_hold"), QString(), hold.reasons.join(QLatin1Char(','))}});
    }
    if (reasons.isEmpty() && *current) {
        if (auto ok = holds.lift((*current)->id, m_session.today()); !ok)
            return ok;
        if (auto ok = RuleEngine::creditHoldLifted(m_session, customerId, (*current)->id); !ok)
            return ok;
        return AuditTrail::record(
            m_session, QStringLiteral("credit.lift"), QStringLiteral("customer"), customerId,
            QString::number(customerId),
            {{QStringLiteral("credit_hold"), (*current)->reasons.join(QLatin1Char(',')), QString()}});
    }
    return {};
}

Result<int> CreditControlService::refreshAll()
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    auto customers = CustomerRepository(m_session.db()).all();
    if (!customers)
        return std::unexpected(customers.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    for (const Customer& c : *customers)
        if (auto ok = refresh(c.id); !ok)
            return std::unexpected(ok.error());
    auto held = CreditHoldRepository(m_session.db()).allInForce();
    if (!held)
        return std::unexpected(held.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return int(held->size());
}

Result<QList<CreditHold>> CreditControlService::holds()
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return CreditHoldRepository(m_session.db()).allInForce();
}

Result<CreditRelease> CreditControlService::release(qint64 customerId, const QString& reason,
                                                    const QDate& validUntil)
{
    if (auto ok = Permissions::require(m_session, Permission::ApproveCredit); !ok)
        return std::unexpected(ok.error());
    CreditRelease r;
    r.customerId = customerId;
    r.releasedOn = m_session.today();
    r.validUntil = validUntil;
    r.managerId = m_session.user().id;
    r.managerName = m_session.user().displayName;
    r.reason = reason.trimmed();
    if (auto ok = CreditControl::checkRelease(r); !ok)
        return std::unexpected(ok.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = CreditHoldRepository(m_session.db()).insertRelease(r); !ok)
        return std::unexpected(ok.error());
    // A manager decided about the hold the rule placed: its item in My work is done.
    if (auto ok =
            RuleEngine::close(m_session, QString(RuleKey::CreditHoldOverdue), QString(RuleSubject::Customer),
                              customerId, std::nullopt, QStringLiteral("done"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = AuditTrail::record(
            m_session, QStringLiteral("credit.release"), QStringLiteral("customer"), customerId,
            QString::number(customerId),
            {{QStringLiteral("release_until"), QString(), validUntil.toString(Qt::ISODate)},
             {QStringLiteral("reason"), QString(), r.reason}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return r;
}

Result<WriteOff> CreditControlService::writeOff(const QString& invoiceNo, const QString& reason,
                                                const QDate& date)
{
    if (auto ok = Permissions::require(m_session, Permission::ApproveCredit); !ok)
        return std::unexpected(ok.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(
            Error::invalid(tr("Say why the debt is written off."), QStringLiteral("reason")));
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    SettlementPosting posting(m_session);
    if (auto ok = posting.checkOpen(date); !ok)
        return std::unexpected(ok.error());
    InvoiceRepository invoices(m_session.db());
    auto full = invoices.byNumber(invoiceNo.trimmed());
    if (!full)
        return std::unexpected(full.error());
    if (!*full)
        return std::unexpected(Error::notFound(tr("There is no invoice %1.").arg(invoiceNo.trimmed())));
    if (date < (*full)->invoiceDate)
        return std::unexpected(Error::invalid(tr("A write-off cannot be dated before its invoice (%1).")
                                                  .arg((*full)->invoiceDate.toString(Qt::ISODate)),
                                              QStringLiteral("date")));
    auto ledgerInvoice = invoices.ledgerInvoice((*full)->id);
    if (!ledgerInvoice)
        return std::unexpected(ledgerInvoice.error());
    SettlementLedger ledger;
    ledger.loadInvoice(**ledgerInvoice);
    auto amount = ledger.writeOff((*full)->id);
    if (!amount)
        return std::unexpected(amount.error());
    WriteOff w{0, (*full)->id, (*full)->customerId, date, *amount, reason.trimmed(), m_session.user().id};
    if (auto ok = WriteOffRepository(m_session.db()).insert(w, m_session.user().id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = posting.syncOrders({(*full)->id}, {QStringLiteral("write_off"), (*full)->invoiceNo}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = refresh(w.customerId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("invoice.write_off"),
                                     QStringLiteral("invoice"), (*full)->id, (*full)->invoiceNo,
                                     {{QStringLiteral("written_off"), QString(), amount->toDecimalString()},
                                      {QStringLiteral("reason"), QString(), w.reason}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return w;
}

} // namespace od
