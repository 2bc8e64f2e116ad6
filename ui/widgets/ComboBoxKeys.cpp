#include "ComboBoxKeys.h"

#include <QComboBox>
#include <QKeyEvent>

namespace od {

void ComboBoxKeys::openOnlyOnRequest(QComboBox* box)
{
    box->installEventFilter(new ComboBoxKeys(box));
}

bool ComboBoxKeys::eventFilter(QObject* watched, QEvent* event)
{
    auto* box = qobject_cast<QComboBox*>(watched);
    if (!box)
        return false;
    if (event->type() == QEvent::Wheel)
        return !box->hasFocus();
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & Qt::AltModifier)
        return false; // Alt+Down / Alt+Up open the list
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        return false;
    }
}

} // namespace od
