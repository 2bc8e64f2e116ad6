#pragma once

#include "Error.h"

namespace od::cli {

// What the process returns: 0 done, 1 the user asked for something wrong (bad option, unknown
// order, a CSV with errors, problems found by `check`), 2 anything else (the database failed).
enum ExitCode
{
    Success = 0,
    UserError = 1,
    Failure = 2
};

inline int exitCodeFor(const Error& error)
{
    return error.kind == Error::Kind::Storage ? Failure : UserError;
}

} // namespace od::cli
