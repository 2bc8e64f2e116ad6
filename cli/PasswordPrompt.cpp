#include "PasswordPrompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace od::cli {

bool PasswordPrompt::canPrompt()
{
    // Only a person at a terminal answers a prompt; under a script stdin is a pipe or a file.
    return ::isatty(STDIN_FILENO) == 1;
}

Result<QString> PasswordPrompt::readFromTerminal(const QString& prompt)
{
    // /dev/tty rather than stdin/stdout, so the prompt is seen even when stdout is redirected.
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::unexpected(Error::invalid(tr("Cannot open the terminal to ask for a password.")));
    const int fd = ::fileno(tty);
    termios saved{};
    const bool haveTermios = ::tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    QByteArray line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.append(char(c));
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputc('\n', tty); // the Enter the user typed was not echoed
    std::fclose(tty);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
}

Result<QString> PasswordPrompt::current(const QString& userName)
{
    if (qEnvironmentVariableIsSet(SignInVariable))
        return qEnvironmentVariable(SignInVariable);
    if (!canPrompt())
        return std::unexpected(Error::invalid(
            tr("A password is needed to sign in as %1: set %2 or run the command from a terminal.")
                .arg(userName, QLatin1String(SignInVariable))));
    return readFromTerminal(tr("Password for %1: ").arg(userName));
}

Result<QString> PasswordPrompt::newPassword(const QString& userName)
{
    if (qEnvironmentVariableIsSet(NewPasswordVariable))
        return qEnvironmentVariable(NewPasswordVariable);
    if (!canPrompt())
        return std::unexpected(
            Error::invalid(tr("A new password for %1 is needed: set %2 or run the command from a terminal.")
                               .arg(userName, QLatin1String(NewPasswordVariable))));
    auto first = readFromTerminal(tr("New password for %1: ").arg(userName));
    if (!first)
        return first;
    auto second = readFromTerminal(tr("The same password again: "));
    if (!second)
        return second;
    if (*first != *second)
        return std::unexpected(Error::invalid(tr("The two passwords differ; nothing was changed.")));
    return first;
}

} // namespace od::cli
