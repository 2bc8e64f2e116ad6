#pragma once

#include "Session.h"

namespace od {

class LookupLineEdit;

// The finance pages choose a customer by typing its code or name into a LookupLineEdit; this
// gives the field its search ("C001 华东机械", the contact and phone beside it).
class CustomerLookup
{
public:
    static void attach(LookupLineEdit* edit, Session& session);
};

} // namespace od
