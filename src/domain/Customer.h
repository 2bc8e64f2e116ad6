#pragma once

#include "DocumentLanguage.h"
#include "Money.h"

#include <QString>

namespace od {

struct Customer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString contact;
    QString phone;
    QString email;
    QString address;
    Money creditLimit; // zero means no limit
    int paymentTermsDays = 30;
    QString notes;
    bool active = true;
    // The language of the documents the customer receives (DocumentLanguage keys).
    QString documentLanguage = DocumentLanguage::defaultKey();
};

} // namespace od
