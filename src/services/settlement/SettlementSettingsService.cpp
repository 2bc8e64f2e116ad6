#include "SettlementSettingsService.h"

#include "AuditTrail.h"
#include "CreditControl.h"
#include "Database.h"
#include "Permissions.h"
#include "SettingsRepository.h"

#include <QRegularExpression>

namespace od {

namespace {

const QString kInvoicePrefix = QStringLiteral("settlement.invoice_prefix");
const QString kCreditNotePrefix = QStringLiteral("settlement.credit_note_prefix");
const QString kHoldWhenOverdue = QStringLiteral("settlement.hold_when_overdue");
const QString kOverdueDays = QStringLiteral("settlement.overdue_days");
const QString kHoldOverLimit = QStringLiteral("settlement.hold_over_limit");

bool validPrefix(const QString& prefix)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    return re.match(prefix).hasMatch();
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

Result<SettlementSettings> SettlementSettingsService::settings()
{
    SettingsRepository repo(m_session.db());
    SettlementSettings s;
    auto read = [&](const QString& key, const QString& fallback) -> Result<QString> {
        return repo.value(key, fallback);
    };
    auto invoice = read(kInvoicePrefix, s.invoicePrefix);
    auto credit = read(kCreditNotePrefix, s.creditNotePrefix);
    auto overdue = read(kHoldWhenOverdue, flag(s.creditPolicy.holdWhenOverdue));
    auto days = read(kOverdueDays, QString::number(s.creditPolicy.overdueDays));
    auto limit = read(kHoldOverLimit, flag(s.creditPolicy.holdOverLimit));
    for (const auto* r : {&invoice, &credit, &overdue, &days, &limit})
        if (!*r)
            return std::unexpected(r->error());
    s.invoicePrefix = *invoice;
    s.creditNotePrefix = *credit;
    s.creditPolicy.holdWhenOverdue = *overdue == QLatin1String("1");
    bool ok = false;
    const int n = days->toInt(&ok);
    if (ok && n >= 0 && n <= CreditPolicy::MaxOverdueDays)
        s.creditPolicy.overdueDays = n;
    s.creditPolicy.holdOverLimit = *limit == QLatin1String("1");
    return s;
}

Status SettlementSettingsService::setSettings(const SettlementSettings& wanted)
{
    if (auto ok = Permissions::require(m_session, Permission::ClosePeriods); !ok)
        return ok;
    if (!validPrefix(wanted.invoicePrefix))
        return std::unexpected(Error::invalid(tr("The invoice prefix must be 1 to 8 letters or digits."),
                                              QStringLiteral("invoice_prefix")));
    if (!validPrefix(wanted.creditNotePrefix))
        return std::unexpected(Error::invalid(tr("The credit note prefix must be 1 to 8 letters or digits."),
                                              QStringLiteral("credit_note_prefix")));
    if (auto ok = CreditControl::checkPolicy(wanted.creditPolicy); !ok)
        return ok;
    auto before = settings();
    if (!before)
        return std::unexpected(before.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    SettingsRepository repo(m_session.db());
    QList<FieldChange> changes;
    auto put = [&](const QString& key, const QString& old, const QString& now) -> Status {
        if (old == now)
            return {};
        changes << FieldChange{key, old, now};
        return repo.setValue(key, now);
    };
    const CreditPolicy& p = wanted.creditPolicy;
    const CreditPolicy& q = before->creditPolicy;
    for (auto ok : {put(kInvoicePrefix, before->invoicePrefix, wanted.invoicePrefix),
                    put(kCreditNotePrefix, before->creditNotePrefix, wanted.creditNotePrefix),
                    put(kHoldWhenOverdue, flag(q.holdWhenOverdue), flag(p.holdWhenOverdue)),
                    put(kOverdueDays, QString::number(q.overdueDays), QString::number(p.overdueDays)),
                    put(kHoldOverLimit, flag(q.holdOverLimit), flag(p.holdOverLimit))})
        if (!ok)
            return ok;
    if (changes.isEmpty())
        return {};
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("settlement.settings"),
                                     QStringLiteral("settings"), 0, QStringLiteral("settlement"), changes);
        !ok)
        return ok;
    return tx.commit();
}

} // namespace od
