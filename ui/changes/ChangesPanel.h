#pragma once

#include "ChangeRequest.h"
#include "Session.h"

#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace od {

// A list of change requests with the selected one in full (what was asked, by whom and why, its
// impact, the decision) and its steps: ask for a change (on an order's detail), approve or reject
// (managers), open the order. The Changes page shows it with filters; an order's detail shows it
// for that order.
class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    // `orderId`: the order new requests are asked on (0 = none: the Changes page).
    ChangesPanel(Session& session, qint64 orderId, QWidget* parent = nullptr);

    void setFilter(const ChangeRequestFilter& filter);
    void reload();
    int count() const { return int(m_rows.size()); }
    QTableWidget* table() const { return m_table; }
    QLabel* detail() const { return m_detail; }
    const ChangeRequest* current() const;
    void requestChange();
    void decide(bool approve);
    // The change confirmation (订单变更确认书) as PDF, to the file the save-path function names.
    void savePdf();
    // The planner's cost of scrapping or reworking the production already done.
    void enterCost();

    using SavePathFunction = std::function<QString(QWidget* parent, const QString& suggested)>;
    // Tests answer the save dialog with a path.
    void setSavePathFunction(SavePathFunction ask) { m_askSavePath = std::move(ask); }

    // Every dialog the panel opens goes through this hook before exec() (tests drive it).
    void setDialogHook(std::function<void(QDialog*)> hook) { m_dialogHook = std::move(hook); }

Q_SIGNALS:
    // A request was asked or decided (the order's timeline changed with it).
    void changed();
    void openOrderRequested(qint64 orderId);

private:
    void showCurrent();
    bool run(QDialog& dialog);

    Session& m_session;
    qint64 m_orderId = 0;
    ChangeRequestFilter m_filter;
    QList<ChangeRequest> m_rows;
    QTableWidget* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_request = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_openOrder = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_cost = nullptr;
    SavePathFunction m_askSavePath;
    std::function<void(QDialog*)> m_dialogHook;
};

} // namespace od
