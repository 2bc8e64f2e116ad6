#include "FormDateTimeEdit.h"

namespace od {

FormDateTimeEdit::FormDateTimeEdit(const QDateTime& dateTime, QWidget* parent)
    : QDateTimeEdit(dateTime, parent)
{
}

bool FormDateTimeEdit::focusNextPrevChild(bool next)
{
    // QDateTimeEdit spends Tab on its own sections; a form field hands it on.
    return QWidget::focusNextPrevChild(next);
}

} // namespace od
