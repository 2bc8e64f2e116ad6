#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace od {

// Every operation a service guards. docs/PERMISSIONS.md shows the same matrix as a table.
enum class Permission
{
    EditOwnOrders,       // enter, edit and submit orders where one is the salesperson
    EditAllOrders,       // the same for anyone's orders
    ReadAllOrders,       // see every order (salespeople: only when the setting allows, read-only)
    RecordConfirmation,  // record the customer's answer or return an order to draft
    OverrideCreditLimit, // send an order that takes the customer over its credit limit
    ChangeOrderStatus,   // move orders through planning, production, shipping; hold; cancel
    EditCustomers,
    EditCreditTerms, // credit limit and payment terms of a customer
    EditProducts,
    ImportData,
    ExportData,
    EditSettings,      // company details, numbering, tax
    ManageUsers,       // add users, reset passwords, disable accounts
    ViewAudit,         // the audit view over everyone's changes
    Backup,            // copy the database to a file of one's choice
    Restore,           // put a backup in place of the database (administrators only)
    PlanOrders,        // see the orders waiting for a plan, propose plans, re-plan, the capacity load
    CommitPlans,       // commit a plan: the order becomes planned with its promised date
    OverridePlanDate,  // promise a date earlier than capacity allows, with a reason
    ReportAnyProgress, // report progress on any plan step (a step's owner may always report on it)
    ManageExceptions,  // plan, hand over and close any exception (others: those they own)
    ViewReceivables,   // see invoices, payments, receivables, statements and the overdue list
    IssueInvoices,     // invoice shipped orders, deposits, credit notes, the official 发票 number
    RecordPayments,    // record, import and re-apply payments; log collection contacts
    ApproveCredit,     // release a customer's credit hold, approve a write-off
    ClosePeriods,      // close a month and change the settlement settings
    ViewDashboard,     // the business dashboard over everyone's orders (others: their own figures)
    ShipOrders,        // ship ready orders, record their delivery, print delivery notes (送货单)
    ApproveChanges,    // approve or reject customers' change requests
    ApproveOwnChanges, // approve a change request one asked for oneself
    ManageRules,       // switch the automation rules on or off and change their parameters
    ViewWorkload,      // each salesperson's open orders, their value and late orders, to assign customers
    UseSuggestions, // see the allocation suggestions (调度建议) and apply one (overtime in the calendar)
};

class PermissionInfo
{
    Q_DECLARE_TR_FUNCTIONS(Permission)

public:
    static QList<Permission> all();
    static bool allowed(Role role, Permission permission);
    static QString key(Permission permission);
    // "enter and edit your own orders" — completes "Your role may not …".
    static QString description(Permission permission);
    // "A salesperson may not change other people's orders." for the UI and the CLI.
    static QString refusal(Role role, Permission permission);
};

} // namespace od
