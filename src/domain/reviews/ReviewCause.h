#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od {

// What made an order late or troubled, as its review (事后分析) names it.
enum class ReviewCause
{
    Capacity,
    Material,
    Quality,
    CustomerChange,
    Logistics,
    Payment,
    Other
};

class ReviewCauseInfo
{
public:
    static QList<ReviewCause> all();
    static QString key(ReviewCause cause);
    static std::optional<ReviewCause> fromKey(QStringView key);
    static QString displayName(ReviewCause cause);
};

} // namespace od
