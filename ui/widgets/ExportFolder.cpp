#include "ExportFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace od {

namespace {

const QString kKey = QStringLiteral("lastExportFolder");

QSettings settings()
{
    return QSettings(QStringLiteral("OrderDesk"), QStringLiteral("OrderDesk"));
}

} // namespace

QString ExportFolder::suggest(const QString& fileName)
{
    QString folder = settings().value(kKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(fileName);
}

void ExportFolder::remember(const QString& savedPath)
{
    if (!savedPath.isEmpty())
        settings().setValue(kKey, QFileInfo(savedPath).absolutePath());
}

} // namespace od
