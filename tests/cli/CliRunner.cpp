#include "CliRunner.h"

#include <QProcess>

namespace od::test {

CliRunner::CliRunner() = default;

CliRun CliRunner::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.remove(QStringLiteral("ORDERDESK_DB"));
    env.remove(QStringLiteral("ORDERDESK_PASSWORD"));
    env.remove(QStringLiteral("ORDERDESK_NEW_PASSWORD"));
    for (const QString& name : m_extraEnvironment.keys())
        env.insert(name, m_extraEnvironment.value(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ORDERDESK_CLI_PATH), arguments);
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

QString CliRunner::database(const QString& name) const
{
    return m_dir.filePath(name);
}

} // namespace od::test
