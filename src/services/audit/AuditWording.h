#pragma once

#include "AuditEntry.h"
#include "User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace od {

// How the audit trail reads to a person: actions, field names, statuses, channels, roles and
// people in the user's language, amounts as money, days and times in the local calendar.
// The trail itself keeps its stable keys and raw values (they are what the chain hashes, what
// exports carry and what scripts compare); this class only words them for reading.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    // `users` gives the people's names: ids ("salesperson 2") and logins ("wang") become 王芳.
    explicit AuditWording(const QList<User>& users = {});

    // The user's display name, by id or else by login; the login itself when unknown.
    QString person(qint64 userId, const QString& loginName) const;

    // What happened to an order, without saying "order": "Confirmation recorded".
    static QString orderAction(const QString& action);
    // Any action with what it was done to: "Order: Confirmation recorded", "Customer changed".
    static QString action(const QString& action);
    // The name of a field of `entity` ("order", "customer", "product", "user", "settings"…):
    // "status" → "Status", "line 2 quantity" → "Line 2 · Quantity". Unknown keys stay as they are.
    static QString field(const QString& entity, const QString& field);
    // A stored value in words; `currency` is the currency of amounts (the company's by default).
    QString value(const QString& entity, const QString& field, const QString& raw,
                  const QString& currency = QString()) const;
    // "Status: Awaiting confirmation → Confirmed"; an empty side reads "(empty)".
    QString change(const QString& entity, const FieldChange& change,
                   const QString& currency = QString()) const;
    // The same without the field name, for a table with a column of its own for it.
    QString changeValues(const QString& entity, const FieldChange& change,
                         const QString& currency = QString()) const;

private:
    QHash<qint64, QString> m_namesById;
    QHash<QString, QString> m_namesByLogin;
};

} // namespace od
