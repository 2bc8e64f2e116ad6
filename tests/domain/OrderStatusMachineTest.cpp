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
        {S::Draft, S::AwaitingConfirmation}, {S::AwaitingConfirmation, S::Confirmed},
        {S::AwaitingConfirmation, S::Draft}, {S::Confirmed, S::Planned},
        {S::Planned, S::InProduction},       {S::InProduction, S::ReadyToShip},
        {S::ReadyToShip, S::Shipped},        {S::Shipped, S::Delivered},
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
                << OrderStatusInfo::key(from).toStdString() << " -> "
                << OrderStatusInfo::key(to).toStdString();
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

TEST(OrderStatusMachine, ConfirmedNeedsTheCustomersConfirmationOfTheCurrentRevision)
{
    const OrderStatus awaiting = OrderStatus::AwaitingConfirmation;
    OrderFacts facts;
    const auto refused = OrderStatusMachine::check(awaiting, OrderStatus::Confirmed, std::nullopt, facts);
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(refused->isEmpty());
    // The UI is told the way on is recording the confirmation, the step that makes the record
    // the guard asks for, rather than a plain status change.
    bool listed = false;
    for (const StatusTransition& t : OrderStatusMachine::transitions(awaiting, std::nullopt, facts))
        if (t.to == OrderStatus::Confirmed) {
            listed = true;
            EXPECT_TRUE(t.allowed);
            EXPECT_EQ(t.route, TransitionRoute::Confirmation);
        }
    EXPECT_TRUE(listed);
    facts.confirmedCurrentRevision = true;
    EXPECT_FALSE(
        OrderStatusMachine::check(awaiting, OrderStatus::Confirmed, std::nullopt, facts).has_value());
    // A guard never opens a way the lifecycle does not have.
    EXPECT_TRUE(OrderStatusMachine::check(OrderStatus::Draft, OrderStatus::Confirmed, std::nullopt, facts)
                    .has_value());
}

TEST(OrderStatusMachine, ProductionWaitsForTheCustomersAcceptanceOfALaterPromise)
{
    OrderFacts facts;
    facts.confirmedCurrentRevision = true;
    facts.committedPlanCurrentRevision = true;
    EXPECT_FALSE(OrderStatusMachine::check(S::Planned, S::InProduction, std::nullopt, facts).has_value());
    facts.promisedDateAccepted = false;
    const auto refused = OrderStatusMachine::check(S::Planned, S::InProduction, std::nullopt, facts);
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->contains(QStringLiteral("accepted"))) << refused->toStdString();
    // An order held while in production goes back to production as it was.
    EXPECT_FALSE(OrderStatusMachine::check(S::OnHold, S::InProduction, S::InProduction, facts).has_value());
}

TEST(OrderStatusMachine, ShippedAndDeliveredFollowTheShipments)
{
    OrderFacts facts;
    EXPECT_EQ(OrderStatusMachine::route(S::ReadyToShip, S::Shipped), TransitionRoute::Shipping);
    EXPECT_EQ(OrderStatusMachine::route(S::Shipped, S::Delivered), TransitionRoute::Shipping);
    // An order held after it shipped goes back to shipped as it was.
    EXPECT_EQ(OrderStatusMachine::route(S::OnHold, S::Shipped), TransitionRoute::StatusChange);
    const auto notAll = OrderStatusMachine::check(S::ReadyToShip, S::Shipped, std::nullopt, facts);
    ASSERT_TRUE(notAll.has_value());
    EXPECT_TRUE(notAll->contains(QStringLiteral("Shipments"))) << notAll->toStdString();
    facts.everyLineShipped = true;
    EXPECT_FALSE(OrderStatusMachine::check(S::ReadyToShip, S::Shipped, std::nullopt, facts).has_value());
    facts.undeliveredShipments = 1;
    EXPECT_TRUE(OrderStatusMachine::check(S::Shipped, S::Delivered, std::nullopt, facts).has_value());
    facts.undeliveredShipments = 0;
    EXPECT_FALSE(OrderStatusMachine::check(S::Shipped, S::Delivered, std::nullopt, facts).has_value());
    EXPECT_FALSE(OrderStatusMachine::check(S::OnHold, S::Shipped, S::Shipped, OrderFacts{}).has_value());
}
