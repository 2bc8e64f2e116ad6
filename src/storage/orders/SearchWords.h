#pragma once

#include <QString>
#include <QStringList>

namespace od {

// What the Orders list search box holds, as the words the list query matches. Every word is
// matched as plain text: the FTS5 syntax, NUL characters and broken characters a user can type
// or paste never reach the query as anything but text.
class SearchWords
{
public:
    // Each short word adds a condition to the list query, and SQLite refuses a query nested
    // deeper than 1000; a pasted paragraph is matched by its first words.
    static constexpr int MaxWords = 32;

    // The distinct words of `text`, split at white space and NUL characters, half surrogate
    // pairs replaced by U+FFFD, at most MaxWords.
    static QStringList split(const QString& text);

    // Whether the trigram index can answer `word`: it needs three characters (code points, so
    // an emoji counts once, not as its two UTF-16 units); shorter words match nothing there.
    static bool fitsTrigramIndex(const QString& word);
};

} // namespace od
