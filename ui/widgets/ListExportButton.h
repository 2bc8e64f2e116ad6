#pragma once

#include "Error.h"
#include "Session.h"
#include "TableSheet.h"

#include <QPushButton>

#include <functional>

namespace od {

class MessageBanner;

// 导出 Export… on a list page, the one piece of UI every list shares: asks where to save
// (Excel .xlsx or CSV, by the file's suffix), then writes exactly the rows of the page's current
// filter on a worker thread with its own connection, behind a progress dialog that can cancel it,
// so the window never freezes. Ctrl+E on the page does the same. The outcome is shown in the
// page's banner.
class ListExportButton : public QPushButton
{
    Q_OBJECT

public:
    // What the worker reads: the tables, built in the worker's own session.
    using Build = std::function<Result<QList<TableSheet>>(Session& worker)>;
    // Runs on the UI thread when the user asks, reading the page's filters as they are then.
    using Snapshot = std::function<Build()>;
    // The save dialog; tests replace it. Returns the chosen path, empty when cancelled.
    using AskSavePath = std::function<QString(QWidget* parent, const QString& suggestedPath)>;

    // `page` gets the Ctrl+E shortcut; `fileName` (no suffix) is suggested with today's date.
    ListExportButton(Session& session, QWidget* page, MessageBanner* banner, QString fileName,
                     Snapshot snapshot);

    // A single table as what Build returns.
    static Result<QList<TableSheet>> single(Result<TableSheet> sheet);

    void setAskSavePath(AskSavePath ask) { m_askSavePath = std::move(ask); }
    // Asks for the file and exports; false when cancelled or refused.
    bool exportList();
    // Exports to `path` without asking (the dialog's choice).
    bool exportTo(const QString& path);

Q_SIGNALS:
    void exported(const QString& path, qint64 rows);

private:
    Session& m_session;
    MessageBanner* m_banner;
    QString m_fileName;
    Snapshot m_snapshot;
    AskSavePath m_askSavePath;
};

} // namespace od
