#include "Permission.h"

namespace od {

namespace {

struct Row
{
    Permission permission;
    const char* key;
    bool salesperson, manager, finance, planner, logistics, administrator;
};

constexpr Row kMatrix[] = {
    {Permission::EditOwnOrders, "edit_own_orders", true, true, false, false, false, true},
    {Permission::EditAllOrders, "edit_all_orders", false, true, false, false, false, true},
    {Permission::ReadAllOrders, "read_all_orders", false, true, true, true, true, true},
    {Permission::RecordConfirmation, "record_confirmation", true, true, false, false, false, true},
    {Permission::OverrideCreditLimit, "override_credit_limit", false, true, false, false, false, true},
    {Permission::ChangeOrderStatus, "change_order_status", false, true, false, false, false, true},
    {Permission::EditCustomers, "edit_customers", true, true, true, false, false, true},
    {Permission::EditCreditTerms, "edit_credit_terms", false, true, true, false, false, true},
    {Permission::EditProducts, "edit_products", false, true, false, false, false, true},
    {Permission::ImportData, "import_data", false, true, false, false, false, true},
    {Permission::ExportData, "export_data", true, true, true, true, true, true},
    {Permission::EditSettings, "edit_settings", false, true, false, false, false, true},
    {Permission::ManageUsers, "manage_users", false, false, false, false, false, true},
    {Permission::ViewAudit, "view_audit", false, true, false, false, false, true},
    {Permission::Backup, "backup", false, true, true, false, false, true},
    // A restore replaces everyone's data and every account, roles included: only whoever may
    // already manage the accounts may do it.
    {Permission::Restore, "restore", false, false, false, false, false, true},
    {Permission::ManageExceptions, "manage_exceptions", false, true, false, false, false, true},
    {Permission::PlanOrders, "plan_orders", false, true, false, true, false, true},
    {Permission::CommitPlans, "commit_plans", false, true, false, true, false, true},
    {Permission::OverridePlanDate, "override_plan_date", false, true, false, false, false, true},
    {Permission::ReportAnyProgress, "report_any_progress", false, true, false, true, false, true},
    // Only finance and management (managers, administrators) touch money.
    {Permission::ViewReceivables, "view_receivables", false, true, true, false, false, true},
    {Permission::IssueInvoices, "issue_invoices", false, true, true, false, false, true},
    {Permission::RecordPayments, "record_payments", false, true, true, false, false, true},
    {Permission::ApproveCredit, "approve_credit", false, true, false, false, false, true},
    {Permission::ClosePeriods, "close_periods", false, true, true, false, false, true},
    // Goods leave and are signed for: logistics, and management.
    {Permission::ShipOrders, "ship_orders", false, true, false, false, true, true},
    // How the whole business is doing: management's view; a salesperson's figures are their own.
    {Permission::ViewDashboard, "view_dashboard", false, true, false, false, false, true},
    // A change request is approved by someone other than who asked for it; only an
    // administrator may approve their own.
    {Permission::ApproveChanges, "approve_changes", false, true, false, false, false, true},
    {Permission::ApproveOwnChanges, "approve_own_changes", false, false, false, false, false, true},
    // The automation rules act for the whole company (approving changes, holding credit): the
    // managers decide them.
    {Permission::ManageRules, "manage_rules", false, true, false, false, false, true},
    // Who carries how much: management's view over every salesperson, to share out new customers.
    {Permission::ViewWorkload, "view_workload", false, true, false, false, false, true},
    // Applying a suggestion changes the calendar (overtime is paid): the managers decide it.
    {Permission::UseSuggestions, "use_suggestions", false, true, false, false, false, true},
};

const Row* rowOf(Permission p)
{
    for (const Row& r : kMatrix)
        if (r.permission == p)
            return &r;
    return nullptr;
}

} // namespace

QList<Permission> PermissionInfo::all()
{
    QList<Permission> out;
    for (const Row& r : kMatrix)
        out << r.permission;
    return out;
}

bool PermissionInfo::allowed(Role role, Permission permission)
{
    const Row* r = rowOf(permission);
    if (!r)
        return false;
    switch (role) {
    case Role::Salesperson:
        return r->salesperson;
    case Role::Manager:
        return r->manager;
    case Role::FinanceClerk:
        return r->finance;
    case Role::ProductionPlanner:
        return r->planner;
    case Role::LogisticsClerk:
        return r->logistics;
    case Role::Administrator:
        return r->administrator;
    }
    return false;
}

QString PermissionInfo::key(Permission permission)
{
    const Row* r = rowOf(permission);
    return r ? QString::fromLatin1(r->key) : QString();
}

QString PermissionInfo::description(Permission permission)
{
    switch (permission) {
    case Permission::EditOwnOrders:
        return tr("enter and edit orders");
    case Permission::EditAllOrders:
        return tr("change other people's orders");
    case Permission::ReadAllOrders:
        return tr("see every salesperson's orders");
    case Permission::RecordConfirmation:
        return tr("record customers' confirmations");
    case Permission::OverrideCreditLimit:
        return tr("send an order over the customer's credit limit");
    case Permission::ChangeOrderStatus:
        return tr("move orders through production and shipping");
    case Permission::EditCustomers:
        return tr("add or edit customers");
    case Permission::EditCreditTerms:
        return tr("change credit limits and payment terms");
    case Permission::EditProducts:
        return tr("add or edit products");
    case Permission::ImportData:
        return tr("import data");
    case Permission::ExportData:
        return tr("export data");
    case Permission::EditSettings:
        return tr("change the company settings");
    case Permission::ManageUsers:
        return tr("manage users");
    case Permission::ViewAudit:
        return tr("view the audit trail");
    case Permission::Backup:
        return tr("back up the database");
    case Permission::Restore:
        return tr("restore the database from a backup");
    case Permission::PlanOrders:
        return tr("plan orders or view the capacity load");
    case Permission::CommitPlans:
        return tr("commit plans and promise delivery dates");
    case Permission::OverridePlanDate:
        return tr("promise a date the capacity does not allow");
    case Permission::ReportAnyProgress:
        return tr("report progress on other people's steps");
    case Permission::ManageExceptions:
        return tr("plan, hand over or close other people's exceptions");
    case Permission::ViewReceivables:
        return tr("see invoices, payments and receivables");
    case Permission::IssueInvoices:
        return tr("issue invoices or credit notes");
    case Permission::RecordPayments:
        return tr("record payments");
    case Permission::ApproveChanges:
        return tr("approve or reject change requests");
    case Permission::ApproveOwnChanges:
        return tr("approve a change request you asked for yourself");
    case Permission::ApproveCredit:
        return tr("release a credit hold or approve a write-off");
    case Permission::ClosePeriods:
        return tr("close a month or change the settlement settings");
    case Permission::ViewDashboard:
        return tr("see the business dashboard of the whole company");
    case Permission::ShipOrders:
        return tr("ship orders, record deliveries or print delivery notes");
    case Permission::ManageRules:
        return tr("change the automation rules");
    case Permission::ViewWorkload:
        return tr("see every salesperson's workload");
    case Permission::UseSuggestions:
        return tr("use the allocation suggestions");
    }
    return {};
}

QString PermissionInfo::refusal(Role role, Permission permission)
{
    return tr("Your role (%1) may not %2.").arg(RoleInfo::displayName(role), description(permission));
}

} // namespace od
