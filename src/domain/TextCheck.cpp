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

} // namespace od
