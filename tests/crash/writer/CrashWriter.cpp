// orderdesk_crash_writer DATABASE USER [--orders N] [--seed S] [--workdir DIR]
//
// Works on an OrderDesk database the way a busy office does, through the services: enters
// orders of 1–20 lines, sends some to the customer, edits drafts, revises sent orders, records
// confirmations, and imports small CSV files of orders. The crash tests kill it at random
// moments and then check the database.
//
// Without --orders it runs until killed, carrying on with the orders earlier writers sent;
// with it, it only touches its own orders, stops once it has created N, and exits 0. It prints "ready" once
// the database is open, then after every commit one line, at once (stdout is unbuffered): "created SO-…" per
// order entered, "imported K" per CSV import, "saved", "confirmed". Any failure, a busy database included,
// goes to stderr and exits 2.

#include "ConfirmationService.h"
#include "CsvImportService.h"
#include "CustomerRepository.h"
#include "OrderIntakeService.h"
#include "OrderQueryService.h"
#include "ProductRepository.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

using namespace od;

namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "FAILED: %s\n", qPrintable(what));
    std::exit(2);
}

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

class OfficeWriter
{
public:
    OfficeWriter(Session& session, QString workDir, quint32 seed)
        : m_session(session), m_intake(session), m_workDir(std::move(workDir)), m_random(seed)
    {
        auto customers = CustomerRepository(session.db()).all();
        auto products = ProductRepository(session.db()).all();
        if (!customers || !products || customers->isEmpty() || products->isEmpty())
            fail(QStringLiteral("the database has no customers or products"));
        m_customers = *customers;
        m_products = *products;
    }

    qint64 created() const { return m_created; }

    // A writer started again after a kill carries on with the orders its predecessor sent, so
    // that revisions and confirmations happen however short each life is. Only for a writer
    // that is alone: two would fight over the same orders.
    void adoptSentOrders()
    {
        auto awaiting = OrderQueryService(m_session).awaitingConfirmation();
        if (!awaiting)
            fail(awaiting.error().message);
        for (const AwaitingConfirmation& order : *awaiting)
            m_sent << order.orderId;
    }

    void step()
    {
        const int dice = m_random.bounded(100);
        if (dice < 50 || (m_drafts.isEmpty() && m_sent.isEmpty()))
            enterOrder();
        else if (dice < 65 && !m_drafts.isEmpty())
            editDraft();
        else if (dice < 75 && !m_sent.isEmpty())
            reviseSentOrder();
        else if (dice < 88 && !m_sent.isEmpty())
            confirmSentOrder();
        else
            importOrders();
    }

private:
    OrderLine randomLine()
    {
        const Product& product = m_products[m_random.bounded(int(m_products.size()))];
        OrderLine line;
        line.productId = product.id;
        line.description =
            product.requiresSpec ? QStringLiteral("DN%1 PN16").arg(50 + m_random.bounded(100)) : QString();
        line.quantity = Quantity::fromRaw(500 * (1 + m_random.bounded(100))); // 0.5 … 50
        line.unitPrice = product.unitPrice;
        line.discount = BasisPoints::fromRaw(m_random.bounded(3) * 500);
        return line;
    }

    void save(Order& order, bool submit)
    {
        auto outcome = submit ? m_intake.submitForConfirmation(order, true) : m_intake.saveDraft(order, true);
        if (!outcome)
            fail(outcome.error().message);
        if (!outcome->saved)
            fail(QStringLiteral("not saved: ") + outcome->report.summary());
    }

    void enterOrder()
    {
        Order order = m_intake.newDraft();
        order.customerId = m_customers[m_random.bounded(int(m_customers.size()))].id;
        order.requestedDate = m_session.today().addDays(60 + m_random.bounded(60));
        const int lines = 1 + m_random.bounded(20);
        for (int i = 0; i < lines; ++i)
            order.lines << randomLine();
        const bool submit = m_random.bounded(2) == 0;
        save(order, submit);
        (submit ? m_sent : m_drafts) << order.id;
        ++m_created;
        say(QStringLiteral("created ") + order.orderNo);
    }

    Order load(qint64 id)
    {
        auto order = m_intake.load(id);
        if (!order)
            fail(order.error().message);
        return *order;
    }

    void editDraft()
    {
        Order order = load(m_drafts[m_random.bounded(int(m_drafts.size()))]);
        if (order.lines.size() > 1 && m_random.bounded(3) == 0)
            order.lines.removeAt(m_random.bounded(int(order.lines.size())));
        else if (order.lines.size() < 20 && m_random.bounded(2) == 0)
            order.lines << randomLine();
        else
            order.lines[0].quantity = Quantity::fromRaw(order.lines[0].quantity.raw() + 1000);
        const bool submit = m_random.bounded(3) == 0;
        save(order, submit);
        if (submit) {
            m_drafts.removeOne(order.id);
            m_sent << order.id;
        }
        say(QStringLiteral("saved"));
    }

    // A change after the order was sent: a new revision, back to draft.
    void reviseSentOrder()
    {
        const qint64 id = m_sent.takeAt(m_random.bounded(int(m_sent.size())));
        Order order = load(id);
        order.lines.last().quantity = Quantity::fromRaw(order.lines.last().quantity.raw() + 2000);
        save(order, false);
        m_drafts << id;
        say(QStringLiteral("saved"));
    }

    void confirmSentOrder()
    {
        const qint64 id = m_sent.takeAt(m_random.bounded(int(m_sent.size())));
        const Order order = load(id);
        Confirmation confirmation;
        confirmation.contactName = QStringLiteral("陈经理");
        confirmation.channel = ConfirmationChannel::Phone;
        confirmation.confirmedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        if (auto ok = ConfirmationService(m_session).record(id, order.revision, confirmation); !ok)
            fail(ok.error().message);
        say(QStringLiteral("confirmed"));
    }

    void importOrders()
    {
        const QString path = QDir(m_workDir).filePath(
            QStringLiteral("import-%1-%2.csv").arg(QCoreApplication::applicationPid()).arg(++m_imports));
        QString csv = QStringLiteral("order_no,customer_code,order_date,requested_date,status,line_no,sku,"
                                     "description,quantity,unit_price,discount_percent\n");
        const int orders = 1 + m_random.bounded(4);
        for (int o = 0; o < orders; ++o) {
            const QString header = QStringLiteral(",%1,%2,%3,draft,")
                                       .arg(m_customers[m_random.bounded(int(m_customers.size()))].code,
                                            m_session.today().toString(Qt::ISODate),
                                            m_session.today().addDays(90 + o).toString(Qt::ISODate));
            const int lines = 1 + m_random.bounded(5);
            for (int l = 1; l <= lines; ++l) {
                const Product& product = m_products[m_random.bounded(int(m_products.size()))];
                csv +=
                    header + QStringLiteral("%1,%2,%3,%4,,\n")
                                 .arg(l)
                                 .arg(product.sku, product.requiresSpec ? QStringLiteral("DN80") : QString())
                                 .arg(1 + m_random.bounded(30));
            }
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0)
            fail(QStringLiteral("cannot write ") + path);
        file.close();
        auto report = CsvImportService(m_session).importOrders(path, false);
        QFile::remove(path);
        if (!report)
            fail(report.error().message);
        if (!report->ok() || !report->committed)
            fail(QStringLiteral("import refused: ") + report->formattedErrors().join(u'\n'));
        m_created += report->recordCount;
        say(QStringLiteral("imported %1").arg(report->recordCount));
    }

    Session& m_session;
    OrderIntakeService m_intake;
    QString m_workDir;
    QRandomGenerator m_random;
    QList<Customer> m_customers;
    QList<Product> m_products;
    QList<qint64> m_drafts; // entered by this process, still editable drafts
    QList<qint64> m_sent;   // awaiting the customer's confirmation
    qint64 m_created = 0;
    int m_imports = 0;
};

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IONBF, 0); // every line reaches the parent before the next commit
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        fail(QStringLiteral(
            "usage: orderdesk_crash_writer DATABASE USER [--orders N] [--seed S] [--workdir DIR]"));
    qint64 stopAfter = -1;
    quint32 seed = 1;
    QString workDir = QDir::tempPath();
    for (int i = 3; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--orders"))
            stopAfter = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt();
        else if (args[i] == QLatin1String("--workdir"))
            workDir = args[i + 1];
    }

    auto db = Database::open(args[1]);
    if (!db)
        fail(db.error().message);
    auto user = UserRepository(**db).byName(args[2]);
    if (!user || !*user)
        fail(QStringLiteral("no user ") + args[2]);
    Session session(**db, **user);
    OfficeWriter writer(session, workDir, seed);
    if (stopAfter < 0)
        writer.adoptSentOrders();
    say(QStringLiteral("ready"));
    while (stopAfter < 0 || writer.created() < stopAfter)
        writer.step();
    return 0;
}
