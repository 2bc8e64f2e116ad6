#pragma once

#include "AuditEntry.h"
#include "Customer.h"
#include "Product.h"
#include "User.h"

#include <QList>
#include <QPair>

namespace od {

// A record as (field, value-as-text) pairs, and the field changes between two of them: what the
// audit trail stores for customers, products and users.
class RecordFields
{
public:
    using Fields = QList<QPair<QString, QString>>;

    static Fields of(const Customer& c);
    static Fields of(const Product& p);
    static Fields of(const User& u);
    // Fields whose value differs; `before` empty means the record is new.
    static QList<FieldChange> diff(const Fields& before, const Fields& after);
};

} // namespace od
