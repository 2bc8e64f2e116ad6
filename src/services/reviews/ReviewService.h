#pragma once

#include "OrderReview.h"
#include "Session.h"

#include <QCoreApplication>

#include <optional>

namespace od {

// 事后分析 Post-analysis: an order delivered after its promised date, or one that had an
// exception, asks its salesperson for a short review once delivered: the cause, what happened
// and the lesson. The review is written once, never edited, audited and on the order's
// timeline; its lesson may also go to the lessons learnt (经验库), tagged with the order's
// customer and products. Those who edit an order (its salesperson, managers) write its review.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    static constexpr int MaxLength = 1000;
    static constexpr int OutstandingLimit = 500;

    explicit ReviewService(Session& session) : m_session(session) {}

    // Refuses a missing cause (field "cause"), an empty or overlong account of what happened
    // (field "happened"), an overlong lesson or an empty one to add to the lessons learnt (field
    // "lesson"), an order that asks for no review, and one reviewed already.
    Result<OrderReview> record(const QString& orderNo, const ReviewInput& input);
    // Whether the order asks for a review (nullopt: it does not).
    Result<std::optional<ReviewDue>> due(const QString& orderNo);
    Result<std::optional<OrderReview>> review(const QString& orderNo);
    // The reviews still to write: one's own orders', everyone's for those who edit all orders.
    Result<QList<ReviewDue>> outstanding(int limit = OutstandingLimit);

private:
    Result<qint64> orderId(const QString& orderNo);
    Status checkText(const QString& text, const QString& field, const QString& emptyMessage);
    Session& m_session;
};

} // namespace od
