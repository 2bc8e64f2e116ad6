#include "CsvImportDialog.h"

#include "CsvImportService.h"
#include "Session.h"
#include "widgets/BackgroundTask.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/Formatting.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QString columnsHint(CsvImportReport::Kind kind)
{
    switch (kind) {
    case CsvImportReport::Kind::Customers:
        return CsvImportDialog::tr(
            "Columns: code, name, contact, phone, email, address, credit_limit, "
            "payment_terms_days, notes. UTF-8 or GB18030; the first line names the columns.");
    case CsvImportReport::Kind::Products:
        return CsvImportDialog::tr(
            "Columns: sku, name, spec, unit, unit_price, lead_time_days, requires_spec. "
            "UTF-8 or GB18030; the first line names the columns.");
    case CsvImportReport::Kind::Orders:
        return CsvImportDialog::tr(
            "One line per order line; lines of the same order are grouped by its reference. "
            "UTF-8 or GB18030; the first line names the columns.");
    case CsvImportReport::Kind::WorkCentres:
        return CsvImportDialog::tr(
            "Columns: code, name, department, hours_per_shift, shifts, units, efficiency_percent. "
            "UTF-8 or GB18030; the first line names the columns.");
    case CsvImportReport::Kind::Routings:
        return CsvImportDialog::tr(
            "Columns: sku, step_no, name, work_centre, setup_hours, run_hours_per_unit, wait_days, "
            "purchase_lead_days; one line per step. UTF-8 or GB18030; the first line names the columns.");
    case CsvImportReport::Kind::Calendar:
        return CsvImportDialog::tr(
            "Columns: date, kind (holiday, workday or overtime), work_centre (empty for the whole company), "
            "hours. UTF-8 or GB18030; the first line names the columns.");
    case CsvImportReport::Kind::Payments:
        return CsvImportDialog::tr(
            "Columns: customer_code, date, amount, reference, then optionally method, note, invoice_no, "
            "bill_maturity. UTF-8 or GB18030; the first line names the columns.");
    }
    return {};
}

} // namespace

CsvImportDialog::CsvImportDialog(Session& session, CsvImportReport::Kind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(kind)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    switch (kind) {
    case CsvImportReport::Kind::Customers:
        setWindowTitle(tr("Import customers from CSV"));
        break;
    case CsvImportReport::Kind::Products:
        setWindowTitle(tr("Import products from CSV"));
        break;
    case CsvImportReport::Kind::Orders:
        setWindowTitle(tr("Import orders from CSV"));
        break;
    case CsvImportReport::Kind::WorkCentres:
        setWindowTitle(tr("Import work centres from CSV"));
        break;
    case CsvImportReport::Kind::Routings:
        setWindowTitle(tr("Import routings from CSV"));
        break;
    case CsvImportReport::Kind::Calendar:
        setWindowTitle(tr("Import calendar days from CSV"));
        break;
    case CsvImportReport::Kind::Payments:
        setWindowTitle(tr("Import payments from CSV"));
        break;
    }

    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto* choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    auto* hint = new QLabel(columnsHint(kind), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_errorsCaption = new QLabel(this);
    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setMaximumHeight(fontMetrics().lineSpacing() * 7 + 8);
    m_errorsCaption->hide();
    m_errors->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::runImport);
    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_errorsCaption);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(900, 560);
}

void CsvImportDialog::chooseFile()
{
    QSettings settings(QStringLiteral("OrderDesk"), QStringLiteral("OrderDesk"));
    const QString folder = settings.value(QStringLiteral("lastImportFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastImportFolder"), QFileInfo(path).absolutePath());
    checkFile(path);
}

Status CsvImportDialog::runService(const QString& path, bool dryRun, CsvImportReport& report)
{
    const CsvImportReport::Kind kind = m_kind;
    CsvImportReport result;
    const QString title = dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName())
                                 : tr("Importing %1…").arg(QFileInfo(path).fileName());
    // The worker has its own connection and its own Session on it; `result` is written there and
    // read here only after the worker has stopped.
    const Status status = BackgroundTask::runWithDialog(
        this, title, m_session.factory(), [&](Session& session, TaskProgress& progress) -> Status {
            CsvImportService service(session);
            auto onProgress = [&progress](qint64 done, qint64 total) {
                progress.setMaximum(total);
                progress.setValue(done);
                return !progress.isCancelled();
            };
            Result<CsvImportReport> outcome = service.import(kind, path, dryRun, onProgress);
            if (!outcome)
                return std::unexpected(outcome.error());
            result = std::move(*outcome);
            return {};
        });
    if (status)
        report = std::move(result);
    return status;
}

bool CsvImportDialog::checkFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_checked = false;
    m_imported = false;
    m_importButton->setEnabled(false);
    CsvImportReport report;
    if (const Status status = runService(path, true, report); !status) {
        showFailure(status.error().message);
        return false;
    }
    m_report = std::move(report);
    m_checked = true;
    showReport();
    return m_report.ok();
}

bool CsvImportDialog::runImport()
{
    if (!m_checked || !m_report.ok() || m_imported)
        return false;
    CsvImportReport report;
    const QString path = m_report.path;
    if (const Status status = runService(path, false, report); !status) {
        showFailure(status.error().message);
        return false;
    }
    m_report = std::move(report);
    showReport();
    m_imported = m_report.committed;
    m_importButton->setEnabled(false);
    if (m_imported)
        Q_EMIT imported(m_report.recordCount);
    return m_imported;
}

void CsvImportDialog::showFailure(const QString& message)
{
    m_summary->setText(message);
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(FieldErrorLabel::errorColor().name()));
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_errors->clear();
    m_errors->hide();
    m_errorsCaption->hide();
}

void CsvImportDialog::showReport()
{
    const CsvImportReport& r = m_report;
    QString summary = r.summary();
    if (r.rowCount > 0)
        summary += u' ' + tr("%1 data rows, %2.").arg(Formatting::count(r.rowCount), r.encoding);
    if (r.rowCount > r.previewRows.size() && !r.previewRows.isEmpty())
        summary += u' ' + tr("The first %1 rows are shown.").arg(r.previewRows.size());
    m_summary->setText(summary);
    const bool good = r.ok();
    m_summary->setStyleSheet(good ? QStringLiteral("color: #1b6e2a;")
                                  : QStringLiteral("color: %1;").arg(FieldErrorLabel::errorColor().name()));

    m_preview->clear();
    m_preview->setColumnCount(int(r.header.size()));
    m_preview->setHorizontalHeaderLabels(r.header);
    m_preview->setRowCount(int(r.previewRows.size()));
    QSet<int> badLines;
    for (const CsvImportError& error : r.errors)
        badLines.insert(error.line);
    QStringList lineLabels;
    for (int row = 0; row < r.previewRows.size(); ++row) {
        const QStringList& fields = r.previewRows.at(row);
        const int line = row < r.previewLines.size() ? r.previewLines.at(row) : -1;
        for (int column = 0; column < fields.size() && column < r.header.size(); ++column) {
            auto* item = new QTableWidgetItem(fields.at(column));
            if (badLines.contains(line))
                item->setBackground(QColor(0xfd, 0xe0, 0xe0)); // the rows the error list talks about
            m_preview->setItem(row, column, item);
        }
        // The file's own line numbers, so the preview matches the error list.
        lineLabels << QString::number(row < r.previewLines.size() ? r.previewLines.at(row) : row + 2);
    }
    m_preview->setVerticalHeaderLabels(lineLabels);

    m_errors->clear();
    const QStringList errors = r.formattedErrors();
    for (const QString& error : errors) {
        auto* item = new QListWidgetItem(error, m_errors);
        item->setForeground(FieldErrorLabel::errorColor());
    }
    // Rows read in a way the file does not spell out come after the errors, in the warning colour.
    for (const CsvImportError& note : r.notes) {
        auto* item = new QListWidgetItem(CsvImportReport::formatError(r.path, note), m_errors);
        item->setForeground(FieldErrorLabel::warningColor());
    }
    // Payments recorded by an earlier import are named, each with its line, and left out.
    for (const CsvImportError& done : r.alreadyRecorded) {
        auto* item = new QListWidgetItem(CsvImportReport::formatError(r.path, done), m_errors);
        item->setForeground(FieldErrorLabel::warningColor());
    }
    const int remarks = int(r.notes.size() + r.alreadyRecorded.size());
    m_errorsCaption->setText(
        errors.isEmpty()
            ? tr("%n note(s) — the file is imported as said here:", nullptr, remarks)
            : tr("%n error(s) — fix them in the file and choose it again:", nullptr, int(errors.size())));
    m_errorsCaption->setVisible(!errors.isEmpty() || remarks > 0);
    m_errors->setVisible(!errors.isEmpty() || remarks > 0);
    m_importButton->setEnabled(r.dryRun && good && r.recordCount > 0);
}

} // namespace od
