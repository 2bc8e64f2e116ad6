#pragma once

#include "Department.h"
#include "Error.h"
#include "RuleKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace od {

enum class RuleParameterKind
{
    Days,   // a whole number of days
    Amount, // money in the company's currency, kept in minor units
};

// One parameter of a rule: its name (as the CLI and the services' Error::field say it), kind,
// range and default, all in stored units (days, or minor units of money).
struct RuleParameterSpec
{
    QString name;
    RuleParameterKind kind = RuleParameterKind::Days;
    qint64 minimum = 0;
    qint64 maximum = 0;
    qint64 defaultValue = 0;
};

// What a rule is: its key, whether a new company has it on, its parameters, what its firings
// are about and for whom (a person, by the subject, or a whole department).
struct RuleSpec
{
    QString key;
    bool enabledByDefault = false;
    QList<RuleParameterSpec> parameters;
    QString subjectKind;                  // RuleSubject
    std::optional<Department> department; // the firing is for this department; nullopt: a person
};

// The automation rules the manager can switch on and tune, with their names and one-sentence
// descriptions, and the checks on their parameters' values. Pure: the state lives in the database.
class RuleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RuleCatalog)

public:
    static const QList<RuleSpec>& all();
    static const RuleSpec* find(const QString& key);
    static const RuleParameterSpec* parameter(const RuleSpec& rule, const QString& name);
    static QString keys(); // "a, b, c" for messages

    static QString displayName(const QString& key);
    static QString description(const QString& key);
    static QString parameterLabel(const QString& key, const QString& name);
    static QString parameterHint(const RuleParameterSpec& parameter);

    // The value typed (days "5", an amount "500.00") as stored, or an Invalid error for the
    // parameter's field in words a user can act on.
    static Result<qint64> parse(const RuleParameterSpec& parameter, const QString& text);
    // The stored value as typed ("5", "500.00").
    static QString format(const RuleParameterSpec& parameter, qint64 value);
};

} // namespace od
