#include "DiscussionPanel.h"

#include "DiscussionService.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/Formatting.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace od {

namespace {

const QString kAttachmentScheme = QStringLiteral("attachment");

QStringList askFilesWithDialog(QWidget* parent)
{
    return QFileDialog::getOpenFileNames(parent, DiscussionPanel::tr("Attach files"));
}

void openWithDesktop(const QString& path)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

// The comment's text as HTML, its mentions in bold.
QString bodyHtml(const OrderComment& c)
{
    QString html = c.body.toHtmlEscaped();
    for (const MentionTarget& m : c.mentions) {
        const QString at = QString(QLatin1Char('@') + m.name).toHtmlEscaped();
        html.replace(at, QStringLiteral("<b style=\"color:#1a73e8\">%1</b>").arg(at));
    }
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

DiscussionPanel::DiscussionPanel(Session& session, qint64 orderId, QWidget* parent)
    : QWidget(parent), m_session(session), m_orderId(orderId), m_askFiles(askFilesWithDialog),
      m_openFile(openWithDesktop)
{
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("discussionView"));
    m_view->setOpenLinks(false);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == kAttachmentScheme)
            openAttachment(url.path().toLongLong());
    });

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("discussionInput"));
    m_input->setTabChangesFocus(true);
    m_input->setPlaceholderText(
        tr("Write on this order. @王芳 or @物流 lets a colleague or a department know."));
    m_input->setFixedHeight(80);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("discussionHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    if (auto names = DiscussionService(session).mentionNames())
        m_hint->setText(tr("Mention: %1").arg(names->join(QStringLiteral(" "))));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("discussionError"));
    m_files = new QLabel(this);
    m_files->setObjectName(QStringLiteral("discussionFiles"));
    m_files->setWordWrap(true);

    m_attach = new QPushButton(tr("&Attach files…"), this);
    m_attach->setObjectName(QStringLiteral("discussionAttach"));
    m_attach->setAutoDefault(false);
    m_clearFiles = new QPushButton(tr("Remove fi&les"), this);
    m_clearFiles->setObjectName(QStringLiteral("discussionClearFiles"));
    m_clearFiles->setAutoDefault(false);
    m_post = new QPushButton(tr("&Post (Ctrl+Enter)"), this);
    m_post->setObjectName(QStringLiteral("discussionPost"));
    m_post->setAutoDefault(false);
    connect(m_attach, &QPushButton::clicked, this, &DiscussionPanel::chooseFiles);
    connect(m_clearFiles, &QPushButton::clicked, this, [this] {
        m_attachments.clear();
        showFiles();
    });
    connect(m_post, &QPushButton::clicked, this, &DiscussionPanel::post);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, m_input);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &DiscussionPanel::post);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_clearFiles);
    buttons->addWidget(m_files, 1);
    buttons->addWidget(m_post);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_input);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    showFiles();
    reload();
}

bool DiscussionPanel::reload()
{
    auto comments = DiscussionService(m_session).comments(m_orderId);
    if (!comments) {
        m_comments.clear();
        m_view->setPlainText(comments.error().message);
        return false;
    }
    m_comments = *comments;
    m_view->setHtml(html());
    m_view->moveCursor(QTextCursor::End);
    return true;
}

QString DiscussionPanel::html() const
{
    if (m_comments.isEmpty())
        return QStringLiteral("<p style=\"color:#5f6368\">%1</p>")
            .arg(tr("Nothing written on this order yet. Questions, answers and files about it belong here, "
                    "where everyone who works on it can see them.")
                     .toHtmlEscaped());
    QString out;
    for (const OrderComment& c : m_comments) {
        out += QStringLiteral("<p><b>%1</b> <span style=\"color:#5f6368\">%2</span><br>%3")
                   .arg(c.authorName.toHtmlEscaped(),
                        QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                        bodyHtml(c));
        for (const CommentAttachment& a : c.attachments)
            out += QStringLiteral("<br>📎 <a href=\"%1:%2\">%3</a> <span style=\"color:#5f6368\">(%4)</span>")
                       .arg(kAttachmentScheme)
                       .arg(a.id)
                       .arg(a.fileName.toHtmlEscaped(), QLocale().formattedDataSize(a.size).toHtmlEscaped());
        out += QStringLiteral("</p>");
    }
    return out;
}

bool DiscussionPanel::post()
{
    m_error->clearMessage();
    auto saved = DiscussionService(m_session).post(m_orderId, m_input->toPlainText(), m_attachments);
    if (!saved) {
        m_error->showError(saved.error().message);
        (saved.error().field == QStringLiteral("attachment") ? static_cast<QWidget*>(m_attach) : m_input)
            ->setFocus();
        return false;
    }
    m_input->clear();
    m_attachments.clear();
    showFiles();
    reload();
    m_input->setFocus();
    Q_EMIT posted();
    return true;
}

void DiscussionPanel::chooseFiles()
{
    const QStringList chosen = m_askFiles(this);
    for (const QString& path : chosen)
        if (!m_attachments.contains(path))
            m_attachments << path;
    showFiles();
}

void DiscussionPanel::showFiles()
{
    QStringList names;
    for (const QString& path : std::as_const(m_attachments))
        names << QFileInfo(path).fileName();
    m_files->setText(names.isEmpty() ? QString() : tr("Attached: %1").arg(names.join(QStringLiteral(", "))));
    m_clearFiles->setVisible(!m_attachments.isEmpty());
}

bool DiscussionPanel::openAttachment(qint64 attachmentId)
{
    auto path = DiscussionService(m_session).attachmentPath(attachmentId);
    if (!path) {
        m_error->showError(path.error().message);
        return false;
    }
    // The stored copy is named by its hash; the program that opens it wants the file's own name
    // (and its extension), so it opens a copy under that name in a folder of its own.
    QString name;
    for (const OrderComment& c : std::as_const(m_comments))
        for (const CommentAttachment& a : c.attachments)
            if (a.id == attachmentId)
                name = a.fileName;
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            .filePath(QStringLiteral("OrderDesk attachments/") + QFileInfo(*path).fileName());
    const QString copy = QDir(folder).filePath(name.isEmpty() ? QFileInfo(*path).fileName() : name);
    if (!QFileInfo::exists(copy) && !(QDir().mkpath(folder) && QFile::copy(*path, copy))) {
        m_error->showError(
            tr("The attachment cannot be copied to %1 to open it.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_openFile(copy);
    return true;
}

} // namespace od
