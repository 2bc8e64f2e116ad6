#pragma once

#include "main/WorkflowPage.h"

#include "Order.h"
#include "OrderIntakeService.h"
#include "Permission.h"
#include "ValidationReport.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace od {

class FieldErrorLabel;
class MessageBanner;
class OrderHeaderForm;
class OrderLinesEditor;
class OrderLinesModel;
class OrderTotalsPanel;
class Session;

// 订单录入: the form where a salesperson enters an order while talking to the customer.
// Totals follow every keystroke; the validator's findings appear next to each field a moment
// after typing stops; saving is refused with the first bad field focused, or — with warnings
// only — done after the user says "save anyway". Nothing typed is lost on any error.
class IntakeView : public WorkflowPage
{
    Q_OBJECT

public:
    // Asked before saving with warnings: returns true to save anyway. Tests replace it.
    using AskFunction = std::function<bool(QWidget* parent, const QString& title, const QString& question,
                                           const QStringList& warnings)>;

    explicit IntakeView(Session& session, QWidget* parent = nullptr);
    ~IntakeView() override;

    void newOrder();
    bool openOrder(qint64 orderId);
    bool saveDraft();
    bool submitForConfirmation();
    bool hasUnsavedChanges() const override { return m_dirty; }
    void focusSearch() override;
    void reload() override;
    bool canSave() const override { return true; }
    bool save() override { return saveDraft(); }

    void setAskFunction(AskFunction ask) { m_ask = std::move(ask); }
    static bool askWithMessageBox(QWidget* parent, const QString& title, const QString& question,
                                  const QStringList& warnings);

    // What is on screen, for tests and for the screenshots.
    const Order& currentOrder() const { return m_order; }
    // The lessons learnt about the chosen customer and products, shown beside the form.
    QLabel* lessonsLabel() const { return m_lessons; }
    void showLessons();
    Order orderFromForm() const;
    const ValidationReport& lastReport() const { return m_report; }
    // Runs the pending validation now instead of after the typing pause.
    void validateNow();
    QString statusText() const override;

Q_SIGNALS:
    void orderSaved(qint64 orderId);

private:
    enum class SaveMode
    {
        Draft,
        Submit
    };

    void buildLayout();
    bool save(SaveMode mode);
    void showOrder(const Order& order);
    void applyReadOnly();
    void updateTitle();
    void onEdited();
    void recalculateTotals();
    void showReport(const ValidationReport& report);
    void clearReport();
    // Under the grid: the order's problems with its lines, and those of the current line (or
    // of the first line that has any) in words, so nobody has to point at a cell to read them.
    void updateLinesMessage();
    // The first issue of `severity` in the order of the form: header fields top to bottom, then
    // the lines, each left to right; nullptr when there is none.
    const ValidationIssue* firstInFormOrder(const ValidationReport& report,
                                            ValidationIssue::Severity severity) const;
    void focusIssue(const ValidationIssue& issue);
    void showError(const Error& error);
    // Works out the earliest possible delivery of the lines as they are (PlanningService).
    void updateEarliestDelivery();
    bool isEditable() const;
    // What editing this order takes: one's own order or someone else's.
    Permission editPermission() const;

    Session& m_session;
    OrderIntakeService m_intake;
    Order m_order; // as last loaded or saved; the form holds the edits
    ValidationReport m_report;
    AskFunction m_ask;
    bool m_dirty = false;
    bool m_filling = false; // filling the form from an order is not an edit
    QTimer* m_validateTimer = nullptr;
    QTimer* m_earliestTimer = nullptr; // the earliest possible delivery, a moment after the last edit

    MessageBanner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_lessons = nullptr;
    OrderHeaderForm* m_header = nullptr;
    FieldErrorLabel* m_linesError = nullptr;
    OrderLinesModel* m_linesModel = nullptr;
    OrderLinesEditor* m_lines = nullptr;
    OrderTotalsPanel* m_totals = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    QLabel* m_savedInfo = nullptr;
};

} // namespace od
