#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace od::test {

CliRunner::CliRunner() = default;

namespace {

const QString kScript = QStringLiteral("/usr/bin/script");

QString shellQuoted(const QString& word)
{
    QString w = word;
    w.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + w + u'\'';
}

} // namespace

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.remove(QStringLiteral("ORDERDESK_DB"));
    env.remove(QStringLiteral("ORDERDESK_PASSWORD"));
    env.remove(QStringLiteral("ORDERDESK_NEW_PASSWORD"));
    for (const QString& name : m_extraEnvironment.keys())
        env.insert(name, m_extraEnvironment.value(name));
    return env;
}

CliRun CliRunner::run(const QStringList& arguments) const
{
    auto process = start(arguments);
    return finish(*process);
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(ORDERDESK_CLI_PATH), arguments);
    return process;
}

CliRun CliRunner::finish(QProcess& process)
{
    CliRun result;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        result.err = QStringLiteral("orderdesk-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool CliRunner::canRunAtTerminal()
{
    return QFileInfo(kScript).isExecutable();
}

CliRun CliRunner::runAtTerminal(const QStringList& arguments, const QString& prompt,
                                const QString& typed) const
{
    QStringList command{shellQuoted(QStringLiteral(ORDERDESK_CLI_PATH))};
    for (const QString& argument : arguments)
        command << shellQuoted(argument);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(kScript, {QStringLiteral("-qfec"), command.join(u' '), QStringLiteral("/dev/null")});
    CliRun result;
    QByteArray shown;
    QElapsedTimer timer;
    timer.start();
    bool typedIn = false;
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 120'000) {
        process.waitForReadyRead(100);
        shown += process.readAll();
        // Typed only after the prompt: a terminal echoes what arrives before echo is off.
        if (!typedIn && QString::fromUtf8(shown).contains(prompt)) {
            process.write((typed + QStringLiteral("\n")).toUtf8());
            typedIn = true;
        }
    }
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(1000)) {
        process.kill();
        result.err = QStringLiteral("orderdesk-cli did not finish");
        return result;
    }
    shown += process.readAll();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(shown);
    return result;
}

QString CliRunner::database(const QString& name) const
{
    return m_dir.filePath(name);
}

} // namespace od::test
