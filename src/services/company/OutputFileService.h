#pragma once

#include "Error.h"
#include "Session.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace od {

// For the front ends: a file the user chose (a confirmation PDF, later invoices and reports)
// written through the core's OutputFile, so that it can never replace the open database, its
// companion files or any other OrderDesk database, and replaces an existing file only once it
// is complete.
class OutputFileService
{
public:
    explicit OutputFileService(Session& session) : m_session(session) {}

    // `fill` writes the content into the device; an error from it leaves the target as it was.
    using Fill = std::function<Status(QIODevice& device)>;
    Status write(const QString& target, const Fill& fill);

private:
    Session& m_session;
};

} // namespace od
