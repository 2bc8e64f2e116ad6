#pragma once

#include "BasisPoints.h"

#include <QString>

namespace od {

// The company's details as printed on documents, and the numbering and tax defaults.
struct CompanyProfile
{
    QString name;
    QString address;
    QString phone;
    QString taxId;
    QString bankAccount;
    QString logoPath; // an image file on this PC; empty for none
    QString orderPrefix = QStringLiteral("SO");
    QString currency = QStringLiteral("CNY");
    BasisPoints defaultTaxRate = BasisPoints::fromRaw(1300);
    QString terms; // payment and delivery terms printed on the confirmation
};

} // namespace od
