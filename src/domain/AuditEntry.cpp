#include "AuditEntry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od {

QString AuditChain::genesisHash()
{
    return QString(64, u'0');
}

QString AuditChain::changesToJson(const QList<FieldChange>& changes)
{
    QJsonArray array;
    for (const FieldChange& c : changes)
        array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                 {QStringLiteral("before"), c.before},
                                 {QStringLiteral("after"), c.after}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FieldChange> AuditChain::changesFromJson(const QString& json)
{
    QList<FieldChange> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << FieldChange{o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("before")).toString(),
                           o.value(QStringLiteral("after")).toString()};
    }
    return out;
}

QString AuditChain::computeHash(const AuditEntry& e, const QString& changesJson)
{
    // Fields are length-prefixed so that no two different entries serialise alike.
    QByteArray data;
    auto add = [&data](const QString& s) {
        const QByteArray utf8 = s.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    };
    add(e.prevHash);
    add(QString::number(e.id));
    add(e.at.toUTC().toString(Qt::ISODate));
    add(QString::number(e.userId));
    add(e.userName);
    add(e.action);
    add(e.entity);
    add(QString::number(e.entityId));
    add(e.entityLabel);
    add(changesJson);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace od
