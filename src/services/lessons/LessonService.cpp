#include "LessonService.h"

#include "AuditTrail.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "LessonRepository.h"
#include "ProductRepository.h"
#include "TextCheck.h"

namespace od {

Result<Lesson> LessonService::add(const QString& text, const QStringList& customerCodes,
                                  const QStringList& productSkus, qint64 orderId)
{
    if (!m_session.isSignedIn())
        return std::unexpected(Error{Error::Kind::Forbidden, tr("Sign in to write a lesson."), {}});
    Lesson lesson;
    lesson.body = text.trimmed();
    if (lesson.body.isEmpty())
        return std::unexpected(Error::invalid(tr("Write the lesson first."), QStringLiteral("text")));
    if (lesson.body.size() > MaxLength)
        return std::unexpected(Error::invalid(tr("A lesson may be at most %1 characters; this one has %2.")
                                                  .arg(MaxLength)
                                                  .arg(lesson.body.size()),
                                              QStringLiteral("text")));
    if (const QString problem = TextCheck::problem(lesson.body, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("text")));
    for (const QString& raw : customerCodes) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        auto c = CustomerRepository(m_session.db()).byCode(code);
        if (!c)
            return std::unexpected(c.error());
        if (!*c)
            return std::unexpected(Error::invalid(tr("There is no customer with the code %1.").arg(code),
                                                  QStringLiteral("customers")));
        lesson.customers << LessonTag{(*c)->id, (*c)->code, (*c)->name};
    }
    for (const QString& raw : productSkus) {
        const QString sku = raw.trimmed();
        if (sku.isEmpty())
            continue;
        auto p = ProductRepository(m_session.db()).bySku(sku);
        if (!p)
            return std::unexpected(p.error());
        if (!*p)
            return std::unexpected(Error::invalid(tr("There is no product with the SKU %1.").arg(sku),
                                                  QStringLiteral("products")));
        lesson.products << LessonTag{(*p)->id, (*p)->sku, (*p)->name};
    }
    if (lesson.customers.isEmpty() && lesson.products.isEmpty())
        return std::unexpected(Error::invalid(
            tr("Name the customer or the product the lesson is about, so that intake can show it."),
            QStringLiteral("customers")));
    lesson.authorName = m_session.user().displayName;
    lesson.createdAt = QDateTime::currentDateTimeUtc();

    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto id = LessonRepository(m_session.db()).insert(lesson, orderId, m_session.user().id);
    if (!id)
        return std::unexpected(id.error());
    lesson.id = *id;
    QStringList tags;
    for (const LessonTag& t : std::as_const(lesson.customers))
        tags << t.code;
    for (const LessonTag& t : std::as_const(lesson.products))
        tags << t.code;
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("lesson.add"), QStringLiteral("lesson"),
                                     lesson.id, QString::number(lesson.id),
                                     {{QStringLiteral("lesson"), QString(), lesson.body},
                                      {QStringLiteral("tags"), QString(), tags.join(u',')}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return lesson;
}

Result<QList<Lesson>> LessonService::search(const QString& text, int limit)
{
    if (!m_session.isSignedIn())
        return QList<Lesson>();
    return LessonRepository(m_session.db()).search(text, limit);
}

Result<QList<Lesson>> LessonService::about(qint64 customerId, const QList<qint64>& productIds, int limit)
{
    if (!m_session.isSignedIn() || (customerId <= 0 && productIds.isEmpty()))
        return QList<Lesson>();
    return LessonRepository(m_session.db()).about(customerId, productIds, limit);
}

} // namespace od
