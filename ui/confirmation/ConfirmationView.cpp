#include "ConfirmationView.h"

#include "OrderDocumentService.h"
#include "OrderQueryService.h"
#include "OutputFileService.h"
#include "Permissions.h"
#include "confirmation/DocumentPreview.h"
#include "confirmation/RecordConfirmationDialog.h"
#include "confirmation/ReturnToDraftDialog.h"
#include "models/AwaitingConfirmationModel.h"
#include "widgets/ExportFolder.h"
#include "widgets/Formatting.h"
#include "widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace od {

namespace {

QString askSavePathWithDialog(QWidget* parent, const QString& suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, ConfirmationView::tr("Export confirmation as PDF"),
                                        suggestedPath, ConfirmationView::tr("PDF documents (*.pdf)"));
}

} // namespace

ConfirmationView::ConfirmationView(Session& session, QWidget* parent)
    : WorkflowPage(parent), m_session(session), m_askSavePath(&askSavePathWithDialog)
{
    connect(this, &ConfirmationView::orderChanged, this, &WorkflowPage::dataChanged);
    m_model = new AwaitingConfirmationModel(this);
    m_banner = new MessageBanner(this);

    auto* title = new QLabel(tr("Awaiting confirmation"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("confirmationFilter"));
    m_filter->setPlaceholderText(tr("Filter by order number, customer or salesperson (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("awaitingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(AwaitingConfirmationModel::CustomerColumn,
                                                      QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(AwaitingConfirmationModel::OrderNoColumn, digit * 17);
    m_table->setColumnWidth(AwaitingConfirmationModel::RevisionColumn, digit * 6);
    m_table->setColumnWidth(AwaitingConfirmationModel::SentColumn, digit * 12);
    m_table->setColumnWidth(AwaitingConfirmationModel::AgeColumn, digit * 10);
    m_table->setColumnWidth(AwaitingConfirmationModel::RequestedColumn, digit * 12);
    m_table->setColumnWidth(AwaitingConfirmationModel::TotalColumn, digit * 15);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("awaitingCount"));

    m_exportButton = new QPushButton(tr("Export PDF…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_recordButton = new QPushButton(tr("Record confirmation…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordConfirmationButton"));
    m_returnButton = new QPushButton(tr("Return to draft…"), this);
    m_returnButton->setObjectName(QStringLiteral("returnToDraftButton"));

    // The list on top, the document below across the full width: an A4 page needs about
    // 900 pixels to be legible, which a side-by-side layout cannot give at 1280×800.
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_count);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_table, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_recordButton);
    actions->addWidget(m_returnButton);
    actions->addStretch(1);
    actions->addWidget(m_exportButton);
    topLayout->addLayout(actions);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    m_previewTitle = new QLabel(tr("Confirmation document"), this);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_preview = new DocumentPreview(this);
    m_preview->setMessage(tr("Choose an order to see its confirmation document."));
    bottomLayout->addWidget(m_previewTitle);
    bottomLayout->addWidget(m_preview, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("confirmationSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        const qint64 keep = currentOrderId();
        m_model->setFilter(text);
        if (!selectOrder(keep) && m_model->rowCount() > 0)
            m_table->selectRow(0);
        onCurrentChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConfirmationView::onCurrentChanged);
    connect(m_table, &QTableView::doubleClicked, this, &ConfirmationView::recordConfirmation);
    connect(m_preview, &DocumentPreview::fittingDpiChanged, this, &ConfirmationView::showPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ConfirmationView::exportPdf);
    connect(m_recordButton, &QPushButton::clicked, this, &ConfirmationView::recordConfirmation);
    connect(m_returnButton, &QPushButton::clicked, this, &ConfirmationView::returnToDraft);

    reload();
}

ConfirmationView::~ConfirmationView()
{
    // A preview still rendering must finish before the watcher goes away.
    if (m_renderWatcher)
        m_renderWatcher->waitForFinished();
}

void ConfirmationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_splitSet && m_splitter->height() > 0) {
        // Two fifths for the list, the rest for the document; the user may drag it after that.
        m_splitSet = true;
        const int h = m_splitter->height();
        m_splitter->setSizes({h * 2 / 5, h - h * 2 / 5});
    }
}

void ConfirmationView::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ConfirmationView::reload()
{
    const qint64 keep = currentOrderId();
    auto rows = OrderQueryService(m_session).awaitingConfirmation();
    if (!rows) {
        showError(rows.error());
        return;
    }
    m_banner->dismiss();
    m_model->setRows(std::move(*rows), m_session.today());
    if (!selectOrder(keep) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    const int total = m_model->totalCount();
    m_count->setText(total == 0 ? tr("No order is waiting for a customer's confirmation.")
                                : tr("%n order(s) waiting for the customer's confirmation.", nullptr, total));
    Q_EMIT statusTextChanged();
    onCurrentChanged();
}

bool ConfirmationView::selectOrder(qint64 orderId)
{
    const int row = orderId ? m_model->rowOf(orderId) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

qint64 ConfirmationView::currentOrderId() const
{
    const AwaitingConfirmation* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->orderId : 0;
}

void ConfirmationView::onCurrentChanged()
{
    updateButtons();
    showPreview();
}

void ConfirmationView::updateButtons()
{
    const bool any = currentOrderId() != 0;
    const bool mayRecord = Permissions::allows(m_session, Permission::RecordConfirmation);
    const QString refusal =
        mayRecord ? QString()
                  : PermissionInfo::refusal(m_session.user().role, Permission::RecordConfirmation);
    m_exportButton->setEnabled(any);
    m_recordButton->setEnabled(any && mayRecord);
    m_returnButton->setEnabled(any && mayRecord);
    m_recordButton->setToolTip(refusal);
    m_returnButton->setToolTip(refusal);
}

void ConfirmationView::showError(const Error& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}

Result<ConfirmationDocument> ConfirmationView::documentFor(Session& session, qint64 orderId)
{
    auto source = OrderDocumentService(session).forOrder(orderId);
    if (!source)
        return std::unexpected(source.error());
    return ConfirmationDocument(*source);
}

void ConfirmationView::showPreview()
{
    const AwaitingConfirmation* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        m_previewKey.clear();
        m_previewTitle->setText(tr("Confirmation document"));
        m_preview->setMessage(m_model->totalCount() == 0
                                  ? tr("Nothing is waiting for confirmation.")
                                  : tr("Choose an order to see its confirmation document."));
        return;
    }
    const int dpi = m_preview->fittingDpi();
    const QString key =
        QStringLiteral("%1/%2/%3/%4").arg(row->orderId).arg(row->revision).arg(row->total.minor()).arg(dpi);
    if (key == m_previewKey)
        return;
    if (m_renderWatcher) {
        // One render at a time; the newest selection is rendered when this one is done.
        m_previewAgain = true;
        return;
    }
    m_previewKey = key;
    m_previewTitle->setText(tr("Confirmation of %1, revision %2").arg(row->orderNo).arg(row->revision));
    auto document = documentFor(m_session, row->orderId);
    if (!document) {
        m_preview->setMessage(document.error().message);
        return;
    }
    m_preview->setMessage(tr("Preparing the preview…"));
    // Laying out and painting the pages takes a moment; the list stays responsive meanwhile.
    m_renderWatcher = new QFutureWatcher<QList<QImage>>(this);
    connect(m_renderWatcher, &QFutureWatcher<QList<QImage>>::finished, this, [this] {
        const QList<QImage> pages = m_renderWatcher->result();
        m_renderWatcher->deleteLater();
        m_renderWatcher = nullptr;
        if (m_previewAgain) {
            m_previewAgain = false;
            m_previewKey.clear();
            showPreview();
            return;
        }
        m_preview->setPages(pages);
    });
    m_renderWatcher->setFuture(
        QtConcurrent::run([doc = std::move(*document), dpi] { return doc.renderPages(dpi); }));
}

bool ConfirmationView::exportPdf()
{
    const AwaitingConfirmation* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return false;
    const QString path = m_askSavePath(
        this, ExportFolder::suggest(QStringLiteral("%1-R%2.pdf").arg(row->orderNo).arg(row->revision)));
    if (path.isEmpty())
        return false;
    ExportFolder::remember(path);
    return exportPdfTo(path);
}

bool ConfirmationView::exportPdfTo(const QString& path)
{
    const qint64 orderId = currentOrderId();
    if (!orderId)
        return false;
    auto document = documentFor(m_session, orderId);
    if (!document) {
        showError(document.error());
        return false;
    }
    auto written =
        OutputFileService(m_session).write(path, [&](QIODevice& file) { return document->writePdf(file); });
    if (!written) {
        showError(written.error());
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ConfirmationView::recordConfirmation()
{
    const AwaitingConfirmation* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || !m_recordButton->isEnabled())
        return false;
    const AwaitingConfirmation chosen = *row;
    QString contact;
    if (auto source = OrderDocumentService(m_session).forOrder(chosen.orderId))
        contact = source->customer.contact;
    RecordConfirmationDialog dialog(m_session, chosen.orderId, chosen.revision, chosen.orderNo, contact,
                                    this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("%1 revision %2 is confirmed.").arg(chosen.orderNo).arg(chosen.revision));
    Q_EMIT orderChanged(chosen.orderId);
    return true;
}

bool ConfirmationView::returnToDraft()
{
    const AwaitingConfirmation* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || !m_returnButton->isEnabled())
        return false;
    const AwaitingConfirmation chosen = *row;
    ReturnToDraftDialog dialog(m_session, chosen.orderId, chosen.orderNo, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    m_banner->showMessage(
        MessageBanner::Kind::Info,
        tr("%1 is back in draft; change it in the order intake and send it again.").arg(chosen.orderNo));
    Q_EMIT orderChanged(chosen.orderId);
    return true;
}

QString ConfirmationView::statusText() const
{
    return m_count->text();
}

} // namespace od
