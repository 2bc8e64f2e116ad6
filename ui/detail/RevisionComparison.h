#pragma once

#include "Order.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace od {

// One thing that differs between two revisions of an order, in words for the user.
struct RevisionDifference
{
    enum class Kind
    {
        Header,
        LineAdded,
        LineRemoved,
        LineChanged
    };
    Kind kind = Kind::Header;
    QString what;   // "Requested date", "Line 2 · P-100 阀门"
    QString before; // "" when the line was added
    QString after;  // "" when the line was removed
};

// Compares an earlier revision (restored from its JSON snapshot) with a later one: the header
// fields the customer agreed to, then lines removed, added and changed, paired as the audit trail
// pairs them (OrderLinePairing).
class RevisionComparison
{
    Q_DECLARE_TR_FUNCTIONS(RevisionComparison)

public:
    static QList<RevisionDifference> compare(const Order& older, const Order& newer);

private:
    static QString lineLabel(const OrderLine& line);
    static QString lineSummary(const OrderLine& line, const QString& currency);
    static QStringList lineChanges(const OrderLine& a, const OrderLine& b, const QString& currency,
                                   QStringList* after);
};

} // namespace od
