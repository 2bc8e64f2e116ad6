#include "CommandLine.h"

namespace od::cli {

namespace {

// Options that belong to one command or another (the global ones, --db, --user and --verbose,
// are accepted everywhere).
const QStringList kCommandOptions = {
    QStringLiteral("orders"),  QStringLiteral("seed"),   QStringLiteral("today"),
    QStringLiteral("dry-run"), QStringLiteral("status"), QStringLiteral("customer"),
    QStringLiteral("search"),  QStringLiteral("limit"),  QStringLiteral("json"),
    QStringLiteral("admin"),   QStringLiteral("role"),   QStringLiteral("display"),
    QStringLiteral("by"),      QStringLiteral("order"),  QStringLiteral("other-company")};

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("OrderDesk from a terminal.\n\n"
           "Commands:\n"
           "  init [--admin NAME]                       create the database and its first administrator\n"
           "  demo [--orders N] [--seed S]              fill an empty database with a demo company\n"
           "  import customers|products|orders FILE.csv [--dry-run]\n"
           "  export customers|products|orders FILE.csv\n"
           "  orders [--status KEY] [--customer CODE] [--search TEXT] [--limit N]\n"
           "  show ORDER_NO                             an order with its lines and timeline\n"
           "  summary [--json]                          records, and orders and value per status\n"
           "  check                                     check the database file and the order totals\n"
           "  user add NAME --role ROLE [--display NAME] | user passwd NAME | user disable NAME | user list\n"
           "  audit verify                              check the audit trail's hash chain\n"
           "  audit list [--by NAME] [--order ORDER_NO] [--limit N]\n"
           "  backup FILE                               copy the database to FILE\n"
           "  restore FILE [--other-company]            put the backup FILE in place of the database\n\n"
           "Every command except init, demo (into an empty database), summary, check and audit verify signs\n"
           "in: --user NAME, with the password from ORDERDESK_PASSWORD or typed at the terminal. New\n"
           "passwords (init, user add, user passwd) come from ORDERDESK_NEW_PASSWORD or the terminal.\n\n"
           "Exit status: 0 done, 1 wrong input (or problems found by check), 2 any other failure."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("db"), tr("The database file (default: ORDERDESK_DB, else the data folder)."),
         tr("PATH")},
        {QStringLiteral("user"), tr("Sign in as this user."), tr("NAME")},
        {QStringLiteral("verbose"), tr("Log warnings to stderr as well as to the log file.")},
        {QStringLiteral("orders"), tr("demo: how many orders (default 500)."), tr("N")},
        {QStringLiteral("seed"), tr("demo: the random seed; the same seed gives the same data (default 1)."),
         tr("S")},
        {QStringLiteral("today"), tr("demo: the business day the demo year ends on (default: today)."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("dry-run"), tr("import: check the file and change nothing.")},
        {QStringLiteral("status"), tr("orders: only this status (draft, confirmed, …)."), tr("KEY")},
        {QStringLiteral("customer"), tr("orders: only this customer."), tr("CODE")},
        {QStringLiteral("search"), tr("orders: order number, customer, product or line text."), tr("TEXT")},
        {QStringLiteral("limit"), tr("orders, audit list: at most this many rows (default 50)."), tr("N")},
        {QStringLiteral("json"), tr("summary: print JSON.")},
        {QStringLiteral("admin"), tr("init: the first administrator's login name (default admin)."),
         tr("NAME")},
        {QStringLiteral("role"), tr("user add: salesperson, manager, finance_clerk or administrator."),
         tr("ROLE")},
        {QStringLiteral("display"), tr("user add: the name shown in the app."), tr("NAME")},
        {QStringLiteral("by"), tr("audit list: only this user's entries."), tr("NAME")},
        {QStringLiteral("order"), tr("audit list: only this order's entries."), tr("ORDER_NO")},
        {QStringLiteral("other-company"),
         tr("restore: the backup is another company's, and is to replace this company's database.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see the list above)."));
}

Result<CommandLine::Request> CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return std::unexpected(Error::invalid(m_parser.errorText()));
    if (m_parser.isSet(QStringLiteral("help")))
        return Request::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Request::Version;
    m_positional = m_parser.positionalArguments();
    if (m_positional.isEmpty())
        return std::unexpected(
            Error::invalid(tr("Say what to do, e.g. \"orderdesk-cli summary\"; see --help.")));
    return Request::Run;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

Result<qint64> CommandLine::number(const QString& option, qint64 fallback, qint64 min, qint64 max) const
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 n = m_parser.value(option).toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::unexpected(Error::invalid(
            tr("--%1 must be a whole number from %2 to %3.").arg(option).arg(min).arg(max), option));
    return n;
}

Status CommandLine::expect(const QStringList& allowedOptions, int minArguments, int maxArguments,
                           const QString& usage) const
{
    for (const QString& option : kCommandOptions) {
        if (m_parser.isSet(option) && !allowedOptions.contains(option))
            return std::unexpected(Error::invalid(
                tr("The option --%1 does not apply to \"%2\".").arg(option, command()), option));
    }
    const qsizetype n = arguments().size();
    if (n < minArguments || n > maxArguments)
        return std::unexpected(Error::invalid(tr("Usage: orderdesk-cli [--db PATH] %1").arg(usage)));
    return {};
}

} // namespace od::cli
