#pragma once

#include <QObject>

class QComboBox;

namespace od {

// Makes a filter combo box keep its choice until the user opens it: the arrow, Page and
// Home/End keys no longer step through the items (which re-ran the search at every step, and a
// stray Down changed the filter unseen); Alt+Down or F4 opens the list, as on Windows, and the
// mouse wheel does nothing unless the box has the focus.
class ComboBoxKeys : public QObject
{
    Q_OBJECT

public:
    static void openOnlyOnRequest(QComboBox* box);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace od
