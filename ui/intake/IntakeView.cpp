#include "IntakeView.h"

#include "LessonService.h"
#include "OrderValidator.h"
#include "Permissions.h"
#include "PlanningService.h"
#include "Session.h"
#include "intake/OrderHeaderForm.h"
#include "intake/OrderLinesEditor.h"
#include "intake/OrderLinesTable.h"
#include "intake/OrderTotalsPanel.h"
#include "models/OrderLinesModel.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/LookupLineEdit.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

namespace {
constexpr int ValidationPauseMs = 350;
}

IntakeView::IntakeView(Session& session, QWidget* parent)
    : WorkflowPage(parent), m_session(session), m_intake(session), m_ask(&IntakeView::askWithMessageBox)
{
    connect(this, &IntakeView::orderSaved, this, &WorkflowPage::dataChanged);
    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidationPauseMs);
    connect(m_validateTimer, &QTimer::timeout, this, &IntakeView::validateNow);
    m_earliestTimer = new QTimer(this);
    m_earliestTimer->setSingleShot(true);
    m_earliestTimer->setInterval(250);
    connect(m_earliestTimer, &QTimer::timeout, this, &IntakeView::updateEarliestDelivery);

    buildLayout();
    newOrder();
}

IntakeView::~IntakeView() = default;

void IntakeView::buildLayout()
{
    m_banner = new MessageBanner(this);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (m_order.id != 0)
            openOrder(m_order.id);
    });

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("intakeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_savedInfo = new QLabel(this);
    m_savedInfo->setObjectName(QStringLiteral("savedInfo"));
    m_savedInfo->setStyleSheet(QStringLiteral("color: #1b6e2a;"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("intakeNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f1fb; color: #173f6b; border: 1px solid #a9c6e8;"
                       " border-radius: 4px; padding: 5px 8px; }"));
    m_note->hide();
    m_lessons = new QLabel(this);
    m_lessons->setObjectName(QStringLiteral("intakeLessons"));
    m_lessons->setWordWrap(true);
    m_lessons->setTextFormat(Qt::RichText);
    m_lessons->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; color: #5d4200; border: 1px solid #f0d48a;"
                       " border-radius: 4px; padding: 5px 8px; }"));
    m_lessons->hide();

    m_header = new OrderHeaderForm(m_session, this);
    connect(m_header, &OrderHeaderForm::edited, this, &IntakeView::onEdited);
    connect(m_header, &OrderHeaderForm::failed, this, &IntakeView::showError);
    m_linesError = new FieldErrorLabel(this);
    m_linesError->setObjectName(QStringLiteral("linesError"));

    m_linesModel = new OrderLinesModel(this);
    m_lines = new OrderLinesEditor(m_session, *m_linesModel, this);
    m_totals = new OrderTotalsPanel(this);

    m_saveButton = new QPushButton(tr("Save draft"), this);
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_saveButton->setToolTip(tr("Save the order as a draft (Ctrl+S)"));
    m_submitButton = new QPushButton(tr("Submit for confirmation"), this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setToolTip(tr("Save and send this revision to the customer for confirmation"));
    for (auto* button : {m_saveButton, m_submitButton})
        button->setAutoDefault(false);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_savedInfo);

    auto* linesCaption = new QLabel(tr("&Lines"), this);
    linesCaption->setBuddy(m_lines->table());
    QFont bold = linesCaption->font();
    bold.setBold(true);
    linesCaption->setFont(bold);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_linesError, 1, Qt::AlignTop);
    bottom->addStretch(1); // keeps the totals at the right when there is no error to show
    bottom->addSpacing(24);
    bottom->addWidget(m_totals, 0, Qt::AlignTop);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_submitButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(titleRow);
    layout->addWidget(m_note);
    layout->addWidget(m_header);
    layout->addWidget(m_lessons);
    layout->addSpacing(4);
    layout->addWidget(linesCaption);
    layout->addWidget(m_lines, 1);
    layout->addLayout(bottom);
    layout->addLayout(buttons);

    setTabOrder(m_header->lastField(), m_lines->table());
    setTabOrder(m_lines->table(), m_lines->addButton());
    setTabOrder(m_lines->addButton(), m_lines->removeButton());
    setTabOrder(m_lines->removeButton(), m_saveButton);
    setTabOrder(m_saveButton, m_submitButton);

    connect(m_linesModel, &OrderLinesModel::linesEdited, this, &IntakeView::onEdited);
    connect(m_lines->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IntakeView::updateLinesMessage);
    connect(m_linesModel, &QAbstractItemModel::dataChanged, this, &IntakeView::updateLinesMessage);
    connect(m_saveButton, &QPushButton::clicked, this, &IntakeView::saveDraft);
    connect(m_submitButton, &QPushButton::clicked, this, &IntakeView::submitForConfirmation);
}

void IntakeView::newOrder()
{
    m_banner->dismiss();
    m_savedInfo->clear();
    showOrder(m_intake.newDraft());
    m_header->customerPicker()->setFocus();
}

bool IntakeView::openOrder(qint64 orderId)
{
    auto order = m_intake.load(orderId);
    if (!order) {
        showError(order.error());
        return false;
    }
    m_banner->dismiss();
    m_savedInfo->clear();
    showOrder(*order);
    // An opened order shows what is still wrong with it (e.g. a draft saved with warnings).
    if (isEditable())
        validateNow();
    return true;
}

void IntakeView::reload()
{
    // Data changed elsewhere: refresh a clean form; never throw away what the user typed.
    if (m_dirty)
        return;
    if (m_order.id != 0)
        openOrder(m_order.id);
}

void IntakeView::focusSearch()
{
    m_header->customerPicker()->setFocus(Qt::ShortcutFocusReason);
    m_header->customerPicker()->selectAll();
}

Permission IntakeView::editPermission() const
{
    const bool own = m_order.salespersonId == 0 || m_order.salespersonId == m_session.user().id;
    return own ? Permission::EditOwnOrders : Permission::EditAllOrders;
}

bool IntakeView::isEditable() const
{
    return OrderStatusInfo::isEditable(m_order.status) && Permissions::allows(m_session, editPermission());
}

void IntakeView::showOrder(const Order& order)
{
    m_filling = true;
    m_validateTimer->stop();
    m_order = order;
    m_header->showOrder(order);
    m_linesModel->setLines(order.lines);
    clearReport();
    m_dirty = false;
    m_filling = false;
    applyReadOnly();
    updateTitle();
    recalculateTotals();
    showLessons();
    Q_EMIT statusTextChanged();
}

void IntakeView::applyReadOnly()
{
    const bool editable = isEditable();
    m_header->setReadOnly(!editable);
    m_lines->setReadOnly(!editable);
    m_saveButton->setVisible(editable);
    m_submitButton->setVisible(editable);

    QString note;
    if (!Permissions::allows(m_session, editPermission())) {
        note = PermissionInfo::refusal(m_session.user().role, editPermission()) + u' ' +
               tr("The order is shown read-only.");
    } else if (!editable) {
        note = tr("%1 is %2, so it opens read-only. Changes to it go through a change request.")
                   .arg(m_order.orderNo, OrderStatusInfo::displayName(m_order.status));
    } else if (m_order.id != 0 && m_order.lastSentRevision >= m_order.revision) {
        note = tr("Revision %1 was sent to the customer. Saving a change will start revision %2, and the "
                  "customer "
                  "must confirm again.")
                   .arg(m_order.revision)
                   .arg(m_order.revision + 1);
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void IntakeView::updateTitle()
{
    if (m_order.id == 0) {
        m_title->setText(m_dirty ? tr("New order (not saved)") : tr("New order"));
    } else {
        QString text = tr("%1 · revision %2 · %3")
                           .arg(m_order.orderNo)
                           .arg(m_order.revision)
                           .arg(OrderStatusInfo::displayName(m_order.status));
        if (m_dirty)
            text += tr(" (changed, not saved)");
        m_title->setText(text);
    }
    m_submitButton->setEnabled(isEditable() &&
                               (m_dirty || m_order.status != OrderStatus::AwaitingConfirmation));
}

Order IntakeView::orderFromForm() const
{
    Order order = m_order;
    m_header->applyTo(order);
    order.lines = m_linesModel->lines();
    return order;
}

void IntakeView::onEdited()
{
    if (m_filling)
        return;
    if (!m_dirty) {
        m_dirty = true;
        m_savedInfo->clear();
        updateTitle();
    }
    recalculateTotals();
    m_validateTimer->start();
    Q_EMIT statusTextChanged();
}

QString IntakeView::statusText() const
{
    QString text = tr("%n line(s)", nullptr, m_linesModel->rowCount());
    int errors = 0;
    for (const auto& issue : m_report.issues)
        errors += issue.severity == ValidationIssue::Severity::Error ? 1 : 0;
    if (errors > 0)
        text += tr(" · %n problem(s) to fix", nullptr, errors);
    if (m_dirty)
        text += tr(" · not saved");
    else if (m_order.id != 0)
        text += tr(" · saved");
    return text;
}

void IntakeView::recalculateTotals()
{
    m_earliestTimer->start();
    if (!m_header->hasValidTaxRate() || m_linesModel->hasUnparsedNumbers()) {
        m_totals->setIncomplete();
        return;
    }
    Order order = orderFromForm();
    const ValidationReport arithmetic = OrderValidator::recalculate(order);
    QList<std::optional<Money>> amounts;
    for (const OrderLine& line : order.lines)
        amounts << line.amount;
    // A line whose quantity × price is too large to be money has no amount.
    for (const auto& issue : arithmetic.issues)
        if (issue.code == QLatin1String("overflow") && issue.line >= 0 && issue.line < amounts.size())
            amounts[issue.line].reset();
    m_linesModel->setAmounts(amounts);
    if (arithmetic.hasErrors())
        m_totals->setIncomplete();
    else
        m_totals->setTotals(order.subtotal, order.tax, order.taxRate, order.total, order.currency);
}

void IntakeView::updateEarliestDelivery()
{
    m_earliestTimer->stop();
    if (!isEditable()) {
        m_header->setEarliestDelivery({}, {});
        return;
    }
    const Order order = orderFromForm();
    QList<PromiseLine> lines;
    for (const OrderLine& line : order.lines)
        if (line.productId > 0 && line.quantity.isPositive())
            lines << PromiseLine{line.productId, line.quantity, line.requestedDate};
    if (lines.isEmpty()) {
        m_header->setEarliestDelivery({}, {});
        return;
    }
    auto earliest = PlanningService(m_session).earliestDelivery(lines, order.requestedDate);
    if (!earliest) {
        m_header->setEarliestDelivery({}, {}, earliest.error().message);
        return;
    }
    m_header->setEarliestDelivery(*earliest, order.requestedDate);
}

void IntakeView::showLessons()
{
    const Order order = orderFromForm();
    QList<qint64> products;
    for (const OrderLine& line : order.lines)
        if (line.productId > 0 && !products.contains(line.productId))
            products << line.productId;
    auto lessons = LessonService(m_session).about(order.customerId, products);
    if (!lessons || lessons->isEmpty()) {
        m_lessons->hide();
        return;
    }
    QString html =
        QStringLiteral("<b>%1</b>").arg(tr("Lessons learnt about this customer or product:").toHtmlEscaped());
    for (const Lesson& l : *lessons) {
        QStringList about;
        for (const LessonTag& t : l.customers)
            about << t.name;
        for (const LessonTag& t : l.products)
            about << t.code;
        html += QStringLiteral("<br>• %1 <span style=\"color:#8a6d00\">(%2)</span>")
                    .arg(l.body.toHtmlEscaped(), about.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_lessons->setText(html);
    m_lessons->show();
}

void IntakeView::validateNow()
{
    m_validateTimer->stop();
    showLessons();
    if (!isEditable())
        return;
    Order order = orderFromForm();
    auto report = m_intake.validate(order);
    if (!report) {
        showError(report.error());
        return;
    }
    showReport(*report);
}

void IntakeView::clearReport()
{
    m_report = {};
    m_header->clearReport();
    m_linesError->clearMessage();
    m_linesModel->setIssues({});
    updateLinesMessage();
}

void IntakeView::showReport(const ValidationReport& report)
{
    m_report = report;
    m_header->showReport(report);
    m_linesModel->setIssues(report);
    updateLinesMessage();
    Q_EMIT statusTextChanged();
}

void IntakeView::updateLinesMessage()
{
    QList<ValidationIssue> issues = m_report.forField(QStringLiteral("lines"));
    const QModelIndex current = m_lines->table()->currentIndex();
    int shown = current.isValid() ? current.row() : -1;
    if (m_linesModel->problemsOfRow(shown).isEmpty()) {
        const QModelIndex first = m_linesModel->firstProblem(false);
        shown = first.isValid() ? first.row() : -1;
    }
    issues << m_linesModel->problemsOfRow(shown);

    QStringList others;
    bool othersHaveErrors = false;
    for (int row = 0; row < m_linesModel->rowCount(); ++row) {
        if (row == shown)
            continue;
        const QList<ValidationIssue> problems = m_linesModel->problemsOfRow(row);
        if (problems.isEmpty())
            continue;
        others << QString::number(row + 1);
        othersHaveErrors = othersHaveErrors || problems.first().severity == ValidationIssue::Severity::Error;
    }
    if (!others.isEmpty()) {
        ValidationIssue more;
        more.severity =
            othersHaveErrors ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning;
        more.field = QStringLiteral("lines");
        more.message = tr("Line(s) %1 need a look too.", nullptr, int(others.size()))
                           .arg(others.join(QStringLiteral(", ")));
        issues << more;
    }
    m_linesError->showIssues(issues);
}

const ValidationIssue* IntakeView::firstInFormOrder(const ValidationReport& report,
                                                    ValidationIssue::Severity severity) const
{
    static const QStringList headerFields{
        QStringLiteral("customer"), QStringLiteral("order_date"), QStringLiteral("requested_date"),
        QStringLiteral("tax_rate"), QStringLiteral("notes"),      QStringLiteral("delivery_address"),
        QStringLiteral("lines")};
    const auto place = [](const ValidationIssue& issue) {
        if (issue.line < 0) {
            const qsizetype header = headerFields.indexOf(issue.field);
            return header < 0 ? qsizetype(headerFields.size()) : header;
        }
        const int column = OrderLinesModel::columnForField(issue.field);
        return headerFields.size() + 1 + issue.line * OrderLinesModel::ColumnCount + qMax(0, column);
    };
    const ValidationIssue* first = nullptr;
    for (const auto& issue : report.issues)
        if (issue.severity == severity && (!first || place(issue) < place(*first)))
            first = &issue;
    return first;
}

void IntakeView::focusIssue(const ValidationIssue& issue)
{
    if (issue.line >= 0) {
        const int column = OrderLinesModel::columnForField(issue.field);
        m_lines->focusCell(issue.line, column >= 0 ? column : OrderLinesModel::ProductColumn);
        return;
    }
    if (m_header->focusField(issue.field))
        return;
    if (m_linesModel->rowCount() == 0)
        m_lines->addButton()->setFocus();
    else
        m_lines->table()->setFocus();
}

void IntakeView::showError(const Error& error)
{
    // An error about one field (e.g. "a manager must send this over the credit limit") goes
    // next to that field; everything else to the banner.
    if (!error.field.isEmpty() && m_header->showFieldError(error.field, error.message)) {
        m_header->focusField(error.field);
        return;
    }
    if (error.kind == Error::Kind::Conflict && m_order.id != 0)
        m_banner->showMessage(MessageBanner::Kind::Error, error.message, tr("Reload"));
    else
        m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}

bool IntakeView::saveDraft()
{
    return save(SaveMode::Draft);
}

bool IntakeView::submitForConfirmation()
{
    return save(SaveMode::Submit);
}

bool IntakeView::save(SaveMode mode)
{
    if (!isEditable())
        return false;
    m_validateTimer->stop();
    m_savedInfo->clear();

    // Text that does not parse is never saved as something else. Everything else that is
    // wrong is shown with it, and the cursor goes to the first problem in the order of the form.
    const bool headerOk = m_header->checkInput();
    const QModelIndexList badCells = m_linesModel->inputErrors();
    if (!headerOk || !badCells.isEmpty()) {
        validateNow();
        ValidationReport all = m_report;
        for (const QString& field : m_header->inputErrorFields())
            all.add(ValidationIssue::Severity::Error, QStringLiteral("input"), field, -1, QString());
        for (const QModelIndex& cell : badCells)
            all.add(ValidationIssue::Severity::Error, QStringLiteral("input"),
                    OrderLinesModel::fieldForColumn(cell.column()), cell.row(), QString());
        if (const ValidationIssue* first = firstInFormOrder(all, ValidationIssue::Severity::Error))
            focusIssue(*first);
        return false;
    }

    Order order = orderFromForm();
    auto attempt = [&](bool acceptWarnings) {
        return mode == SaveMode::Draft ? m_intake.saveDraft(order, acceptWarnings)
                                       : m_intake.submitForConfirmation(order, acceptWarnings);
    };
    auto outcome = attempt(false);
    if (outcome && !outcome->saved && !outcome->report.hasErrors() && outcome->report.hasWarnings()) {
        showReport(outcome->report);
        QStringList warnings;
        for (const auto& issue : outcome->report.issues)
            if (issue.severity == ValidationIssue::Severity::Warning)
                warnings << issue.message;
        const QString question = mode == SaveMode::Draft ? tr("Save the order anyway?")
                                                         : tr("Submit the order for confirmation anyway?");
        if (!m_ask(this, tr("Save anyway?"), question, warnings)) {
            // "Go back and fix": to the first warning, in the order of the form.
            if (const ValidationIssue* first =
                    firstInFormOrder(outcome->report, ValidationIssue::Severity::Warning))
                focusIssue(*first);
            return false;
        }
        outcome = attempt(true);
    }
    if (!outcome) {
        showError(outcome.error());
        return false;
    }
    if (!outcome->saved) {
        showReport(outcome->report);
        if (const ValidationIssue* first =
                firstInFormOrder(outcome->report, ValidationIssue::Severity::Error))
            focusIssue(*first);
        return false;
    }

    m_banner->dismiss();
    auto saved = m_intake.load(order.id);
    showOrder(saved ? *saved : order);
    showReport(outcome->report); // accepted warnings stay visible, in orange
    if (outcome->newRevision)
        m_savedInfo->setText(tr("Saved %1 as revision %2 — the customer must confirm it again.")
                                 .arg(m_order.orderNo)
                                 .arg(m_order.revision));
    else if (mode == SaveMode::Submit)
        m_savedInfo->setText(tr("%1 revision %2 is waiting for the customer's confirmation.")
                                 .arg(m_order.orderNo)
                                 .arg(m_order.revision));
    else
        m_savedInfo->setText(tr("Saved %1, revision %2.").arg(m_order.orderNo).arg(m_order.revision));
    Q_EMIT statusTextChanged();
    Q_EMIT orderSaved(m_order.id);
    return true;
}

bool IntakeView::askWithMessageBox(QWidget* parent, const QString& title, const QString& question,
                                   const QStringList& warnings)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("saveAnywayBox"));
    box.setInformativeText(QStringLiteral("• ") + warnings.join(QStringLiteral("\n• ")));
    QPushButton* yes = box.addButton(tr("Save anyway"), QMessageBox::AcceptRole);
    box.addButton(tr("Go back and fix"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace od
