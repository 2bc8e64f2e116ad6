#include "RecordFields.h"

namespace od {

namespace {

QString flag(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

RecordFields::Fields RecordFields::of(const Customer& c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("contact"), c.contact},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("credit_limit"), c.creditLimit.toDecimalString()},
            {QStringLiteral("payment_terms_days"), QString::number(c.paymentTermsDays)},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("active"), flag(c.active)},
            {QStringLiteral("document_language"), c.documentLanguage}};
}

RecordFields::Fields RecordFields::of(const Product& p)
{
    return {{QStringLiteral("sku"), p.sku},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("spec"), p.spec},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("unit_price"), p.unitPrice.toDecimalString()},
            {QStringLiteral("lead_time_days"), QString::number(p.leadTimeDays)},
            {QStringLiteral("requires_spec"), flag(p.requiresSpec)},
            {QStringLiteral("active"), flag(p.active)}};
}

RecordFields::Fields RecordFields::of(const User& u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), RoleInfo::key(u.role)},
            {QStringLiteral("active"), flag(u.active)}};
}

QList<FieldChange> RecordFields::diff(const Fields& before, const Fields& after)
{
    QList<FieldChange> out;
    for (int i = 0; i < after.size(); ++i) {
        const QString old = i < before.size() ? before[i].second : QString();
        if (old != after[i].second)
            out << FieldChange{after[i].first, old, after[i].second};
    }
    return out;
}

} // namespace od
