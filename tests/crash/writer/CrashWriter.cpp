// orderdesk_crash_writer DATABASE USER [--orders N] [--seed S] [--workdir DIR]
//
// Works on an OrderDesk database the way a busy office does, through the services: enters
// orders of 1–20 lines, sends some to the customer, edits drafts, revises sent orders, records
// confirmations, imports small CSV files of orders, and (when it runs alone) backs the database
// up into DIR and now and then restores one of those backups. The crash tests kill it at random
// moments and then check the database and the backups.
//
// Without --orders it runs until killed, carrying on with the orders earlier writers sent;
// with it, it only touches its own orders (no backups, no restores: other writers share the
// database), stops once it has created N, and exits 0. It prints "ready" once the database is
// open, then after every commit one line, at once (stdout is unbuffered): "created SO-…" per
// order entered, "imported K" per CSV import, "saved", "confirmed", "backed up FILE"; before a
// backup "backing up", and around a restore "restoring FILE ORDERS RESTORES" (the orders and
// restore entries of the backup) and "restored". Any failure, a busy database included, goes to
// stderr and exits 2.

#include "BackupService.h"
#include "ConfirmationService.h"
#include "CsvImportService.h"
#include "CustomerRepository.h"
#include "OrderIntakeService.h"
#include "OrderQueryService.h"
#include "ProductRepository.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

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
    OfficeWriter(Session& session, QString workDir, quint32 seed, bool backups)
        : m_session(session), m_intake(session), m_workDir(std::move(workDir)), m_random(seed),
          m_backups(backups)
    {
        auto customers = CustomerRepository(session.db()).all();
        auto products = ProductRepository(session.db()).all();
        if (!customers || !products || customers->isEmpty() || products->isEmpty())
            fail(QStringLiteral("the database has no customers or products"));
        m_customers = *customers;
        m_products = *products;
    }

    qint64 created() const { return m_created; }
    // A backup to put back: set by step(), done by main(), which must close the database first.
    const QString& restoreRequested() const { return m_restore; }

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
        if (m_backups && dice >= 96) {
            const QStringList made = backupsMade();
            if (dice >= 98 && !made.isEmpty())
                m_restore = made.last(); // the newest: a restore sets the office back, not by weeks
            else
                backUp();
        } else if (dice < 50 || (m_drafts.isEmpty() && m_sent.isEmpty())) {
            enterOrder();
        } else if (dice < 65 && !m_drafts.isEmpty()) {
            editDraft();
        } else if (dice < 75 && !m_sent.isEmpty()) {
            reviseSentOrder();
        } else if (dice < 88 && !m_sent.isEmpty()) {
            confirmSentOrder();
        } else {
            importOrders();
        }
    }

    // The backups of this and earlier writers in the work folder, oldest first.
    QStringList backupsMade() const
    {
        QStringList out;
        for (const QString& name : QDir(m_workDir).entryList({QStringLiteral("backup-*.sqlite")}, QDir::Files,
                                                             QDir::Time | QDir::Reversed))
            out << QDir(m_workDir).filePath(name);
        return out;
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

    void backUp()
    {
        // Unique across restores (a new round in the same process) and reused process ids.
        static int made = 0;
        const QString path = QDir(m_workDir).filePath(QStringLiteral("backup-%1-%2-%3.sqlite")
                                                          .arg(QCoreApplication::applicationPid())
                                                          .arg(QDateTime::currentMSecsSinceEpoch())
                                                          .arg(++made));
        say(QStringLiteral("backing up"));
        if (auto ok = BackupService(m_session).backup(path); !ok)
            fail(ok.error().message);
        say(QStringLiteral("backed up ") + path);
    }

    Session& m_session;
    OrderIntakeService m_intake;
    QString m_workDir;
    QRandomGenerator m_random;
    bool m_backups = false;
    QString m_restore;
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

    // Until killed, the writer lives in rounds: a restore closes the database, puts the backup in
    // its place and opens it again.
    qint64 created = 0;
    bool ready = false;
    for (quint32 round = 0;; ++round) {
        QString restore;
        User admin;
        {
            auto db = Database::open(args[1]);
            if (!db)
                fail(db.error().message);
            auto user = UserRepository(**db).byName(args[2]);
            if (!user || !*user)
                fail(QStringLiteral("no user ") + args[2]);
            auto administrator = UserRepository(**db).byName(QStringLiteral("admin"));
            if (administrator && *administrator)
                admin = **administrator;
            Session session(**db, **user);
            OfficeWriter writer(session, workDir, seed + round, stopAfter < 0);
            if (stopAfter < 0)
                writer.adoptSentOrders();
            if (!ready)
                say(QStringLiteral("ready"));
            ready = true;
            while ((stopAfter < 0 || created + writer.created() < stopAfter) &&
                   writer.restoreRequested().isEmpty())
                writer.step();
            created += writer.created();
            restore = writer.restoreRequested();
        }
        if (restore.isEmpty())
            return 0;
        qint64 orders = -1;
        qint64 restores = -1;
        {
            auto backup = Database::open(restore, Database::Migrate::No);
            if (!backup)
                fail(backup.error().message);
            QSqlQuery q((*backup)->sql());
            if (q.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM audit_log WHERE "
                    "action = 'database.restore')")) &&
                q.next()) {
                orders = q.value(0).toLongLong();
                restores = q.value(1).toLongLong();
            }
        }
        say(QStringLiteral("restoring %1 %2 %3").arg(restore).arg(orders).arg(restores));
        if (auto ok = BackupService::restore(args[1], restore, admin); !ok)
            fail(ok.error().message);
        say(QStringLiteral("restored"));
    }
}
