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
};

} // namespace od
