#include "ExceptionEventText.h"

#include "LocaleFormat.h"

#include <QJsonObject>

namespace od {

namespace {

const QString kNo = QStringLiteral("exception_no");
const QString kKind = QStringLiteral("kind");
const QString kSeverity = QStringLiteral("severity");
const QString kText = QStringLiteral("text");
const QString kChannel = QStringLiteral("channel");
const QString kContact = QStringLiteral("contact");
const QString kOwner = QStringLiteral("owner");
const QString kCost = QStringLiteral("cost");
const QString kCurrency = QStringLiteral("currency");

QJsonObject facts(const OrderException& e)
{
    return {{kNo, e.exceptionNo}, {kKind, ExceptionKindInfo::key(e.kind)}};
}

void finish(OrderEvent& event, const QLatin1String& kind, QJsonObject data)
{
    event.kind = kind;
    event.data = std::move(data);
}

} // namespace

void ExceptionEventText::raised(OrderEvent& event, const OrderException& e)
{
    QJsonObject data = facts(e);
    data.insert(kSeverity, ExceptionSeverityInfo::key(e.severity));
    data.insert(kText, e.description);
    data.insert(kOwner, e.ownerName);
    finish(event, OrderEventKind::ExceptionRaised, data);
}

void ExceptionEventText::planned(OrderEvent& event, const OrderException& e, const QString& plan)
{
    QJsonObject data = facts(e);
    data.insert(kText, plan);
    finish(event, OrderEventKind::ExceptionPlanned, data);
}

void ExceptionEventText::contacted(OrderEvent& event, const OrderException& e,
                                   const ExceptionContact& contact)
{
    QJsonObject data = facts(e);
    data.insert(kText, contact.text);
    data.insert(kChannel, ContactChannelInfo::key(contact.channel));
    data.insert(kContact, contact.customerContact);
    finish(event, OrderEventKind::ExceptionContacted, data);
}

void ExceptionEventText::handedOver(OrderEvent& event, const OrderException& e, const QString& ownerName)
{
    QJsonObject data = facts(e);
    data.insert(kOwner, ownerName);
    finish(event, OrderEventKind::ExceptionHandedOver, data);
}

void ExceptionEventText::resolved(OrderEvent& event, const OrderException& e, const QString& resolution,
                                  Money cost, const QString& currency)
{
    QJsonObject data = facts(e);
    data.insert(kText, resolution);
    data.insert(kCost, cost.toDecimalString());
    data.insert(kCurrency, currency);
    finish(event, OrderEventKind::ExceptionResolved, data);
}

bool ExceptionEventText::isExceptionEvent(const QString& kind)
{
    return kind.startsWith(QLatin1String("exception_"));
}

QString ExceptionEventText::describe(const OrderEvent& event)
{
    const QJsonObject& d = event.data;
    const QString no = d.value(kNo).toString();
    const auto kind = ExceptionKindInfo::fromKey(d.value(kKind).toString());
    const QString kindName = kind ? ExceptionKindInfo::displayName(*kind) : d.value(kKind).toString();
    const QString text = d.value(kText).toString();
    if (event.kind == OrderEventKind::ExceptionRaised) {
        const auto severity = ExceptionSeverityInfo::fromKey(d.value(kSeverity).toString());
        return tr("Exception %1 raised (%2, %3 severity), owner %4: %5")
            .arg(no, kindName, severity ? ExceptionSeverityInfo::displayName(*severity) : QString(),
                 d.value(kOwner).toString(), text);
    }
    if (event.kind == OrderEventKind::ExceptionPlanned)
        return tr("Response plan for exception %1: %2").arg(no, text);
    if (event.kind == OrderEventKind::ExceptionContacted) {
        const auto channel = ContactChannelInfo::fromKey(d.value(kChannel).toString());
        const QString how =
            channel ? ContactChannelInfo::displayName(*channel) : d.value(kChannel).toString();
        const QString whom = d.value(kContact).toString();
        return whom.isEmpty() ? tr("Customer told about exception %1 (%2): %3").arg(no, how, text)
                              : tr("%1 told about exception %2 (%3): %4").arg(whom, no, how, text);
    }
    if (event.kind == OrderEventKind::ExceptionHandedOver)
        return tr("Exception %1 handed over to %2.").arg(no, d.value(kOwner).toString());
    if (event.kind == OrderEventKind::ExceptionResolved) {
        const auto cost = Money::parse(d.value(kCost).toString());
        return tr("Exception %1 closed, cost %2: %3")
            .arg(no,
                 cost ? LocaleFormat::money(*cost, d.value(kCurrency).toString()) : d.value(kCost).toString(),
                 text);
    }
    return event.detail;
}

QString ExceptionEventText::kindName(const QString& kind)
{
    if (kind == OrderEventKind::ExceptionRaised)
        return tr("Exception raised");
    if (kind == OrderEventKind::ExceptionPlanned)
        return tr("Exception plan");
    if (kind == OrderEventKind::ExceptionContacted)
        return tr("Customer informed");
    if (kind == OrderEventKind::ExceptionHandedOver)
        return tr("Exception handed over");
    if (kind == OrderEventKind::ExceptionResolved)
        return tr("Exception closed");
    return kind;
}

} // namespace od
