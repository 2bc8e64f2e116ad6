#pragma once

#include "Lesson.h"
#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace od {

// 经验库 Lessons learnt: anyone signed in writes one, tagged with customers (by code) and
// products (by SKU); everyone finds them by text, customer or product; intake shows the ones
// about the customer and products of the order being entered. A lesson is never edited; each is
// audited.
class LessonService
{
    Q_DECLARE_TR_FUNCTIONS(LessonService)

public:
    static constexpr int MaxLength = 1000;
    static constexpr int ShownAtIntake = 5;

    explicit LessonService(Session& session) : m_session(session) {}

    // Refuses empty or overlong text (field "text"), an unknown customer code (field "customers")
    // or SKU (field "products"), and a lesson about nothing (no customer and no product).
    Result<Lesson> add(const QString& text, const QStringList& customerCodes, const QStringList& productSkus,
                       qint64 orderId = 0);
    Result<QList<Lesson>> search(const QString& text, int limit = 500);
    // The newest lessons about this customer or any of these products.
    Result<QList<Lesson>> about(qint64 customerId, const QList<qint64>& productIds,
                                int limit = ShownAtIntake);

private:
    Session& m_session;
};

} // namespace od
