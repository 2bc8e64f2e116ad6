#include "ReviewService.h"

#include "AuditTrail.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "LessonRepository.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderRepository.h"
#include "Permissions.h"
#include "ProductRepository.h"
#include "ReviewRepository.h"
#include "RuleEngine.h"
#include "TextCheck.h"

#include <QSet>

namespace od {

Result<qint64> ReviewService::orderId(const QString& orderNo)
{
    auto id = OrderRepository(m_session.db()).idByNumber(orderNo.trimmed());
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return std::unexpected(Error::notFound(tr("There is no order %1.").arg(orderNo.trimmed())));
    return **id;
}

Status ReviewService::checkText(const QString& text, const QString& field, const QString& emptyMessage)
{
    if (text.isEmpty())
        return std::unexpected(Error::invalid(emptyMessage, field));
    if (text.size() > MaxLength)
        return std::unexpected(
            Error::invalid(tr("At most %1 characters; this has %2.").arg(MaxLength).arg(text.size()), field));
    if (const QString problem = TextCheck::problem(text, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, field));
    return {};
}

Result<OrderReview> ReviewService::record(const QString& orderNo, const ReviewInput& input)
{
    if (!m_session.isSignedIn())
        return std::unexpected(Error{Error::Kind::Forbidden, tr("Sign in to review an order."), {}});
    if (!input.cause)
        return std::unexpected(Error::invalid(tr("Choose the cause."), QStringLiteral("cause")));
    OrderReview review;
    review.cause = *input.cause;
    review.happened = input.happened.trimmed();
    review.lesson = input.lesson.trimmed();
    if (auto ok = checkText(review.happened, QStringLiteral("happened"), tr("Say what happened.")); !ok)
        return std::unexpected(ok.error());
    if (!review.lesson.isEmpty() || input.addToLessons)
        if (auto ok = checkText(review.lesson, QStringLiteral("lesson"),
                                tr("Write the lesson to add it to the lessons learnt."));
            !ok)
            return std::unexpected(ok.error());
    auto id = orderId(orderNo);
    if (!id)
        return std::unexpected(id.error());

    auto opened = OrderChange::open(m_session, *id);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order& order = change.order();
    if (auto ok = Permissions::requireOrderEdit(m_session, order.salespersonId); !ok)
        return std::unexpected(ok.error());
    ReviewRepository reviews(m_session.db());
    // Read inside the transaction: someone may have reviewed it since the form was opened.
    auto existing = reviews.forOrder(order.id);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(Error::conflict(
            tr("Order %1 was reviewed already by %2 on %3.")
                .arg(order.orderNo, (*existing)->reviewerName,
                     (*existing)->reviewedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    auto due = reviews.due(order.id);
    if (!due)
        return std::unexpected(due.error());
    if (!*due)
        return std::unexpected(Error::conflict(
            tr("Order %1 asks for no review: it is not delivered yet, or it was delivered on time without an "
               "exception.")
                .arg(order.orderNo)));

    review.orderId = order.id;
    review.orderNo = order.orderNo;
    review.reviewerId = m_session.user().id;
    review.reviewerName = m_session.user().displayName;
    review.reviewedAt = QDateTime::currentDateTimeUtc();

    if (input.addToLessons) {
        Lesson lesson;
        lesson.body = review.lesson;
        lesson.authorName = review.reviewerName;
        lesson.createdAt = review.reviewedAt;
        QStringList tags;
        auto customer = CustomerRepository(m_session.db()).byId(order.customerId);
        if (!customer)
            return std::unexpected(customer.error());
        if (*customer) {
            lesson.customers << LessonTag{(*customer)->id, (*customer)->code, (*customer)->name};
            tags << (*customer)->code;
        }
        QList<qint64> productIds;
        for (const OrderLine& line : order.lines)
            if (line.productId > 0 && !productIds.contains(line.productId))
                productIds << line.productId;
        auto products = ProductRepository(m_session.db()).byIds(productIds);
        if (!products)
            return std::unexpected(products.error());
        for (qint64 pid : std::as_const(productIds))
            if (const auto it = products->constFind(pid); it != products->cend()) {
                lesson.products << LessonTag{it->id, it->sku, it->name};
                tags << it->sku;
            }
        auto lessonId = LessonRepository(m_session.db()).insert(lesson, order.id, review.reviewerId);
        if (!lessonId)
            return std::unexpected(lessonId.error());
        review.lessonId = *lessonId;
        if (auto ok = AuditTrail::record(m_session, QStringLiteral("lesson.add"), QStringLiteral("lesson"),
                                         review.lessonId, QString::number(review.lessonId),
                                         {{QStringLiteral("lesson"), QString(), lesson.body},
                                          {QStringLiteral("tags"), QString(), tags.join(u',')}});
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = reviews.insert(review); !ok)
        return std::unexpected(ok.error());

    OrderEvent event;
    OrderEventText::reviewed(event, review.cause, review.lessonId);
    QList<FieldChange> changes{{QStringLiteral("cause"), QString(), ReviewCauseInfo::key(review.cause)},
                               {QStringLiteral("happened"), QString(), review.happened},
                               {QStringLiteral("lesson"), QString(), review.lesson}};
    if (review.lesson.isEmpty())
        changes.removeLast();
    if (review.lessonId > 0)
        changes << FieldChange{QStringLiteral("lesson_id"), QString(), QString::number(review.lessonId)};
    if (auto ok = change.record(event, QStringLiteral("order.review"), changes); !ok)
        return std::unexpected(ok.error());
    // The post-analysis the rule asked for is done.
    if (auto ok = RuleEngine::orderReviewed(m_session, order.id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    return review;
}

Result<std::optional<ReviewDue>> ReviewService::due(const QString& orderNo)
{
    auto id = orderId(orderNo);
    if (!id)
        return std::unexpected(id.error());
    return ReviewRepository(m_session.db()).due(*id);
}

Result<std::optional<OrderReview>> ReviewService::review(const QString& orderNo)
{
    auto id = orderId(orderNo);
    if (!id)
        return std::unexpected(id.error());
    return ReviewRepository(m_session.db()).forOrder(*id);
}

Result<QList<ReviewDue>> ReviewService::outstanding(int limit)
{
    if (!m_session.isSignedIn())
        return QList<ReviewDue>();
    if (Permissions::allows(m_session, Permission::EditAllOrders))
        return ReviewRepository(m_session.db()).outstanding(0, limit);
    if (!Permissions::allows(m_session, Permission::EditOwnOrders))
        return QList<ReviewDue>();
    return ReviewRepository(m_session.db()).outstanding(m_session.user().id, limit);
}

} // namespace od
