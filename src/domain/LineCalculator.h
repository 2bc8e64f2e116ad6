#pragma once

#include "BasisPoints.h"
#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"


#include <optional>

namespace od {

// The order arithmetic of the design: each line is quantity × unit price × (1 − discount),
// computed exactly and rounded half away from zero to the minor unit; tax is computed once per
// document on the sum of the rounded lines. Every step is checked for overflow.
class LineCalculator
{
public:
    // nullopt when the exact amount does not fit in Money's range.
    static std::optional<Money> lineAmount(Quantity quantity, UnitPrice price, BasisPoints discount);
    static std::optional<Money> tax(Money subtotal, BasisPoints rate);
};

} // namespace od
