#pragma once

#include "Database.h"
#include "Lesson.h"

#include <QCoreApplication>

namespace od {

// The lessons learnt, their customer and product tags; only ever added.
class LessonRepository
{
    Q_DECLARE_TR_FUNCTIONS(LessonRepository)

public:
    explicit LessonRepository(Database& db) : m_db(db) {}

    // Adds the lesson with its tags (by id); `orderId` 0 when written directly.
    Result<qint64> insert(const Lesson& lesson, qint64 orderId, qint64 authorId);
    // Lessons whose text, customer or product matches `text` ("" = all), newest first.
    Result<QList<Lesson>> search(const QString& text, int limit);
    // Lessons tagged with the customer or any of the products, newest first.
    Result<QList<Lesson>> about(qint64 customerId, const QList<qint64>& productIds, int limit);

private:
    Result<QList<Lesson>> load(const QString& where, const QVariantList& params, int limit);
    Database& m_db;
};

} // namespace od
