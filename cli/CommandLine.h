#pragma once

#include "Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace od::cli {

// The command line of orderdesk-cli: global options (--db, --user), a command, its arguments
// and the options of that command. Options may come anywhere on the line.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Request
    {
        Run,
        Help,
        Version
    };

    CommandLine();

    // A malformed line (unknown option, missing value) is an Invalid error.
    Result<Request> parse(const QStringList& arguments);
    QString helpText() const;

    QString command() const { return m_positional.value(0); }
    // The positional arguments after the command.
    QStringList arguments() const { return m_positional.mid(1); }

    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    // Every value of an option that may be repeated (--invoice A --invoice B).
    QStringList values(const QString& option) const { return m_parser.values(option); }
    // The option as a whole number within [min, max], or `fallback` when it is not given.
    Result<qint64> number(const QString& option, qint64 fallback, qint64 min, qint64 max) const;

    // Refuses the command's options that the command does not take, and a wrong number of
    // arguments; `usage` is shown in the message ("import customers|products|orders FILE.csv").
    Status expect(const QStringList& allowedOptions, int minArguments, int maxArguments,
                  const QString& usage) const;

private:
    QCommandLineParser m_parser;
    QStringList m_positional;
};

} // namespace od::cli
