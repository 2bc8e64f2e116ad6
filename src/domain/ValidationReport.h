#pragma once

#include <QList>
#include <QString>

namespace od {

// One finding about an order being entered. Errors block saving; warnings need an explicit
// "save anyway". `field` names the form field ("customer", "requested_date", "lines",
// "quantity", "unit_price", "discount", "product", "description"); `line` is the 0-based line
// index for line fields and -1 otherwise.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field;
    int line = -1;
    QString message;
    QString code; // stable key for tests and scripts: "no_customer", "credit_limit", …
};

struct ValidationReport
{
    QList<ValidationIssue> issues;

    bool hasErrors() const;
    bool hasWarnings() const;
    bool contains(const QString& code) const;
    // Issues for one field of one line (or of the header when line is -1).
    QList<ValidationIssue> forField(const QString& field, int line = -1) const;
    void add(ValidationIssue::Severity severity, QString code, QString field, int line, QString message);
    // All messages, one per line, errors first: for the CLI and for message boxes.
    QString summary() const;
};

} // namespace od
