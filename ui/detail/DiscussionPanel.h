#pragma once

#include "OrderComment.h"
#include "Session.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace od {

class FieldErrorLabel;

// 沟通 Discussion on one order: its comments, oldest first, with whom they mention and what is
// attached (a click opens the file); below, a box to write — "@王芳" or "@物流" mentions a
// colleague or a department, Ctrl+Enter posts — and files to attach. A refused comment is
// explained under the box and stays as typed, with its files.
class DiscussionPanel : public QWidget
{
    Q_OBJECT

public:
    DiscussionPanel(Session& session, qint64 orderId, QWidget* parent = nullptr);

    // Re-reads the discussion; false (and the message in the panel) when it cannot.
    bool reload();
    // Posts what is typed with the files chosen; true when it was saved.
    bool post();
    int count() const { return int(m_comments.size()); }
    const QList<OrderComment>& comments() const { return m_comments; }

    // The file dialog, replaceable so that tests need none.
    using AskFiles = std::function<QStringList(QWidget* parent)>;
    void setAskFiles(AskFiles ask) { m_askFiles = std::move(ask); }
    // Opening an attachment, replaceable so that tests can see what would open.
    using OpenFile = std::function<void(const QString& path)>;
    void setOpenFile(OpenFile open) { m_openFile = std::move(open); }
    bool openAttachment(qint64 attachmentId);

    QTextBrowser* view() const { return m_view; }
    QPlainTextEdit* input() const { return m_input; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* attachButton() const { return m_attach; }
    QLabel* filesLabel() const { return m_files; }
    FieldErrorLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    // A comment was posted (the tab's count and My work change).
    void posted();

private:
    void chooseFiles();
    void showFiles();
    QString html() const;

    Session& m_session;
    qint64 m_orderId;
    QList<OrderComment> m_comments;
    QStringList m_attachments;
    AskFiles m_askFiles;
    OpenFile m_openFile;
    QTextBrowser* m_view = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_files = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_clearFiles = nullptr;
    QPushButton* m_post = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace od
