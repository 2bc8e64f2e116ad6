#pragma once

#include "Error.h"
#include "OrderComment.h"

#include <QCoreApplication>

namespace od {

// Finds the @mentions in a comment. A mention is '@' at the start of the text or after anything
// but a Latin letter or digit (so an e-mail address is no mention), followed by a known name: a user's
// sign-in name or display name, or a department's key or name ("@王芳", "@wang", "@财务",
// "@logistics"). Chinese needs no space after the name: the longest known name wins ("@王芳请
// 确认"). Anything else after '@' is refused by name, so a mistyped colleague is never silently
// left out.
class MentionParser
{
    Q_DECLARE_TR_FUNCTIONS(MentionParser)

public:
    struct Candidate
    {
        QString name; // what may follow '@'
        MentionTarget target;
    };

    explicit MentionParser(QList<Candidate> candidates);

    // The targets mentioned, each once, in the order first mentioned; an Invalid error (field
    // "text") naming the first unknown mention.
    Result<QList<MentionTarget>> parse(const QString& text) const;

private:
    QList<Candidate> m_candidates; // longest name first
};

} // namespace od
