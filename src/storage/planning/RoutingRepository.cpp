#include "RoutingRepository.h"

#include "SqlValues.h"

#include <QStringList>

namespace od {

Result<QList<Routing>> RoutingRepository::select(const QString& where, const QVariantList& values)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT r.id, r.product_id, p.sku, r.step_no, r.name, coalesce(w.code, ''), "
                       "r.setup_hours, r.run_hours_per_unit, r.wait_days, r.purchase_lead_days, "
                       "(SELECT group_concat(x.code, ' ') FROM routing_step_alternatives a "
                       "JOIN work_centres x ON x.id = a.work_centre_id WHERE a.routing_step_id = r.id) "
                       "FROM routing_steps r JOIN products p ON p.id = r.product_id "
                       "LEFT JOIN work_centres w ON w.id = r.work_centre_id %1 ORDER BY p.sku, r.step_no")
            .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the routings")); !ok)
        return std::unexpected(ok.error());
    QList<Routing> out;
    while (q.next()) {
        const qint64 productId = q.value(1).toLongLong();
        if (out.isEmpty() || out.last().productId != productId) {
            Routing routing;
            routing.productId = productId;
            routing.sku = q.value(2).toString();
            out << routing;
        }
        RoutingStep step;
        step.id = q.value(0).toLongLong();
        step.stepNo = q.value(3).toInt();
        step.name = q.value(4).toString();
        step.workCentre = q.value(5).toString();
        step.setupHours = Hours::fromRaw(q.value(6).toLongLong());
        step.runHoursPerUnit = Hours::fromRaw(q.value(7).toLongLong());
        step.waitDays = q.value(8).toInt();
        step.purchaseLeadDays = q.value(9).toInt();
        step.alternatives = q.value(10).toString().split(u' ', Qt::SkipEmptyParts);
        step.alternatives.sort();
        out.last().steps << step;
    }
    return out;
}

Result<Routing> RoutingRepository::forProduct(qint64 productId)
{
    auto found = select(QStringLiteral("WHERE r.product_id = ?"), {productId});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty()) {
        Routing none;
        none.productId = productId;
        return none;
    }
    return found->first();
}

Result<QHash<qint64, Routing>> RoutingRepository::forProducts(const QList<qint64>& productIds)
{
    QHash<qint64, Routing> out;
    if (productIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (qint64 id : productIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto found = select(QStringLiteral("WHERE r.product_id IN (%1)").arg(marks.join(u',')), values);
    if (!found)
        return std::unexpected(found.error());
    for (const Routing& routing : std::as_const(*found))
        out.insert(routing.productId, routing);
    return out;
}

Result<QList<Routing>> RoutingRepository::all()
{
    return select(QString(), {});
}

Status RoutingRepository::replace(qint64 productId, const QList<RoutingStep>& steps)
{
    QSqlQuery remove(m_db.sql());
    remove.prepare(QStringLiteral("DELETE FROM routing_steps WHERE product_id = ?"));
    remove.addBindValue(productId);
    if (auto ok = sqlv::exec(remove, QStringLiteral("save the routing")); !ok)
        return ok;
    QSqlQuery centre(m_db.sql());
    centre.prepare(QStringLiteral("SELECT id FROM work_centres WHERE code = ?"));
    QSqlQuery insert(m_db.sql());
    insert.prepare(
        QStringLiteral("INSERT INTO routing_steps (product_id, step_no, name, work_centre_id, setup_hours, "
                       "run_hours_per_unit, wait_days, purchase_lead_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery alternative(m_db.sql());
    alternative.prepare(
        QStringLiteral("INSERT INTO routing_step_alternatives (routing_step_id, work_centre_id) "
                       "SELECT ?, id FROM work_centres WHERE code = ?"));
    for (const RoutingStep& step : steps) {
        QVariant centreId(QMetaType::fromType<qint64>());
        if (!step.isPurchase()) {
            centre.addBindValue(step.workCentre);
            if (auto ok = sqlv::exec(centre, QStringLiteral("read the work centres")); !ok)
                return ok;
            if (!centre.next())
                return std::unexpected(Error::invalid(tr("There is no work centre %1.").arg(step.workCentre),
                                                      QStringLiteral("work_centre")));
            centreId = centre.value(0).toLongLong();
            centre.finish();
        }
        insert.addBindValue(productId);
        insert.addBindValue(step.stepNo);
        insert.addBindValue(sqlv::text(step.name));
        insert.addBindValue(centreId);
        insert.addBindValue(step.setupHours.raw());
        insert.addBindValue(step.runHoursPerUnit.raw());
        insert.addBindValue(step.waitDays);
        insert.addBindValue(step.purchaseLeadDays);
        if (auto ok = sqlv::exec(insert, QStringLiteral("save the routing")); !ok)
            return ok;
        const qint64 stepId = insert.lastInsertId().toLongLong();
        for (const QString& code : step.alternatives) {
            alternative.addBindValue(stepId);
            alternative.addBindValue(code);
            if (auto ok = sqlv::exec(alternative, QStringLiteral("save the routing")); !ok)
                return ok;
            if (alternative.numRowsAffected() != 1)
                return std::unexpected(Error::invalid(tr("There is no work centre %1.").arg(code),
                                                      QStringLiteral("alternatives")));
        }
    }
    return {};
}

} // namespace od
