#include "ProductService.h"

#include "AuditTrail.h"
#include "Logging.h"
#include "Permissions.h"
#include "RecordFields.h"
#include "ProductRepository.h"
#include "TextCheck.h"

#include <QRegularExpression>

#include <tuple>

namespace od {

Result<QList<Product>> ProductService::search(const QString& text, int limit, bool includeInactive)
{
    return ProductRepository(m_session.db()).search(text, limit, includeInactive);
}

Result<Product> ProductService::byId(qint64 id)
{
    auto p = ProductRepository(m_session.db()).byId(id);
    if (!p)
        return std::unexpected(p.error());
    if (!*p)
        return std::unexpected(Error::notFound(tr("The product no longer exists.")));
    return **p;
}

Result<std::optional<Product>> ProductService::bySku(const QString& sku)
{
    return ProductRepository(m_session.db()).bySku(sku.trimmed());
}

Status ProductService::check(const Product& p)
{
    static const QRegularExpression skuPattern(QStringLiteral("^[\\p{L}\\p{N}._/-]{1,40}$"));
    if (p.sku.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Enter a SKU."), QStringLiteral("sku")));
    if (!skuPattern.match(p.sku.trimmed()).hasMatch())
        return std::unexpected(Error::invalid(
            tr("The SKU may have up to 40 letters, digits, dots, slashes, dashes and underscores."),
            QStringLiteral("sku")));
    if (p.name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Enter the product name."), QStringLiteral("name")));
    if (p.name.size() > 500 || p.spec.size() > 2000 || p.unit.size() > 20)
        return std::unexpected(Error::invalid(tr("This text is too long."),
                                              p.name.size() > 500   ? QStringLiteral("name")
                                              : p.spec.size() > 2000 ? QStringLiteral("spec")
                                                                     : QStringLiteral("unit")));
    for (auto [text, field, multiLine] :
         {std::tuple{&p.name, "name", false}, {&p.spec, "spec", true}, {&p.unit, "unit", false}}) {
        if (const QString problem = TextCheck::problem(*text, multiLine); !problem.isEmpty())
            return std::unexpected(Error::invalid(problem, QString::fromLatin1(field)));
    }
    if (p.unitPrice.isNegative())
        return std::unexpected(Error::invalid(tr("The unit price cannot be negative."), QStringLiteral("unit_price")));
    if (p.leadTimeDays < 0 || p.leadTimeDays > 3650)
        return std::unexpected(Error::invalid(tr("The lead time must be between 0 and 3650 days."),
                                              QStringLiteral("lead_time_days")));
    return {};
}

Result<qint64> ProductService::create(Product product)
{
    product.sku = product.sku.trimmed();
    product.name = product.name.trimmed();
    if (auto ok = check(product); !ok)
        return std::unexpected(ok.error());
    if (auto ok = Permissions::require(m_session, Permission::EditProducts); !ok)
        return std::unexpected(ok.error());
    ProductRepository repo(m_session.db());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto existing = repo.bySku(product.sku);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(
            Error::conflict(tr("There is already a product with SKU %1.").arg(product.sku), QStringLiteral("sku")));
    auto id = repo.insert(product);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("product.create"), QStringLiteral("product"), *id,
                                     product.sku, RecordFields::diff({}, RecordFields::of(product)));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(m_session.user().name, QStringLiteral("product.create"), product.sku);
    return *id;
}

Status ProductService::update(const Product& input)
{
    Product product = input;
    product.sku = product.sku.trimmed();
    product.name = product.name.trimmed();
    if (auto ok = check(product); !ok)
        return ok;
    if (auto ok = Permissions::require(m_session, Permission::EditProducts); !ok)
        return ok;
    ProductRepository repo(m_session.db());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto existing = repo.bySku(product.sku);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->id != product.id)
        return std::unexpected(
            Error::conflict(tr("There is already a product with SKU %1.").arg(product.sku), QStringLiteral("sku")));
    auto stored = repo.byId(product.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(Error::notFound(tr("The product no longer exists.")));
    const auto changes = RecordFields::diff(RecordFields::of(**stored), RecordFields::of(product));
    if (changes.isEmpty())
        return {};
    if (auto ok = repo.update(product); !ok)
        return ok;
    const QString action = changes.size() == 1 && changes[0].field == QStringLiteral("active")
                               ? (product.active ? QStringLiteral("product.activate") : QStringLiteral("product.deactivate"))
                               : QStringLiteral("product.update");
    if (auto ok = AuditTrail::record(m_session, action, QStringLiteral("product"), product.id, product.sku, changes); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(m_session.user().name, QStringLiteral("product.update"), product.sku);
    return {};
}

Status ProductService::setActive(qint64 id, bool active)
{
    auto product = byId(id);
    if (!product)
        return std::unexpected(product.error());
    product->active = active;
    return update(*product);
}

} // namespace od
