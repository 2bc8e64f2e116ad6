#pragma once

#include "Customer.h"
#include "CustomerStatement.h"
#include "DocumentCompany.h"
#include "Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

class QIODevice;

namespace od {

// The customer statement (对账单) sent to a customer to agree its balance: letterhead, the
// customer, the period, the opening balance, every invoice, credit note, write-off and payment of
// the period with the running balance, the closing balance, and a place to confirm it. In the
// language the application runs in; A4 PDF with the Chinese font embedded.
class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(od::StatementDocument)

public:
    StatementDocument(CustomerStatement statement, Customer customer, DocumentCompany company,
                      QString currency = QStringLiteral("CNY"));

    QString html() const;
    Status writePdf(QIODevice& device) const;
    QList<QImage> renderPages(int dpi) const;

private:
    CustomerStatement m_statement;
    Customer m_customer;
    DocumentCompany m_company;
    QString m_currency;
};

} // namespace od
