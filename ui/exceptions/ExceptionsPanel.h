#pragma once

#include "OrderException.h"
#include "Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace od {

// A list of exceptions with the selected one in full (description, plan, every contact with the
// customer, resolution) and its steps: raise, plan, tell the customer, hand over, close. The
// Exceptions page shows it with filters; an order's detail shows it for that order.
class ExceptionsPanel : public QWidget
{
    Q_OBJECT

public:
    // `orderNo`: the order new exceptions are raised on ("" = the user types it).
    ExceptionsPanel(Session& session, const QString& orderNo, QWidget* parent = nullptr);

    void setFilter(const ExceptionFilter& filter);
    void reload();
    int count() const { return int(m_rows.size()); }
    QTableWidget* table() const { return m_table; }
    const OrderException* current() const;
    void raise();
    QPushButton* lessonButton() const { return m_lesson; }

    // Every dialog the panel opens goes through this hook before exec() (tests drive it).
    void setDialogHook(std::function<void(QDialog*)> hook) { m_dialogHook = std::move(hook); }

Q_SIGNALS:
    // An exception was raised or changed (the order's timeline changed with it).
    void changed();
    void openOrderRequested(qint64 orderId);

private:
    void showCurrent();
    void step(int which);
    void handOver();
    void makeLesson();
    bool run(QDialog& dialog);

    Session& m_session;
    QString m_orderNo;
    ExceptionFilter m_filter;
    QList<OrderException> m_rows;
    QTableWidget* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_contact = nullptr;
    QPushButton* m_handOver = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_openOrder = nullptr;
    QPushButton* m_lesson = nullptr;
    std::function<void(QDialog*)> m_dialogHook;
};

} // namespace od
