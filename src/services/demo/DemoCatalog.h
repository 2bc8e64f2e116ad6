#pragma once

#include "CompanyProfile.h"
#include "Product.h"
#include "User.h"

#include <QList>
#include <QStringList>

#include <span>

namespace od {

// What a line of the demo company's catalogue is, for choosing what a customer orders, how
// many, and how they describe it.
enum class DemoCategory
{
    GateValve,
    GlobeValve,
    BallValve,
    ButterflyValve,
    CheckValve,
    ControlValve,
    Pump,
    Fitting
};
inline constexpr int DemoCategoryCount = 8;

struct DemoProduct
{
    Product product;
    DemoCategory category = DemoCategory::Fitting;
    int maxQuantity = 10; // a usual order is 1..maxQuantity of it
};

// The fixed part of the demo company: a valve, pump and fittings maker in Wenzhou, its staff
// and its catalogue. The data is the company's, so it is written in Chinese as its users would.
class DemoCatalog
{
public:
    static CompanyProfile company();
    // One user per role plus more salespeople; the administrator is first.
    static QList<User> users();
    static QList<DemoProduct> products();
    // How customers write down what they need of a product of this category, one phrase each.
    static QStringList specPhrases(DemoCategory category);
    static QStringList orderNotes();
    static QStringList confirmationRemarks();
};

} // namespace od
