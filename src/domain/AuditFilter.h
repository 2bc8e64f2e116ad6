#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace od {

// Which audit entries to list.
struct AuditFilter
{
    qint64 userId = 0; // 0 = anyone
    QDate from;        // local calendar days, inclusive; null = open
    QDate to;
    QString actionPrefix;         // "order." matches every order action; empty = any
    QString excludedActionPrefix; // actions starting with this are left out; empty = none
    QString entity;               // "order", "customer"…; empty = any
    qint64 entityId = 0;          // with entity: one record's history
    QString entityLabel;          // e.g. an order number; empty = any
};

// The outcome of checking the audit trail's hash chain.
struct AuditVerification
{
    qint64 entries = 0;
    std::optional<qint64> firstBrokenId; // nullopt: the chain holds
    QString problem;
};

} // namespace od
