#include "ScreenshotRunner.h"

#include "DateAcceptanceService.h"
#include "OrderIntakeService.h"
#include "OrderPageCache.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "PlanningService.h"
#include "ReceivablesService.h"
#include "ReviewService.h"
#include "RuleKey.h"
#include "confirmation/ConfirmationView.h"
#include "confirmation/DocumentPreview.h"
#include "dashboard/BottlenecksView.h"
#include "dashboard/DashboardView.h"
#include "dashboard/OnTimeView.h"
#include "detail/OrderDetailDialog.h"
#include "detail/ShipmentsPanel.h"
#include "firstrun/FirstRunDialog.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "main/ShortcutsDialog.h"
#include "main/SignInDialog.h"
#include "models/AwaitingConfirmationModel.h"
#include "planning/PlanningView.h"
#include "rules/RuleCard.h"
#include "rules/RulesView.h"
#include "settings/SettingsDialog.h"
#include "settlement/InvoicingView.h"
#include "settlement/PaymentsView.h"
#include "settlement/ProvisionDialog.h"
#include "settlement/ReceivablesView.h"
#include "shipping/ShipmentsView.h"
#include "suggestions/SuggestionsView.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QChartView>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>

namespace od {

namespace {

// Waits for a page that reads its figures in the background to show them.
template <typename View> void waitWhileLoading(MainWindow& window, const QString& page, const char* id)
{
    if (page != QLatin1String(id))
        return;
    auto* view = static_cast<View*>(window.page(page));
    QDeadlineTimer deadline(8000);
    while (view->isLoading() && !deadline.hasExpired())
        ScreenshotRunner::settle(50);
}

} // namespace

ScreenshotRunner::ScreenshotRunner(Session& session, QString outputDir)
    : m_session(session), m_outputDir(std::move(outputDir))
{
}

void ScreenshotRunner::settle(int milliseconds)
{
    // Lets layouts, lazy pages and background counts finish before the picture is taken.
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

Status ScreenshotRunner::save(QWidget* widget, const QString& name)
{
    settle();
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path, "PNG"))
        return std::unexpected(Error::storage(tr("Could not write %1.").arg(QDir::toNativeSeparators(path))));
    m_written << path;
    return {};
}

qint64 ScreenshotRunner::pickDetailOrder()
{
    // An order that has been revised and is in production tells the most on one screen.
    OrderPageCache cache(m_session, 200, 2);
    qint64 fallback = 0;
    for (OrderStatus status :
         {OrderStatus::InProduction, OrderStatus::Confirmed, OrderStatus::AwaitingConfirmation}) {
        OrderListQuery query;
        query.status = status;
        if (!cache.setQuery(query))
            continue;
        for (qint64 i = 0; i < qMin<qint64>(cache.rowCount(), 200); ++i) {
            const OrderListRow* row = cache.row(i);
            if (!row)
                break;
            if (row->revision > 1)
                return row->id;
            if (!fallback)
                fallback = row->id;
        }
    }
    return fallback;
}

qint64 ScreenshotRunner::pickOrderAwaitingAcceptance()
{
    OrderListQuery query;
    query.status = OrderStatus::Planned;
    auto rows = OrderQueryService(m_session).page(query, 0, 200);
    if (!rows)
        return 0;
    for (const OrderListRow& row : std::as_const(*rows)) {
        auto state = DateAcceptanceService(m_session).state(row.id);
        if (state && state->blocksProduction())
            return row.id;
    }
    return 0;
}

qint64 ScreenshotRunner::pickDraftOrder()
{
    OrderPageCache cache(m_session, 20, 1);
    OrderListQuery query;
    query.status = OrderStatus::Draft;
    if (!cache.setQuery(query) || cache.rowCount() == 0)
        return 0;
    const OrderListRow* row = cache.row(0);
    return row ? row->id : 0;
}

void ScreenshotRunner::showPayingCustomer(MainWindow& window, const QString& page)
{
    auto report = ReceivablesService(m_session).receivables(m_session.today());
    if (!report || report->customers.isEmpty())
        return;
    int chosen = 0;
    for (int i = 0; i < report->customers.size(); ++i)
        if (report->customers.at(i).figures.balance.paid.minor() > 0) {
            chosen = i;
            break;
        }
    const CustomerReceivables& customer = report->customers.at(chosen).figures;
    if (page == QLatin1String(PageIds::Payments))
        static_cast<PaymentsView*>(window.page(page))
            ->showCustomer(customer.customerId, customer.code + u' ' + customer.name);
    else
        static_cast<ReceivablesView*>(window.page(page))->customersTable()->selectRow(chosen);
}

Result<QStringList> ScreenshotRunner::run()
{
    if (!QDir().mkpath(m_outputDir))
        return std::unexpected(Error::storage(tr("Could not create the folder %1.").arg(m_outputDir)));

    // Plans committed the way a planner works down the waiting list, so that Planning and
    // Capacity show load (the pictures' demo company is a temporary one).
    PlanningService planning(m_session);
    if (auto waiting = planning.waitingList(ScreenshotPlans)) {
        // A few are left waiting for the Planning page to open.
        for (qsizetype i = 0; i + 3 < waiting->size(); ++i)
            (void)planning.commit(waiting->at(i).id, {});
    }

    MainWindow window(m_session);
    window.setDetailHook([](QDialog*) {}); // no modal dialogs while taking pictures
    window.resize(1280, 800);
    window.show();
    settle(400);

    // Every page the signed-in user has, named after its id.
    for (const QString& page : window.pageIds()) {
        window.showPage(page);
        if (page == QLatin1String(PageIds::Intake)) {
            if (const qint64 draft = pickDraftOrder())
                window.intakeView()->openOrder(draft);
            else
                window.intakeView()->newOrder();
            settle(500); // the earliest possible delivery is worked out a moment after the lines
        }
        if (page == QLatin1String(PageIds::Planning))
            static_cast<PlanningView*>(window.page(page))->openFirstOrder();
        // The finance pages show one invoice's lines and one customer's payments.
        if (page == QLatin1String(PageIds::Invoicing)) {
            auto* view = static_cast<InvoicingView*>(window.page(page));
            if (view->invoicesTable()->rowCount() > 0)
                view->invoicesTable()->selectRow(0);
        }
        if (page == QLatin1String(PageIds::Payments) || page == QLatin1String(PageIds::Receivables))
            showPayingCustomer(window, page);
        // Shipments: the first ready order with its quantities filled in, a shipment in transit chosen.
        if (page == QLatin1String(PageIds::Shipments)) {
            auto* view = static_cast<ShipmentsView*>(window.page(page));
            view->fillAllLeft();
            if (view->transitTable()->rowCount() > 0)
                view->transitTable()->selectRow(0);
        }
        // These pages read their figures in the background.
        waitWhileLoading<DashboardView>(window, page, PageIds::Dashboard);
        waitWhileLoading<BottlenecksView>(window, page, PageIds::Bottlenecks);
        waitWhileLoading<SuggestionsView>(window, page, PageIds::Suggestions);
        waitWhileLoading<OnTimeView>(window, page, PageIds::OnTime);
        if (auto ok = save(&window, page); !ok)
            return std::unexpected(ok.error());
        if (page == QLatin1String(PageIds::Dashboard)) {
            // The lower charts: receivables and the top customers, scrolled into view.
            auto* view = static_cast<DashboardView*>(window.page(page));
            if (auto* charts = view->findChild<QScrollArea*>(QStringLiteral("dashboardCharts"))) {
                settle(100);
                charts->verticalScrollBar()->setValue(charts->verticalScrollBar()->maximum());
                settle(200);
                if (auto ok = save(&window, QStringLiteral("dashboard-customers")); !ok)
                    return std::unexpected(ok.error());
                charts->verticalScrollBar()->setValue(0);
            }
        }
        if (page == QLatin1String(PageIds::Planning)) {
            // A committed plan promised later than asked, waiting for the customer's acceptance.
            auto* view = static_cast<PlanningView*>(window.page(page));
            view->showList(PlanningView::List::Planned);
            if (const qint64 late = pickOrderAwaitingAcceptance()) {
                view->openOrder(late);
                if (auto ok = save(&window, QStringLiteral("planning-committed")); !ok)
                    return std::unexpected(ok.error());
            }
            view->showList(PlanningView::List::Waiting);
        }
        if (page == QLatin1String(PageIds::Rules)) {
            // A parameter refused next to its field (nothing is saved; the typed value stays).
            auto* view = static_cast<RulesView*>(window.page(page));
            if (RuleCard* card = view->card(QString(RuleKey::ConfirmationReminder))) {
                QLineEdit* days = card->field(QStringLiteral("days"));
                const QString was = days->text();
                days->setText(QStringLiteral("120"));
                card->applyParameters();
                if (auto ok = save(&window, QStringLiteral("rules-validation")); !ok)
                    return std::unexpected(ok.error());
                days->setText(was);
                card->form()->clearErrors();
            }
        }
        if (page == QLatin1String(PageIds::Confirmation)) {
            // The confirmation document is rendered in the background; wait for its pages.
            auto* view = static_cast<ConfirmationView*>(window.page(page));
            if (view->model()->rowCount() > 0) {
                view->table()->selectRow(0);
                QDeadlineTimer deadline(8000);
                while (view->preview()->pageCount() == 0 && !deadline.hasExpired())
                    settle(50);
                if (auto ok = save(&window, QStringLiteral("confirmation-preview")); !ok)
                    return std::unexpected(ok.error());
            }
        }
    }
    window.showPage(QString::fromLatin1(PageIds::Orders));
    captureDialogs(window);
    return m_written;
}

void ScreenshotRunner::captureDialogs(MainWindow& window)
{
    if (const qint64 orderId = pickDetailOrder()) {
        OrderDetailDialog detail(m_session, orderId, &window);
        detail.show();
        const char* names[] = {"detail", "detail-timeline", "detail-confirmations", "detail-revisions"};
        for (int tab = 0; tab < detail.tabs()->count() && tab < 4; ++tab) {
            detail.tabs()->setCurrentIndex(tab);
            (void)save(&detail, QString::fromLatin1(names[tab]));
        }
    }
    // The discussion on an order in production, where the demo company's conversations are.
    OrderListQuery inProduction;
    inProduction.status = OrderStatus::InProduction;
    if (auto rows = OrderQueryService(m_session).page(inProduction, 0, 1); rows && !rows->isEmpty()) {
        OrderDetailDialog detail(m_session, rows->first().id, &window);
        detail.show();
        detail.showDiscussion();
        (void)save(&detail, QStringLiteral("detail-discussion"));
    }

    // What left with which shipment, on an order shipped and not signed for yet.
    OrderListQuery shipped;
    shipped.status = OrderStatus::Shipped;
    if (auto rows = OrderQueryService(m_session).page(shipped, 0, 1); rows && !rows->isEmpty()) {
        OrderDetailDialog detail(m_session, rows->first().id, &window);
        detail.show();
        detail.tabs()->setCurrentWidget(detail.shipments());
        (void)save(&detail, QStringLiteral("detail-shipments"));
    }
    // An order delivered late, its post-analysis still to write.
    if (auto due = ReviewService(m_session).outstanding(1); due && !due->isEmpty()) {
        OrderDetailDialog detail(m_session, due->first().orderId, &window);
        detail.show();
        detail.showReview();
        (void)save(&detail, QStringLiteral("detail-review"));
    }
    if (Permissions::allows(m_session, Permission::ViewReceivables)) {
        ProvisionDialog provision(m_session, &window);
        provision.daysBox()->setValue(30);
        provision.show();
        (void)save(&provision, QStringLiteral("provision"));
        provision.reject();
    }

    SettingsDialog settings(m_session, &window);
    settings.show();
    (void)save(&settings, QStringLiteral("settings"));
    if (auto* tabs = settings.findChild<QTabWidget*>()) {
        tabs->setCurrentIndex(1);
        (void)save(&settings, QStringLiteral("settings-company"));
    }
    settings.reject();

    FirstRunDialog firstRun(m_session, &window);
    firstRun.show();
    (void)save(&firstRun, QStringLiteral("firstrun"));
    firstRun.reject();

    ShortcutsDialog shortcuts(window.menuBar(), &window);
    shortcuts.show();
    (void)save(&shortcuts, QStringLiteral("shortcuts"));
    shortcuts.reject();

    SignInDialog signIn(m_session, &window);
    signIn.show();
    (void)save(&signIn, QStringLiteral("signin"));
    signIn.reject();
}

} // namespace od
