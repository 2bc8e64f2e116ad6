#include "ProductRepository.h"

#include "SqlValues.h"

#include <QStringList>

namespace od {

namespace {

const char* kColumns = "id, sku, name, spec, unit, unit_price, lead_time_days, requires_spec, active";

Product fromRow(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.spec = q.value(3).toString();
    p.unit = q.value(4).toString();
    p.unitPrice = UnitPrice::fromRaw(q.value(5).toLongLong());
    p.leadTimeDays = q.value(6).toInt();
    p.requiresSpec = q.value(7).toBool();
    p.active = q.value(8).toBool();
    return p;
}

void bindFields(QSqlQuery& q, const Product& p)
{
    q.bindValue(QStringLiteral(":sku"), sqlv::text(p.sku));
    q.bindValue(QStringLiteral(":name"), sqlv::text(p.name));
    q.bindValue(QStringLiteral(":spec"), sqlv::text(p.spec));
    q.bindValue(QStringLiteral(":unit"), sqlv::text(p.unit));
    q.bindValue(QStringLiteral(":price"), p.unitPrice.raw());
    q.bindValue(QStringLiteral(":lead"), p.leadTimeDays);
    q.bindValue(QStringLiteral(":requires_spec"), p.requiresSpec ? 1 : 0);
    q.bindValue(QStringLiteral(":active"), p.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), sqlv::nowUtc());
}

Result<std::optional<Product>> single(QSqlQuery& q)
{
    if (auto ok = sqlv::exec(q, QStringLiteral("read a product")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<Product>();
    return std::optional<Product>(fromRow(q));
}

} // namespace

Result<std::optional<Product>> ProductRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    return single(q);
}

Result<std::optional<Product>> ProductRepository::bySku(const QString& sku)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE sku = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(sku);
    return single(q);
}

Result<QHash<qint64, Product>> ProductRepository::byIds(const QList<qint64>& ids)
{
    QHash<qint64, Product> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    for (int i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE id IN (%2)")
                  .arg(QLatin1String(kColumns), marks.join(u',')));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (auto ok = sqlv::exec(q, QStringLiteral("read products")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        Product p = fromRow(q);
        out.insert(p.id, p);
    }
    return out;
}

Result<QList<Product>> ProductRepository::search(const QString& text, int limit, bool includeInactive)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE (? = '' OR instr(lower(sku), lower(?)) > 0 "
                             "OR instr(lower(name), lower(?)) > 0 OR instr(lower(spec), lower(?)) > 0) "
                             "AND (? OR active = 1) ORDER BY sku LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    // Plain positional parameters: Qt's SQLite driver does not bind numbered ones (?1).
    for (int i = 0; i < 4; ++i)
        q.addBindValue(sqlv::text(text.trimmed()));
    q.addBindValue(includeInactive ? 1 : 0);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("search products")); !ok)
        return std::unexpected(ok.error());
    QList<Product> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<QList<Product>> ProductRepository::all()
{
    return search(QString(), std::numeric_limits<int>::max(), true);
}

Result<qint64> ProductRepository::count()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM products"));
    if (auto ok = sqlv::exec(q, QStringLiteral("count products")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Result<qint64> ProductRepository::insert(const Product& product)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO products (sku, name, spec, unit, unit_price, lead_time_days, requires_spec, "
                             "active, created_at, updated_at) VALUES (:sku, :name, :spec, :unit, :price, :lead, "
                             ":requires_spec, :active, :now, :now) RETURNING id"));
    bindFields(q, product);
    if (auto ok = sqlv::exec(q, QStringLiteral("save the product")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Status ProductRepository::update(const Product& product)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE products SET sku = :sku, name = :name, spec = :spec, unit = :unit, "
                             "unit_price = :price, lead_time_days = :lead, requires_spec = :requires_spec, "
                             "active = :active, updated_at = :now WHERE id = :id"));
    bindFields(q, product);
    q.bindValue(QStringLiteral(":id"), product.id);
    return sqlv::exec(q, QStringLiteral("save the product"));
}

} // namespace od
