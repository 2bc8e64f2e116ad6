#pragma once

#include "Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace od {

class ValidatedForm;

// The order's 事后分析 post-analysis: for an order delivered late or with an exception, the form
// its salesperson (or a manager) fills in once — the cause, what happened, the lesson, and
// whether the lesson goes to the lessons learnt; once written, the review as it was recorded.
// An order that asks for no review shows nothing (hasContent() is false and the tab is left out).
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ReviewPanel(Session& session, QString orderNo, QWidget* parent = nullptr);

    // Reads the review or whether one is due; false when the order asks for none.
    bool reload();
    bool hasContent() const { return m_hasContent; }
    bool isReviewed() const { return m_reviewed; }

    QComboBox* causeBox() const { return m_cause; }
    QPlainTextEdit* happenedEdit() const { return m_happened; }
    QPlainTextEdit* lessonEdit() const { return m_lesson; }
    QCheckBox* addToLessonsBox() const { return m_addToLessons; }
    QPushButton* saveButton() const { return m_save; }
    ValidatedForm* form() const { return m_form; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void recorded();

private:
    void save();

    Session& m_session;
    QString m_orderNo;
    bool m_hasContent = false;
    bool m_reviewed = false;
    QLabel* m_summary = nullptr;
    QWidget* m_editor = nullptr;
    ValidatedForm* m_form = nullptr;
    QComboBox* m_cause = nullptr;
    QPlainTextEdit* m_happened = nullptr;
    QPlainTextEdit* m_lesson = nullptr;
    QCheckBox* m_addToLessons = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace od
