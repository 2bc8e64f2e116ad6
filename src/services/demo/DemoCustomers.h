#pragma once

#include "Customer.h"
#include "DemoCatalog.h"
#include "DemoRandom.h"

#include <QList>

#include <array>

namespace od {

// The trade a customer is in decides what it buys: a water utility orders butterfly valves and
// pumps, a chemical plant stainless ball valves, a heating company globe and safety valves.
enum class DemoIndustry
{
    Water,
    Chemical,
    Heating,
    FireProtection,
    Building,
    Pharma
};

struct DemoCustomer
{
    Customer customer;
    DemoIndustry industry = DemoIndustry::Water;
    int ownerIndex = 0; // which salesperson looks after the account
    int weight = 1;     // share of the orders: a few key accounts order most
};

// Customers of the demo company: Chinese companies in the big industrial provinces, with
// contacts, phones, addresses, credit limits and payment terms; the same seed gives the same list.
class DemoCustomers
{
public:
    static QList<DemoCustomer> make(DemoRandom& random, int count, int salespeople);
    // Relative weight of each DemoCategory in what a customer of this industry orders.
    static std::array<int, DemoCategoryCount> categoryWeights(DemoIndustry industry);
};

} // namespace od
