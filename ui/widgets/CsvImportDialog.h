#pragma once

#include "CsvImportReport.h"
#include "Error.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace od {

class Session;

// Importing customers, products or orders from a CSV file, in two steps the user can see:
// choosing a file checks it (a dry run that changes nothing) and shows the first rows and every
// error as FILE:LINE: message; Import is possible only when the check found no error, and runs
// on a worker thread with its own database connection, a progress bar and Cancel.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Session& session, CsvImportReport::Kind kind, QWidget* parent = nullptr);

    // The dry run for `path`; false when the file could not be read or has errors.
    bool checkFile(const QString& path);
    // The real import of the checked file; true when records were committed.
    bool runImport();

    const CsvImportReport& report() const { return m_report; }
    bool importDone() const { return m_imported; }
    QPushButton* importButton() const { return m_importButton; }
    QListWidget* errorList() const { return m_errors; }
    QTableWidget* previewTable() const { return m_preview; }

Q_SIGNALS:
    void imported(qint64 records);

private:
    void chooseFile();
    // Runs the service on a worker thread; the report is filled when the Result is fine.
    Status runService(const QString& path, bool dryRun, CsvImportReport& report);
    void showReport();
    void showFailure(const QString& message);

    Session& m_session;
    CsvImportReport::Kind m_kind;
    CsvImportReport m_report;
    bool m_checked = false;
    bool m_imported = false;

    QLineEdit* m_path = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_errorsCaption = nullptr;
    QListWidget* m_errors = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace od
