#pragma once

#include "CompanyProfile.h"

#include <QString>

namespace od {

// The issuing company as printed in a document's letterhead: the part of the company profile
// that documents print.
struct DocumentCompany
{
    QString name;
    QString address;
    QString phone;
    QString taxId;
    QString bankAccount;
    QString logoPath; // an image file; empty or unreadable means no logo
    QString terms;    // payment and delivery terms, plain text, may span lines

    static DocumentCompany from(const CompanyProfile& profile)
    {
        return {profile.name,        profile.address,  profile.phone, profile.taxId,
                profile.bankAccount, profile.logoPath, profile.terms};
    }
};

} // namespace od
