#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// The administrator's user management: user add, passwd, disable and list.
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)

public:
    static bool handles(const QString& command);
    explicit UserCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int add();
    int resetPassword();
    int disable();
    int list();

    CliContext& m_ctx;
};

} // namespace od::cli
