#include "ReviewPanel.h"

#include "Permissions.h"
#include "ReviewService.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

namespace {

QPlainTextEdit* textEdit(const QString& name, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(110);
    return edit;
}

QString why(const ReviewDue& due)
{
    QStringList reasons;
    if (due.isLate())
        reasons << ReviewPanel::tr("delivered on %1, %n day(s) after the promised %2", nullptr,
                                   due.daysLate())
                       .arg(QLocale().toString(due.deliveredOn, QLocale::ShortFormat),
                            QLocale().toString(due.promisedDate, QLocale::ShortFormat));
    if (due.exceptions > 0)
        reasons << ReviewPanel::tr("%n exception(s) on the way", nullptr, due.exceptions);
    return reasons.join(ReviewPanel::tr("; "));
}

} // namespace

ReviewPanel::ReviewPanel(Session& session, QString orderNo, QWidget* parent)
    : QWidget(parent), m_session(session), m_orderNo(std::move(orderNo))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_editor = new QWidget(this);
    m_cause = new QComboBox(m_editor);
    m_cause->setObjectName(QStringLiteral("reviewCause"));
    for (ReviewCause cause : ReviewCauseInfo::all())
        m_cause->addItem(ReviewCauseInfo::displayName(cause), ReviewCauseInfo::key(cause));
    m_cause->setPlaceholderText(tr("Choose the cause"));
    m_cause->setCurrentIndex(-1);
    m_happened =
        textEdit(QStringLiteral("reviewHappened"),
                 tr("What happened, in a few sentences: which step, which work centre, how long"), m_editor);
    m_lesson =
        textEdit(QStringLiteral("reviewLesson"), tr("What to do differently next time (optional)"), m_editor);
    m_addToLessons =
        new QCheckBox(tr("Also add the lesson to the lessons &learnt (tagged with the customer and "
                         "the products)"),
                      m_editor);
    m_addToLessons->setObjectName(QStringLiteral("reviewAddToLessons"));
    m_form = new ValidatedForm(m_editor);
    m_form->addField(QStringLiteral("cause"), tr("Ca&use"), m_cause);
    m_form->addField(QStringLiteral("happened"), tr("What &happened"), m_happened);
    m_form->addField(QStringLiteral("lesson"), tr("Les&son"), m_lesson);
    m_form->addRow(m_addToLessons);
    m_save = new QPushButton(tr("Sa&ve the review"), m_editor);
    m_save->setObjectName(QStringLiteral("reviewSave"));
    connect(m_save, &QPushButton::clicked, this, &ReviewPanel::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_form);
    editorLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_editor);
    layout->addStretch(1);
    reload();
}

bool ReviewPanel::reload()
{
    ReviewService service(m_session);
    m_hasContent = false;
    m_reviewed = false;
    auto review = service.review(m_orderNo);
    if (!review) {
        m_summary->setText(review.error().message);
        m_editor->hide();
        return m_hasContent = true;
    }
    if (*review) {
        const OrderReview& r = **review;
        QString text = tr("<b>Reviewed by %1 on %2.</b>")
                           .arg(r.reviewerName.toHtmlEscaped(),
                                QLocale().toString(r.reviewedAt.toLocalTime(), QLocale::ShortFormat));
        text += QStringLiteral("<p>") +
                tr("Cause: %1").arg(ReviewCauseInfo::displayName(r.cause).toHtmlEscaped()) +
                QStringLiteral("</p><p>") + tr("What happened: %1").arg(r.happened.toHtmlEscaped()) +
                QStringLiteral("</p>");
        if (!r.lesson.isEmpty())
            text += QStringLiteral("<p>") + tr("Lesson: %1").arg(r.lesson.toHtmlEscaped()) +
                    QStringLiteral("</p>");
        if (r.lessonId > 0)
            text += QStringLiteral("<p>") + tr("The lesson is in the lessons learnt (经验库).") +
                    QStringLiteral("</p>");
        m_summary->setTextFormat(Qt::RichText);
        m_summary->setText(text);
        m_editor->hide();
        m_reviewed = true;
        return m_hasContent = true;
    }
    auto due = service.due(m_orderNo);
    if (!due || !*due) {
        if (!due)
            m_summary->setText(due.error().message);
        m_editor->hide();
        return m_hasContent = !due;
    }
    const bool mayWrite = Permissions::requireOrderEdit(m_session, (*due)->salespersonId).has_value();
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        mayWrite ? tr("This order asks for a post-analysis (%1). Write down the cause, what happened "
                      "and what to do differently; the review is kept once and cannot be edited.")
                       .arg(why(**due))
                 : tr("This order asks for a post-analysis (%1); its salesperson or a manager "
                      "writes it.")
                       .arg(why(**due)));
    m_editor->setVisible(mayWrite);
    return m_hasContent = true;
}

void ReviewPanel::save()
{
    m_form->clearErrors();
    ReviewInput input;
    if (m_cause->currentIndex() >= 0)
        input.cause = ReviewCauseInfo::fromKey(m_cause->currentData().toString());
    input.happened = m_happened->toPlainText();
    input.lesson = m_lesson->toPlainText();
    input.addToLessons = m_addToLessons->isChecked();
    auto recorded = ReviewService(m_session).record(m_orderNo, input);
    if (!recorded) {
        m_form->showError(recorded.error());
        return;
    }
    reload();
    Q_EMIT this->recorded();
}

} // namespace od
