#include "LineCalculator.h"

#include "FixedPoint.h"

namespace od {

std::optional<Money> LineCalculator::lineAmount(Quantity quantity, UnitPrice price, BasisPoints discount)
{
    // quantity (1e-3) × price (1e-4) × factor (1e-4) = 1e-11 of the unit; the minor unit is 1e-2,
    // so the exact product is divided by 1e9. Each factor is bounded (≤1e12, ≤1e15, ≤1e6), so the
    // product stays far inside 128 bits. The bounds are checked here because fromRaw() accepts
    // any integer, and past them the 128-bit product would wrap into a plausible amount.
    constexpr qint64 maxDiscount = 100 * BasisPoints::Full;
    if (quantity.raw() > Quantity::MaxRaw || quantity.raw() < -Quantity::MaxRaw || price.raw() > UnitPrice::MaxRaw ||
        price.raw() < -UnitPrice::MaxRaw || discount.raw() > maxDiscount || discount.raw() < -maxDiscount)
        return std::nullopt;
    const Int128 factor = BasisPoints::Full - discount.raw();
    const Int128 exact = static_cast<Int128>(quantity.raw()) * price.raw() * factor;
    const Int128 minor = fixed::roundDiv(exact, 1'000'000'000);
    if (minor > Money::MaxAbsMinor || minor < -Money::MaxAbsMinor)
        return std::nullopt;
    return Money::fromMinor(static_cast<qint64>(minor));
}

std::optional<Money> LineCalculator::tax(Money subtotal, BasisPoints rate)
{
    const Int128 minor = fixed::roundDiv(static_cast<Int128>(subtotal.minor()) * rate.raw(), BasisPoints::Full);
    if (minor > Money::MaxAbsMinor || minor < -Money::MaxAbsMinor)
        return std::nullopt;
    return Money::fromMinor(static_cast<qint64>(minor));
}

} // namespace od
