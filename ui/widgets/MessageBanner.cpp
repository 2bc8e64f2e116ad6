#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace od {

MessageBanner::MessageBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT closedByUser();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text, const QString& actionText)
{
    const char* style = nullptr;
    switch (kind) {
    case Kind::Error:
        style = "QFrame#messageBanner { background: #fdecea; border: 1px solid #e0a39d; border-radius: 4px; }"
                "QFrame#messageBanner QLabel { color: #8a1c12; }";
        break;
    case Kind::Warning:
        style = "QFrame#messageBanner { background: #fff4e0; border: 1px solid #e8c17a; border-radius: 4px; }"
                "QFrame#messageBanner QLabel { color: #6b4200; }";
        break;
    case Kind::Info:
        style = "QFrame#messageBanner { background: #e8f1fb; border: 1px solid #a9c6e8; border-radius: 4px; }"
                "QFrame#messageBanner QLabel { color: #173f6b; }";
        break;
    }
    setStyleSheet(QString::fromLatin1(style));
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBanner::dismiss()
{
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace od
