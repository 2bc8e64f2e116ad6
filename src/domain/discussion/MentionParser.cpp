#include "MentionParser.h"

#include <algorithm>

namespace od {

MentionParser::MentionParser(QList<Candidate> candidates) : m_candidates(std::move(candidates))
{
    m_candidates.removeIf([](const Candidate& c) { return c.name.trimmed().isEmpty(); });
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.name.size() > b.name.size(); });
}

Result<QList<MentionTarget>> MentionParser::parse(const QString& text) const
{
    QList<MentionTarget> out;
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        if (at > 0 && text.at(at - 1).unicode() < 0x80 && text.at(at - 1).isLetterOrNumber())
            continue; // name@example.com (Chinese text runs straight into a mention: 请@王伟)
        const QStringView rest = QStringView(text).mid(at + 1);
        const auto found = std::find_if(m_candidates.cbegin(), m_candidates.cend(), [&](const Candidate& c) {
            if (!rest.startsWith(c.name, Qt::CaseInsensitive))
                return false;
            // A Latin name must end where the word does ("@wang" is not "@wangwei").
            const qsizetype end = c.name.size();
            const bool latin = c.name.back().unicode() < 0x80;
            return !latin || end >= rest.size() ||
                   !(rest.at(end).unicode() < 0x80 && rest.at(end).isLetterOrNumber());
        });
        if (found == m_candidates.cend()) {
            qsizetype end = 0;
            while (end < rest.size() && !rest.at(end).isSpace() && !rest.at(end).isPunct())
                ++end;
            if (end == 0)
                continue; // a lone '@'
            return std::unexpected(Error::invalid(
                tr("@%1 is neither a user nor a department.").arg(rest.left(end)), QStringLiteral("text")));
        }
        if (!out.contains(found->target))
            out << found->target;
        at += found->name.size();
    }
    return out;
}

} // namespace od
