#pragma once

#include "Order.h"
#include "Session.h"

#include <QDialog>

#include <functional>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace od {

class DiscussionPanel;
class ChangesPanel;
class ShipmentsPanel;
class ReviewPanel;
class ExceptionsPanel;
class FieldErrorLabel;
class OrderHistoryTable;
class RevisionsPanel;

// Everything about one order on one screen: header and totals, lines, timeline, confirmations
// by revision and earlier revisions compared with the current one; the status moves the
// lifecycle allows from here, each with a note for the timeline.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT

public:
    // The 变更 tab (tests drive it).
    ChangesPanel* changes() const { return m_changes; }
    ShipmentsPanel* shipments() const { return m_shipments; }
    ReviewPanel* review() const { return m_review; } // null while the order asks for no review
    // Asks for the note of a status change; nullopt when the user backs out. Replaceable so
    // that tests can answer without a modal dialog.
    using NotePrompt =
        std::function<std::optional<QString>(QWidget* parent, const QString& title, const QString& label)>;

    OrderDetailDialog(Session& session, qint64 orderId, QWidget* parent = nullptr);

    void setNotePrompt(NotePrompt prompt) { m_notePrompt = std::move(prompt); }
    // Re-reads the order and its history; false (and a message in the dialog) when it cannot.
    bool reload();
    const Order& order() const { return m_order; }
    // Asks for a note and moves the order to `target`; an error stays visible in the dialog.
    bool changeStatus(OrderStatus target);
    QList<OrderStatus> offeredTargets() const { return m_targets; }
    QTabWidget* tabs() const { return m_tabs; }
    DiscussionPanel* discussion() const { return m_discussion; }
    // Brings the 沟通 Discussion tab forward, with the cursor in its box.
    void showDiscussion();
    // Opens the post-analysis tab (when the order asks for one) with the cause focused.
    void showReview();

Q_SIGNALS:
    // The order is editable and the user wants it in the intake form.
    void editRequested(qint64 orderId);
    // The order's status changed here; lists showing it should refresh.
    void orderChanged(qint64 orderId);

private:
    void buildUi();
    void fillHeader();
    // The order's early warning below the header, from grid row `row` over `span` columns.
    void fillRisk(int row, int span);
    void fillLines();
    bool fillTimeline();
    bool fillConfirmations();
    bool fillRevisions();
    bool fillHistory();
    void fillExceptions();
    void updateExceptionsTab();
    void fillDiscussion();
    void updateDiscussionTab();
    void fillChanges();
    void fillShipments();
    void fillReview();
    void rebuildActions();
    QString actionText(OrderStatus target) const;

    Session& m_session;
    qint64 m_orderId;
    Order m_order;
    QList<OrderStatus> m_targets;
    NotePrompt m_notePrompt;

    QGridLayout* m_headerGrid = nullptr;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_timeline = nullptr;
    QLabel* m_confirmationState = nullptr;
    QTableWidget* m_confirmations = nullptr;
    RevisionsPanel* m_revisions = nullptr;
    OrderHistoryTable* m_history = nullptr;
    ExceptionsPanel* m_exceptions = nullptr;
    DiscussionPanel* m_discussion = nullptr;
    ChangesPanel* m_changes = nullptr;
    ShipmentsPanel* m_shipments = nullptr;
    ReviewPanel* m_review = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QHBoxLayout* m_actionsLayout = nullptr;
    QPushButton* m_editButton = nullptr;
    QList<QPushButton*> m_actionButtons;
};

} // namespace od
