#include "DemoSettlement.h"

#include "CreditControlService.h"
#include "CreditExposureRepository.h"
#include "CreditHoldRepository.h"
#include "CustomerBalanceRepository.h"
#include "CustomerRepository.h"
#include "DemoRandom.h"
#include "DemoStaff.h"
#include "InvoiceCalculator.h"
#include "OrderEventText.h"
#include "OrderNumberAllocator.h"
#include "OrderSettlement.h"
#include "OrderStatus.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace od {

namespace {

// Every twentieth customer pays late: their overdue invoices stay open, and the credit rules put
// them on hold. Their completed orders of the last half year are invoiced too, so that their
// debts age into every bucket.
constexpr int kLatePayerEvery = 20;
constexpr int kLatePayerOffset = 7;
constexpr int kLatePayerHistoryDays = 180;

bool isLatePayer(qint64 customerId)
{
    return customerId % kLatePayerEvery == kLatePayerOffset;
}

// The credit limits of the customer list are those of a small book. On a large one, a customer
// that pays on time gets a limit its business fits in: a quarter above what it owes and has on
// order at the demo's end, in whole 100,000 yuan; late payers keep theirs, so that the few on
// hold are there for a reason a clerk would recognise.
constexpr qint64 kLimitStepMinor = 100'000'00;

Status sizeCreditLimit(Database& db, qint64 customerId, const QDate& today)
{
    if (isLatePayer(customerId))
        return {};
    auto customer = CustomerRepository(db).byId(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer || (*customer)->creditLimit.isZero()) // no limit at all
        return {};
    auto exposure = CreditExposureRepository(db).exposure(customerId, today);
    if (!exposure)
        return std::unexpected(exposure.error());
    const qint64 used = exposure->outstanding.minor() + exposure->openOrders.minor();
    const qint64 wanted = (used + used / 4 + kLimitStepMinor - 1) / kLimitStepMinor * kLimitStepMinor;
    if (wanted <= (*customer)->creditLimit.minor())
        return {};
    Customer sized = **customer;
    sized.creditLimit = Money::fromMinor(wanted);
    return CustomerRepository(db).update(sized);
}

QDateTime at(const QDate& date, int hour)
{
    // Office hours in China (UTC+8).
    return QDateTime(date, QTime(hour, 0), Qt::UTC).addSecs(-8 * 3600);
}

PaymentMethod methodFor(DemoRandom& random)
{
    const qint64 r = random.between(0, 99);
    if (r < 70)
        return PaymentMethod::BankTransfer;
    if (r < 85)
        return PaymentMethod::AcceptanceBill;
    if (r < 92)
        return PaymentMethod::WeChat;
    if (r < 97)
        return PaymentMethod::Alipay;
    return PaymentMethod::Cash;
}

std::string utf8Key(OrderStatus status)
{
    return OrderStatusInfo::key(status).toStdString();
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

DemoSettlement::DemoSettlement(const QDate& today, const SettlementSettings& settings, qint64 clerkId,
                               quint64 seed)
    : m_day(today.isValid() ? today : QDate::currentDate()), m_settings(settings), m_clerkId(clerkId),
      m_random(seed * 7919 + 17),
      m_lateSince(m_day.addDays(-kLatePayerHistoryDays).toString(Qt::ISODate).toStdString())
{
}

bool DemoSettlement::bills(const BulkOrder& order) const
{
    static const std::string shipped = utf8Key(OrderStatus::Shipped),
                             delivered = utf8Key(OrderStatus::Delivered),
                             completed = utf8Key(OrderStatus::Completed),
                             unbilled = SettlementStatusInfo::key(SettlementStatus::Unbilled).toStdString();
    if (m_clerkId <= 0 || order.settlementStatus != unbilled)
        return false;
    if (order.status == shipped || order.status == delivered)
        return true;
    return order.status == completed && isLatePayer(order.customerId) && order.orderDate >= m_lateSince;
}

SettlementStatus DemoSettlement::add(qint64 orderId, const BulkOrder& order, int paymentTermsDays,
                                     const QHash<qint64, QString>& productNames)
{
    Billable& b = m_orders.emplace_back();
    b.source.orderId = orderId;
    b.source.orderNo = text(order.orderNo);
    b.source.customerId = order.customerId;
    b.source.currency = text(order.currency);
    b.source.taxRate = BasisPoints::fromRaw(order.taxRateBp);
    b.source.subtotal = Money::fromMinor(order.subtotalMinor);
    b.source.total = Money::fromMinor(order.totalMinor);
    b.paymentTermsDays = paymentTermsDays;
    b.revision = order.revision;
    int lineNo = 0;
    b.source.lines.reserve(qsizetype(order.lines.size()));
    for (const BulkOrderLine& l : order.lines) {
        InvoiceSourceLine& line = b.source.lines.emplace_back();
        line.lineNo = ++lineNo;
        const QString name = productNames.value(l.productId);
        line.description = l.description.empty() ? name : name + u' ' + text(l.description);
        line.unit = text(l.unit);
        line.ordered = Quantity::fromRaw(l.quantityRaw);
        line.unitPrice = UnitPrice::fromRaw(l.unitPriceRaw);
        line.discount = BasisPoints::fromRaw(l.discountBp);
        line.orderedAmount = Money::fromMinor(l.amountMinor);
        line.shipped = line.ordered; // the demo ships each order whole
    }

    // Invoiced a week to a few weeks after the order, never after the day before the demo's day.
    const QDate orderDate = QDate::fromString(text(order.orderDate), Qt::ISODate);
    const QDate day = m_day;
    b.invoiceDate = orderDate.addDays(m_random.between(7, 28));
    if (b.invoiceDate >= day)
        b.invoiceDate = day.addDays(-1);
    if (b.invoiceDate < orderDate)
        b.invoiceDate = orderDate;
    // The invoice bills the whole order: its total is the order's (book() checks this).
    const Money total = b.source.total;
    const QDate due = InvoiceCalculator::dueDate(b.invoiceDate, paymentTermsDays);
    const qint64 overdue = due.daysTo(day);
    const qint64 r = m_random.between(0, 999);
    enum class Outcome
    {
        Unpaid,
        Part,
        Full,
        Over /* the rest is the customer's advance */
    };
    Outcome outcome = Outcome::Full;
    if (isLatePayer(order.customerId))
        outcome = overdue > 0 ? (r < 700 ? Outcome::Unpaid : Outcome::Part)
                              : (r < 500 ? Outcome::Unpaid : Outcome::Full);
    else if (overdue >= m_settings.creditPolicy.overdueDays)
        outcome = r < 30 ? Outcome::Over : Outcome::Full; // paid: good customers stay off hold
    else if (overdue > 0)
        outcome = r < 550 ? Outcome::Full : r < 700 ? Outcome::Part : Outcome::Unpaid;
    else
        outcome = r < 400   ? Outcome::Full
                  : r < 430 ? Outcome::Over
                  : r < 580 ? Outcome::Part
                            : Outcome::Unpaid;
    b.status = SettlementStatus::Invoiced;
    if (outcome == Outcome::Unpaid || total.minor() <= 0)
        return b.status;
    Payment& p = b.payment.emplace();
    p.customerId = order.customerId;
    // Paid between the invoice date and a little after the due date, never after today.
    const qint64 span =
        std::max<qint64>(0, std::min<qint64>(b.invoiceDate.daysTo(day), b.invoiceDate.daysTo(due) + 10));
    p.date = b.invoiceDate.addDays(m_random.between(0, span));
    if (outcome == Outcome::Part) {
        // Between a third and two thirds, in whole yuan.
        const qint64 share = total.minor() * m_random.between(33, 67) / 100 / 100 * 100;
        if (share <= 0) {
            b.payment.reset();
            return b.status;
        }
        p.amount = Money::fromMinor(share);
    } else if (outcome == Outcome::Over) {
        p.amount = total + Money::fromMinor(m_random.between(1, 20) * 500'00);
    } else {
        p.amount = total;
    }
    p.method = methodFor(m_random);
    if (p.method == PaymentMethod::AcceptanceBill)
        p.billMaturity = p.date.addDays(180);
    b.status = p.amount < total ? SettlementStatus::PartiallyPaid : SettlementStatus::Paid;
    return b.status;
}

Result<BulkSettlement> DemoSettlement::book() const
{
    struct Billed
    {
        Invoice invoice;
        const Billable* order = nullptr;
    };
    BulkSettlement book;
    book.userId = m_clerkId;
    book.invoicePrefix = m_settings.invoicePrefix;
    QList<Billed> billed;
    billed.reserve(m_orders.size());
    for (const Billable& b : m_orders) {
        InvoiceSourceOrder source = b.source;
        InvoiceCalculator::select(source, InvoiceCalculator::Scope::WholeOrder);
        auto invoice = InvoiceCalculator::invoice(
            InvoiceRequest{source.customerId, b.invoiceDate, b.paymentTermsDays, {source}});
        if (!invoice)
            return std::unexpected(invoice.error());
        if (invoice->total != b.source.total)
            return std::unexpected(
                Error::storage(tr("The demo invoice of order %1 does not come to the order's total.")
                                   .arg(b.source.orderNo)));
        billed << Billed{*invoice, &b};
    }
    // Numbers rise with the invoice date, gap-free per year.
    std::stable_sort(billed.begin(), billed.end(), [](const Billed& a, const Billed& b) {
        return a.invoice.invoiceDate < b.invoice.invoiceDate;
    });
    book.invoices.reserve(billed.size());
    for (qsizetype i = 0; i < billed.size(); ++i) {
        Billed& b = billed[i];
        const int year = b.invoice.invoiceDate.year();
        b.invoice.invoiceNo =
            OrderNumberAllocator::format(book.invoicePrefix, year, ++book.lastInvoiceNumbers[year]);
        book.invoices << b.invoice;
        const Invoice& invoice = book.invoices.last();

        // The order's timeline: invoiced, then what its payment made it.
        OrderEvent issued;
        issued.orderId = b.order->source.orderId;
        issued.userId = m_clerkId;
        issued.revision = b.order->revision;
        issued.at = at(invoice.invoiceDate, 10);
        OrderSettlementFacts facts;
        facts.hasInvoice = true;
        facts.fullyInvoiced = true;
        facts.invoiced = invoice.total;
        facts.open = invoice.total;
        const SettlementStatus afterInvoice = OrderSettlement::derive(facts);
        OrderEventText::settlementChanged(issued, SettlementStatus::Unbilled, afterInvoice,
                                          QStringLiteral("invoice"), invoice.invoiceNo);
        book.events << issued;
        SettlementStatus final = afterInvoice;
        if (b.order->payment) {
            Payment p = *b.order->payment;
            p.reference = QStringLiteral("DEMO-%1-%2")
                              .arg(p.date.toString(QStringLiteral("yyyyMMdd")))
                              .arg(i + 1, 6, 10, QLatin1Char('0'));
            // What is paid beyond the invoice stays the customer's advance.
            const Money applied = qMin(p.amount, invoice.total);
            book.applications << BulkPaymentApplication{book.payments.size(), i, applied};
            book.payments << p;
            facts.applied = applied;
            facts.open = invoice.total - applied;
            final = OrderSettlement::derive(facts);
            if (final != afterInvoice) {
                OrderEvent paid = issued;
                paid.at = at(p.date, 15);
                OrderEventText::settlementChanged(paid, afterInvoice, final, QStringLiteral("payment"),
                                                  p.reference);
                book.events << paid;
            }
        }
        if (final != b.order->status)
            return std::unexpected(Error::storage(
                tr("The demo order %1 was written with another settlement state than its invoice gives.")
                    .arg(b.order->source.orderNo)));
    }
    // The payment stage is measured over each order's events together.
    std::stable_sort(book.events.begin(), book.events.end(),
                     [](const OrderEvent& a, const OrderEvent& b) { return a.orderId < b.orderId; });
    return book;
}

Result<qint64> DemoSettlement::holdLatePayers(Session& demo, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto clerkUserFound = DemoStaff::firstActive(demo.db(), Role::FinanceClerk);
    if (!clerkUserFound)
        return std::unexpected(clerkUserFound.error());
    const std::optional<User> clerkUser = *clerkUserFound;
    if (!clerkUser)
        return 0;
    Session clerk(demo.db(), *clerkUser);
    clerk.setToday(day);
    auto customers = CustomerRepository(demo.db()).all();
    if (!customers)
        return std::unexpected(customers.error());
    qint64 onHold = 0;
    Transaction holds(demo.db());
    if (!holds.isActive())
        return std::unexpected(holds.beginError());
    for (const Customer& customer : std::as_const(*customers)) {
        auto balance = CustomerBalanceRepository(demo.db()).byCustomer(customer.id);
        if (!balance)
            return std::unexpected(balance.error());
        if (balance->invoiced.isZero())
            continue;
        if (auto ok = sizeCreditLimit(demo.db(), customer.id, clerk.today()); !ok)
            return std::unexpected(ok.error());
        if (auto ok = CreditControlService(clerk).refresh(customer.id); !ok)
            return std::unexpected(ok.error());
        auto hold = CreditHoldRepository(demo.db()).inForce(customer.id);
        if (!hold)
            return std::unexpected(hold.error());
        if (*hold)
            ++onHold;
    }
    if (auto ok = holds.commit(); !ok)
        return std::unexpected(ok.error());
    return onHold;
}

} // namespace od
