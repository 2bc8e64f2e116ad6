#include "TextCheck.h"

namespace od {

QString TextCheck::brokenCharacterMessage()
{
    return tr("This text contains a broken character (half of an emoji or of a rare character), "
              "probably from a damaged paste. Delete it and type or paste the text again.");
}

QString TextCheck::repaired(QStringView text)
{
    QString out = text.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i; // a whole pair
        else if (c.isSurrogate())
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

bool TextCheck::isControl(QChar c, bool multiLine)
{
    const char16_t u = c.unicode();
    if (multiLine && (u == u'\n' || u == u'\t' || u == u'\r'))
        return false;
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

bool TextCheck::hasControlCharacters(QStringView text, bool multiLine)
{
    for (QChar c : text)
        if (isControl(c, multiLine))
            return true;
    return false;
}

QString TextCheck::controlCharacterMessage()
{
    return tr("This text contains a control character (an invisible character such as an escape sequence "
              "or a text-direction override), probably from a damaged file or a paste. Remove it and enter "
              "the text again.");
}

QString TextCheck::problem(QStringView text, bool multiLine)
{
    if (!isWellFormed(text))
        return brokenCharacterMessage();
    if (hasControlCharacters(text, multiLine))
        return controlCharacterMessage();
    return {};
}

QString TextCheck::defused(QStringView text, bool multiLine)
{
    QString out = text.toString();
    if (multiLine)
        out.remove(u'\r'); // a line break is the \n; a lone \r would move the cursor back
    for (QChar& c : out)
        if (isControl(c, multiLine))
            c = QChar(QChar::ReplacementCharacter);
    return out;
}

} // namespace od
