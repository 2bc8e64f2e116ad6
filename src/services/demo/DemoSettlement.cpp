#include "DemoSettlement.h"

#include "CreditControlService.h"
#include "CreditExposureRepository.h"
#include "CreditHoldRepository.h"
#include "CustomerBalanceRepository.h"
#include "CustomerRepository.h"
#include "DemoRandom.h"
#include "InvoiceCalculator.h"
#include "OrderEventText.h"
#include "OrderNumberAllocator.h"
#include "OrderSettlement.h"
#include "OrderStatus.h"
#include "UserRepository.h"

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

enum class Outcome
{
    Unpaid,
    Part,
    Full,
    Over, // more than owed: the rest is the customer's advance
};

struct Billed
{
    Invoice invoice;
    qint64 orderId = 0;
    QString orderNo;
    int revision = 1;
};

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

} // namespace

namespace {

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
      m_seed(seed), m_lateSince(m_day.addDays(-kLatePayerHistoryDays).toString(Qt::ISODate).toStdString())
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

void DemoSettlement::add(qint64 orderId, const BulkOrder& order, int paymentTermsDays,
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
    b.orderDate = QDate::fromString(text(order.orderDate), Qt::ISODate);
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
}

Result<BulkSettlement> DemoSettlement::book() const
{
    BulkSettlement book;
    book.userId = m_clerkId;
    book.invoicePrefix = m_settings.invoicePrefix;
    const QDate day = m_day;
    const int holdAfter = m_settings.creditPolicy.overdueDays;
    DemoRandom random(m_seed * 7919 + 17);
    QList<Billed> billed;
    billed.reserve(m_orders.size());
    for (Billable b : m_orders) {
        // Invoiced a week to a few weeks after the order, never after the day before the demo's day.
        QDate date = b.orderDate.addDays(random.between(7, 28));
        if (date >= day)
            date = day.addDays(-1);
        if (date < b.orderDate)
            date = b.orderDate;
        InvoiceCalculator::select(b.source, InvoiceCalculator::Scope::WholeOrder);
        InvoiceRequest request{b.source.customerId, date, b.paymentTermsDays, {b.source}};
        auto invoice = InvoiceCalculator::invoice(request);
        if (!invoice)
            return std::unexpected(invoice.error());
        billed << Billed{*invoice, b.source.orderId, b.source.orderNo, b.revision};
    }
    // Numbers rise with the invoice date, gap-free per year.
    std::stable_sort(billed.begin(), billed.end(), [](const Billed& a, const Billed& b) {
        return a.invoice.invoiceDate < b.invoice.invoiceDate;
    });
    QList<Invoice>& invoices = book.invoices;
    invoices.reserve(billed.size());
    for (Billed& b : billed) {
        const int year = b.invoice.invoiceDate.year();
        b.invoice.invoiceNo =
            OrderNumberAllocator::format(book.invoicePrefix, year, ++book.lastInvoiceNumbers[year]);
        invoices << b.invoice;
    }

    QList<Payment>& payments = book.payments;
    QHash<qsizetype, qsizetype> paymentOf; // invoice index → payment index
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const Invoice& invoice = invoices[i];
        const qint64 overdue = invoice.dueDate.daysTo(day);
        const qint64 r = random.between(0, 999);
        Outcome outcomeOf = Outcome::Full;
        if (isLatePayer(invoice.customerId))
            outcomeOf = overdue > 0 ? (r < 700 ? Outcome::Unpaid : Outcome::Part)
                                    : (r < 500 ? Outcome::Unpaid : Outcome::Full);
        else if (overdue >= holdAfter)
            outcomeOf = r < 30 ? Outcome::Over : Outcome::Full; // paid: good customers stay off hold
        else if (overdue > 0)
            outcomeOf = r < 550 ? Outcome::Full : r < 700 ? Outcome::Part : Outcome::Unpaid;
        else
            outcomeOf = r < 400   ? Outcome::Full
                        : r < 430 ? Outcome::Over
                        : r < 580 ? Outcome::Part
                                  : Outcome::Unpaid;
        if (outcomeOf == Outcome::Unpaid || invoice.total.minor() <= 0)
            continue;
        Payment p;
        p.customerId = invoice.customerId;
        // Paid between the invoice date and a little after the due date, never after today.
        const qint64 span =
            std::max<qint64>(0, std::min<qint64>(invoice.invoiceDate.daysTo(day),
                                                 invoice.invoiceDate.daysTo(invoice.dueDate) + 10));
        p.date = invoice.invoiceDate.addDays(random.between(0, span));
        if (outcomeOf == Outcome::Part) {
            // Between a third and two thirds, in whole yuan.
            const qint64 share = invoice.total.minor() * random.between(33, 67) / 100 / 100 * 100;
            if (share <= 0)
                continue;
            p.amount = Money::fromMinor(share);
        } else if (outcomeOf == Outcome::Over) {
            p.amount = invoice.total + Money::fromMinor(random.between(1, 20) * 500'00);
        } else {
            p.amount = invoice.total;
        }
        p.method = methodFor(random);
        if (p.method == PaymentMethod::AcceptanceBill)
            p.billMaturity = p.date.addDays(180);
        p.reference = QStringLiteral("DEMO-%1-%2")
                          .arg(p.date.toString(QStringLiteral("yyyyMMdd")))
                          .arg(i + 1, 6, 10, QLatin1Char('0'));
        // What is paid beyond the invoice stays the customer's advance.
        book.applications << BulkPaymentApplication{payments.size(), i, qMin(p.amount, invoice.total)};
        paymentOf.insert(i, payments.size());
        payments << p;
    }

    // Each order's settlement state and its timeline: invoiced, then what its payment made it.
    book.states.reserve(invoices.size());
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const Invoice& invoice = invoices[i];
        const Billed& b = billed[i];
        const auto k = paymentOf.constFind(i);
        const Money applied = k == paymentOf.cend() ? Money() : qMin(payments[*k].amount, invoice.total);
        OrderSettlementFacts facts;
        facts.hasInvoice = true;
        facts.fullyInvoiced = true;
        facts.invoiced = invoice.total;
        facts.applied = applied;
        facts.open = invoice.total - applied;
        const SettlementStatus final = OrderSettlement::derive(facts);
        OrderEvent issued;
        issued.orderId = b.orderId;
        issued.userId = m_clerkId;
        issued.revision = b.revision;
        issued.at = at(invoice.invoiceDate, 10);
        facts.applied = Money();
        facts.open = invoice.total;
        const SettlementStatus afterInvoice = OrderSettlement::derive(facts);
        OrderEventText::settlementChanged(issued, SettlementStatus::Unbilled, afterInvoice,
                                          QStringLiteral("invoice"), invoice.invoiceNo);
        book.events << issued;
        if (k != paymentOf.cend() && final != afterInvoice) {
            OrderEvent paid = issued;
            paid.at = at(payments[*k].date, 15);
            OrderEventText::settlementChanged(paid, afterInvoice, final, QStringLiteral("payment"),
                                              payments[*k].reference);
            book.events << paid;
        }
        book.states.append({b.orderId, final});
    }
    return book;
}

Result<qint64> DemoSettlement::holdLatePayers(Session& demo, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto everyone = UserRepository(demo.db()).all();
    if (!everyone)
        return std::unexpected(everyone.error());
    std::optional<User> clerkUser;
    for (const User& user : std::as_const(*everyone))
        if (user.role == Role::FinanceClerk && user.active && !clerkUser)
            clerkUser = user;
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
