#include "AuditWording.h"

#include "BasisPoints.h"
#include "Confirmation.h"
#include "DocumentLanguage.h"
#include "LocaleFormat.h"
#include "OrderStatus.h"
#include "Quantity.h"
#include "Role.h"
#include "UnitPrice.h"

#include <QDate>
#include <QRegularExpression>

namespace od {

namespace {

// "line 12 unit_price" → (12, "unit_price")
std::optional<std::pair<int, QString>> lineField(const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^line (\\d+) ([a-z_]+)$"));
    const auto match = pattern.match(field);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1).toInt(), match.captured(2)};
}

QString orderFieldName(const QString& field)
{
    static const QList<std::pair<const char*, const char*>> names{
        {"customer", QT_TRANSLATE_NOOP("AuditWording", "Customer")},
        {"salesperson", QT_TRANSLATE_NOOP("AuditWording", "Salesperson")},
        {"status", QT_TRANSLATE_NOOP("AuditWording", "Status")},
        {"revision", QT_TRANSLATE_NOOP("AuditWording", "Revision")},
        {"order_date", QT_TRANSLATE_NOOP("AuditWording", "Order date")},
        {"requested_date", QT_TRANSLATE_NOOP("AuditWording", "Requested delivery")},
        {"promised_date", QT_TRANSLATE_NOOP("AuditWording", "Promised delivery")},
        {"earliest_completion", QT_TRANSLATE_NOOP("AuditWording", "Earliest possible delivery")},
        {"override_reason", QT_TRANSLATE_NOOP("AuditWording", "Why promised earlier than capacity allows")},
        {"currency", QT_TRANSLATE_NOOP("AuditWording", "Currency")},
        {"tax_rate", QT_TRANSLATE_NOOP("AuditWording", "Tax rate")},
        {"notes", QT_TRANSLATE_NOOP("AuditWording", "Notes")},
        {"delivery_address", QT_TRANSLATE_NOOP("AuditWording", "Delivery address")},
        {"total", QT_TRANSLATE_NOOP("AuditWording", "Total")},
        {"confirmation", QT_TRANSLATE_NOOP("AuditWording", "Confirmation")},
        {"reason", QT_TRANSLATE_NOOP("AuditWording", "Reason")},
        {"note", QT_TRANSLATE_NOOP("AuditWording", "Note")},
    };
    for (const auto& [key, name] : names)
        if (field == QLatin1String(key))
            return AuditWording::tr(name);
    return {};
}

QString lineFieldName(const QString& field)
{
    static const QList<std::pair<const char*, const char*>> names{
        {"product", QT_TRANSLATE_NOOP("AuditWording", "Product")},
        {"description", QT_TRANSLATE_NOOP("AuditWording", "Specification")},
        {"quantity", QT_TRANSLATE_NOOP("AuditWording", "Quantity")},
        {"unit", QT_TRANSLATE_NOOP("AuditWording", "Unit")},
        {"unit_price", QT_TRANSLATE_NOOP("AuditWording", "Unit price")},
        {"discount", QT_TRANSLATE_NOOP("AuditWording", "Discount")},
        {"requested_date", QT_TRANSLATE_NOOP("AuditWording", "Wanted by")},
        {"amount", QT_TRANSLATE_NOOP("AuditWording", "Amount")},
    };
    for (const auto& [key, name] : names)
        if (field == QLatin1String(key))
            return AuditWording::tr(name);
    return field;
}

QString recordFieldName(const QString& entity, const QString& field)
{
    static const QList<std::tuple<const char*, const char*, const char*>> names{
        {"customer", "code", QT_TRANSLATE_NOOP("AuditWording", "Code")},
        {"customer", "name", QT_TRANSLATE_NOOP("AuditWording", "Name")},
        {"customer", "contact", QT_TRANSLATE_NOOP("AuditWording", "Contact")},
        {"customer", "phone", QT_TRANSLATE_NOOP("AuditWording", "Phone")},
        {"customer", "email", QT_TRANSLATE_NOOP("AuditWording", "E-mail")},
        {"customer", "address", QT_TRANSLATE_NOOP("AuditWording", "Address")},
        {"customer", "credit_limit", QT_TRANSLATE_NOOP("AuditWording", "Credit limit")},
        {"customer", "payment_terms_days", QT_TRANSLATE_NOOP("AuditWording", "Payment terms (days)")},
        {"customer", "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes")},
        {"customer", "active", QT_TRANSLATE_NOOP("AuditWording", "Active")},
        {"customer", "document_language", QT_TRANSLATE_NOOP("AuditWording", "Document language")},
        {"product", "sku", QT_TRANSLATE_NOOP("AuditWording", "SKU")},
        {"product", "name", QT_TRANSLATE_NOOP("AuditWording", "Name")},
        {"product", "spec", QT_TRANSLATE_NOOP("AuditWording", "Specification")},
        {"product", "unit", QT_TRANSLATE_NOOP("AuditWording", "Unit")},
        {"product", "unit_price", QT_TRANSLATE_NOOP("AuditWording", "Unit price")},
        {"product", "lead_time_days", QT_TRANSLATE_NOOP("AuditWording", "Lead time (days)")},
        {"product", "requires_spec",
         QT_TRANSLATE_NOOP("AuditWording", "Made to the customer's specification")},
        {"product", "active", QT_TRANSLATE_NOOP("AuditWording", "Active")},
        {"user", "name", QT_TRANSLATE_NOOP("AuditWording", "User name")},
        {"user", "display_name", QT_TRANSLATE_NOOP("AuditWording", "Name")},
        {"user", "role", QT_TRANSLATE_NOOP("AuditWording", "Role")},
        {"user", "active", QT_TRANSLATE_NOOP("AuditWording", "Active")},
        {"settings", "company.name", QT_TRANSLATE_NOOP("AuditWording", "Company name")},
        {"settings", "company.address", QT_TRANSLATE_NOOP("AuditWording", "Company address")},
        {"settings", "company.phone", QT_TRANSLATE_NOOP("AuditWording", "Company phone")},
        {"settings", "company.tax_id", QT_TRANSLATE_NOOP("AuditWording", "Tax ID")},
        {"settings", "company.bank_account", QT_TRANSLATE_NOOP("AuditWording", "Bank account")},
        {"settings", "company.logo_path", QT_TRANSLATE_NOOP("AuditWording", "Logo")},
        {"settings", "company.terms", QT_TRANSLATE_NOOP("AuditWording", "Terms and conditions")},
        {"settings", "order.prefix", QT_TRANSLATE_NOOP("AuditWording", "Order number prefix")},
        {"settings", "order.currency", QT_TRANSLATE_NOOP("AuditWording", "Currency")},
        {"settings", "order.tax_rate", QT_TRANSLATE_NOOP("AuditWording", "Default tax rate")},
        {"import", "records", QT_TRANSLATE_NOOP("AuditWording", "Records")},
        {"database", "file", QT_TRANSLATE_NOOP("AuditWording", "File")},
        {"database", "previous", QT_TRANSLATE_NOOP("AuditWording", "Replaced database kept as")},
    };
    for (const auto& [e, key, name] : names)
        if (entity == QLatin1String(e) && field == QLatin1String(key))
            return AuditWording::tr(name);
    return {};
}

QString yesNo(const QString& raw)
{
    if (raw == QLatin1String("yes"))
        return AuditWording::tr("Yes");
    if (raw == QLatin1String("no"))
        return AuditWording::tr("No");
    return raw;
}

QString isoDate(const QString& raw)
{
    const QDate date = QDate::fromString(raw, Qt::ISODate);
    return date.isValid() ? LocaleFormat::date(date) : raw;
}

QString percent(const QString& raw)
{
    return BasisPoints::parsePercent(raw) ? LocaleFormat::decimal(raw) + u'%' : raw;
}

QString money(const QString& raw, const QString& currency)
{
    const auto amount = Money::parse(raw);
    return amount ? LocaleFormat::money(*amount, currency) : raw;
}

} // namespace

AuditWording::AuditWording(const QList<User>& users)
{
    for (const User& user : users) {
        m_namesById.insert(user.id, user.displayName);
        m_namesByLogin.insert(user.name, user.displayName);
    }
}

QString AuditWording::person(qint64 userId, const QString& loginName) const
{
    if (const auto found = m_namesById.constFind(userId); userId > 0 && found != m_namesById.cend())
        return *found;
    return m_namesByLogin.value(loginName, loginName);
}

QString AuditWording::orderAction(const QString& action)
{
    if (action == QLatin1String("order.create"))
        return tr("Created");
    if (action == QLatin1String("order.edit"))
        return tr("Edited");
    if (action == QLatin1String("order.submit"))
        return tr("Sent for confirmation");
    if (action == QLatin1String("order.confirm"))
        return tr("Confirmation recorded");
    if (action == QLatin1String("order.return"))
        return tr("Returned to draft");
    if (action == QLatin1String("order.revise"))
        return tr("Revised");
    if (action == QLatin1String("order.import"))
        return tr("Imported");
    if (action.startsWith(QLatin1String("order.status")))
        return tr("Status changed");
    if (action == QLatin1String("order.plan"))
        return tr("Plan committed");
    if (action == QLatin1String("order.progress"))
        return tr("Progress reported");
    return action;
}

QString AuditWording::action(const QString& action)
{
    if (action.startsWith(QLatin1String("order.")))
        return tr("Order: %1").arg(orderAction(action));
    static const QList<std::pair<const char*, const char*>> names{
        {"customer.create", QT_TR_NOOP("Customer added")},
        {"customer.update", QT_TR_NOOP("Customer changed")},
        {"customer.activate", QT_TR_NOOP("Customer enabled")},
        {"customer.deactivate", QT_TR_NOOP("Customer disabled")},
        {"product.create", QT_TR_NOOP("Product added")},
        {"product.update", QT_TR_NOOP("Product changed")},
        {"product.activate", QT_TR_NOOP("Product enabled")},
        {"product.deactivate", QT_TR_NOOP("Product disabled")},
        {"settings.company", QT_TR_NOOP("Company details changed")},
        {"settings.update", QT_TR_NOOP("Settings changed")},
        {"user.add", QT_TR_NOOP("User added")},
        {"user.change_password", QT_TR_NOOP("Own password changed")},
        {"user.disable", QT_TR_NOOP("User disabled")},
        {"user.enable", QT_TR_NOOP("User enabled")},
        {"user.reset_password", QT_TR_NOOP("Password reset")},
        {"user.update", QT_TR_NOOP("User changed")},
        {"user.sign_in", QT_TR_NOOP("Signed in")},
        {"user.sign_in_failed", QT_TR_NOOP("Sign-in failed")},
        {"database.backup", QT_TR_NOOP("Database backed up")},
        {"database.restore", QT_TR_NOOP("Database restored")},
        {"import.customers", QT_TR_NOOP("Customers imported")},
        {"import.products", QT_TR_NOOP("Products imported")},
        {"import.orders", QT_TR_NOOP("Orders imported")},
        {"rule.fire", QT_TR_NOOP("Automation rule fired")},
        {"rule.done", QT_TR_NOOP("Automation rule's reminder done")},
        {"rule.dismiss", QT_TR_NOOP("Automation rule's reminder dismissed")},
        {"rule.enable", QT_TR_NOOP("Automation rule switched on")},
        {"rule.disable", QT_TR_NOOP("Automation rule switched off")},
        {"rule.set", QT_TR_NOOP("Automation rule's parameters changed")},
        {"calendar.overtime", QT_TR_NOOP("Overtime added to the calendar")},
    };
    for (const auto& [key, name] : names)
        if (action == QLatin1String(key))
            return tr(name);
    if (action.startsWith(QLatin1String("import.")))
        return tr("Imported (%1)").arg(action.mid(7));
    return action;
}

QString AuditWording::field(const QString& entity, const QString& field)
{
    if (entity == QLatin1String("order")) {
        if (const auto line = lineField(field))
            return tr("Line %1 · %2").arg(line->first).arg(lineFieldName(line->second));
        const QString name = orderFieldName(field);
        return name.isEmpty() ? field : name;
    }
    const QString name = recordFieldName(entity, field);
    return name.isEmpty() ? field : name;
}

QString AuditWording::value(const QString& entity, const QString& field, const QString& raw,
                            const QString& currency) const
{
    if (raw.isEmpty())
        return raw;
    if (entity == QLatin1String("order")) {
        if (const auto line = lineField(field)) {
            const QString& column = line->second;
            if (column == QLatin1String("quantity"))
                return Quantity::parse(raw) ? LocaleFormat::quantity(*Quantity::parse(raw)) : raw;
            if (column == QLatin1String("unit_price"))
                return UnitPrice::parse(raw) ? LocaleFormat::unitPrice(*UnitPrice::parse(raw), currency)
                                             : raw;
            if (column == QLatin1String("discount"))
                return percent(raw);
            if (column == QLatin1String("requested_date"))
                return isoDate(raw);
            if (column == QLatin1String("amount"))
                return money(raw, currency);
            return raw;
        }
        if (field == QLatin1String("status")) {
            const auto status = OrderStatusInfo::fromKey(raw);
            return status ? OrderStatusInfo::displayName(*status) : raw;
        }
        if (field == QLatin1String("salesperson")) {
            const QString name = person(raw.toLongLong(), QString());
            return name.isEmpty() ? raw : name;
        }
        if (field == QLatin1String("order_date") || field == QLatin1String("requested_date") ||
            field == QLatin1String("promised_date") || field == QLatin1String("earliest_completion"))
            return isoDate(raw);
        if (field == QLatin1String("tax_rate"))
            return percent(raw);
        if (field == QLatin1String("total"))
            return money(raw, currency);
        if (field == QLatin1String("confirmation")) {
            // "contact / channel / confirmed at (UTC) / rev N", read from the right: the contact's
            // name is typed text and may itself hold a slash.
            QStringList parts = raw.split(QStringLiteral(" / "));
            if (parts.size() < 4)
                return raw;
            const QString revision = parts.takeLast().remove(QStringLiteral("rev ")).trimmed();
            const QDateTime at = QDateTime::fromString(parts.takeLast(), Qt::ISODate);
            const auto channel = ConfirmationChannelInfo::fromKey(parts.takeLast());
            const QString contact = parts.join(QStringLiteral(" / "));
            return tr("%1 by %2 at %3 (revision %4)")
                .arg(contact, channel ? ConfirmationChannelInfo::displayName(*channel) : QString(),
                     LocaleFormat::dateTime(at), revision);
        }
        return raw;
    }
    if (field == QLatin1String("active") || field == QLatin1String("requires_spec"))
        return yesNo(raw);
    if (entity == QLatin1String("customer") && field == QLatin1String("credit_limit"))
        return money(raw, currency);
    if (entity == QLatin1String("customer") && field == QLatin1String("document_language"))
        return DocumentLanguage::isKnown(raw) ? DocumentLanguage::nativeName(raw) : raw;
    if (entity == QLatin1String("product") && field == QLatin1String("unit_price"))
        return UnitPrice::parse(raw) ? LocaleFormat::unitPrice(*UnitPrice::parse(raw), currency) : raw;
    if (entity == QLatin1String("user") && field == QLatin1String("role")) {
        const auto role = RoleInfo::fromKey(raw);
        return role ? RoleInfo::displayName(*role) : raw;
    }
    if (entity == QLatin1String("settings") && field == QLatin1String("order.tax_rate"))
        return percent(raw);
    return raw;
}

QString AuditWording::changeValues(const QString& entity, const FieldChange& change,
                                   const QString& currency) const
{
    const QString empty = tr("(empty)");
    const QString before = value(entity, change.field, change.before, currency);
    const QString after = value(entity, change.field, change.after, currency);
    return tr("%1 → %2").arg(before.isEmpty() ? empty : before, after.isEmpty() ? empty : after);
}

QString AuditWording::change(const QString& entity, const FieldChange& change, const QString& currency) const
{
    return tr("%1: %2").arg(field(entity, change.field), changeValues(entity, change, currency));
}

} // namespace od
