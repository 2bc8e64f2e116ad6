#include "ChangeEventText.h"

#include "LocaleFormat.h"

#include <QJsonObject>
#include <QStringList>

namespace od {

namespace {

const QLatin1String kRequested{"change_requested"};
const QLatin1String kApproved{"change_approved"};
const QLatin1String kCancelled{"change_cancelled"};
const QLatin1String kRejected{"change_rejected"};
const QLatin1String kDone{"change_done"};

const QString kNo = QStringLiteral("change_no");
const QString kText = QStringLiteral("text");
const QString kWhat = QStringLiteral("what");
const QString kRevision = QStringLiteral("new_revision");
const QString kPromised = QStringLiteral("promised");
const QString kPushed = QStringLiteral("pushed");
const QString kCharge = QStringLiteral("charge");
const QString kCurrency = QStringLiteral("currency");

void finish(OrderEvent& event, const QLatin1String& kind, QJsonObject data)
{
    event.kind = kind;
    event.data = std::move(data);
}

} // namespace

QString ChangeEventText::summary(const ChangeRequest& r)
{
    if (r.cancel)
        return r.cancelCharge.isZero() ? tr("cancel the order")
                                       : tr("cancel the order with a charge of %1")
                                             .arg(LocaleFormat::money(r.cancelCharge, r.currency));
    QStringList parts;
    for (const ChangeQuantity& q : r.quantities)
        parts << tr("line %1 quantity %2").arg(q.lineNo).arg(LocaleFormat::quantity(q.quantity));
    for (const ChangePrice& p : r.prices)
        parts << tr("line %1 price %2").arg(p.lineNo).arg(LocaleFormat::unitPrice(p.unitPrice));
    for (const ChangeSpec& s : r.specs)
        parts << tr("line %1 specification \"%2\"").arg(s.lineNo).arg(s.description.left(60));
    for (const ChangeAddedLine& a : r.addedLines)
        parts << tr("add %1 × %2").arg(a.sku, LocaleFormat::quantity(a.quantity));
    for (int lineNo : r.removedLines)
        parts << tr("remove line %1").arg(lineNo);
    if (r.requestedDate.isValid())
        parts << tr("requested date %1").arg(r.requestedDate.toString(Qt::ISODate));
    if (r.address)
        parts << tr("delivery address %1").arg(*r.address);
    return parts.join(tr(", "));
}

void ChangeEventText::requested(OrderEvent& event, const ChangeRequest& r)
{
    finish(event, kRequested, {{kNo, r.changeNo}, {kText, r.reason}, {kWhat, summary(r)}});
}

void ChangeEventText::approved(OrderEvent& event, const ChangeRequest& r, int newRevision,
                               const QDate& promised, int ordersPushed)
{
    finish(event, kApproved,
           {{kNo, r.changeNo},
            {kRevision, newRevision},
            {kPromised, promised.toString(Qt::ISODate)},
            {kPushed, ordersPushed},
            {kText, r.decisionNote}});
}

void ChangeEventText::cancelled(OrderEvent& event, const ChangeRequest& r)
{
    finish(event, kCancelled,
           {{kNo, r.changeNo},
            {kCharge, r.cancelCharge.toDecimalString()},
            {kCurrency, r.currency},
            {kText, r.decisionNote}});
}

void ChangeEventText::rejected(OrderEvent& event, const ChangeRequest& r, const QString& note)
{
    finish(event, kRejected, {{kNo, r.changeNo}, {kText, note}});
}

void ChangeEventText::done(OrderEvent& event, const QString& changeNo, int revision)
{
    finish(event, kDone, {{kNo, changeNo}, {kRevision, revision}});
}

bool ChangeEventText::isChangeEvent(const QString& kind)
{
    return kind.startsWith(QLatin1String("change_"));
}

QString ChangeEventText::describe(const OrderEvent& event)
{
    const QJsonObject& d = event.data;
    const QString no = d.value(kNo).toString();
    const QString text = d.value(kText).toString();
    if (event.kind == kRequested)
        return tr("Change %1 asked: %2. Why: %3").arg(no, d.value(kWhat).toString(), text);
    if (event.kind == kApproved) {
        QString out = tr("Change %1 approved: revision %2, to be confirmed by the customer; promised %3.")
                          .arg(no)
                          .arg(d.value(kRevision).toInt())
                          .arg(d.value(kPromised).toString());
        if (const int pushed = d.value(kPushed).toInt(); pushed > 0)
            out += QLatin1Char(' ') + tr("%n other order(s) pushed later.", nullptr, pushed);
        if (!text.isEmpty())
            out += QLatin1Char(' ') + text;
        return out;
    }
    if (event.kind == kCancelled) {
        const auto charge = Money::parse(d.value(kCharge).toString());
        return tr("Change %1 approved: the order is cancelled, charge %2. %3")
            .arg(no, charge ? LocaleFormat::money(*charge, d.value(kCurrency).toString()) : QString(), text)
            .trimmed();
    }
    if (event.kind == kRejected)
        return tr("Change %1 rejected: %2").arg(no, text);
    if (event.kind == kDone)
        return tr("Change %1 done: the customer confirmed revision %2.")
            .arg(no)
            .arg(d.value(kRevision).toInt());
    return event.detail;
}

QString ChangeEventText::kindName(const QString& kind)
{
    if (kind == kRequested)
        return tr("Change asked");
    if (kind == kApproved || kind == kCancelled)
        return tr("Change approved");
    if (kind == kRejected)
        return tr("Change rejected");
    if (kind == kDone)
        return tr("Change done");
    return kind;
}

} // namespace od
