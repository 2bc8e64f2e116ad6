#include "WorkingWeekdays.h"

namespace od {

std::optional<WorkingWeekdays> WorkingWeekdays::parse(QStringView text)
{
    unsigned mask = 0;
    for (QChar c : text.trimmed()) {
        if (c < u'1' || c > u'7')
            return std::nullopt;
        const unsigned bit = 1u << (c.unicode() - u'1');
        if (mask & bit)
            return std::nullopt;
        mask |= bit;
    }
    return WorkingWeekdays(mask);
}

WorkingWeekdays WorkingWeekdays::with(int isoWeekday, bool working) const
{
    if (isoWeekday < 1 || isoWeekday > 7)
        return *this;
    const unsigned bit = 1u << (isoWeekday - 1);
    return WorkingWeekdays(working ? (m_mask | bit) : (m_mask & ~bit));
}

QString WorkingWeekdays::toString() const
{
    QString out;
    for (int day = 1; day <= 7; ++day)
        if (works(day))
            out += QChar(u'0' + day);
    return out;
}

} // namespace od
