#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace od {

// A rule as the company has it now: on or off, its parameters' values (stored units), and how
// often it has fired.
struct RuleState
{
    QString key;
    bool enabled = false;
    QMap<QString, qint64> values;
    qint64 firings = 0;
    QDateTime lastFired; // UTC; null when it never fired
    QDateTime changedAt; // UTC; null when never changed since the database was made
    QString changedBy;   // display name of who changed it last

    qint64 value(const QString& name, qint64 fallback = 0) const { return values.value(name, fallback); }
};

// One firing of a rule: the rule acted once on one occasion of one subject (an order's revision
// waiting for its customer, a shipped order, a change request, a customer's credit hold …), for
// a person or a department, and stays open in their My work until it is done or dismissed.
struct RuleFiring
{
    qint64 id = 0;
    QString ruleKey;
    QString subjectKind; // RuleSubject
    qint64 subjectId = 0;
    QString occasion;   // what makes a second firing on the same subject a new occasion ("" = none)
    qint64 userId = 0;  // the person it is for, or
    QString department; // the department it is for (DepartmentInfo::key)
    QDateTime firedAt;  // UTC
    QDate since;        // when the occasion began (sent, shipped, delivered, placed on hold)
    QDate due;          // null: no date
    QString detail;     // what the rule did, in words, as recorded
    QString closed;     // "", "done" or "dismissed"
    QDateTime closedAt;

    // Read with it for My work and the lists.
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    QString customerCode;
    qint64 customerId = 0;
    QString changeNo;
    int revision = 0;

    bool isOpen() const { return closed.isEmpty(); }
};

} // namespace od
