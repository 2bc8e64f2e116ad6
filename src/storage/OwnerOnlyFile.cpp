#include "OwnerOnlyFile.h"

namespace od {

Status OwnerOnlyFile::createEmpty(const QString& path)
{
    QFile file(path);
    // open(mode, permissions) passes the mode to open(2): no window with the umask's defaults.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return std::unexpected(Error::storage(tr("Could not create %1: %2").arg(path, file.errorString())));
    file.close();
    return {};
}

Status OwnerOnlyFile::restrict(const QString& path)
{
    QFile file(path);
    if (!file.setPermissions(permissions))
        return std::unexpected(
            Error::storage(tr("Could not make %1 private to its owner: %2").arg(path, file.errorString())));
    return {};
}

} // namespace od
