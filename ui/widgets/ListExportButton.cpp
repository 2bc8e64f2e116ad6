#include "ListExportButton.h"

#include "BackgroundTask.h"
#include "ExportFolder.h"
#include "MessageBanner.h"
#include "TableExportService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QShortcut>

namespace od {

namespace {

QString askWithDialog(QWidget* parent, const QString& suggestedPath)
{
    const QString excel = ListExportButton::tr("Excel workbook (*.xlsx)");
    const QString csv = ListExportButton::tr("CSV, UTF-8 (*.csv)");
    QString selected = suggestedPath.endsWith(QLatin1String(".csv")) ? csv : excel;
    QString path = QFileDialog::getSaveFileName(parent, ListExportButton::tr("Export the list"),
                                                suggestedPath, excel + QStringLiteral(";;") + csv, &selected);
    // A name typed without a suffix gets the one of the format chosen.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += selected == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

} // namespace

ListExportButton::ListExportButton(Session& session, QWidget* page, MessageBanner* banner, QString fileName,
                                   Snapshot snapshot)
    : QPushButton(tr("E&xport…"), page), m_session(session), m_banner(banner),
      m_fileName(std::move(fileName)), m_snapshot(std::move(snapshot)), m_askSavePath(askWithDialog)
{
    setObjectName(QStringLiteral("exportList"));
    setToolTip(tr("Export the rows of the current filter to Excel or CSV (Ctrl+E)"));
    connect(this, &QPushButton::clicked, this, &ListExportButton::exportList);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ListExportButton::exportList);
}

Result<QList<TableSheet>> ListExportButton::single(Result<TableSheet> sheet)
{
    if (!sheet)
        return std::unexpected(sheet.error());
    return QList<TableSheet>{*sheet};
}

bool ListExportButton::exportList()
{
    const QString suggested = ExportFolder::suggest(
        QStringLiteral("%1 %2.xlsx").arg(m_fileName, m_session.today().toString(Qt::ISODate)));
    const QString path = m_askSavePath(window(), suggested);
    if (path.isEmpty())
        return false;
    return exportTo(path);
}

bool ListExportButton::exportTo(const QString& path)
{
    if (m_banner)
        m_banner->dismiss();
    auto report = [&](MessageBanner::Kind kind, const QString& text) {
        if (m_banner)
            m_banner->showMessage(kind, text);
    };
    if (auto format = TableExportService::formatOf(path); !format) {
        report(MessageBanner::Kind::Error, format.error().message);
        return false;
    }
    const Build build = m_snapshot();
    TableExportReport written;
    bool cancelled = false;
    const Status done = BackgroundTask::runWithDialog(
        window(), tr("Export the list"), m_session.factory(),
        [&](Session& worker, TaskProgress& progress) -> Status {
            progress.setLabel(tr("Reading the list…"));
            auto sheets = build(worker);
            if (!sheets)
                return std::unexpected(sheets.error());
            progress.setLabel(tr("Writing %1…").arg(QFileInfo(path).fileName()));
            auto result =
                TableExportService(worker).write(path, *sheets, [&progress](qint64 value, qint64 total) {
                    // A list that cannot say its length beforehand shows a busy bar.
                    progress.setMaximum(total > 1 ? total : 0);
                    progress.setValue(value);
                    return !progress.isCancelled();
                });
            if (!result)
                return std::unexpected(result.error());
            written = *result;
            return {};
        },
        &cancelled);
    if (!done) {
        report(MessageBanner::Kind::Error, done.error().message);
        return false;
    }
    if (cancelled || written.cancelled) {
        report(MessageBanner::Kind::Info, tr("The export was cancelled; no file was written."));
        return false;
    }
    ExportFolder::remember(path);
    report(
        MessageBanner::Kind::Info,
        tr("%n row(s) exported to %1.", nullptr, int(written.rowCount)).arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(path, written.rowCount);
    return true;
}

} // namespace od
