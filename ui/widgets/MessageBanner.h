#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace od {

// A strip across the top of a view for what went wrong with the last action (a storage error,
// someone else's change): stays until dismissed or fixed, never blocks typing like a message
// box would. An optional action button offers the way out ("Reload").
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Info
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    // actionText empty: no action button.
    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    void dismiss();
    QString text() const;

Q_SIGNALS:
    void actionTriggered();
    // The user closed it with its ✕ (not emitted by dismiss()).
    void closedByUser();

private:
    QLabel* m_label = nullptr;
    QPushButton* m_action = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace od
