#include "CustomerService.h"

#include "AuditTrail.h"
#include "CustomerRepository.h"
#include "Logging.h"
#include "Permissions.h"
#include "RecordFields.h"
#include "TextCheck.h"

#include <QRegularExpression>

#include <tuple>

namespace od {

namespace {

constexpr int kMaxText = 500;

} // namespace

Result<QList<Customer>> CustomerService::search(const QString& text, int limit, bool includeInactive)
{
    return CustomerRepository(m_session.db()).search(text, limit, includeInactive);
}

Result<Customer> CustomerService::byId(qint64 id)
{
    auto c = CustomerRepository(m_session.db()).byId(id);
    if (!c)
        return std::unexpected(c.error());
    if (!*c)
        return std::unexpected(Error::notFound(tr("The customer no longer exists.")));
    return **c;
}

Result<std::optional<Customer>> CustomerService::byCode(const QString& code)
{
    return CustomerRepository(m_session.db()).byCode(code.trimmed());
}

Status CustomerService::check(const Customer& c)
{
    static const QRegularExpression codePattern(QStringLiteral("^[\\p{L}\\p{N}._-]{1,32}$"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (c.code.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Enter a customer code."), QStringLiteral("code")));
    if (!codePattern.match(c.code.trimmed()).hasMatch())
        return std::unexpected(Error::invalid(
            tr("The customer code may have up to 32 letters, digits, dots, dashes and underscores."),
            QStringLiteral("code")));
    if (c.name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Enter the customer's name."), QStringLiteral("name")));
    for (auto [text, field] : {std::pair{&c.name, "name"},
                               {&c.contact, "contact"},
                               {&c.phone, "phone"},
                               {&c.email, "email"},
                               {&c.address, "address"}}) {
        if (text->size() > kMaxText)
            return std::unexpected(
                Error::invalid(tr("This text is too long (at most %1 characters).").arg(kMaxText),
                               QString::fromLatin1(field)));
    }
    if (c.notes.size() > 10'000)
        return std::unexpected(Error::invalid(tr("The notes are too long (at most 10,000 characters)."),
                                              QStringLiteral("notes")));
    for (auto [text, field, multiLine] : {std::tuple{&c.name, "name", false},
                                          {&c.contact, "contact", false},
                                          {&c.phone, "phone", false},
                                          {&c.email, "email", false},
                                          {&c.address, "address", true},
                                          {&c.notes, "notes", true}}) {
        if (const QString problem = TextCheck::problem(*text, multiLine); !problem.isEmpty())
            return std::unexpected(Error::invalid(problem, QString::fromLatin1(field)));
    }
    if (!c.email.trimmed().isEmpty() && !emailPattern.match(c.email.trimmed()).hasMatch())
        return std::unexpected(
            Error::invalid(tr("This does not look like an email address."), QStringLiteral("email")));
    if (c.creditLimit.isNegative())
        return std::unexpected(Error::invalid(tr("The credit limit cannot be negative (0 means no limit)."),
                                              QStringLiteral("credit_limit")));
    if (c.paymentTermsDays < 0 || c.paymentTermsDays > 365)
        return std::unexpected(Error::invalid(tr("Payment terms must be between 0 and 365 days."),
                                              QStringLiteral("payment_terms_days")));
    if (!DocumentLanguage::isKnown(c.documentLanguage))
        return std::unexpected(Error::invalid(tr("The document language must be one of: %1.")
                                                  .arg(DocumentLanguage::keys().join(QStringLiteral(", "))),
                                              QStringLiteral("document_language")));
    return {};
}

Result<qint64> CustomerService::create(Customer customer)
{
    customer.code = customer.code.trimmed();
    customer.name = customer.name.trimmed();
    if (auto ok = check(customer); !ok)
        return std::unexpected(ok.error());
    if (auto ok = Permissions::require(m_session, Permission::EditCustomers); !ok)
        return std::unexpected(ok.error());
    CustomerRepository repo(m_session.db());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto existing = repo.byCode(customer.code);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(Error::conflict(
            tr("There is already a customer with code %1.").arg(customer.code), QStringLiteral("code")));
    // A new customer starts on the default terms unless someone who sets credit terms enters it.
    const Customer defaults;
    if (customer.creditLimit != defaults.creditLimit ||
        customer.paymentTermsDays != defaults.paymentTermsDays) {
        if (auto ok = Permissions::require(m_session, Permission::EditCreditTerms); !ok)
            return std::unexpected(
                Error{Error::Kind::Forbidden, ok.error().message, QStringLiteral("credit_limit")});
    }
    auto id = repo.insert(customer);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("customer.create"), QStringLiteral("customer"),
                                     *id, customer.code, RecordFields::diff({}, RecordFields::of(customer)));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(m_session.user().name, QStringLiteral("customer.create"), customer.code);
    return *id;
}

Status CustomerService::update(const Customer& input)
{
    Customer customer = input;
    customer.code = customer.code.trimmed();
    customer.name = customer.name.trimmed();
    if (auto ok = check(customer); !ok)
        return ok;
    if (auto ok = Permissions::require(m_session, Permission::EditCustomers); !ok)
        return ok;
    CustomerRepository repo(m_session.db());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto existing = repo.byCode(customer.code);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->id != customer.id)
        return std::unexpected(Error::conflict(
            tr("There is already a customer with code %1.").arg(customer.code), QStringLiteral("code")));
    auto stored = repo.byId(customer.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(Error::notFound(tr("The customer no longer exists.")));
    const auto changes = RecordFields::diff(RecordFields::of(**stored), RecordFields::of(customer));
    if (changes.isEmpty())
        return {};
    if ((*stored)->creditLimit != customer.creditLimit ||
        (*stored)->paymentTermsDays != customer.paymentTermsDays) {
        if (auto ok = Permissions::require(m_session, Permission::EditCreditTerms); !ok)
            return std::unexpected(
                Error{Error::Kind::Forbidden, ok.error().message, QStringLiteral("credit_limit")});
    }
    if (auto ok = repo.update(customer); !ok)
        return ok;
    const QString action =
        changes.size() == 1 && changes[0].field == QStringLiteral("active")
            ? (customer.active ? QStringLiteral("customer.activate") : QStringLiteral("customer.deactivate"))
            : QStringLiteral("customer.update");
    if (auto ok = AuditTrail::record(m_session, action, QStringLiteral("customer"), customer.id,
                                     customer.code, changes);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(m_session.user().name, QStringLiteral("customer.update"), customer.code);
    return {};
}

Status CustomerService::setActive(qint64 id, bool active)
{
    auto customer = byId(id);
    if (!customer)
        return std::unexpected(customer.error());
    customer->active = active;
    return update(*customer);
}

} // namespace od
