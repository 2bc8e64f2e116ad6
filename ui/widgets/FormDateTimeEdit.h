#pragma once

#include <QDateTimeEdit>

namespace od {

// A date-and-time field for forms: Tab and Shift+Tab go to the next and previous field, as in
// every other field, instead of walking through the year, month, day, hour and minute (Left and
// Right move between those). Entering it with Tab selects its first part for typing over.
class FormDateTimeEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit FormDateTimeEdit(const QDateTime& dateTime, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace od
