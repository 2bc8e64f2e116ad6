#include "ValidationReport.h"

#include <QStringList>

namespace od {

bool ValidationReport::hasErrors() const
{
    for (const auto& i : issues)
        if (i.severity == ValidationIssue::Severity::Error)
            return true;
    return false;
}

bool ValidationReport::hasWarnings() const
{
    for (const auto& i : issues)
        if (i.severity == ValidationIssue::Severity::Warning)
            return true;
    return false;
}

bool ValidationReport::contains(const QString& code) const
{
    for (const auto& i : issues)
        if (i.code == code)
            return true;
    return false;
}

QList<ValidationIssue> ValidationReport::forField(const QString& field, int line) const
{
    QList<ValidationIssue> out;
    for (const auto& i : issues)
        if (i.field == field && i.line == line)
            out << i;
    return out;
}

void ValidationReport::add(ValidationIssue::Severity severity, QString code, QString field, int line, QString message)
{
    issues.append({severity, std::move(field), line, std::move(message), std::move(code)});
}

QString ValidationReport::summary() const
{
    QStringList errors;
    QStringList warnings;
    for (const auto& i : issues)
        (i.severity == ValidationIssue::Severity::Error ? errors : warnings) << i.message;
    return (errors + warnings).join(u'\n');
}

} // namespace od
