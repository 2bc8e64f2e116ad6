#include "UserHistoryCheck.h"

#include "AuditRepository.h"
#include "PasswordHasher.h"
#include "RecordFields.h"
#include "UserCredentialRepository.h"
#include "UserRepository.h"

#include <QMap>

namespace od {

namespace {

const QString kCredential = QStringLiteral("credential");

// A user as the audit trail leaves them: field → value, as RecordFields::of(User) names them.
struct ReplayedUser
{
    QMap<QString, QString> fields;
    QString credential; // fingerprint of the password last recorded; empty when never recorded
};

} // namespace

Status UserHistoryCheck::check(Database& db, const QString& fileName)
{
    const auto altered = [&](const QString& what) {
        return std::unexpected(
            Error::invalid(tr("%1 has been altered behind OrderDesk's back: %2. The file was not restored.")
                               .arg(fileName, what)));
    };
    auto history = AuditRepository(db).history(QStringLiteral("user"));
    if (!history)
        return std::unexpected(history.error());
    QMap<qint64, ReplayedUser> replayed;
    for (const AuditEntry& entry : *history) {
        if (entry.action == QLatin1String("user.add"))
            replayed.insert(entry.entityId, ReplayedUser());
        const auto user = replayed.find(entry.entityId);
        if (user == replayed.end())
            continue; // e.g. a failed sign-in of a name that is not a user
        for (const FieldChange& change : entry.changes) {
            if (change.field == kCredential)
                user->credential = change.after;
            else
                user->fields.insert(change.field, change.after);
        }
    }

    auto users = UserRepository(db).all();
    if (!users)
        return std::unexpected(users.error());
    UserCredentialRepository credentials(db);
    for (const User& user : *users) {
        const auto recorded = replayed.constFind(user.id);
        if (recorded == replayed.cend())
            return altered(
                tr("it has a user %1 whose addition its audit trail never recorded").arg(user.name));
        for (const auto& [field, value] : RecordFields::of(user)) {
            const QString expected = recorded->fields.value(field);
            if (expected != value)
                return altered(tr("user %1 has %2 \"%3\" in it, but its audit trail records \"%4\"")
                                   .arg(user.name, field, value, expected));
        }
        if (!recorded->credential.isEmpty()) {
            auto credential = credentials.byUserId(user.id);
            if (!credential)
                return std::unexpected(credential.error());
            const QString hash = *credential ? (*credential)->passwordHash : QString();
            if (PasswordHasher::fingerprint(hash) != recorded->credential)
                return altered(
                    tr("the password of user %1 was changed in it without being recorded in its audit trail")
                        .arg(user.name));
        }
    }
    for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
        const bool present = std::any_of(users->cbegin(), users->cend(),
                                         [&](const User& user) { return user.id == it.key(); });
        if (!present)
            return altered(tr("its audit trail records a user %1 that is missing from it")
                               .arg(it->fields.value(QStringLiteral("name"))));
    }
    return {};
}

} // namespace od
