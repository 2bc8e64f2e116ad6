#pragma once

#include "CommandLine.h"
#include "Session.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace od::cli {

// What every command needs: the parsed line, stdout/stderr, the database and the signed-in user
// (--user NAME with the password from ORDERDESK_PASSWORD or the terminal, checked like the
// app's sign-in, throttling included).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    explicit CliContext(const CommandLine& commandLine);

    const CommandLine& commandLine() const { return m_commandLine; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool stderrIsTerminal() const;

    // --db, else ORDERDESK_DB, else the data folder's database.
    QString databasePath() const;
    // Opens (and migrates) the database, nobody signed in yet. Unless `create`, a missing file is
    // an error that suggests `init`, so that a typo in --db does not leave an empty database behind.
    Result<Session*> session(bool create);
    // Signs in as --user on that session and gives it acting as that user.
    Result<Session*> signIn();
    // The id of the customer with this code, or a clear error naming the code.
    static Result<qint64> customerId(Session& session, const QString& code);
    // Closes the database (restore needs the file free of connections).
    void closeDatabase();

    // Prints the error on stderr and returns the exit code for it.
    int fail(const Error& error);

private:
    const CommandLine& m_commandLine;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Session> m_session;
    bool m_signedIn = false;
};

} // namespace od::cli
