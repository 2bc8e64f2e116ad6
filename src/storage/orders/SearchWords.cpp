#include "SearchWords.h"

#include "TextCheck.h"

#include <QRegularExpression>

namespace od {

QStringList SearchWords::split(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\x{0}]+"));
    QStringList out;
    for (const QString& word : TextCheck::repaired(text).split(separators, Qt::SkipEmptyParts)) {
        if (out.size() == MaxWords)
            break;
        if (!out.contains(word))
            out << word;
    }
    return out;
}

bool SearchWords::fitsTrigramIndex(const QString& word)
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < word.size() && characters < 3; ++i) {
        if (!word.at(i).isLowSurrogate())
            ++characters; // a pair counts at its first half
    }
    return characters >= 3;
}

} // namespace od
