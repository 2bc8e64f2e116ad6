#pragma once

#include "DoubtfulReceivable.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// 坏账准备 The provision report: the receivables finance doubts it will collect — invoices open
// more than a number of days (90 by default) past their due date — with the customer's credit
// hold, its last collection contact and promise, for the manager who approves write-offs and the
// accountant who books the provision. Finance and managers only.
class ProvisionReportService
{
    Q_DECLARE_TR_FUNCTIONS(ProvisionReportService)

public:
    static constexpr int DefaultDaysOverdue = 90;
    static constexpr int MaxInvoices = 10'000;

    explicit ProvisionReportService(Session& session) : m_session(session) {}

    Result<ProvisionReport> report(const QDate& asOf, int minDaysOverdue = DefaultDaysOverdue);

private:
    Session& m_session;
};

} // namespace od
