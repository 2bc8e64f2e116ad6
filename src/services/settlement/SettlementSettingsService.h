#pragma once

#include "CreditPolicy.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// Finance's settings, stored in the database like the company's: the numbering of invoices and
// credit notes and the credit-hold rule.
struct SettlementSettings
{
    QString invoicePrefix = QStringLiteral("INV");
    QString creditNotePrefix = QStringLiteral("CN");
    CreditPolicy creditPolicy;
};

class SettlementSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettlementSettingsService)

public:
    explicit SettlementSettingsService(Session& session) : m_session(session) {}

    Result<SettlementSettings> settings();
    // Prefixes of 1–8 letters or digits; the overdue days 0–365. Audited.
    Status setSettings(const SettlementSettings& settings);

private:
    Session& m_session;
};

} // namespace od
