#include "SettingsService.h"

#include "AccountService.h"
#include "AuditTrail.h"
#include "Database.h"
#include "Logging.h"
#include "Permissions.h"
#include "RecordFields.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

#include <QRegularExpression>

namespace od {

SettingsService::SettingsService(Session& session) : m_session(session), m_db(session.db()) {}

Status SettingsService::audit(const QString& action, const QString& entity, qint64 id, const QString& label,
                              const QList<FieldChange>& changes)
{
    if (m_session.isSignedIn())
        return AuditTrail::record(m_session, action, entity, id, label, changes);
    // Setting up a new database: nobody has signed in, because nobody can yet.
    Session system(m_db, User::system());
    return AuditTrail::record(system, action, entity, id, label, changes);
}

Result<CompanyProfile> SettingsService::company()
{
    SettingsRepository repo(m_db);
    CompanyProfile p;
    auto get = [&](const char* key, QString* out) -> Status {
        auto v = repo.value(QString::fromLatin1(key), *out);
        if (!v)
            return std::unexpected(v.error());
        *out = *v;
        return {};
    };
    for (auto [key, field] : {std::pair{"company.name", &p.name},
                              {"company.address", &p.address},
                              {"company.phone", &p.phone},
                              {"company.tax_id", &p.taxId},
                              {"company.bank_account", &p.bankAccount},
                              {"company.logo_path", &p.logoPath},
                              {"company.terms", &p.terms},
                              {"order.prefix", &p.orderPrefix},
                              {"order.currency", &p.currency}}) {
        if (auto ok = get(key, field); !ok)
            return std::unexpected(ok.error());
    }
    QString rate = p.defaultTaxRate.toPercentString();
    if (auto ok = get("order.tax_rate", &rate); !ok)
        return std::unexpected(ok.error());
    p.defaultTaxRate = BasisPoints::parsePercent(rate).value_or(p.defaultTaxRate);
    return p;
}

Status SettingsService::setCompany(const CompanyProfile& p)
{
    if (!m_session.isSignedIn()) {
        auto settingUp = AccountService(m_session).needsFirstAdministrator();
        if (!settingUp)
            return std::unexpected(settingUp.error());
        if (!*settingUp) {
            if (auto ok = Permissions::require(m_session, Permission::EditSettings); !ok)
                return ok;
        }
    } else if (auto ok = Permissions::require(m_session, Permission::EditSettings); !ok) {
        return ok;
    }
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    if (!prefixPattern.match(p.orderPrefix).hasMatch())
        return std::unexpected(Error::invalid(tr("The order number prefix must be 1 to 8 letters or digits."),
                                              QStringLiteral("order_prefix")));
    if (p.defaultTaxRate.raw() < 0 || p.defaultTaxRate.raw() > BasisPoints::Full)
        return std::unexpected(
            Error::invalid(tr("The tax rate must be between 0% and 100%."), QStringLiteral("tax_rate")));
    if (p.currency.trimmed().size() != 3)
        return std::unexpected(Error::invalid(tr("The currency is a three-letter code such as CNY."),
                                              QStringLiteral("currency")));
    SettingsRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    QList<FieldChange> changes;
    for (auto [key, value] : {std::pair{"company.name", p.name},
                              {"company.address", p.address},
                              {"company.phone", p.phone},
                              {"company.tax_id", p.taxId},
                              {"company.bank_account", p.bankAccount},
                              {"company.logo_path", p.logoPath},
                              {"company.terms", p.terms},
                              {"order.prefix", p.orderPrefix},
                              {"order.currency", p.currency.trimmed().toUpper()},
                              {"order.tax_rate", p.defaultTaxRate.toPercentString()}}) {
        auto old = repo.value(QString::fromLatin1(key));
        if (!old)
            return std::unexpected(old.error());
        if (*old == value)
            continue;
        changes << FieldChange{QString::fromLatin1(key), *old, value};
        if (auto ok = repo.setValue(QString::fromLatin1(key), value); !ok)
            return ok;
    }
    if (changes.isEmpty())
        return {};
    if (auto ok = audit(QStringLiteral("settings.update"), QStringLiteral("settings"), 0,
                        QStringLiteral("company"), changes);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(m_session.user().name, QStringLiteral("settings.company"), p.name);
    return {};
}

Result<QList<User>> SettingsService::users()
{
    return UserRepository(m_db).all();
}

} // namespace od
