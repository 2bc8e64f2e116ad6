#include "DemoSettlement.h"

#include "AuditTrail.h"
#include "CreditControlService.h"
#include "CreditExposureRepository.h"
#include "CreditHoldRepository.h"
#include "CustomerRepository.h"
#include "DemoRandom.h"
#include "InvoiceCalculator.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderNumberAllocator.h"
#include "OrderSettlement.h"
#include "SettlementBatchRepository.h"
#include "SettlementSettingsService.h"
#include "UserRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>

#include <spdlog/spdlog.h>

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

Result<DemoSettlementOutcome> DemoSettlement::addInvoicesAndPayments(Session& demo, const QDate& today,
                                                                     quint64 seed)
{
    DemoSettlementOutcome outcome;
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto everyone = UserRepository(demo.db()).all();
    if (!everyone)
        return std::unexpected(everyone.error());
    std::optional<User> clerkUser;
    for (const User& user : std::as_const(*everyone))
        if (user.role == Role::FinanceClerk && user.active && !clerkUser)
            clerkUser = user;
    if (!clerkUser)
        return outcome;
    Session clerk(demo.db(), *clerkUser);
    clerk.setToday(day);
    auto settings = SettlementSettingsService(clerk).settings();
    if (!settings)
        return std::unexpected(settings.error());
    const int holdAfter = settings->creditPolicy.overdueDays;

    Transaction tx(demo.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    SettlementBatchRepository batch(demo.db());
    QElapsedTimer timer;
    timer.start();
    qint64 readMs = 0, invoicesMs = 0, paymentsMs = 0, eventsMs = 0;
    QList<qint64> latePayers;
    for (qint64 id = kLatePayerOffset; id <= qint64(10'000); id += kLatePayerEvery)
        latePayers << id;
    auto billable = batch.billableOrders(latePayers, day.addDays(-kLatePayerHistoryDays));
    if (!billable)
        return std::unexpected(billable.error());
    if (billable->isEmpty())
        return outcome;

    readMs = timer.restart();
    DemoRandom random(seed * 7919 + 17);
    QList<Billed> billed;
    billed.reserve(billable->size());
    for (ShippedOrderToInvoice& b : *billable) {
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
    QMap<int, qint64> lastNumber;
    QList<Invoice> invoices;
    invoices.reserve(billed.size());
    for (Billed& b : billed) {
        const int year = b.invoice.invoiceDate.year();
        b.invoice.invoiceNo = OrderNumberAllocator::format(settings->invoicePrefix, year, ++lastNumber[year]);
        invoices << b.invoice;
    }
    if (auto ok = batch.insertInvoices(invoices, clerk.user().id); !ok)
        return std::unexpected(ok.error());
    for (auto it = lastNumber.cbegin(); it != lastNumber.cend(); ++it)
        if (auto ok = batch.setInvoiceCounter(settings->invoicePrefix, it.key(), it.value()); !ok)
            return std::unexpected(ok.error());
    outcome.invoices = invoices.size();
    invoicesMs = timer.restart();

    QList<qint64> customers;
    for (const Billed& b : std::as_const(billed))
        customers << b.invoice.customerId;
    std::sort(customers.begin(), customers.end());
    customers.erase(std::unique(customers.begin(), customers.end()), customers.end());

    QList<Payment> payments;
    QList<qsizetype> paidInvoice; // per payment: its invoice in `invoices`
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        Invoice& invoice = invoices[i];
        invoice.id = invoices[i].id;
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
        payments << p;
        paidInvoice << i;
    }
    if (auto ok = batch.insertPayments(payments, clerk.user().id); !ok)
        return std::unexpected(ok.error());
    outcome.payments = payments.size();

    QList<DatedLedgerChange> applications;
    applications.reserve(payments.size());
    QHash<qsizetype, qsizetype> paymentOf; // invoice index → payment index
    for (qsizetype k = 0; k < payments.size(); ++k) {
        Invoice& invoice = invoices[paidInvoice[k]];
        const Money part = qMin(payments[k].amount, invoice.total);
        applications << DatedLedgerChange{LedgerChange{payments[k].id, invoice.id, part}, payments[k].date};
        invoice.applied = part;
        paymentOf.insert(paidInvoice[k], k);
    }
    if (auto ok = batch.insertApplications(applications, clerk.user().id); !ok)
        return std::unexpected(ok.error());
    paymentsMs = timer.restart();

    // Each order's settlement state and its timeline: invoiced, then what its payment made it.
    QList<QPair<qint64, SettlementStatus>> states;
    states.reserve(invoices.size());
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const Invoice& invoice = invoices[i];
        const Billed& b = billed[i];
        OrderSettlementFacts facts;
        facts.hasInvoice = true;
        facts.fullyInvoiced = true;
        facts.invoiced = invoice.total;
        facts.applied = invoice.applied;
        facts.open = invoice.total - invoice.applied;
        const SettlementStatus final = OrderSettlement::derive(facts);
        OrderEvent issued;
        issued.orderId = b.orderId;
        issued.userId = clerk.user().id;
        issued.revision = b.revision;
        issued.at = at(invoice.invoiceDate, 10);
        facts.applied = Money();
        facts.open = invoice.total;
        const SettlementStatus afterInvoice = OrderSettlement::derive(facts);
        OrderEventText::settlementChanged(issued, SettlementStatus::Unbilled, afterInvoice,
                                          QStringLiteral("invoice"), invoice.invoiceNo);
        if (auto ok = batch.insertEvent(issued); !ok)
            return std::unexpected(ok.error());
        if (const auto k = paymentOf.constFind(i); k != paymentOf.cend() && final != afterInvoice) {
            OrderEvent paid = issued;
            paid.at = at(payments[*k].date, 15);
            OrderEventText::settlementChanged(paid, afterInvoice, final, QStringLiteral("payment"),
                                              payments[*k].reference);
            if (auto ok = batch.insertEvent(paid); !ok)
                return std::unexpected(ok.error());
        }
        states.append({b.orderId, final});
    }
    if (auto ok = batch.setSettlementOfWholeInvoices(states); !ok)
        return std::unexpected(ok.error());
    if (auto ok = AuditTrail::record(
            clerk, QStringLiteral("demo.settlement"), QStringLiteral("invoice"), 0, settings->invoicePrefix,
            {{QStringLiteral("invoices"), QString(), QString::number(outcome.invoices)},
             {QStringLiteral("payments"), QString(), QString::number(outcome.payments)}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    eventsMs = timer.restart();

    // The credit rules as of the demo's day, for every customer with an invoice.
    Transaction holds(demo.db());
    if (!holds.isActive())
        return std::unexpected(holds.beginError());
    for (qint64 customer : std::as_const(customers)) {
        if (auto ok = sizeCreditLimit(demo.db(), customer, clerk.today()); !ok)
            return std::unexpected(ok.error());
        if (auto ok = CreditControlService(clerk).refresh(customer); !ok)
            return std::unexpected(ok.error());
        auto hold = CreditHoldRepository(demo.db()).inForce(customer);
        if (!hold)
            return std::unexpected(hold.error());
        if (*hold)
            ++outcome.customersOnHold;
    }
    if (auto ok = holds.commit(); !ok)
        return std::unexpected(ok.error());
    spdlog::info("demo data: {} orders to invoice read in {} ms, {} invoices written in {} ms, {} payments "
                 "and their applications in {} ms, settlement states and timelines in {} ms, credit "
                 "holds of {} customers in {} ms",
                 billed.size(), readMs, outcome.invoices, invoicesMs, outcome.payments, paymentsMs, eventsMs,
                 customers.size(), timer.elapsed());
    return outcome;
}

} // namespace od
