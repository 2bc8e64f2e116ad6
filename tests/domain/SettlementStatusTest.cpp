#include "SettlementStatus.h"
#include "Order.h"

#include <gtest/gtest.h>

using namespace od;

TEST(SettlementStatus, KeysAreTheStoredOnesAndReadBack)
{
    const QStringList expected = {QStringLiteral("unbilled"), QStringLiteral("invoiced"),
                                  QStringLiteral("partially_paid"), QStringLiteral("paid"),
                                  QStringLiteral("written_off")};
    QStringList keys;
    for (SettlementStatus s : SettlementStatusInfo::all()) {
        keys << SettlementStatusInfo::key(s);
        EXPECT_EQ(SettlementStatusInfo::fromKey(SettlementStatusInfo::key(s)), s);
        EXPECT_FALSE(SettlementStatusInfo::displayName(s).isEmpty());
    }
    EXPECT_EQ(keys, expected);
    EXPECT_FALSE(SettlementStatusInfo::fromKey(u"overdue")); // overdue is computed, never stored
    EXPECT_FALSE(SettlementStatusInfo::fromKey(u"Paid"));
    EXPECT_EQ(Order().settlement, SettlementStatus::Unbilled);
}

TEST(SettlementStatusMachine, AWrittenOffOrderStaysWrittenOff)
{
    EXPECT_TRUE(SettlementStatusMachine::allowedTargets(SettlementStatus::WrittenOff).isEmpty());
    EXPECT_FALSE(
        SettlementStatusMachine::canTransition(SettlementStatus::WrittenOff, SettlementStatus::Paid));
}

TEST(SettlementStatusMachine, OnlyWhatIsInvoicedAndUnpaidCanBeWrittenOff)
{
    EXPECT_TRUE(
        SettlementStatusMachine::canTransition(SettlementStatus::Invoiced, SettlementStatus::WrittenOff));
    EXPECT_TRUE(SettlementStatusMachine::canTransition(SettlementStatus::PartiallyPaid,
                                                       SettlementStatus::WrittenOff));
    EXPECT_FALSE(
        SettlementStatusMachine::canTransition(SettlementStatus::Unbilled, SettlementStatus::WrittenOff));
    EXPECT_FALSE(
        SettlementStatusMachine::canTransition(SettlementStatus::Paid, SettlementStatus::WrittenOff));
    EXPECT_TRUE(SettlementStatusMachine::refusal(SettlementStatus::Paid, SettlementStatus::WrittenOff)
                    .contains(SettlementStatusInfo::displayName(SettlementStatus::Paid)));
}

TEST(SettlementStatusMachine, PaymentsAndCreditNotesMoveTheOrderBothWays)
{
    // An advance can pay an invoice the moment it is issued.
    EXPECT_TRUE(SettlementStatusMachine::canTransition(SettlementStatus::Unbilled, SettlementStatus::Paid));
    // A payment re-applied to another invoice.
    EXPECT_TRUE(
        SettlementStatusMachine::canTransition(SettlementStatus::Paid, SettlementStatus::PartiallyPaid));
    // A return credited in full.
    EXPECT_TRUE(SettlementStatusMachine::canTransition(SettlementStatus::Paid, SettlementStatus::Unbilled));
    EXPECT_FALSE(SettlementStatusMachine::canTransition(SettlementStatus::Paid, SettlementStatus::Paid));
}
