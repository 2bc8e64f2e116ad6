#pragma once

class QAbstractButton;
class QDialog;

namespace od {

// The keys every dialog with a multi-line field answers to: Enter belongs to the text (a new
// line), so Ctrl+Enter confirms; Escape cancels, as in any QDialog.
class DialogKeys
{
public:
    // Ctrl+Enter (either Enter key) clicks `confirm`, or accepts the dialog when there is none.
    static void confirmWithCtrlEnter(QDialog* dialog, QAbstractButton* confirm = nullptr);
};

} // namespace od
