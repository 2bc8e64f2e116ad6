#pragma once

#include "RiskLevel.h"
#include "RiskReason.h"

#include <QDate>
#include <QList>

namespace od {

// The early warning's verdict on one open order.
struct RiskAssessment
{
    qint64 orderId = 0;
    RiskLevel level = RiskLevel::OnTrack;
    QDate forecastDate;        // when the remaining steps finish (shipping included); null without a plan
    QList<RiskReason> reasons; // the most serious first

    bool operator==(const RiskAssessment&) const = default;
};

} // namespace od
