#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace od {

// The database and its backups hold the whole company's orders and customers, so their files
// are readable and writable by their owner only (0600 on Unix). A file is created with these
// permissions in the same system call that creates it, so it is never readable by others, not
// even for a moment.
class OwnerOnlyFile
{
    Q_DECLARE_TR_FUNCTIONS(OwnerOnlyFile)

public:
    static constexpr QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;

    // Creates `path` as an empty owner-only file; fails when it already exists.
    static Status createEmpty(const QString& path);
    // Takes the permissions of others away from an existing file.
    static Status restrict(const QString& path);
};

} // namespace od
