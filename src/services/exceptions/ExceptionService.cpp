#include "ExceptionService.h"

#include "DocumentNumberAllocator.h"
#include "ExceptionEventText.h"
#include "ExceptionRepository.h"
#include "ExceptionRules.h"
#include "OrderChange.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "UserRepository.h"

namespace od {

namespace {

const QString kPrefix = QStringLiteral("EXC");

} // namespace

bool ExceptionService::mayManage(const OrderException& exception) const
{
    return exception.ownerId == m_session.user().id ||
           Permissions::allows(m_session, Permission::ManageExceptions);
}

Result<User> ExceptionService::activeUser(qint64 userId)
{
    auto user = UserRepository(m_session.db()).byId(userId);
    if (!user)
        return std::unexpected(user.error());
    if (!*user || !(*user)->active)
        return std::unexpected(
            Error::invalid(tr("The owner must be a user who can sign in."), QStringLiteral("owner")));
    return **user;
}

Result<OrderException> ExceptionService::visible(qint64 exceptionId)
{
    if (!m_session.isSignedIn())
        return std::unexpected(
            Error::notFound(tr("The exception does not exist, or it is not yours to see.")));
    auto found = ExceptionRepository(m_session.db()).byId(exceptionId);
    if (!found)
        return std::unexpected(found.error());
    const qint64 onlyOf = OrderQueryService(m_session).ownOrdersOnlyId();
    if (*found && onlyOf != 0 && (*found)->ownerId != onlyOf) {
        // Not the owner: it must be on an order this user sees.
        if (!OrderQueryService(m_session).order((*found)->orderId))
            found->reset();
    }
    if (!*found)
        return std::unexpected(
            Error::notFound(tr("The exception does not exist, or it is not yours to see.")));
    return **found;
}

Result<std::unique_ptr<OrderChange>> ExceptionService::begin(const OrderException& exception, bool manage)
{
    if (!exception.isOpen())
        return std::unexpected(
            Error::conflict(tr("Exception %1 was closed on %2; it cannot be changed.")
                                .arg(exception.exceptionNo,
                                     exception.resolvedAt.toLocalTime().date().toString(Qt::ISODate))));
    if (manage && !mayManage(exception))
        return std::unexpected(Error{Error::Kind::Forbidden,
                                     tr("Only %1, who owns exception %2, or a manager may do this.")
                                         .arg(exception.ownerName, exception.exceptionNo),
                                     {}});
    return OrderChange::open(m_session, exception.orderId);
}

Result<OrderException> ExceptionService::raise(OrderException draft)
{
    // Anyone who may see the order may raise an exception on it.
    auto order = OrderQueryService(m_session).order(draft.orderId);
    if (!order)
        return std::unexpected(order.error());
    if (draft.ownerId == 0)
        draft.ownerId = m_session.user().id;
    draft.description = draft.description.trimmed();
    if (auto ok = ExceptionRules::checkRaise(draft, m_session.today()); !ok)
        return std::unexpected(ok.error());
    auto owner = activeUser(draft.ownerId);
    if (!owner)
        return std::unexpected(owner.error());
    auto opened = OrderChange::open(m_session, draft.orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    auto number = DocumentNumberAllocator(change.db())
                      .next(DocumentNumberAllocator::Kind::Exception, kPrefix, m_session.today().year());
    if (!number)
        return std::unexpected(number.error());
    draft.exceptionNo = *number;
    draft.raisedById = m_session.user().id;
    draft.raisedAt = QDateTime::currentDateTimeUtc();
    draft.ownerName = owner->displayName;
    ExceptionRepository exceptions(change.db());
    if (auto ok = exceptions.insert(draft); !ok)
        return std::unexpected(ok.error());
    OrderEvent event;
    ExceptionEventText::raised(event, draft);
    const QList<FieldChange> changes{
        {QStringLiteral("exception"), QString(),
         QStringLiteral("%1 %2 %3 owner=%4 due=%5")
             .arg(draft.exceptionNo, ExceptionKindInfo::key(draft.kind),
                  ExceptionSeverityInfo::key(draft.severity), QString::number(draft.ownerId),
                  draft.dueDate.toString(Qt::ISODate))},
        {QStringLiteral("exception description"), QString(), draft.description}};
    if (auto ok = change.record(event, QStringLiteral("exception.raise"), changes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    return exception(draft.id);
}

Status ExceptionService::setPlan(qint64 exceptionId, const QString& plan)
{
    auto e = visible(exceptionId);
    if (!e)
        return std::unexpected(e.error());
    const QString text = plan.trimmed();
    if (auto ok = ExceptionRules::checkPlan(text); !ok)
        return ok;
    auto opened = begin(*e, true);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    if (auto ok = ExceptionRepository(change.db()).setPlan(e->id, text); !ok)
        return ok;
    OrderEvent event;
    ExceptionEventText::planned(event, *e, text);
    if (auto ok =
            change.record(event, QStringLiteral("exception.plan"),
                          {{QStringLiteral("exception %1 plan").arg(e->exceptionNo), e->responsePlan, text}});
        !ok)
        return ok;
    return change.commit();
}

Status ExceptionService::handOver(qint64 exceptionId, qint64 ownerId)
{
    auto e = visible(exceptionId);
    if (!e)
        return std::unexpected(e.error());
    auto owner = activeUser(ownerId);
    if (!owner)
        return std::unexpected(owner.error());
    if (ownerId == e->ownerId)
        return {};
    auto opened = begin(*e, true);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    if (auto ok = ExceptionRepository(change.db()).setOwner(e->id, ownerId); !ok)
        return ok;
    OrderEvent event;
    ExceptionEventText::handedOver(event, *e, owner->displayName);
    if (auto ok = change.record(event, QStringLiteral("exception.hand_over"),
                                {{QStringLiteral("exception %1 owner").arg(e->exceptionNo),
                                  QString::number(e->ownerId), QString::number(ownerId)}});
        !ok)
        return ok;
    return change.commit();
}

Status ExceptionService::logContact(ExceptionContact contact)
{
    auto e = visible(contact.exceptionId);
    if (!e)
        return std::unexpected(e.error());
    contact.text = contact.text.trimmed();
    contact.customerContact = contact.customerContact.trimmed();
    if (auto ok = ExceptionRules::checkContact(contact); !ok)
        return ok;
    // Anyone who sees the exception may say what the customer was told.
    auto opened = begin(*e, false);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    contact.at = QDateTime::currentDateTimeUtc();
    contact.userId = m_session.user().id;
    if (auto ok = ExceptionRepository(change.db()).insertContact(contact); !ok)
        return ok;
    OrderEvent event;
    ExceptionEventText::contacted(event, *e, contact);
    if (auto ok = change.record(
            event, QStringLiteral("exception.contact"),
            {{QStringLiteral("exception %1 contact").arg(e->exceptionNo), QString(),
              QStringLiteral("%1 / %2 / %3")
                  .arg(contact.customerContact, ContactChannelInfo::key(contact.channel), contact.text)}});
        !ok)
        return ok;
    return change.commit();
}

Status ExceptionService::resolve(qint64 exceptionId, const QString& resolution, Money cost)
{
    auto e = visible(exceptionId);
    if (!e)
        return std::unexpected(e.error());
    const QString text = resolution.trimmed();
    if (auto ok = ExceptionRules::checkResolution(text, cost); !ok)
        return ok;
    auto opened = begin(*e, true);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    auto closed = ExceptionRepository(change.db()).resolve(e->id, text, cost, m_session.user().id);
    if (!closed)
        return std::unexpected(closed.error());
    if (!*closed)
        return std::unexpected(
            Error::conflict(tr("Exception %1 was closed by someone else just now.").arg(e->exceptionNo)));
    OrderEvent event;
    ExceptionEventText::resolved(event, *e, text, cost, change.order().currency);
    if (auto ok = change.record(
            event, QStringLiteral("exception.resolve"),
            {{QStringLiteral("exception %1 resolution").arg(e->exceptionNo), QString(), text},
             {QStringLiteral("exception %1 cost").arg(e->exceptionNo), QString(), cost.toDecimalString()}});
        !ok)
        return ok;
    return change.commit();
}

Result<QList<OrderException>> ExceptionService::list(const ExceptionFilter& filter, int limit)
{
    if (!m_session.isSignedIn())
        return QList<OrderException>();
    return ExceptionRepository(m_session.db())
        .list(filter, OrderQueryService(m_session).ownOrdersOnlyId(), limit);
}

Result<OrderException> ExceptionService::exception(qint64 exceptionId)
{
    return visible(exceptionId);
}

Result<OrderException> ExceptionService::byNumber(const QString& exceptionNo)
{
    auto id = ExceptionRepository(m_session.db()).idByNumber(exceptionNo);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return std::unexpected(Error::notFound(
            tr("The exception %1 does not exist, or it is not yours to see.").arg(exceptionNo)));
    return visible(**id);
}

Result<QList<ExceptionContact>> ExceptionService::contacts(qint64 exceptionId)
{
    if (auto e = visible(exceptionId); !e)
        return std::unexpected(e.error());
    return ExceptionRepository(m_session.db()).contacts(exceptionId);
}

Result<QList<User>> ExceptionService::possibleOwners()
{
    if (!m_session.isSignedIn())
        return QList<User>();
    auto users = UserRepository(m_session.db()).all();
    if (!users)
        return users;
    QList<User> out;
    for (const User& u : *users)
        if (u.active)
            out << u;
    return out;
}

} // namespace od
