#pragma once

#include "RiskLevel.h"
#include "RiskReason.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace od {

// An order's stored risk as lists and the order's detail show it.
struct RiskRow
{
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    qint64 salespersonId = 0;
    QString salespersonName;
    RiskLevel level = RiskLevel::OnTrack;
    QDate promisedDate;
    QDate forecastDate;
    QList<RiskReason> reasons;
    QDateTime computedAt;
    QDateTime levelSince; // when the order reached this level
};

} // namespace od
