#pragma once

#include "Error.h"
#include "Session.h"

#include <QDate>

namespace od {

// A few orders of a freshly generated demo company changed after they were sent, through the
// same services a salesperson uses: each gets revision 2, its first revision stays in the
// history and the order waits for confirmation again. The bulk generator writes every order at
// revision 1; without these the Revisions tab of a demo order would have nothing to show.
class DemoRevisions
{
public:
    // How many the app and the command line revise in a new demo company.
    static constexpr int DefaultCount = 3;

    // Revises up to `count` orders awaiting confirmation that have two or more lines, each as
    // its own salesperson on `today` (the demo's own day; null = the real one); returns how
    // many were revised.
    static Result<int> reviseSome(Session& session, int count, const QDate& today = {});
};

} // namespace od
