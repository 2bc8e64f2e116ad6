#pragma once

#include "ReviewCause.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace od {

// The post-analysis (事后分析) of one order: written once, never edited.
struct OrderReview
{
    qint64 orderId = 0;
    QString orderNo;
    ReviewCause cause = ReviewCause::Other;
    QString happened; // what happened
    QString lesson;   // what to do differently ("" when none was drawn)
    qint64 reviewerId = 0;
    QString reviewerName;
    QDateTime reviewedAt; // UTC
    qint64 lessonId = 0;  // the lesson learnt made from it (0: none)
};

// What a review is asked with: the cause is empty until one is chosen.
struct ReviewInput
{
    std::optional<ReviewCause> cause;
    QString happened;
    QString lesson;
    bool addToLessons = false; // also add the lesson to the lessons learnt (经验库)
};

// An order that asks for a review: delivered after its promised date, or with an exception.
// It is delivered on the day its last shipment was signed for; an order that never had a
// delivery recorded (shipped in full, then completed) counts from the day it was shipped.
struct ReviewDue
{
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    qint64 salespersonId = 0;
    QDate promisedDate; // may be empty: then only an exception asks for the review
    QDate deliveredOn;
    int exceptions = 0;

    int daysLate() const
    {
        return promisedDate.isValid() && deliveredOn.isValid() && deliveredOn > promisedDate
                   ? int(promisedDate.daysTo(deliveredOn))
                   : 0;
    }
    bool isLate() const { return daysLate() > 0; }
};

} // namespace od
