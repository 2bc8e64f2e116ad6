#include "PageRegistry.h"

#include "Permissions.h"
#include "audit/AuditView.h"
#include "changes/ChangesView.h"
#include "confirmation/ConfirmationView.h"
#include "customers/CustomersView.h"
#include "dashboard/BottlenecksView.h"
#include "dashboard/DashboardView.h"
#include "dashboard/OnTimeView.h"
#include "exceptions/ExceptionsView.h"
#include "intake/IntakeView.h"
#include "lessons/LessonsView.h"
#include "orders/OrdersView.h"
#include "planning/CapacityView.h"
#include "planning/PlanningView.h"
#include "products/ProductsView.h"
#include "rules/RulesView.h"
#include "settlement/InvoicingView.h"
#include "settlement/PaymentsView.h"
#include "settlement/ReceivablesView.h"
#include "shipping/ShipmentsView.h"
#include "suggestions/SuggestionsView.h"
#include "work/MyWorkView.h"

#include <QStyle>

namespace od {

namespace {

std::function<bool(const Session&)> allowedWith(Permission permission)
{
    return [permission](const Session& session) { return Permissions::allows(session, permission); };
}

bool everyone(const Session& session)
{
    return session.isSignedIn();
}

template <typename View> std::function<WorkflowPage*(Session&, QWidget*)> make()
{
    return [](Session& session, QWidget* parent) -> WorkflowPage* { return new View(session, parent); };
}

} // namespace

QList<PageInfo> PageRegistry::pages(const QStyle* s)
{
    return {
        {QString::fromLatin1(PageIds::MyWork), std::nullopt, tr("My work"),
         s->standardIcon(QStyle::SP_DialogYesButton), everyone, make<MyWorkView>()},
        {QString::fromLatin1(PageIds::Orders), Department::Sales, tr("Orders"),
         s->standardIcon(QStyle::SP_FileDialogDetailedView), everyone, make<OrdersView>()},
        {QString::fromLatin1(PageIds::Intake), Department::Sales, tr("Order intake"),
         s->standardIcon(QStyle::SP_FileIcon), allowedWith(Permission::EditOwnOrders), make<IntakeView>()},
        {QString::fromLatin1(PageIds::Confirmation), Department::Sales, tr("Confirmation"),
         s->standardIcon(QStyle::SP_DialogApplyButton), allowedWith(Permission::RecordConfirmation),
         make<ConfirmationView>()},
        {QString::fromLatin1(PageIds::Customers), Department::Sales, tr("Customers"),
         s->standardIcon(QStyle::SP_DirHomeIcon), everyone, make<CustomersView>()},
        {QString::fromLatin1(PageIds::Products), Department::Sales, tr("Products"),
         s->standardIcon(QStyle::SP_DriveHDIcon), everyone, make<ProductsView>()},
        {QString::fromLatin1(PageIds::Planning), Department::Production, tr("Planning"),
         s->standardIcon(QStyle::SP_FileDialogListView), allowedWith(Permission::PlanOrders),
         make<PlanningView>()},
        {QString::fromLatin1(PageIds::Capacity), Department::Production, tr("Capacity"),
         s->standardIcon(QStyle::SP_ComputerIcon), allowedWith(Permission::PlanOrders), make<CapacityView>()},
        {QString::fromLatin1(PageIds::Shipments), Department::Logistics, tr("Shipments"),
         s->standardIcon(QStyle::SP_ArrowRight), allowedWith(Permission::ShipOrders), make<ShipmentsView>()},
        {QString::fromLatin1(PageIds::Invoicing), Department::Finance, tr("Invoicing"),
         s->standardIcon(QStyle::SP_FileDialogNewFolder), allowedWith(Permission::IssueInvoices),
         make<InvoicingView>()},
        {QString::fromLatin1(PageIds::Payments), Department::Finance, tr("Payments"),
         s->standardIcon(QStyle::SP_DialogSaveButton), allowedWith(Permission::RecordPayments),
         make<PaymentsView>()},
        {QString::fromLatin1(PageIds::Receivables), Department::Finance, tr("Receivables"),
         s->standardIcon(QStyle::SP_FileDialogContentsView), allowedWith(Permission::ViewReceivables),
         make<ReceivablesView>()},
        {QString::fromLatin1(PageIds::Dashboard), Department::Management, tr("Dashboard"),
         s->standardIcon(QStyle::SP_DesktopIcon), allowedWith(Permission::ViewDashboard),
         make<DashboardView>()},
        {QString::fromLatin1(PageIds::Bottlenecks), Department::Management, tr("Bottlenecks"),
         s->standardIcon(QStyle::SP_MediaSeekForward), allowedWith(Permission::ViewDashboard),
         make<BottlenecksView>()},
        {QString::fromLatin1(PageIds::OnTime), Department::Management, tr("On-time delivery"),
         s->standardIcon(QStyle::SP_MediaSkipForward), allowedWith(Permission::ViewDashboard),
         make<OnTimeView>()},
        {QString::fromLatin1(PageIds::Exceptions), Department::Management, tr("Exceptions"),
         s->standardIcon(QStyle::SP_MessageBoxWarning), everyone, make<ExceptionsView>()},
        {QString::fromLatin1(PageIds::Changes), Department::Management, tr("Changes"),
         s->standardIcon(QStyle::SP_BrowserReload), everyone, make<ChangesView>()},
        {QString::fromLatin1(PageIds::Lessons), Department::Management, tr("Lessons learnt"),
         s->standardIcon(QStyle::SP_FileDialogContentsView), everyone, make<LessonsView>()},
        {QString::fromLatin1(PageIds::Rules), Department::Management, tr("Rules"),
         s->standardIcon(QStyle::SP_MediaPlay), allowedWith(Permission::ManageRules), make<RulesView>()},
        {QString::fromLatin1(PageIds::Suggestions), Department::Management, tr("Suggestions"),
         s->standardIcon(QStyle::SP_DialogHelpButton), allowedWith(Permission::UseSuggestions),
         make<SuggestionsView>()},
        {QString::fromLatin1(PageIds::Audit), Department::Management, tr("Audit"),
         s->standardIcon(QStyle::SP_FileDialogInfoView), allowedWith(Permission::ViewAudit),
         make<AuditView>()},
    };
}

} // namespace od
