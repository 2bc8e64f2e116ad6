#include "SplitShipmentService.h"

#include "AuditTrail.h"
#include "FinishedLineRepository.h"
#include "FinishedLines.h"
#include "FixedPoint.h"
#include "Logging.h"
#include "OrderRepository.h"
#include "Permissions.h"
#include "SplitShipmentTaskRepository.h"
#include "SuggestionService.h"

#include <QCryptographicHash>

#include <algorithm>

namespace od {

namespace {

// What leaving today arrives on: after the company's shipping working days.
QDate arrivalFrom(const QDate& today, const WorkCalendar& calendar, int shippingWorkingDays)
{
    QDate day = today;
    for (int counted = 0, i = 0; counted < shippingWorkingDays && i < 366; ++i) {
        day = day.addDays(1);
        if (calendar.isCompanyWorkingDay(day))
            ++counted;
    }
    return day;
}

// The line's amount for part of its quantity, rounded to the minor unit.
Money partOf(const Money& amount, const Quantity& part, const Quantity& whole)
{
    if (whole.raw() <= 0)
        return Money();
    return Money::fromMinor(qint64(fixed::roundDiv(Int128(amount.minor()) * part.raw(), whole.raw())));
}

QString basisOf(const SplitShipmentSuggestion& s)
{
    QStringList parts{s.key, s.promisedDate.toString(Qt::ISODate), s.forecast.toString(Qt::ISODate)};
    for (const SplitLine& l : s.lines)
        parts << QStringLiteral("%1=%2").arg(l.lineNo).arg(l.quantity.raw());
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
}

} // namespace

bool SplitShipmentService::isSplitKey(const QString& key)
{
    return key.trimmed().startsWith(QLatin1String(KeyPrefix));
}

Result<QList<SplitShipmentSuggestion>> SplitShipmentService::find(Session& session,
                                                                  const QList<LateOrder>& late,
                                                                  const WorkCalendar& calendar,
                                                                  int shippingWorkingDays)
{
    QList<SplitShipmentSuggestion> out;
    if (late.isEmpty())
        return out;
    Database& db = session.db();
    auto tasked = SplitShipmentTaskRepository(db).openOrderIds();
    if (!tasked)
        return std::unexpected(tasked.error());
    QList<qint64> ids;
    ids.reserve(late.size());
    for (const LateOrder& l : late)
        if (!tasked->contains(l.orderId))
            ids << l.orderId;
    FinishedLineRepository finishedLines(db);
    auto steps = finishedLines.lineSteps(ids);
    if (!steps)
        return std::unexpected(steps.error());
    // What has left matters only for the orders with something finished.
    QList<qint64> withFinished;
    QHash<qint64, QMap<int, Quantity>> finished;
    for (qint64 id : std::as_const(ids)) {
        QMap<int, Quantity> done = FinishedLines::of(steps->value(id));
        if (std::any_of(done.cbegin(), done.cend(), [](const Quantity& q) { return q.isPositive(); })) {
            withFinished << id;
            finished.insert(id, done);
        }
    }
    auto shipped = finishedLines.shipped(withFinished);
    if (!shipped)
        return std::unexpected(shipped.error());
    const QDate arrival = arrivalFrom(session.today(), calendar, shippingWorkingDays);
    OrderRepository orders(db);
    for (const LateOrder& row : late) {
        const auto done = finished.constFind(row.orderId);
        if (done == finished.cend())
            continue;
        const QMap<int, Quantity> left = shipped->value(row.orderId);
        bool any = false;
        for (auto it = done->cbegin(); it != done->cend() && !any; ++it)
            any = it->raw() > left.value(it.key()).raw();
        if (!any)
            continue;
        auto order = orders.load(row.orderId);
        if (!order)
            return std::unexpected(order.error());
        if (!*order || (*order)->status != OrderStatus::InProduction)
            continue;
        const Order& o = **order;
        SplitShipmentSuggestion s;
        s.key = QString::fromLatin1(KeyPrefix) + o.orderNo;
        s.orderId = o.id;
        s.orderNo = o.orderNo;
        s.customerName = o.customerName;
        s.promisedDate = row.promisedDate;
        s.forecast = row.forecast;
        s.arrival = arrival;
        s.orderLines = int(o.lines.size());
        s.currency = o.currency;
        qint64 orderValue = 0;
        qint64 value = 0;
        for (const OrderLine& l : o.lines) {
            orderValue += l.amount.minor();
            const qint64 now = done->value(l.lineNo).raw() - left.value(l.lineNo).raw();
            const qint64 canLeave = qMin(now, l.quantity.raw() - left.value(l.lineNo).raw());
            if (canLeave <= 0)
                continue;
            SplitLine line;
            line.lineNo = l.lineNo;
            line.product = l.productName;
            line.quantity = Quantity::fromRaw(canLeave);
            line.ordered = l.quantity;
            line.value = partOf(l.amount, line.quantity, l.quantity);
            value += line.value.minor();
            s.lines << line;
        }
        if (s.lines.isEmpty())
            continue;
        s.value = Money::fromMinor(value);
        s.orderValue = Money::fromMinor(orderValue);
        s.basis = basisOf(s);
        out << s;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SplitShipmentSuggestion& a, const SplitShipmentSuggestion& b) {
                         if (a.promisedDate != b.promisedDate)
                             return a.promisedDate < b.promisedDate;
                         return a.orderNo < b.orderNo;
                     });
    return out;
}

Result<SplitShipmentSuggestion> SplitShipmentService::apply(const QString& key, const QString& basis)
{
    if (auto ok = Permissions::require(m_session, Permission::UseSuggestions); !ok)
        return std::unexpected(ok.error());
    Database& db = m_session.db();
    // Worked out again inside the transaction that writes it: what is applied is what holds now.
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto now = SuggestionService::compute(m_session);
    if (!now)
        return std::unexpected(now.error());
    const auto found = std::find_if(now->splits.cbegin(), now->splits.cend(),
                                    [&](const SplitShipmentSuggestion& s) { return s.key == key.trimmed(); });
    if (found == now->splits.cend() || (!basis.isEmpty() && found->basis != basis))
        return std::unexpected(Error::conflict(
            tr("The suggestion %1 is out of date: the order's progress, its shipments or its forecast "
               "changed "
               "since it was shown, or logistics has the task already. Look at the suggestions again.")
                .arg(key.trimmed())));
    const SplitShipmentSuggestion s = *found;
    auto shipped = FinishedLineRepository(db).shipped({s.orderId});
    if (!shipped)
        return std::unexpected(shipped.error());
    SplitShipmentTask task;
    task.orderId = s.orderId;
    task.suggestionKey = s.key;
    task.forecast = s.forecast;
    task.createdBy = m_session.user().id;
    task.createdAt = QDateTime::currentDateTimeUtc();
    QStringList lines;
    for (const SplitLine& l : s.lines) {
        const Quantity before = shipped->value(s.orderId).value(l.lineNo);
        task.lines << ShipmentLine{l.lineNo, Quantity::fromRaw(before.raw() + l.quantity.raw())};
        lines << QStringLiteral("%1=%2").arg(l.lineNo).arg(l.quantity.toDecimalString());
    }
    if (auto ok = SplitShipmentTaskRepository(db).insert(task); !ok)
        return std::unexpected(ok.error());
    QList<FieldChange> changes{
        {QStringLiteral("suggestion"), QString(), s.key},
        {QStringLiteral("lines"), QString(), lines.join(QStringLiteral(", "))},
        {QStringLiteral("promised_date"), QString(), s.promisedDate.toString(Qt::ISODate)},
        {QStringLiteral("forecast"), QString(), s.forecast.toString(Qt::ISODate)}};
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("suggestion.split_shipment"),
                                     QStringLiteral("order"), s.orderId, s.orderNo, changes);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(m_session.user().name, QStringLiteral("suggestion.apply"), s.key);
    return s;
}

QString SplitShipmentService::kindName()
{
    return tr("Split shipment");
}

QString SplitShipmentService::describe(const SplitShipmentSuggestion& s)
{
    QStringList numbers;
    for (const SplitLine& l : s.lines)
        numbers << QString::number(l.lineNo);
    const QString what = tr("Ship the finished lines %1 of %2 now (%3 of %n line(s))", nullptr, s.orderLines)
                             .arg(numbers.join(tr(", ")), s.orderNo)
                             .arg(s.lines.size());
    return s.forecast.isValid()
               ? tr("%1, the rest forecast on %2").arg(what, s.forecast.toString(Qt::ISODate))
               : tr("%1, the rest cannot be planned yet").arg(what);
}

QString SplitShipmentService::effect(const SplitShipmentSuggestion& s)
{
    if (s.arrivesByPromise())
        return tr("%1 of %2 %3 reach %4 by the promised %5")
            .arg(s.value.toDecimalString(), s.orderValue.toDecimalString(), s.currency, s.customerName,
                 s.promisedDate.toString(Qt::ISODate));
    return tr("%1 of %2 %3 reach %4 on %5 (promised %6)")
        .arg(s.value.toDecimalString(), s.orderValue.toDecimalString(), s.currency, s.customerName,
             s.arrival.toString(Qt::ISODate), s.promisedDate.toString(Qt::ISODate));
}

QString SplitShipmentService::linesText(const SplitShipmentSuggestion& s)
{
    QStringList parts;
    for (const SplitLine& l : s.lines)
        parts << tr("line %1: %2").arg(l.lineNo).arg(l.quantity.toDecimalString());
    return parts.join(tr(", "));
}

} // namespace od
