#include "CommandLine.h"

namespace od::cli {

namespace {

// Options that belong to one command or another (the global ones, --db, --user and --verbose,
// are accepted everywhere).
const QStringList kCommandOptions = {
    QStringLiteral("orders"),      QStringLiteral("seed"),         QStringLiteral("today"),
    QStringLiteral("dry-run"),     QStringLiteral("status"),       QStringLiteral("customer"),
    QStringLiteral("search"),      QStringLiteral("limit"),        QStringLiteral("json"),
    QStringLiteral("admin"),       QStringLiteral("role"),         QStringLiteral("display"),
    QStringLiteral("by"),          QStringLiteral("order"),        QStringLiteral("commit"),
    QStringLiteral("promise"),     QStringLiteral("reason"),       QStringLiteral("line"),
    QStringLiteral("from"),        QStringLiteral("to"),           QStringLiteral("work-centre"),
    QStringLiteral("start"),       QStringLiteral("done"),         QStringLiteral("finish"),
    QStringLiteral("note"),        QStringLiteral("kind"),         QStringLiteral("severity"),
    QStringLiteral("text"),        QStringLiteral("owner"),        QStringLiteral("due"),
    QStringLiteral("contact"),     QStringLiteral("channel"),      QStringLiteral("cost"),
    QStringLiteral("open"),        QStringLiteral("shipped-only"), QStringLiteral("all-shipped"),
    QStringLiteral("date"),        QStringLiteral("amount"),       QStringLiteral("reference"),
    QStringLiteral("method"),      QStringLiteral("invoice"),      QStringLiteral("maturity"),
    QStringLiteral("as-of"),       QStringLiteral("pdf"),          QStringLiteral("other-company"),
    QStringLiteral("days"),        QStringLiteral("not-before"),   QStringLiteral("move-promise"),
    QStringLiteral("salesperson"), QStringLiteral("carrier"),      QStringLiteral("tracking"),
    QStringLiteral("received-by"), QStringLiteral("receipt"),      QStringLiteral("quantity"),
    QStringLiteral("price"),       QStringLiteral("add-line"),     QStringLiteral("remove-line"),
    QStringLiteral("address"),     QStringLiteral("cancel"),       QStringLiteral("charge"),
    QStringLiteral("spec"),        QStringLiteral("attach"),       QStringLiteral("level"),
    QStringLiteral("recompute"),   QStringLiteral("cause"),        QStringLiteral("lesson")};

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(tr(
        "OrderDesk from a terminal.\n\n"
        "Commands:\n"
        "  init [--admin NAME]                       create the database and its first administrator\n"
        "  demo [--orders N] [--seed S]              fill an empty database with a demo company\n"
        "  import customers|products|orders|work-centres|routings|calendar|payments FILE.csv [--dry-run]\n"
        "  export customers|products|orders|work-centres|routings|calendar FILE.csv\n"
        "  orders [--status KEY] [--customer CODE] [--search TEXT] [--limit N]\n"
        "  show ORDER_NO                             an order with its lines and timeline\n"
        "  mywork [--json]                           what you must do now, most urgent first\n"
        "  risk [--level at_risk|late] [--json]      open orders at risk or late, why, and what to do next\n"
        "  risk --recompute [--json]                 compute every open order's risk again now\n"
        "  confirmation ORDER_NO --pdf FILE          the order confirmation (订单确认书) as PDF\n"
        "  summary [--json]                          records, and orders and value per status\n"
        "  check                                     check the database file and the order totals\n"
        "  user add NAME --role ROLE [--display NAME] | user passwd NAME | user disable NAME | user list\n"
        "  audit verify                              check the audit trail's hash chain\n"
        "  audit list [--by NAME] [--order ORDER_NO] [--limit N]\n"
        "  plan ORDER_NO [--commit] [--promise YYYY-MM-DD [--reason TEXT]] [--json]\n"
        "                                            propose a plan for a confirmed order; --commit saves "
        "it\n"
        "  promise --customer CODE --line SKU=QTY [--line SKU=QTY …] [--json]\n"
        "                                            the earliest possible delivery if ordered today\n"
        "  replan [--json]                           plan every open order again; list those that will be "
        "late\n"
        "  load [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--work-centre CODE] [--json]\n"
        "                                            hours available and planned per work centre and day\n"
        "  progress ORDER_NO STEP_NO (--start | --done QTY | --finish) [--note TEXT]\n"
        "                                            report progress on step STEP_NO of the order's plan\n"
        "  accept-date ORDER_NO --contact NAME --channel KEY [--note TEXT]\n"
        "                                            the customer accepted a promise later than asked\n"
        "  plan-step ORDER_NO STEP_NO [--owner NAME] [--not-before YYYY-MM-DD [--move-promise]]\n"
        "                                            change a committed plan: a step's owner, a step later\n"
        "  exception add ORDER_NO --kind KEY --severity low|medium|high --text TEXT [--owner NAME] [--due "
        "DATE]\n"
        "  exception plan|contact|resolve EXC_NO --text TEXT [--contact NAME] [--channel KEY] [--cost "
        "AMOUNT]\n"
        "  exception handover EXC_NO --owner NAME\n"
        "  exceptions [--open] [--order ORDER_NO] [--json]\n"
        "  comment ORDER_NO TEXT [--attach FILE …]   write on the order's discussion; @name or @部门 "
        "mentions\n"
        "  comments ORDER_NO [--json]                the order's discussion, oldest first\n"
        "  change request ORDER_NO --reason TEXT [--contact TEXT] [--channel KEY] [--quantity LINE=QTY …]\n"
        "         [--price LINE=PRICE …] [--spec LINE=TEXT …] [--add-line SKU=QTY …] [--remove-line LINE …] "
        "[--date YYYY-MM-DD]\n"
        "         [--address TEXT] [--cancel [--charge AMOUNT]] [--json]\n"
        "  change approve|reject CHANGE_NO [--note TEXT]\n"
        "  change pdf CHANGE_NO --pdf FILE           the change confirmation (订单变更确认书) as PDF\n"
        "  changes [--order ORDER_NO] [--status KEY] [--json]\n"
        "  invoice ORDER_NO [--shipped-only] [--date YYYY-MM-DD] [--json]\n"
        "  invoice --all-shipped [--date YYYY-MM-DD] [--json]\n"
        "  invoices [--customer CODE] [--open] [--json]\n"
        "  payment add --customer CODE --amount AMOUNT --date YYYY-MM-DD --reference REF [--method KEY]\n"
        "              [--invoice INV_NO …]\n"
        "  receivables [--as-of YYYY-MM-DD] [--json]\n"
        "  provision [--as-of YYYY-MM-DD] [--days N] [--json]  invoices more than N (90) days overdue\n"
        "  workload [--json]                         each salesperson's open orders, their value and late\n"
        "                                            orders (managers and administrators)\n"
        "  report kpi [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--salesperson NAME] [--json]\n"
        "                                            the dashboard's figures of a month (money exact)\n"
        "  report export KIND FILE.xlsx|FILE.csv|FILE.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--open]\n"
        "                    [--salesperson NAME]\n"
        "                                            a list or report to Excel or CSV: orders, receivables,\n"
        "                                            invoices, shipments, ready-to-ship, changes, "
        "exceptions,\n"
        "                                            my-work or kpi (the dashboard; .pdf: one A4 page)\n"
        "  report stages [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]\n"
        "                                            bottlenecks: days orders spend in each stage\n"
        "  report on-time [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by "
        "customer|product|salesperson|work_centre|cause]\n"
        "         [--json]                           orders delivered on time and late per group (default: "
        "last 365 days)\n"
        "  review ORDER_NO --cause KEY --text TEXT [--lesson TEXT]\n"
        "                                            the post-analysis of an order delivered late or with an "
        "exception;\n"
        "                                            --lesson also adds it to the lessons learnt\n"
        "  rules [list] [--json]                     the automation rules (自动化规则): on or off, "
        "parameters,\n"
        "                                            how often and when each last fired\n"
        "  rules enable|disable KEY                  switch a rule on or off (managers)\n"
        "  rules set KEY PARAM=VALUE [PARAM=VALUE …] change a rule's parameters, e.g. rules set "
        "confirmation_reminder days=5\n"
        "  rules run                                 run the rules that time brings (as the app does at "
        "start)\n"
        "  suggestions [--json]                      allocation suggestions (调度建议): overtime on a fully\n"
        "                                            loaded work centre, or a late order's step moved to an\n"
        "                                            alternative centre; the late orders each saves "
        "(managers)\n"
        "  suggestions apply KEY                     add that overtime to the calendar or move that step, "
        "e.g.\n"
        "                                            suggestions apply overtime:JG:4:2026-06-04\n"
        "  statement CUSTOMER_CODE --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE\n"
        "  invoice-pdf INV_NO --pdf FILE             an issued invoice as PDF\n"
        "  ship ORDER_NO --line N=QTY [--line N=QTY …] --carrier TEXT [--tracking TEXT] [--date YYYY-MM-DD]\n"
        "       [--note TEXT] [--json]               ship order lines (line number = quantity) in one "
        "shipment\n"
        "  deliver SHIPMENT_NO [--date YYYY-MM-DD] [--received-by NAME] [--receipt TEXT]\n"
        "                                            the customer signed for the shipment\n"
        "  shipments [--order ORDER_NO] [--open] [--limit N] [--json]\n"
        "                                            shipments, newest first (--open: in transit, oldest "
        "first)\n"
        "  delivery-note SHIPMENT_NO FILE.pdf        the delivery note (送货单) as PDF\n"
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
        {QStringLiteral("customer"), tr("orders, promise, invoices, payment add: this customer."),
         tr("CODE")},
        {QStringLiteral("search"), tr("orders: order number, customer, product or line text."), tr("TEXT")},
        {QStringLiteral("limit"), tr("orders, audit list, shipments: at most this many rows (default 50)."),
         tr("N")},
        {QStringLiteral("json"),
         tr("summary, plan, promise, replan, load, exceptions, mywork, invoice, "
            "invoices, receivables, provision, ship, shipments, rules list: print JSON.")},
        {QStringLiteral("admin"), tr("init: the first administrator's login name (default admin)."),
         tr("NAME")},
        {QStringLiteral("role"),
         tr("user add: salesperson, manager, finance_clerk, production_planner, logistics_clerk or "
            "administrator."),
         tr("ROLE")},
        {QStringLiteral("display"), tr("user add: the name shown in the app."), tr("NAME")},
        {QStringLiteral("by"),
         tr("audit list: only this user's entries; report on-time: group by customer, product, salesperson, "
            "work_centre or cause."),
         tr("NAME")},
        {QStringLiteral("order"), tr("audit list, exceptions, shipments: only this order's entries."),
         tr("ORDER_NO")},
        {QStringLiteral("commit"), tr("plan: commit the plan; the order becomes planned.")},
        {QStringLiteral("promise"), tr("plan: the date to promise (default: the earliest possible)."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("reason"),
         tr("plan: why a date earlier than the capacity allows is promised (managers)."), tr("TEXT")},
        {QStringLiteral("line"),
         tr("promise: a product and its quantity (SKU=QTY); ship: an order line's number and the quantity "
            "shipped (N=QTY); repeat for more lines."),
         tr("LINE=QTY")},
        {QStringLiteral("from"),
         tr("load: the first day (default: today); statement: the first day of the period; report kpi: a "
            "day of the month; report stages: the first day (default: a year before the last)."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("to"),
         tr("load: the last day (default: 12 weeks after the first); statement: the last day of the period; "
            "report kpi: a day of the month (default: today); report stages: the last day (default: today)."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("work-centre"), tr("load: only this work centre."), tr("CODE")},
        {QStringLiteral("start"), tr("progress: work on the step began.")},
        {QStringLiteral("done"), tr("progress: this quantity more is done."), tr("QTY")},
        {QStringLiteral("finish"), tr("progress: the step is finished.")},
        {QStringLiteral("note"),
         tr("progress, accept-date: a note for the order's timeline; payment add, ship: a note."),
         tr("TEXT")},
        {QStringLiteral("kind"),
         tr("exception add: quality, material, equipment, logistics, dispute or payment."), tr("KEY")},
        {QStringLiteral("severity"), tr("exception add: low, medium or high."), tr("LEVEL")},
        {QStringLiteral("text"),
         tr("exception: the description, plan, what the customer was told, or the resolution."), tr("TEXT")},
        {QStringLiteral("owner"),
         tr("exception add, handover: who owns it; plan-step: who the step is given to (a login name)."),
         tr("NAME")},
        {QStringLiteral("not-before"), tr("plan-step: the step starts on this day or later."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("move-promise"),
         tr("plan-step: when the step moved makes the order later than promised, promise the new date.")},
        {QStringLiteral("due"), tr("exception add: when it should be resolved."), tr("YYYY-MM-DD")},
        {QStringLiteral("contact"),
         tr("exception contact: whom on the customer's side; accept-date: who accepted."), tr("NAME")},
        {QStringLiteral("channel"),
         tr("exception contact, accept-date: phone, email, wechat, visit or document."), tr("KEY")},
        {QStringLiteral("cost"), tr("exception resolve: what resolving it cost."), tr("AMOUNT")},
        {QStringLiteral("attach"), tr("comment: a file to attach (may be repeated)."), tr("FILE")},
        {QStringLiteral("open"),
         tr("exceptions: only the open ones; invoices: only those with something still owed; shipments: "
            "only those in transit.")},
        {QStringLiteral("shipped-only"), tr("invoice: only what is shipped of the order.")},
        {QStringLiteral("all-shipped"),
         tr("invoice: every shipped order not yet invoiced, one invoice each.")},
        {QStringLiteral("date"),
         tr("invoice, payment add, ship, deliver: the document's or event's date (default: today)."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("amount"), tr("payment add: the amount received, e.g. 1250.00."), tr("AMOUNT")},
        {QStringLiteral("reference"), tr("payment add: the bank reference, unique per customer."), tr("REF")},
        {QStringLiteral("method"),
         tr("payment add: bank_transfer, acceptance_bill, cash, wechat or alipay (default bank_transfer)."),
         tr("KEY")},
        {QStringLiteral("invoice"), tr("payment add: pay this invoice first (may be repeated)."),
         tr("INV_NO")},
        {QStringLiteral("maturity"), tr("payment add: an acceptance bill's maturity date."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("as-of"), tr("receivables, provision: the day to age on (default: today)."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("days"), tr("provision: invoices more than this many days overdue (default 90)."),
         tr("N")},
        {QStringLiteral("pdf"),
         tr("statement, confirmation, invoice-pdf, change pdf: the PDF file to write."), tr("FILE")},
        {QStringLiteral("salesperson"), tr("report kpi: only the orders of this salesperson (user name)."),
         tr("NAME")},
        {QStringLiteral("carrier"), tr("ship: the carrier (物流公司), or your own truck."), tr("TEXT")},
        {QStringLiteral("tracking"), tr("ship: the carrier's tracking number (物流单号)."), tr("TEXT")},
        {QStringLiteral("received-by"), tr("deliver: who signed for the goods."), tr("NAME")},
        {QStringLiteral("receipt"),
         tr("deliver: the signed receipt's reference (a scan's file name, a proof-of-delivery number)."),
         tr("TEXT")},
        {QStringLiteral("quantity"), tr("change request: a line's new quantity; repeat for more lines."),
         tr("LINE=QTY")},
        {QStringLiteral("price"), tr("change request: a line's new unit price; repeat for more lines."),
         tr("LINE=PRICE")},
        {QStringLiteral("add-line"),
         tr("change request: a product to add and its quantity; repeat for more."), tr("SKU=QTY")},
        {QStringLiteral("spec"), tr("change request: a line's new specification; repeat for more lines."),
         tr("LINE=TEXT")},
        {QStringLiteral("remove-line"), tr("change request: a line to remove; repeat for more."), tr("LINE")},
        {QStringLiteral("address"), tr("change request: the new delivery address."), tr("TEXT")},
        {QStringLiteral("cancel"), tr("change request: the customer cancels the order.")},
        {QStringLiteral("charge"), tr("change request --cancel: the cancellation charge agreed."),
         tr("AMOUNT")},
        {QStringLiteral("level"), tr("risk: only orders at this level (at_risk or late)."), tr("LEVEL")},
        {QStringLiteral("recompute"), tr("risk: compute every open order's risk again now.")},
        {QStringLiteral("cause"),
         tr("review: what caused it (capacity, material, quality, customer_change, logistics, payment, "
            "other)."),
         tr("KEY")},
        {QStringLiteral("lesson"), tr("review: the lesson, also added to the lessons learnt."), tr("TEXT")},
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
