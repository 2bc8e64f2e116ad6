#pragma once

#include "Session.h"

#include <QDate>

namespace od {

// The demo company's automation rules, in their default state, as if they had run on its
// history: reminders for the confirmations pending too long and a credit hold for each customer
// overdue too long (the morning run, as the manager), finance told of the orders shipped in the
// last two weeks and not invoiced, and the salespeople asked for the post-analyses still to write.
class DemoRules
{
public:
    static constexpr int ShippedDays = 14;
    static constexpr int MaxFirings = 60; // per event rule

    // Returns how many times the rules fired.
    static Result<int> fireSome(Session& demo, const QDate& today = {});
};

} // namespace od
