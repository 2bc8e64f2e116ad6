#pragma once

#include "main/WorkflowPage.h"

#include "CsvImportReport.h"
#include "Error.h"
#include "Permission.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace od {

class MessageBanner;
class Session;

// The list page shared by customers and products: a search box (searched in SQL, at most a few
// hundred rows), a show-deactivated toggle, the table and add/edit/deactivate/import buttons that
// are disabled, with the reason as tooltip, when the user's role may not use them. A subclass owns
// the typed model and says how to search, edit and (de)activate one record.
class MasterDataView : public WorkflowPage
{
    Q_OBJECT

public:
    // The visible texts come from the subclass so that they are translated in its own context.
    struct Setup
    {
        QString title;
        QString searchPlaceholder;
        QString showInactiveText;
        QString addText;
        QString editText;
        QString deactivateText;
        QString reactivateText;
        QString importText;
        QString searchObjectName;
        QString tableObjectName;
        QString countObjectName;
        Permission editPermission;
        CsvImportReport::Kind csvKind;
    };

    static constexpr int SearchLimit = 500;

    void focusSearch() override;
    void reload() override;

    void editCurrent();
    void toggleActiveOfCurrent();
    void importCsv();

    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }

    QString statusText() const override;

protected:
    MasterDataView(Session& session, Setup setup, QWidget* parent);

    // Called once by the subclass constructor; the table takes the model and the column widths
    // are set afterwards by the subclass.
    void setModel(QAbstractItemModel* model);

    void addRecord();
    void selectRecord(qint64 id);
    Session& session() const { return m_session; }

    // Searches and puts the rows into the model; the number of rows found.
    virtual Result<int> loadRows(const QString& text, int limit, bool includeInactive) = 0;
    virtual QString countText(int rows, bool truncated) const = 0;
    virtual qint64 idAt(int row) const = 0; // 0 when there is no such row
    virtual bool isActiveAt(int row) const = 0;
    virtual int rowOf(qint64 id) const = 0;
    virtual Status setActive(qint64 id, bool active) = 0;
    // Opens the dialog for a new record (row < 0) or the one at `row`; the saved record's id, or
    // nothing when the user cancelled.
    virtual std::optional<qint64> runEditor(int row) = 0;

private:
    void updateButtons();
    int currentRow() const;

    Session& m_session;
    Setup m_setup;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace od
