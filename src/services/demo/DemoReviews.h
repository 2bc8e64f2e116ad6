#pragma once

#include "Session.h"

#include <QDate>

namespace od {

// The demo company's post-analyses (事后分析): the salespeople have reviewed most of the orders
// delivered late or with an exception in the last three months, a few with a lesson for the
// lessons learnt; the rest still wait for their review.
class DemoReviews
{
public:
    static constexpr int DefaultCount = 40; // orders looked at, the latest delivered first

    // Returns how many reviews were written.
    static Result<int> writeSome(Session& demo, int count = DefaultCount, const QDate& today = {});
};

} // namespace od
