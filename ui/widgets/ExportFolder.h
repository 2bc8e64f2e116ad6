#pragma once

#include <QString>

namespace od {

// Where the save dialogs of documents (confirmations, invoices, statements, delivery notes) start:
// the folder the user last saved one in, else their Documents folder.
class ExportFolder
{
public:
    // `fileName` in that folder, to suggest in the save dialog.
    static QString suggest(const QString& fileName);
    // Remembers the folder of `savedPath` for the next save; nothing when it is empty.
    static void remember(const QString& savedPath);
};

} // namespace od
