#include "DialogKeys.h"

#include <QAbstractButton>
#include <QDialog>
#include <QPointer>
#include <QShortcut>

namespace od {

void DialogKeys::confirmWithCtrlEnter(QDialog* dialog, QAbstractButton* confirm)
{
    QPointer<QAbstractButton> button(confirm);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), dialog);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, dialog, [dialog, button] {
            if (button && button->isVisible() && button->isEnabled())
                button->click();
            else if (!button)
                dialog->accept();
        });
    }
}

} // namespace od
