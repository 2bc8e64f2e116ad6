#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace od::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built orderdesk-cli with its data folder (log file) in a temporary directory, so
// the tests never touch the user's own data. Passwords come only from setEnvironment(): stdin is
// not a terminal, so the CLI never prompts.
class CliRunner
{
public:
    CliRunner();
    CliRun run(const QStringList& arguments) const;
    // Starts orderdesk-cli without waiting, for runs that must overlap; finish() collects it.
    std::unique_ptr<QProcess> start(const QStringList& arguments) const;
    static CliRun finish(QProcess& process);
    // The environment every run gets (a temporary data folder, no password unless set).
    QProcessEnvironment environment() const;
    // Runs it on a pseudo-terminal (through script(1)), as at a real terminal: once `prompt`
    // appears, `typed` and Enter are typed. What the terminal showed ends up in `out`.
    CliRun runAtTerminal(const QStringList& arguments, const QString& prompt, const QString& typed) const;
    static bool canRunAtTerminal();
    // An environment variable for every later run (ORDERDESK_PASSWORD, ORDERDESK_NEW_PASSWORD).
    void setEnvironment(const QString& name, const QString& value) { m_extraEnvironment.insert(name, value); }
    void unsetEnvironment(const QString& name) { m_extraEnvironment.remove(name); }
    // A database path in the temporary directory.
    QString database(const QString& name) const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_extraEnvironment;
};

} // namespace od::test
