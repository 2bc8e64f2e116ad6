#include "CustomerLookup.h"

#include "CustomerService.h"
#include "widgets/LookupLineEdit.h"

namespace od {

void CustomerLookup::attach(LookupLineEdit* edit, Session& session)
{
    edit->setProvider([&session](const QString& text) {
        QList<LookupItem> items;
        auto found = CustomerService(session).search(text, 20);
        if (!found)
            return items;
        for (const Customer& customer : *found) {
            LookupItem item;
            item.id = customer.id;
            item.text = customer.code + u' ' + customer.name;
            QStringList details;
            for (const QString& part : {customer.contact, customer.phone})
                if (!part.isEmpty())
                    details << part;
            item.secondary = details.join(QStringLiteral(" · "));
            items << item;
        }
        return items;
    });
}

} // namespace od
