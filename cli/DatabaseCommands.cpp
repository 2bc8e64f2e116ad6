#include "DatabaseCommands.h"

#include "AccountService.h"
#include "DatabaseCheckService.h"
#include "DemoDataGenerator.h"
#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "Permissions.h"
#include "SummaryService.h"
#include "TextTable.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <limits>
#include <optional>

namespace od::cli {

namespace {

QString jsonString(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

} // namespace

bool DatabaseCommands::handles(const QString& command)
{
    return command == QLatin1String("init") || command == QLatin1String("demo") ||
           command == QLatin1String("summary") || command == QLatin1String("check");
}

int DatabaseCommands::run(const QString& command)
{
    if (command == QLatin1String("init"))
        return init();
    if (command == QLatin1String("demo"))
        return demo();
    if (command == QLatin1String("summary"))
        return summary();
    return check();
}

int DatabaseCommands::init()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("admin")}, 0, 0, QStringLiteral("init [--admin NAME]")); !ok)
        return m_ctx.fail(ok.error());
    const QString adminName = line.isSet(QStringLiteral("admin"))
                                  ? line.value(QStringLiteral("admin")).trimmed()
                                  : QStringLiteral("admin");
    // A new database gets its administrator at once: ask before creating the file, so that a
    // missing password leaves nothing behind.
    std::optional<QString> password;
    if (!QFileInfo::exists(m_ctx.databasePath())) {
        auto typed = PasswordPrompt::newPassword(adminName);
        if (!typed)
            return m_ctx.fail(typed.error());
        if (auto ok = AccountService::checkPasswordPolicy(*typed); !ok)
            return m_ctx.fail(ok.error());
        password = *typed;
    }
    auto db = m_ctx.session(true);
    if (!db)
        return m_ctx.fail(db.error());
    AccountService accounts(**db);
    auto needed = accounts.needsFirstAdministrator();
    if (!needed)
        return m_ctx.fail(needed.error());
    if (*needed) {
        if (!password) {
            auto typed = PasswordPrompt::newPassword(adminName);
            if (!typed)
                return m_ctx.fail(typed.error());
            password = *typed;
        }
        auto admin = accounts.createFirstAdministrator(adminName, tr("Administrator"), *password);
        if (!admin)
            return m_ctx.fail(admin.error());
        m_ctx.out() << tr("Created the administrator \"%1\".").arg(admin->name) << '\n';
    }
    m_ctx.out()
        << tr("Database %1 is ready (schema %2).").arg(m_ctx.databasePath()).arg((*db)->schemaVersion())
        << Qt::endl;
    return Success;
}

int DatabaseCommands::demo()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("orders"), QStringLiteral("seed"), QStringLiteral("today")}, 0,
                              0, QStringLiteral("demo [--orders N] [--seed S] [--today YYYY-MM-DD]"));
        !ok)
        return m_ctx.fail(ok.error());
    DemoOptions options;
    auto orders = line.number(QStringLiteral("orders"), options.orders, 0, DemoDataGenerator::MaxOrders);
    if (!orders)
        return m_ctx.fail(orders.error());
    auto seed = line.number(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!seed)
        return m_ctx.fail(seed.error());
    options.orders = *orders;
    options.seed = quint64(*seed);
    if (line.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(line.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return m_ctx.fail(Error::invalid(tr("--today must be a date like 2026-06-01.")));
    }
    auto db = m_ctx.session(true);
    if (!db)
        return m_ctx.fail(db.error());
    // The demo adds users with well-known passwords: into a database that already has an
    // administrator only that administrator may put them.
    auto needed = AccountService(**db).needsFirstAdministrator();
    if (!needed)
        return m_ctx.fail(needed.error());
    if (!*needed) {
        auto session = m_ctx.signIn();
        if (!session)
            return m_ctx.fail(session.error());
        if (auto ok = Permissions::require(**session, Permission::ManageUsers); !ok)
            return m_ctx.fail(ok.error());
    }

    const bool showProgress = m_ctx.stderrIsTerminal();
    int lastPercent = -1;
    QElapsedTimer timer;
    timer.start();
    auto outcome = DemoDataGenerator(**db).generate(options, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            m_ctx.err() << '\r'
                        << tr("Generating demo orders: %1% (%2 of %3)").arg(percent).arg(done).arg(total)
                        << Qt::flush;
        }
        return true;
    });
    if (showProgress)
        m_ctx.err() << '\n' << Qt::flush;
    if (!outcome)
        return m_ctx.fail(outcome.error());
    if (auto history = DemoDataGenerator::addWorkflowHistory(**db, options.today); !history)
        return m_ctx.fail(history.error());
    m_ctx.out()
        << tr("Demo company written to %1: %2 users, %3 customers, %4 products, %5 orders with %6 lines, "
              "%7 invoices and %8 payments in %9 s.")
               .arg(m_ctx.databasePath())
               .arg(outcome->users)
               .arg(outcome->customers)
               .arg(outcome->products)
               .arg(outcome->orders)
               .arg(outcome->lines)
               .arg(outcome->invoices)
               .arg(outcome->payments)
               .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}

int DatabaseCommands::summary()
{
    if (auto ok =
            m_ctx.commandLine().expect({QStringLiteral("json")}, 0, 0, QStringLiteral("summary [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto db = m_ctx.session(false);
    if (!db)
        return m_ctx.fail(db.error());
    auto s = SummaryService(**db).summary();
    if (!s)
        return m_ctx.fail(s.error());

    QTextStream& out = m_ctx.out();
    if (m_ctx.commandLine().isSet(QStringLiteral("json"))) {
        out << "{\"customers\":" << s->customers << ",\"products\":" << s->products
            << ",\"orders\":" << s->orders << ",\"order_lines\":" << s->orderLines
            << ",\"order_value\":" << jsonString(s->orderValue.toDecimalString()) << ",\"by_status\":{";
        for (int i = 0; i < s->byStatus.size(); ++i) {
            const StatusSummary& st = s->byStatus[i];
            out << (i ? "," : "") << jsonString(OrderStatusInfo::key(st.status))
                << ":{\"orders\":" << st.orders << ",\"value\":" << jsonString(st.value.toDecimalString())
                << '}';
        }
        out << "}}" << Qt::endl;
        return Success;
    }
    out << tr("Customers:    %1").arg(s->customers) << '\n'
        << tr("Products:     %1").arg(s->products) << '\n'
        << tr("Orders:       %1").arg(s->orders) << '\n'
        << tr("Order lines:  %1").arg(s->orderLines) << '\n'
        << tr("Order value:  %1").arg(s->orderValue.toDecimalString()) << "\n\n";
    TextTable table;
    table.addColumn(tr("STATUS"));
    table.addColumn(tr("ORDERS"), TextTable::Align::Right);
    table.addColumn(tr("VALUE"), TextTable::Align::Right);
    for (const StatusSummary& st : s->byStatus)
        table.addRow(
            {OrderStatusInfo::key(st.status), QString::number(st.orders), st.value.toDecimalString()});
    table.print(out);
    out.flush();
    return Success;
}

int DatabaseCommands::check()
{
    if (auto ok = m_ctx.commandLine().expect({}, 0, 0, QStringLiteral("check")); !ok)
        return m_ctx.fail(ok.error());
    auto db = m_ctx.session(false);
    if (!db)
        return m_ctx.fail(db.error());
    const bool showSteps = m_ctx.stderrIsTerminal();
    auto problems = DatabaseCheckService(**db).run([&](const QString& step) {
        if (showSteps)
            m_ctx.err() << step << QStringLiteral("…") << Qt::endl;
    });
    if (!problems)
        return m_ctx.fail(problems.error());
    for (const DatabaseProblem& p : *problems)
        m_ctx.out() << p.check << ": " << p.message << '\n';
    if (problems->isEmpty()) {
        m_ctx.out() << tr("No problems found in %1.").arg(m_ctx.databasePath()) << Qt::endl;
        return Success;
    }
    m_ctx.out() << tr("%n problem(s) found.", nullptr, int(problems->size())) << Qt::endl;
    return UserError;
}

} // namespace od::cli
