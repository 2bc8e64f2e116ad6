#pragma once

#include "main/WorkflowPage.h"

#include "ConfirmationDocument.h"
#include "Error.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
template <typename T> class QFutureWatcher;

namespace od {

class AwaitingConfirmationModel;
class DocumentPreview;
class MessageBanner;
class Session;

// 订单确认: the orders waiting for the customer's answer, oldest first, with the confirmation
// document as it will print; export it as PDF, record the customer's confirmation, or return
// the order to draft with a reason.
class ConfirmationView : public WorkflowPage
{
    Q_OBJECT

public:
    // Asks where to save the PDF; returns "" when the user cancels. Tests replace it.
    using SavePathFunction = std::function<QString(QWidget* parent, const QString& suggestedPath)>;

    explicit ConfirmationView(Session& session, QWidget* parent = nullptr);
    ~ConfirmationView() override;

    void focusSearch() override;
    void reload() override;

    bool selectOrder(qint64 orderId);
    bool openRecord(qint64 orderId) override { return selectOrder(orderId); }
    qint64 currentOrderId() const;
    // Open the dialogs for the selected order; true when the order changed.
    bool recordConfirmation();
    bool returnToDraft();
    // Asks for a file name (default <order no>-R<revision>.pdf) and writes the document there.
    bool exportPdf();
    bool exportPdfTo(const QString& path);
    void setSavePathFunction(SavePathFunction ask) { m_askSavePath = std::move(ask); }

    // The confirmation document of an order, from the database and the company profile.
    static Result<ConfirmationDocument> documentFor(Session& session, qint64 orderId);

    AwaitingConfirmationModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DocumentPreview* preview() const { return m_preview; }
    bool isPreviewPending() const { return m_renderWatcher != nullptr; }

    QString statusText() const override;

Q_SIGNALS:
    void orderChanged(qint64 orderId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onCurrentChanged();
    void showPreview();
    void updateButtons();
    void showError(const Error& error);

    Session& m_session;
    SavePathFunction m_askSavePath;
    AwaitingConfirmationModel* m_model = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_previewTitle = nullptr;
    DocumentPreview* m_preview = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitSet = false;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_returnButton = nullptr;
    QFutureWatcher<QList<QImage>>* m_renderWatcher = nullptr;
    QString m_previewKey; // order, revision and version now shown or being rendered
    bool m_previewAgain = false;
};

} // namespace od
