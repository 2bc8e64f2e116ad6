#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace od {

// Checks on free text a user typed or pasted, before it is stored.
class TextCheck
{
    Q_DECLARE_TR_FUNCTIONS(TextCheck)

public:
    // False when the text holds half of a surrogate pair: what a damaged paste or a string cut
    // in the middle of an emoji leaves behind. SQLite cannot store it faithfully (it turns it
    // into another character and swallows the one after it), so it is refused, not saved.
    static bool isWellFormed(QStringView text) { return text.isValidUtf16(); }

    // "This text contains a broken character …", for the field's error.
    static QString brokenCharacterMessage();

    // The text with every half surrogate pair replaced by U+FFFD, for text that is only looked
    // up (a search), never stored.
    static QString repaired(QStringView text);

    // Control characters have no business in a name or a note: an ESC sequence retitles or
    // clears the terminal that prints it, a bidirectional override shows "cod.exe" as
    // "exe.doc". True for C0 and C1 controls and DEL (but tab and line breaks where `multiLine`),
    // and the bidirectional embedding, override and isolate characters.
    static bool isControl(QChar c, bool multiLine);
    static bool hasControlCharacters(QStringView text, bool multiLine);
    static QString controlCharacterMessage();

    // Why `text` may not be stored (a broken character or a control character); empty when it
    // may. `multiLine` for notes, specifications and addresses, which may have line breaks.
    static QString problem(QStringView text, bool multiLine);

    // For showing text that did reach the database (before these checks, or behind the app's
    // back) where a control character would act instead of being seen, as in a terminal: each
    // becomes a visible U+FFFD (line breaks, where `multiLine`, stay).
    static QString defused(QStringView text, bool multiLine);
};

} // namespace od
