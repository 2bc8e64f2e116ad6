#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace od::cli {

// Where the CLI gets a password from: an environment variable (for scripts), else a prompt on
// the terminal with echo off. A command that is not run from a terminal and has no variable
// gets an error rather than a prompt nobody answers.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    static constexpr const char* SignInVariable = "ORDERDESK_PASSWORD";
    static constexpr const char* NewPasswordVariable = "ORDERDESK_NEW_PASSWORD";

    // The password of `userName` for signing in.
    static Result<QString> current(const QString& userName);
    // A new password for `userName`, typed twice at the prompt.
    static Result<QString> newPassword(const QString& userName);

private:
    static bool canPrompt();
    static Result<QString> readFromTerminal(const QString& prompt);
};

} // namespace od::cli
