#pragma once

#include "Money.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// One salesperson's workload: what they carry now, to help a manager decide who takes a new customer.
struct SalespersonWorkload
{
    qint64 salespersonId = 0;
    QString name;
    bool active = true;
    qint64 openOrders = 0;   // confirmed and not yet shipped, in every currency
    Money openValue;         // of those in the home currency
    qint64 lateOrders = 0;   // the early warning calls them late
    qint64 atRiskOrders = 0; // the early warning calls them at risk
};

struct WorkloadReport
{
    QString currency;
    QList<SalespersonWorkload> salespeople; // every salesperson, least open orders first
};

// Each salesperson's open orders, their value and the orders late or at risk. Managers and
// administrators only.
class WorkloadService
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadService)

public:
    explicit WorkloadService(Session& session) : m_session(session) {}

    Result<WorkloadReport> report();

private:
    Session& m_session;
};

} // namespace od
