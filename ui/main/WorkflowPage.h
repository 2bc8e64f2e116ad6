#pragma once

#include "models/OrderListMetaTypes.h"

#include <QString>
#include <QWidget>

namespace od {

// One page of the main window (Orders, Intake, Planning …). The window knows its pages only
// through this interface and their registration (PageRegistry): it creates a page the first
// time it is opened, tells it to reload when data changed elsewhere, feeds the status bar from
// it and routes File → Save and Find to it.
class WorkflowPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowPage(QWidget* parent = nullptr) : QWidget(parent) {}

    // Ctrl+F: the cursor goes where this page searches (nothing when it has no search).
    virtual void focusSearch() {}
    // Data changed elsewhere: read again what the page shows, keeping the user's place.
    virtual void reload() = 0;
    // What the status bar says for this page ("1,234 orders"); empty for nothing.
    virtual QString statusText() const { return {}; }

    // Work typed on this page and not saved yet; asked about before signing out or quitting.
    virtual bool hasUnsavedChanges() const { return false; }
    // File → Save (Ctrl+S) on this page; false when nothing could be saved (the page says why).
    virtual bool canSave() const { return false; }
    virtual bool save() { return false; }

    // Shows the record `id` among those this page lists (an order on Planning, a customer on
    // Receivables …); false when the page does not list it.
    virtual bool openRecord(qint64 id)
    {
        Q_UNUSED(id);
        return false;
    }
    // How many things wait on this page for the user, shown beside its name in the navigation;
    // negative for a page that counts nothing.
    virtual int pendingCount() const { return -1; }
    // True when there is more work than pendingCount() says (a list that keeps only the most urgent).
    virtual bool pendingCountIsPartial() const { return false; }

Q_SIGNALS:
    // This page changed data: the other pages reload (now if shown, else when next shown).
    void dataChanged();
    // statusText() changed.
    void statusTextChanged();
    // Show the detail of an order.
    void openOrderRequested(qint64 orderId);
    // Show the detail of an order on its 沟通 Discussion tab.
    void openDiscussionRequested(qint64 orderId);
    // Show the page `pageId` with its record `id` (see openRecord()); when this user has no such
    // page or it cannot show the record, the detail of order `orderId` (if not 0) opens instead.
    void openPageRequested(const QString& pageId, qint64 id, qint64 orderId);
    // Show the Orders list filtered to `query`: the orders behind a figure named `caption`.
    void openOrdersRequested(const OrderListQuery& query, const QString& caption);
    // pendingCount() changed.
    void pendingCountChanged();
};

} // namespace od
