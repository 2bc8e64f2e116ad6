#include "SettingsService.h"

#include "AuditTrail.h"
#include "Logging.h"
#include "Permissions.h"
#include "RecordFields.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

#include <QRegularExpression>

namespace od {

Status SettingsService::audit(const QString& action, const QString& entity, qint64 id, const QString& label,
                              const QList<FieldChange>& changes)
{
    if (m_session)
        return AuditTrail::record(*m_session, action, entity, id, label, changes);
    Session system(m_db, User{0, QStringLiteral("system"), QStringLiteral("system"), Role::Administrator, true});
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
    for (auto [key, field] : {std::pair{"company.name", &p.name}, {"company.address", &p.address},
                              {"company.phone", &p.phone}, {"company.tax_id", &p.taxId},
                              {"company.bank_account", &p.bankAccount}, {"company.logo_path", &p.logoPath},
                              {"company.terms", &p.terms}, {"order.prefix", &p.orderPrefix},
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
    if (m_session) {
        if (auto ok = Permissions::require(*m_session, Permission::EditSettings); !ok)
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
        return std::unexpected(
            Error::invalid(tr("The currency is a three-letter code such as CNY."), QStringLiteral("currency")));
    SettingsRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    QList<FieldChange> changes;
    for (auto [key, value] : {std::pair{"company.name", p.name}, {"company.address", p.address},
                              {"company.phone", p.phone}, {"company.tax_id", p.taxId},
                              {"company.bank_account", p.bankAccount}, {"company.logo_path", p.logoPath},
                              {"company.terms", p.terms}, {"order.prefix", p.orderPrefix},
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
    if (auto ok = audit(QStringLiteral("settings.update"), QStringLiteral("settings"), 0, QStringLiteral("company"),
                        changes);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(QString(), QStringLiteral("settings.company"), p.name);
    return {};
}

Result<QList<User>> SettingsService::users()
{
    return UserRepository(m_db).all();
}

Result<User> SettingsService::localUser(const QString& preferredName)
{
    UserRepository repo(m_db);
    if (!preferredName.isEmpty()) {
        auto u = repo.byName(preferredName);
        if (!u)
            return std::unexpected(u.error());
        if (*u && (*u)->active)
            return **u;
    }
    auto all = repo.all();
    if (!all)
        return std::unexpected(all.error());
    for (const User& u : *all)
        if (u.active)
            return u;
    return std::unexpected(Error::notFound(tr("This database has no active user yet.")));
}

Result<qint64> SettingsService::addUser(const User& user)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    if (!namePattern.match(user.name).hasMatch())
        return std::unexpected(Error::invalid(
            tr("The login name must be 1 to 32 letters, digits, dots, dashes or underscores."), QStringLiteral("name")));
    if (user.displayName.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Enter the name shown on orders."), QStringLiteral("display_name")));
    UserRepository repo(m_db);
    auto existing = repo.byName(user.name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(
            Error::conflict(tr("There is already a user called %1.").arg(user.name), QStringLiteral("name")));
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    User clean = user;
    clean.displayName = user.displayName.trimmed();
    auto id = repo.insert(clean);
    if (!id)
        return std::unexpected(id.error());
    clean.id = *id;
    if (auto ok = audit(QStringLiteral("user.add"), QStringLiteral("user"), *id, clean.name,
                        RecordFields::diff({}, RecordFields::of(clean)));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(QString(), QStringLiteral("user.add"), user.name);
    return *id;
}

} // namespace od
