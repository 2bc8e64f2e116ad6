#pragma once

#include <QString>

namespace od {

// The issuing company as printed in a document's letterhead. Documents keep their own copy of
// these fields so that this layer does not depend on services; the caller fills it from the
// company profile.
struct DocumentCompany
{
    QString name;
    QString address;
    QString phone;
    QString taxId;
    QString bankAccount;
    QString logoPath; // an image file; empty or unreadable means no logo
    QString terms;    // payment and delivery terms, plain text, may span lines
};

} // namespace od
