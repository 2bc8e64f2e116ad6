#include "OrderStatus.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace od;
using S = OrderStatus;

namespace {

// The complete list of allowed transitions for orders that are not on hold, as DESIGN.md states.
std::set<std::pair<S, S>> expectedTransitions()
{
    std::set<std::pair<S, S>> allowed = {
        {S::Draft, S::AwaitingConfirmation},   {S::AwaitingConfirmation, S::Confirmed},
        {S::AwaitingConfirmation, S::Draft},   {S::Confirmed, S::Planned},
        {S::Planned, S::InProduction},         {S::InProduction, S::ReadyToShip},
        {S::ReadyToShip, S::Shipped},          {S::Shipped, S::Delivered},
        {S::Delivered, S::Completed},
    };
    for (S s : {S::Draft, S::AwaitingConfirmation, S::Confirmed, S::Planned, S::InProduction, S::ReadyToShip,
                S::Shipped, S::Delivered})
        allowed.insert({s, S::OnHold});
    for (S s : {S::Draft, S::AwaitingConfirmation, S::Confirmed, S::Planned, S::InProduction, S::ReadyToShip})
        allowed.insert({s, S::Cancelled});
    return allowed;
}

} // namespace

TEST(OrderStatusMachine, EveryPairIsAllowedExactlyWhenTheLifecycleSaysSo)
{
    const auto allowed = expectedTransitions();
    for (S from : OrderStatusInfo::all()) {
        if (from == S::OnHold)
            continue;
        for (S to : OrderStatusInfo::all()) {
            const bool expected = allowed.count({from, to}) > 0;
            EXPECT_EQ(OrderStatusMachine::canTransition(from, to), expected)
                << OrderStatusInfo::key(from).toStdString() << " -> " << OrderStatusInfo::key(to).toStdString();
        }
    }
}

TEST(OrderStatusMachine, OnHoldReturnsOnlyToWhereItWas)
{
    for (S held : {S::Confirmed, S::InProduction, S::Shipped}) {
        for (S to : OrderStatusInfo::all()) {
            const bool expected = to == held || (to == S::Cancelled && held != S::Shipped);
            EXPECT_EQ(OrderStatusMachine::canTransition(S::OnHold, to, held), expected)
                << "held from " << OrderStatusInfo::key(held).toStdString() << " -> "
                << OrderStatusInfo::key(to).toStdString();
        }
    }
    EXPECT_FALSE(OrderStatusMachine::canTransition(S::OnHold, S::Draft)); // unknown origin: nowhere
}

TEST(OrderStatusMachine, ClosedOrdersGoNowhere)
{
    for (S to : OrderStatusInfo::all()) {
        EXPECT_FALSE(OrderStatusMachine::canTransition(S::Completed, to));
        EXPECT_FALSE(OrderStatusMachine::canTransition(S::Cancelled, to));
    }
}

TEST(OrderStatusMachine, KeysRoundTripAndRefusalsNameBothStatuses)
{
    for (S s : OrderStatusInfo::all())
        EXPECT_EQ(OrderStatusInfo::fromKey(OrderStatusInfo::key(s)), s);
    EXPECT_FALSE(OrderStatusInfo::fromKey(u"nonsense"));
    EXPECT_EQ(OrderStatusInfo::key(S::AwaitingConfirmation), QStringLiteral("awaiting_confirmation"));
    const QString refusal = OrderStatusMachine::refusal(S::Shipped, S::Cancelled);
    EXPECT_TRUE(refusal.contains(OrderStatusInfo::displayName(S::Shipped)));
    EXPECT_TRUE(refusal.contains(OrderStatusInfo::displayName(S::Cancelled)));
}
