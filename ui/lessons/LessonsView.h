#pragma once

#include "Lesson.h"
#include "Session.h"
#include "main/WorkflowPage.h"

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace od {

class MessageBanner;
class ValidatedForm;

// 经验库 Lessons learnt: every lesson, newest first, found by its text, customer or product;
// below, a lesson written directly — its text and the customer codes and product SKUs it is
// about. A refused lesson is explained under its field and stays as typed.
class LessonsView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit LessonsView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    // Adds the lesson typed in the form; true when it was saved.
    bool addLesson();

    QLineEdit* searchEdit() const { return m_search; }
    QTableWidget* table() const { return m_table; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* customersEdit() const { return m_customers; }
    QLineEdit* productsEdit() const { return m_products; }
    QPushButton* addButton() const { return m_add; }
    ValidatedForm* form() const { return m_form; }

private:
    Session& m_session;
    QList<Lesson> m_lessons;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDebounce = nullptr;
    QTableWidget* m_table = nullptr;
    MessageBanner* m_banner = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_customers = nullptr;
    QLineEdit* m_products = nullptr;
    QPushButton* m_add = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
