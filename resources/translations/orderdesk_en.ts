<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessLedger</name>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the sign-in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the sign-in attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sign-in attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the waiting audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidy the waiting audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note the finished job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the running jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name must be 1 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is not possible: the sign-in records %1 beside the database cannot be written. Check that you may write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been %2 since %3. You can look at everything meanwhile; changes can be saved once that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot take changes at the moment (%1). You can look at everything; your sign-in is recorded as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>An older OrderDesk database is still at %1; this one, %2, is used. To work with the older one, open it with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has to move to %2, but it is open in another window or program. Close it there and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the database %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was moved from %1 to %2, the folder the desktop app and orderdesk-cli share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; attach a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew beyond %2 while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of %1 has changed since it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 could not be copied to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made to the customer&apos;s specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced database kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3 (revision %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest possible delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why promised earlier than capacity allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule&apos;s reminder done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule&apos;s reminder dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule&apos;s parameters changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime added to the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomationRuleService</name>
    <message>
        <source>There is no rule &quot;%1&quot;; the rules are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the automation rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which parameter to set, e.g. %1=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no parameter &quot;%2&quot;; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OrderDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from a newer version of OrderDesk (database schema %2; this version reads up to %3). Update OrderDesk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in %1 has been altered: entry %2 is broken (%3). The file was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to restore is the database itself; choose a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the current database aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put %1 in place of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete. %1 Its entry in the audit trail is written as soon as the database takes changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another restore of this database is running. Wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of another company&apos;s database. Restoring it replaces this company&apos;s orders, customers and users with that company&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of another company&apos;s database (%2). Restoring it replaces this company&apos;s orders, customers and users with that company&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is backed up, but not every attached file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is restored, but not every attached file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingQueueRepository</name>
    <message>
        <source>read the orders to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order to invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BottleneckService</name>
    <message>
        <source>Sign in to see the bottleneck analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is %1 days long; choose at most %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSettlementWriter</name>
    <message>
        <source>A demo payment is applied to another customer&apos;s invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lines of invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the orders&apos; timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the customers&apos; balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date between 1900 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime must be more than 0 and at most %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overtime has hours: leave the hours empty for a %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>There is no work centre with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the days of the overtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its own calendar entry on %2 (%3); change that entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeEventText</name>
    <message>
        <source>cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the order with a charge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 quantity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 price %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 specification &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 asked: %2. Why: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 approved: revision %2, to be confirmed by the customer; promised %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other order(s) pushed later.</source>
        <translation>
            <numerusform>%n other order pushed later.</numerusform>
            <numerusform>%n other orders pushed later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 approved: the order is cancelled, charge %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 done: the customer confirmed revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRequestRepository</name>
    <message>
        <source>Another change request on this order is still undecided; it must be approved or rejected first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the cost of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the customer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRequestService</name>
    <message>
        <source>The change request does not exist, or it is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is no longer sold; it cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change makes the order too large to be a real amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 on order %2 is still undecided: it must be approved or rejected before another change is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 is &quot;%2&quot;, not a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 was sent by someone else just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for change %1 yourself: another manager must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 is still a draft: it must be sent for approval first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 has already been decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has changed since change %2 was asked (%3). Reject this request and ask again on the order as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is at revision %2 now; change %3 was asked on revision %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 was decided by someone else just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 cannot be planned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the change is rejected: the salesperson tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1: production already done costs %2 to scrap or rework. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change request %1 does not exist, or it is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 is &quot;%2&quot;: there is nothing to confirm with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 is &quot;%2&quot;, not waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 cancels the order: a manager decides a cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 was approved by the rule already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRules</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal place(s).</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal place.</numerusform>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;: it is not confirmed yet, so it is edited directly, without a change request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has been shipped in full: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer asks for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under %1 characters (this is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation cancels the whole order: ask for it without other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation charge cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation charge %1 is more than the order is worth (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge is agreed only for a cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the customer wants changed: a quantity, a price, a line, the date, the address, or a cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has been shipped in full: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has been shipped in part (%2): its price cannot change and it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: give its new quantity once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero; to drop the line, remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 has already been shipped; the quantity cannot go below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: give its new price once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: give its new specification once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: write the new specification as the customer gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the specification is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is removed: do not change it as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product of the added line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The added line %1 needs a quantity more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change removes every line: ask for a cancellation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested date %1 is before the order date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery address is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedPeriodRepository</name>
    <message>
        <source>read the closed months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionContactRepository</name>
    <message>
        <source>log the collection contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the collection contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for broken payment promises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionContactRules</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the customer was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note what the customer said, or the day it promised to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised payment day is before the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promised amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the customer promised to pay that amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationChannel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationService</name>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the file to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who confirmed on the customer&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the customer confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is now at revision %2; the customer&apos;s answer was about revision %3. Send the current revision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order goes back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter or document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditControl</name>
    <message>
        <source>Invoice %1 is %2 days overdue (more than %3 puts the customer on hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed %1 plus open orders %2 come to %3, over the credit limit of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days overdue before a hold must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer may buy on credit despite the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day the release holds, today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release holds for at most %1 days; release again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditControlService</name>
    <message>
        <source>The customer is on credit hold: %1 A manager can release the hold with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the debt is written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write-off cannot be dated before its invoice (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditExposureRepository</name>
    <message>
        <source>read the customer&apos;s credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s open orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditHoldRepository</name>
    <message>
        <source>read the customer&apos;s credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the customer on credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift the credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That credit hold is no longer in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the credit holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the release of the credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the credit hold releases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteCalculator</name>
    <message>
        <source>The amounts are too large for a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the invoice is credited (a return, a price correction …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is written off; a written-off invoice is not credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left of invoice %1 to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must be for more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit note (%1) is more than is left of invoice %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less earlier price allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit notes of invoice %1 do not add up (%2 credited); check the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lines and quantities to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not on invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of invoice %2 is not goods; credit an amount instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity to credit must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 to credit, but only %3 is invoiced and not yet credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has more than one tax rate; credit its lines instead of an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteRepository</name>
    <message>
        <source>save credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lines of credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the invoice&apos;s credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the credit note lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the official credit note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvCalendarImporter</name>
    <message>
        <source>date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not a kind of day; use holiday, workday or overtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work_centre: there is no work centre %1; leave it empty for the whole company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file for the whole company (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file for work centre %2 (first on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvColumnMap</name>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvCustomerImporter</name>
    <message>
        <source>Customer code %1 appears twice in the file (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFieldParser</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than %3 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hours cannot be negative (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number: a comma may only separate thousands (1,234.50); write decimals with a point (2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportReport</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n error(s) found.</source>
        <translation>
            <numerusform>Nothing imported: %n error found.</numerusform>
            <numerusform>Nothing imported: %n errors found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>%n customer would be imported; nothing was changed.</numerusform>
            <numerusform>%n customers would be imported; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Imported %n customer.</numerusform>
            <numerusform>Imported %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>%n product would be imported; nothing was changed.</numerusform>
            <numerusform>%n products would be imported; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>Imported %n product.</numerusform>
            <numerusform>Imported %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with %1 lines would be imported; nothing was changed.</source>
        <translation>
            <numerusform>%n order with %1 lines would be imported; nothing was changed.</numerusform>
            <numerusform>%n orders with %1 lines would be imported; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s) with %1 lines.</source>
        <translation>
            <numerusform>Imported %n order with %1 lines.</numerusform>
            <numerusform>Imported %n orders with %1 lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work centre(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>%n work centre would be imported; nothing was changed.</numerusform>
            <numerusform>%n work centres would be imported; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n work centre(s).</source>
        <translation>
            <numerusform>Imported %n work centre.</numerusform>
            <numerusform>Imported %n work centres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The routings of %n product(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>The routing of %n product would be imported; nothing was changed.</numerusform>
            <numerusform>The routings of %n products would be imported; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the routings of %n product(s).</source>
        <translation>
            <numerusform>Imported the routing of %n product.</numerusform>
            <numerusform>Imported the routings of %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>%n calendar day would be imported; nothing was changed.</numerusform>
            <numerusform>%n calendar days would be imported; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar day(s).</source>
        <translation>
            <numerusform>Imported %n calendar day.</numerusform>
            <numerusform>Imported %n calendar days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) would be recorded; nothing was changed.</source>
        <translation>
            <numerusform>%n payment would be recorded; nothing was changed.</numerusform>
            <numerusform>%n payments would be recorded; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n payment(s).</source>
        <translation>
            <numerusform>Recorded %n payment.</numerusform>
            <numerusform>Recorded %n payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new to record: all %n row(s) were recorded before.</source>
        <translation>
            <numerusform>Nothing new to record: the row was recorded before.</numerusform>
            <numerusform>Nothing new to record: all %n rows were recorded before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already recorded and are left out.</source>
        <translation>
            <numerusform>%n row was already recorded and is left out.</numerusform>
            <numerusform>%n rows were already recorded and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvKeyedRows</name>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvOrderImporter</name>
    <message>
        <source>Order %1 appears twice in the file (first on line %2); the rows of one order must follow each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_code: there is no customer with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from line %3 of the same order (&quot;%4&quot;); an order&apos;s header values must be the same on all its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line_no %1 appears twice in the same order (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sku is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sku: there is no product with SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit_price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount_percent must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_no: &quot;%1&quot; is not an order number: use up to 32 letters, digits, dashes, dots, slashes or underscores, beginning with a letter or digit (like SO-2026-000123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is order %2 of line %3 written in other letters: order numbers are the same whatever their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 already exists as %2: order numbers are the same whatever their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold without held_from_status: the order returns to &quot;%1&quot; when the hold ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held_from_status: &quot;%1&quot; is not a status an order can be held from; use an open status such as confirmed or in_production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held_from_status: only an order on hold has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax_percent must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvPaymentImporter</name>
    <message>
        <source>customer_code: the customer&apos;s code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_code: there is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: the date the money was received is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: the amount is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: &quot;%1&quot; is not a payment method (use bank_transfer, acceptance_bill, cash, wechat or alipay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: payment %1 of customer %2 appears twice in the file (first on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of customer %2 (%3 on %4) is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: payment %1 of customer %2 is already recorded as %3 on %4, not %5 on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice_no: there is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice_no: invoice %1 is not one of customer %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice_no: invoice %1 has nothing open; leave invoice_no empty to keep the payment as the customer&apos;s advance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvProductImporter</name>
    <message>
        <source>SKU %1 appears twice in the file (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This file is UTF-16 text (what Excel saves as &quot;Unicode Text&quot;). Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line contains a NUL byte, which no text file has: the file is damaged or is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 although the rest of the file is: the file may be damaged or pasted together from files in different encodings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8, and GB18030 (GBK) text cannot be read on this computer. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed: the &quot; that opens it has no matching &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after the closing quote of a field: a &quot; inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is UTF-32 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is neither UTF-8 nor GB18030 (GBK) text, and the file is not clean text in either encoding. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvRoutingImporter</name>
    <message>
        <source>sku is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sku: there is no product with SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work_centre: there is no work centre %1; import the work centres first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work_centre: work centre %1 is deactivated; a routing cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 appears twice in the file (first on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternatives: there is no work centre %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternatives: work centre %1 is deactivated; a routing cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWorkCentreImporter</name>
    <message>
        <source>Work centre %1 appears twice in the file (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerBalanceRepository</name>
    <message>
        <source>read the customer&apos;s balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDashboardRepository</name>
    <message>
        <source>read the customer&apos;s orders per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s open orders per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the customer&apos;s orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the customer&apos;s orders late and at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the customer&apos;s open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the customer&apos;s orders shipped per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a customer code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code may have up to 32 letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (at most 10,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit cannot be negative (0 means no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a customer with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document language must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStatement</name>
    <message>
        <source>Enter the first and last day of the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, outside the statement&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardChartRepository</name>
    <message>
        <source>recount the summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipments per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customers&apos; orders per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDocument</name>
    <message>
        <source>Business dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson: everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Month: %2 · Amounts in %3 · Generated %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Against last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n open order</numerusform>
            <numerusform>%n open orders</numerusform>
        </translation>
    </message>
    <message>
        <source>On time (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shipped with a promise</source>
        <translation>
            <numerusform>%1 of %n shipped with a promise</numerusform>
            <numerusform>%1 of %n shipped with a promise</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) past the promise</source>
        <translation>
            <numerusform>%n order past the promise</numerusform>
            <numerusform>%n orders past the promise</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days sales outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order intake by month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n order(s)</source>
        <translation>
            <numerusform>%1 · %n order</numerusform>
            <numerusform>%1 · %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>No open orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables ageing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables are shown to finance and managers for the whole company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Work-centre load, next %n week(s)</source>
        <translation>
            <numerusform>Work-centre load, next %n week</numerusform>
            <numerusform>Work-centre load, next %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>No work centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-centre load is not shown to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours against capacity; the line is 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders behind their promise (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in other currencies are counted but not in the values.</source>
        <translation>
            <numerusform>%n order in other currencies are counted but not in the values.</numerusform>
            <numerusform>%n orders in other currencies are counted but not in the values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery by month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order with a promised date shipped in these 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowed to one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by overdue amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by value, 12 months (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>read the orders per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the open orders per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recount the orders per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recount the shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the orders late and at risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The orders&apos; value is too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned hours are too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OrderDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer OrderDesk (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of OrderDesk is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: OrderDesk may read it but not change it. Ask whoever looks after this computer to let you write the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not an OrderDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an OrderDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older OrderDesk; open it once with permission to write, so that it can be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been %2 since %3; the database takes other changes again when that has finished. Try again then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is still open in another window or program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheckService</name>
    <message>
        <source>… and more problems of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking references between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing record in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking order totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: subtotal %2 but its lines add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: total %2 is not subtotal %3 + tax %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: says %2 lines but has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking order statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has a status this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be found by search (no search-index row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index has a row (%1) for an order that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the planned load of the work centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work centre %1 on %2: the committed plans add up to %3 hours, the planned load says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that every payment is applied or an advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments add up to %1, but %2 is applied to invoices and %3 is held as advances: %4 is unaccounted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking invoices, credit notes and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: subtotal %2 but its lines add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: tax %2 but its lines give %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: says %2 credited but its credit notes add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: says %2 written off but its write-offs add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: says %2 paid but the payments applied to it add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1: subtotal %2 but its lines add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of customer %2: says %3 applied but its applications add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of customer %2: %3 more taken back from invoice %4 than it applied there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking customer balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1: the balance kept (invoiced %2, credited %3, written off %4, paid %5, applied %6) is not what its documents add up to (%7, %8, %9, %10, %11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking order settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has a settlement state this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 says &quot;%2&quot; but its invoices and payments make it &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the dashboard&apos;s order summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of %1, status %2, salesperson #%3, %4: the summary says %5 orders worth %6, the orders themselves are %7 worth %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the day it shipped in the dashboard&apos;s summary is not the day its timeline records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is on the wrong side of the Invoicing list: what is left to invoice of it says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stage durations of the bottleneck analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 left on %2 after %3 hours: the summary counts %4 times, the recorded stage durations %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 on %2: %3 stage durations are kept, the timeline and step dates give %4 (or other hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders shipped in %1: the on-time summary differs from a count of the shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of %1: the customers&apos; summary differs from a count of the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the summaries of the on-time delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the on-time report&apos;s summary does not count it as its status, shipments and review give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3: the on-time report&apos;s summary counts %4 orders delivered, a recount %5 (or other figures).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>Generating the demo company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo orders: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateAcceptanceService</name>
    <message>
        <source>%1 is promised for %2, later than the %3 the customer asked for: record that the customer accepted the new date before production starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who on the customer&apos;s side accepted the new date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of who accepted is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cannot have accepted the date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later date is accepted for a planned order; %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no committed plan whose date the customer could accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is promised for %2, not later than the customer asked: there is no new date to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer already accepted delivery on %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBulkWriter</name>
    <message>
        <source>read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the database settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the database for loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the order&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no order lines or search index table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the work centre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the routing step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the dashboard&apos;s summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure the stages of the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the stages of the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of demo orders must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has customers or orders. Demo data only goes into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo password could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSettlement</name>
    <message>
        <source>The demo invoice of order %1 does not come to the order&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo order %1 was written with another settlement state than its invoice gives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussionService</name>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment may be at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 files may be attached to one comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not see order %2, which belongs to another salesperson: mention the manager or a department instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentNumberAllocator</name>
    <message>
        <source>number the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the change request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubtfulReceivablesRepository</name>
    <message>
        <source>list the doubtful receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add up the doubtful receivables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionEventText</name>
    <message>
        <source>Exception %1 raised (%2, %3 severity), owner %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response plan for exception %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer told about exception %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 told about exception %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 handed over to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 closed, cost %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionKind</name>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics delay or damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionRepository</name>
    <message>
        <source>record the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the response plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand the exception over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionRules</name>
    <message>
        <source>Keep it under %1 characters (this is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who owns the exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the response plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception is closed with its resolution: say how it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionService</name>
    <message>
        <source>The owner must be a user who can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception does not exist, or it is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 was closed on %2; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who owns exception %2, or a manager may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 was closed by someone else just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception %1 does not exist, or it is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionSeverity</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishedLineRepository</name>
    <message>
        <source>read what production has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what has been shipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceCalculator</name>
    <message>
        <source>The amounts are too large to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of order %2: what is left to invoice (%3) does not agree with its amount on the order (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one order to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 belongs to another customer; one invoice is for one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is in %2, the others in %3; one invoice is in one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quantity to invoice cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to invoice, but only %3 of it is not invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to invoice, but only %3 is shipped and not invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less deposit invoiced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing shipped and not yet invoiced to put on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice would be for less than nothing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit is more than 0% and at most 100% of the order (not %1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 already has a deposit invoice, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already invoiced in part; a deposit is invoiced before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of order %2 comes to nothing; there is no deposit to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit of %1% on order %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceKind</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceListRepository</name>
    <message>
        <source>read the invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>save invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lines of invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the official invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the customer&apos;s invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders of the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders of the invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceSourceRepository</name>
    <message>
        <source>read the order to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what is invoiced of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order&apos;s deposit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicingService</name>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: a deposit is invoiced between its confirmation and its shipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: only what is shipped is invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 发票 number as the tax system printed it (up to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the 发票.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 发票 cannot be dated before the invoice (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonRepository</name>
    <message>
        <source>save the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lesson&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lesson&apos;s products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons&apos; customers and products cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonService</name>
    <message>
        <source>Sign in to write a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the lesson first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson may be at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the customer or the product the lesson is about, so that intake can show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTables</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest overdue due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog (open orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing with a promise shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days sales outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-centre load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer first: the payments listed are one customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (early warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk (early warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionParser</name>
    <message>
        <source>@%1 is neither a user nor a department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 exists twice (%2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing (the next is %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkRepository</name>
    <message>
        <source>list the steps you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list your customers&apos; overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the orders behind their promised date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkService</name>
    <message>
        <source>%1 has not confirmed revision %2, sent on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 (%2) needs a response plan: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1 (%2) is open: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for %2 but the plan promises %3: record whether the customer accepts the later date before production starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1 for %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 for %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 (%2 %3): shipped and not invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 owes %2 on invoice %3, due %4: %n day(s) overdue.</source>
        <translation>
            <numerusform>%1 owes %2 on invoice %3, due %4: %n day overdue.</numerusform>
            <numerusform>%1 owes %2 on invoice %3, due %4: %n days overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 promised to pay by %2 and has paid %3 since: call again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s order was promised for %2 and is not ready: late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s order is planned to finish on %2, after the promised %3: at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s order has a step behind plan since %2: at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ship the rest to %1: %n shipment(s) left already.</source>
        <translation>
            <numerusform>Ship the rest to %1: %n shipment left already.</numerusform>
            <numerusform>Ship the rest to %1: %n shipments left already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship to %1: ready since production finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote to you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 asked by %2 waits for your approval: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 was rejected by %2: %3. Tell %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 (%2): %3 Next: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the finished lines of %1 now (line %2) to %3; the rest follows, forecast on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the finished lines of %1 now (line %2) to %3; the rest follows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnTimeGrouping</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnTimeReportService</name>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnTimeRepository</name>
    <message>
        <source>read the on-time figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the delivered orders again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderAccess</name>
    <message>
        <source>This order belongs to another salesperson.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderChange</name>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCommentRepository</name>
    <message>
        <source>save the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the comment&apos;s mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the comment&apos;s attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order&apos;s discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the mentions waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEventText</name>
    <message numerus="yes">
        <source>Order entered with %n line(s), total %1.</source>
        <translation>
            <numerusform>Order entered with %n line, total %1.</numerusform>
            <numerusform>Order entered with %n lines, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by %1 (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the customer for confirmation (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after it was sent: revision %1 starts and must be confirmed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edited: %n line(s), total %1.</source>
        <translation>
            <numerusform>Edited: %n line, total %1.</numerusform>
            <numerusform>Edited: %n lines, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned to draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 with status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 starts: %2. It must be confirmed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan committed: delivery promised for %1 (earliest possible %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier than capacity allows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done on %2 (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer accepted delivery on %1 instead of the %2 asked for: %3 (%4), %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to start on %2 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed: %1; earliest completion now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later date accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 issued: settlement %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued: settlement %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 received: settlement %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 re-applied: settlement %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments imported from %1: settlement %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 written off: settlement %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 left on %2 with %3 (line=quantity: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 left on %2 with %3, tracking number %4 (line=quantity: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 delivered on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: the cause was %1. The lesson was added to the lessons learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: the cause was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderFiguresRepository</name>
    <message>
        <source>read the largest quantities ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the largest order totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderIntakeService</name>
    <message>
        <source>This order takes the customer over its credit limit: a manager must send it. Save it as a draft and ask your manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2 and can no longer be edited here; changes to it go through a change request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 revision %2 is already waiting for the customer&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderQueryService</name>
    <message>
        <source>The order does not exist, or it is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>read the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was changed by %1 at %2 — reload it to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the order&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the earlier revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order&apos;s revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order&apos;s confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the promised date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSettlementRepository</name>
    <message>
        <source>read the order&apos;s invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what is invoiced of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order&apos;s settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s settlement state &quot;%1&quot; is not one this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the order&apos;s settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatusMachine</name>
    <message>
        <source>An order that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s confirmation of the current revision must be recorded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order becomes planned when its plan is committed in Planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised date is later than the customer asked for: record that the customer accepted it before production starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order becomes shipped when all its goods have left in shipments (Shipments page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the customer&apos;s receipt of every shipment first (Shipments page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the order has left in shipments already: it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatusService</name>
    <message>
        <source>Record the customer&apos;s confirmation to confirm an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the order from the intake form to send it for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order does not exist, or it is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the order to draft from the confirmation page, with the customer&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order becomes shipped when its shipments carry every quantity, and delivered when the customer signed for each of them: record them on the Shipments page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderValidator</name>
    <message>
        <source>Line %1: quantity × unit price is too large to be a real amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total is too large to be a real amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer this order is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order date must be within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the delivery date the customer asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested delivery date must be within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested delivery date is before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: product %2 is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is made to order — write down the customer&apos;s specification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the requested date must be within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the requested date is before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 days to make: the earliest realistic delivery is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders of %1 would reach %2, above its credit limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is far more than any order of %3 so far (at most %4). Check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total %1 is far beyond the largest order of %2 so far (%3). Check the quantities and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total %1 is far beyond the largest order so far (%2). Check the quantities and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the description is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery address is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database OrderDesk is working on, or a file that belongs to it; writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OrderDesk database; it is not overwritten. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the OrderDesk database %2; it is not overwritten. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 private to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentAllocator</name>
    <message>
        <source>One of the chosen invoices is not an open invoice of this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount for invoice %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has only %2 open, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is to be applied, but the payment has only %2 to apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentApplicationRepository</name>
    <message>
        <source>apply the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read where the payment is applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Payment %1 of this customer is already recorded (%2, %3 on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up recorded payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the customer&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s advances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRules</name>
    <message>
        <source>Choose the customer who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the money was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bank reference (or the bill or receipt number): it keeps the payment from being recorded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the maturity date of the acceptance bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill matures on %1, before it was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an acceptance bill has a maturity date; %1 does not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>Payment %1 of this customer is already recorded (%2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer; a payment pays only its own customer&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open; leave it out to keep the money as the customer&apos;s advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be re-applied before its own date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment pays only its own customer&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodLock</name>
    <message>
        <source>%1 falls in %2, a closed month: nothing dated in it can be created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not ended yet; a month is closed after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>enter and edit orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change other people&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see every salesperson&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record customers&apos; confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send an order over the customer&apos;s credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move orders through production and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change credit limits and payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or edit products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the company settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan, hand over or close other people&apos;s exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan orders or view the capacity load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit plans and promise delivery dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise a date the capacity does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report progress on other people&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see invoices, payments and receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue invoices or credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release a credit hold or approve a write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a month or change the settlement settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the business dashboard of the whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship orders, record deliveries or print delivery notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a change request you asked for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the automation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see every salesperson&apos;s workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the allocation suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningContext</name>
    <message>
        <source>Line %1: its product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quantity above zero is needed to plan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningService</name>
    <message>
        <source>Only a confirmed order can be planned; %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot be moved to a day in the past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised date cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity allows delivery on %1 at the earliest; only a manager may promise %2, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is earlier than the capacity allows (%2): say why it is promised anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line to see the earliest possible delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must be on or after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most %1 days at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no work centre with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another owner or a later start for the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plan of a planned order or one in production can be changed; %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no committed plan to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 has steps 1 to %2; there is no step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen owner is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping follows the last step; move that step instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) has started; only a step not started yet can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is planned to start on %2; to move it later choose a day after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving step %1 to %2 makes the earliest delivery %3, after the promised %4: move the promise too, or choose an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 already has that owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a step on a work centre can move to another centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an alternative work centre of step %2 (%3); add it to the routing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving step %1 to %2 makes the earliest delivery %3, after the promised %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU may have up to 40 letters, digits, dots, slashes, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead time must be between 0 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a product with SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <source>%1 has no committed plan to report progress on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is reported on planned orders and orders in production; %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 has steps 1 to %2; there is no step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person responsible for step %1 (%2) or a manager may report its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping is recorded when the goods leave, not as progress of a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) was started on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) is planned for %3; %4 are done, so at most %5 more can be reported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionReportService</name>
    <message>
        <source>Give the day to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue must be between 0 and 3650, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivablesAgeing</name>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivablesRepository</name>
    <message>
        <source>add up the receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add up the sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivablesService</name>
    <message>
        <source>Enter the day of the receivables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement runs from a day to the same day or a later one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCause</name>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to review an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the lesson to add it to the lessons learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was reviewed already by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 asks for no review: it is not delivered yet, or it was delivered on time without an exception.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionComparison</name>
    <message>
        <source>Line %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, discount %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReason</name>
    <message>
        <source>step %1 of line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on work centre %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due on %1 and not shipped: %n day(s) late.</source>
        <translation>
            <numerusform>Due on %1 and not shipped: %n day late.</numerusform>
            <numerusform>Due on %1 and not shipped: %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The remaining steps finish on %1, %n day(s) after the due date; the delay comes from %2.</source>
        <translation>
            <numerusform>The remaining steps finish on %1, %n day after the due date; the delay comes from %2.</numerusform>
            <numerusform>The remaining steps finish on %1, %n days after the due date; the delay comes from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 should have finished on %2: %n day(s) overdue.</source>
        <translation>
            <numerusform>%1 should have finished on %2: %n day overdue.</numerusform>
            <numerusform>%1 should have finished on %2: %n days overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, in %n day(s), with no plan and not ready to ship.</source>
        <translation>
            <numerusform>Due on %1, in %n day, with no plan and not ready to ship.</numerusform>
            <numerusform>Due on %1, in %n days, with no plan and not ready to ship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the customer on %1 and not confirmed for %n day(s).</source>
        <translation>
            <numerusform>Sent to the customer on %1 and not confirmed for %n day.</numerusform>
            <numerusform>Sent to the customer on %1 and not confirmed for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready but not shipped: it had to leave by %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Ready but not shipped: it had to leave by %1, %n day ago.</numerusform>
            <numerusform>Ready but not shipped: it had to leave by %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception %1 of high severity is open since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add overtime on work centre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the shipment: ship the finished lines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase the customer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the shipment today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase %1 with its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipped on %1 and not signed for after %n day(s).</source>
        <translation>
            <numerusform>Shipped on %1 and not signed for after %n day.</numerusform>
            <numerusform>Shipped on %1 and not signed for after %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the carrier where the goods are and tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>read the open orders for the early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the committed plans for the early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the open exceptions for the early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the stored risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store an order&apos;s risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an order&apos;s risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the orders at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read when you last looked at the early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember when you looked at the early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipments in transit for the early warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>The at-risk margin must be between 0 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days a confirmation may be pending must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The early warning could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The early warning&apos;s recompute was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the early warning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days a shipment may be in transit must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics clerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 appears twice in the routing of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2 (%3): quantity %4 needs more hours than any plan can hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingRepository</name>
    <message>
        <source>There is no work centre %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>The step number must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the step&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchased-material step has no work centre and no hours; give the work centre that does this work, or leave the hours empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the work centre of this step, or the purchase lead time in days if the material is bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step on a work centre has no purchase lead time; put the purchased material in a step of its own without a work centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step takes no time on work centre %1: give its setup hours or run hours per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchased-material step has no work centre to replace; leave its alternative work centres empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the step&apos;s own work centre; an alternative must be another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternative work centre %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <source>Remind about unconfirmed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small changes skip approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell finance when an order ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit hold when overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-analysis of late deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds the salesperson in My work when a customer has not confirmed an order sent more than the given number of days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves a change request without a manager when it changes the order&apos;s total by less than the amount, pushes no other order later and the customer is in good standing (no credit hold, nothing overdue); managers see each one in My work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells finance in My work when an order has shipped, until it is invoiced or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a customer on credit hold when an invoice is overdue by more than the given number of days, and tells the managers, who may release it; the same setting as in finance&apos;s credit rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the salesperson in My work for the post-analysis (事后分析) of an order delivered late or with an exception, until it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of days from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount from %1 to %2 with at most two decimals, e.g. 500.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>%1&apos;s order shipped in full (%2 %3): invoice it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delivered on %1, %n day(s) after the date promised</source>
        <translation>
            <numerusform>delivered on %1, %n day after the date promised</numerusform>
            <numerusform>delivered on %1, %n days after the date promised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivered on %1 after %n exception(s)</source>
        <translation>
            <numerusform>delivered on %1 after %n exception</numerusform>
            <numerusform>delivered on %1 after %n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not confirmed revision %2, sent on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to run the automation rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the automation rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFiringRepository</name>
    <message>
        <source>record the rule&apos;s firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the rule&apos;s firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rules&apos; firings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the credit holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipped orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFiringService</name>
    <message>
        <source>Reminder: %1 has not confirmed revision %2, sent on %3: call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: the order shipped on %2 and is not invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the post-analysis (事后分析) of %1&apos;s order, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 on %2&apos;s order was approved by the rule &quot;%3&quot; on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on credit hold since %2: %3 Release it with a reason, or chase the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reminder does not exist, or it is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reminder was closed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleRepository</name>
    <message>
        <source>read the automation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the automation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read how often the rules fired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>This order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be planned within a year (by %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned load was read for another period than the plan; plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no lines to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company calendar has no working day between %1 and %2: add the working weekdays or working days before planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, step %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not to start before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: hours and days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: there is no work centre %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: work centre %3 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: work centre %3 has no working hours between %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work centre %1 does not work on any day left for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 hours on work centre %3, and only %4 of them are free before the end of that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 calendar days from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the wait of %n day(s) after %1 runs past that date.</source>
        <translation>
            <numerusform>the wait of %n day after %1 runs past that date.</numerusform>
            <numerusform>the wait of %n days after %1 runs past that date.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no room for shipping after the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The order number prefix must be 1 to 8 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementBatchRepository</name>
    <message>
        <source>read the customers&apos; open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementCheckRepository</name>
    <message>
        <source>add up payments, applications and advances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the payment applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the customer balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the order settlement states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the list of orders to invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementLedger</name>
    <message>
        <source>That payment is not one of this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That invoice is not one of this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note of %1 does not fit invoice %2 (%3 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open on invoice %1, so there is nothing to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 has a negative amount (%2) on invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 says %2 applied but its applications add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 has %3 applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 says %2 applied but its applications add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 has %3 credited, %4 written off and %5 applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of %1 are not the %2 applied plus the %3 of advances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementLedgerRepository</name>
    <message>
        <source>The payment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementSettingsService</name>
    <message>
        <source>The invoice prefix must be 1 to 8 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note prefix must be 1 to 8 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementStatus</name>
    <message>
        <source>Not invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementStatusMachine</name>
    <message>
        <source>The settlement of an order that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>record the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the shipment&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipment&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order&apos;s shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what is left to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what has been shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipment was delivered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the orders ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the shipments in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipments&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentRules</name>
    <message>
        <source>Enter the carrier (物流公司), or your own truck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ship date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: ship more than zero, or leave the line out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 to ship, but only %3 of %4 ordered is left to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of who signed is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s reference is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentService</name>
    <message>
        <source>The order does not exist, or it is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ship date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: record what has happened, on the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see only your own orders: ask for the shipments of one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shipment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;: only an order ready to ship can leave; production reports it ready when its last step is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 was delivered on %2 already (signed by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 left on %2: it cannot have arrived on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of line %2 is finished and %3 has left already: %4 is still in production, at most %5 more can leave now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of line %2 is finished: %3 is still in production, at most %1 can leave now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmallChangeApproval</name>
    <message>
        <source>Change %1 waits for a manager: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cancels the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changes the total by %1, not less than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it pushes %n other order(s) later.</source>
        <translation>
            <numerusform>it pushes %n other order later.</numerusform>
            <numerusform>it pushes %n other orders later.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on credit hold since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has invoice %2 overdue by %n day(s).</source>
        <translation>
            <numerusform>%1 has invoice %2 overdue by %n day.</numerusform>
            <numerusform>%1 has invoice %2 overdue by %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be over its credit limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the rule &quot;%1&quot;: the total changes by %2, less than %3, no other order moves, and %4 has no credit hold and nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitShipmentService</name>
    <message>
        <source>The suggestion %1 is out of date: the order&apos;s progress, its shipments or its forecast changed since it was shown, or logistics has the task already. Look at the suggestions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ship the finished lines %1 of %2 now (%3 of %n line(s))</source>
        <translation>
            <numerusform>Ship the finished lines %1 of %2 now (%3 of %n line)</numerusform>
            <numerusform>Ship the finished lines %1 of %2 now (%3 of %n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the rest forecast on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the rest cannot be planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 reach %4 by the promised %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 reach %4 on %5 (promised %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split shipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitShipmentTaskRepository</name>
    <message>
        <source>record the shipping task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the shipping task&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the shipping tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipping tasks&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the shipping tasks done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageSpanRepository</name>
    <message>
        <source>read the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read how long orders spent in each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recount the stage durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure the stages again from the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>work centre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between re-confirmations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementRepository</name>
    <message>
        <source>add up the customer&apos;s statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>The suggestion %1 is out of date: the load, the calendar or the orders changed since it was shown. Look at the suggestions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h overtime on %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h overtime a day on %2, %3 days from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no late order back on its promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 days late taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 other orders would become late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step %1 (%2) of %3, line %4, from %5 (%6) to %7 (%8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>The orders add up to more than OrderDesk can count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExportService</name>
    <message>
        <source>Export to a file ending in .xlsx (Excel) or .csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>This text contains a broken character (half of an emoji or of a rare character), probably from a damaged paste. Delete it and type or paste the text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains a control character (an invisible character such as an escape sequence or a text-direction override), probably from a damaged file or a paste. Remove it and enter the text again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserHistoryCheck</name>
    <message>
        <source>%1 has been altered behind OrderDesk&apos;s back: %2. The file was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a user %1 whose addition its audit trail never recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 has %2 &quot;%3&quot; in it, but its audit trail records &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of user %1 was changed in it without being recorded in its audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit trail records a user %1 that is missing from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkCentre</name>
    <message>
        <source>Enter the work centre&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work centre code may have up to 32 letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the work centre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work centre with no hours per shift has no capacity: enter the hours of one shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work centre with no shifts has no capacity: enter at least 1 shift (deactivate the centre instead if it no longer works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shifts of %2 hours are more than the 24 hours of a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of parallel units (machines or people) must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The efficiency must be more than 0% and at most %1%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkItemKind</name>
    <message>
        <source>Confirmation to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later date to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order behind promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer to call about a delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change approved by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer on credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-analysis to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished lines to ship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadRepository</name>
    <message>
        <source>count each salesperson&apos;s open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count each salesperson&apos;s late orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteOffRepository</name>
    <message>
        <source>write off the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s write-offs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>A sheet needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; may not contain any of : \ / ? * [ ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; may not start or end with an apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel keeps the sheet name &quot;History&quot; for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook already has a sheet named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows; export fewer rows, for example a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written (disk full, or larger than 4 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 holds %3 characters; an Excel cell holds at most %4. Export it as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OrderDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::AuditView</name>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SO-2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that no audit entry was changed, inserted or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filters to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1 (%2 entries checked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::AwaitingConfirmationModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n day(s): call the customer.</source>
        <translation>
            <numerusform>Waiting for %n day: call the customer.</numerusform>
            <numerusform>Waiting for %n days: call the customer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::BackgroundTask</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::BottlenecksView</name>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (median before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a stage to see the orders behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time without work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottlenecks from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stage durations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that left a stage from %1 to %2, against %3 to %4. Measured from the recorded timeline and step dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Before: %n order(s), median %1 days, 90th percentile %2 days.</source>
        <translation>
            <numerusform>Before: %n order, median %1 days, 90th percentile %2 days.</numerusform>
            <numerusform>Before: %n orders, median %1 days, 90th percentile %2 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>no data before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-confirmations: %n time(s) an order already confirmed was confirmed again</source>
        <translation>
            <numerusform>Re-confirmations: %n time an order already confirmed was confirmed again</numerusform>
            <numerusform>Re-confirmations: %n times an order already confirmed was confirmed again</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 per order confirmed for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; median %1 days between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change requests: %n request(s)</source>
        <translation>
            <numerusform>Change requests: %n request</numerusform>
            <numerusform>Change requests: %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n order(s)</source>
        <translation>
            <numerusform> on %n order</numerusform>
            <numerusform> on %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-offs: no hand-over between people or work centres was recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (90%: %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-offs that wait longest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CapacityView</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum by &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours planned / hours available. Red: more planned than available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first day to show, e.g. 2026-07-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work centre(s); %1</source>
        <translation>
            <numerusform>%n work centre; %1</numerusform>
            <numerusform>%n work centres; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overloaded week(s)</source>
        <translation>
            <numerusform>%n overloaded week</numerusform>
            <numerusform>%n overloaded weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overloaded day(s)</source>
        <translation>
            <numerusform>%n overloaded day</numerusform>
            <numerusform>%n overloaded days</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ChangeConfirmationDocument</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Change Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, revision %2 replaces revision %3. Change %4, asked on %5 by %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation charge agreed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total in words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (signature and stamp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier (signature and stamp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Change Confirmation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ChangesPanel</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for a change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap or rework co&amp;st…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the change confirmation as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1 on %2 (%3%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt; %1 → %2, difference %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Earliest delivery&lt;/b&gt; %1 → %2; %n other order(s) pushed later.</source>
        <translation>
            <numerusform>&lt;b&gt;Earliest delivery&lt;/b&gt; %1 → %2; %n other order pushed later.</numerusform>
            <numerusform>&lt;b&gt;Earliest delivery&lt;/b&gt; %1 → %2; %n other orders pushed later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer goes over its credit limit with this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production already done costs %1 to scrap or rework. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of scrapping or reworking what is already made, then what it is, e.g.
1250.00 5 bodies machined to the old drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it rejected? The salesperson tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change confirmation P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ChangesView</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lesperson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s)</source>
        <translation>
            <numerusform>%n change request</numerusform>
            <numerusform>%n change requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CloseMonthDialog</name>
    <message>
        <source>Close a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a month is closed, nothing dated in it can be created or changed: no invoice, credit note, payment or write-off. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CollectionContactDialog</name>
    <message>
        <source>Collection contact with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 财务 刘经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, e.g. the payment is waiting for the boss&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 50000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spoke with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promised to pay on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised &amp;amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it like 2026-12-15, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: more than zero, at most 2 decimals, e.g. 565.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ConfirmationDocument</name>
    <message>
        <source>Tel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We confirm your order as follows. Please check every item; if all is correct, sign or stamp this confirmation and return it to us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words (RMB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature / company stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised signature / company stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Order Confirmation %2, revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Confirmation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ConfirmationView</name>
    <message>
        <source>Export confirmation as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by order number, customer or salesperson (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order to see its confirmation document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is waiting for a customer&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for the customer&apos;s confirmation.</source>
        <translation>
            <numerusform>%n order waiting for the customer&apos;s confirmation.</numerusform>
            <numerusform>%n orders waiting for the customer&apos;s confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation of %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back in draft; change it in the order intake and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CreditNoteDialog</name>
    <message>
        <source>Credit note (红字) against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 %3: total %4, already credited %5, paid %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All that is left (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1130.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return, a price correction …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the credit note, e.g. 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of it, the amount below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount incl. tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: more than zero, at most 2 decimals, e.g. 565.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned &amp;goods: the quantities below, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned &amp;quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity (at most 3 decimals, e.g. 2 or 1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity returned on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CsvImportDialog</name>
    <message>
        <source>Columns: code, name, contact, phone, email, address, credit_limit, payment_terms_days, notes. UTF-8 or GB18030; the first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: sku, name, spec, unit, unit_price, lead_time_days, requires_spec. UTF-8 or GB18030; the first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per order line; lines of the same order are grouped by its reference. UTF-8 or GB18030; the first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data rows, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) — fix them in the file and choose it again:</source>
        <translation>
            <numerusform>%n error — fix it in the file and choose it again:</numerusform>
            <numerusform>%n errors — fix them in the file and choose it again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: code, name, department, hours_per_shift, shifts, units, efficiency_percent. UTF-8 or GB18030; the first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: sku, step_no, name, work_centre, setup_hours, run_hours_per_unit, wait_days, purchase_lead_days; one line per step. UTF-8 or GB18030; the first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: date, kind (holiday, workday or overtime), work_centre (empty for the whole company), hours. UTF-8 or GB18030; the first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import work centres from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routings from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar days from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: customer_code, date, amount, reference, then optionally method, note, invoice_no, bill_maturity. UTF-8 or GB18030; the first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import payments from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) — the file is imported as said here:</source>
        <translation>
            <numerusform>%n note — the file is imported as said here:</numerusform>
            <numerusform>%n notes — the file is imported as said here:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who orders and confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or 0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be chosen on new orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;limit (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: use digits and at most 2 decimals, e.g. 50000 or 12500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the order confirmations this customer receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment te&amp;rms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CustomerListModel</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name, contact, phone… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 customers — type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::DailyBackup</name>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::DashboardView</name>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order intake by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-centre load, next 8 weeks (% of capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Values in %1; %n order(s) in other currencies are counted but not valued.</source>
        <translation>
            <numerusform>Values in %1; %n order in another currency is counted but not valued.</numerusform>
            <numerusform>Values in %1; %n orders in other currencies are counted but not valued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values in %1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order intake, %1
%2 · %3 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders dated in the month that the customer confirmed and that were not cancelled. Opens them in the Orders list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog (open orders)
%1 · %2 orders
confirmed up to ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the open orders in the Orders list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery, 90 days
%1
%2 of %3 shipped with a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery, 90 days
no data yet
no order with a promised date shipped from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exceptions
%1
not closed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Exceptions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue receivables
%1 of %2 outstanding
DSO %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no credit sales in 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Receivables page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue receivables
—
kept for the whole company, not per salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue receivables
—
for finance and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders taken in the 12 months to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open orders: nothing is confirmed, planned, in production or ready to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables are kept for the whole company, not per salesperson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables are shown to finance and management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receivables yet: no invoice is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity load is shown to those who plan orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committed plan puts work on a work centre in the next 8 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order intake, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog (open orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders first shipped from %1 to %2 on or before the promised date in force when they shipped; orders shipped without a promise (%3) are left out. Opens those shipped late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 orders, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures and charts shown, on one A4 landscape page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bottlenecks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long orders spend in each stage, and where they wait longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late
%1 orders · %2
past the promise or still in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders the early warning calls late: the promised date has passed and the customer does not have the goods. Opens them in the Orders list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk
%1 orders · %2
about to slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders the early warning calls at risk — a plan finishing after the promise, a step overdue, a confirmation or a shipment waiting too long, a serious exception. Opens them in the Orders list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order with a promised date shipped in the 12 months to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on time, %3 of %4 shipped with a promise; click for those shipped late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing with a promised date shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are narrowed to one customer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 orders, %4; click for the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 overdue; click for the customer&apos;s receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped late, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order intake of %1, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery by month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by order value, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On-time delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the orders delivered, how many on time, per customer, product, salesperson, work centre or cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type it as 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::DeliveryNoteDocument</name>
    <message>
        <source>Delivery Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note no.: %1    Order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier: %1    Tracking no.: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received in good order and in the quantities above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign, date and return one copy to the driver or to %1, quoting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::DepositInvoiceDialog</name>
    <message>
        <source>Deposit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmed order&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share of the order (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue deposit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of the confirmed order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share is a percentage above 0 and up to 100, e.g. 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice date, e.g. 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::DiscussionPanel</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write on this order. @王芳 or @物流 lets a colleague or a department know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fi&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written on this order yet. Questions, answers and files about it belong here, where everyone who works on it can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment cannot be copied to %1 to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ExceptionStepDialog</name>
    <message>
        <source>Response plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer informed about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount such as 1250.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ExceptionsPanel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer informed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a le&amp;sson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what this closed exception taught, for the next order of this customer or product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han&amp;d over…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ExceptionsView</name>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s)</source>
        <translation>
            <numerusform>%n open exception</numerusform>
            <numerusform>%n open exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n exception</numerusform>
            <numerusform>%n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Open onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev&amp;erity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::FirstRunDialog</name>
    <message>
        <source>Welcome to OrderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new: %1
How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;my company (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a &amp;demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You become the administrator. Customers, products and colleagues can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valve and pump maker with its staff, customers, catalogue and a year of orders in every stage, to try OrderDesk out. Use a separate database for real work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name as it should appear on orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating orders: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::GanttChart</name>
    <message>
        <source>Plan chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an order to see its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. L%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::IntakeView</name>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order as a draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send this revision to the customer for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, so it opens read-only. Changes to it go through a change request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was sent to the customer. Saving a change will start revision %2, and the customer must confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · revision %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the order for confirmation anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as revision %2 — the customer must confirm it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 is waiting for the customer&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n problem(s) to fix</source>
        <translation>
            <numerusform> · %n problem to fix</numerusform>
            <numerusform> · %n problems to fix</numerusform>
        </translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 need a look too.</source>
        <translation>
            <numerusform>Line %1 needs a look too.</numerusform>
            <numerusform>Lines %1 need a look too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lessons learnt about this customer or product:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::InvoiceDocument</name>
    <message>
        <source>Tax ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice no.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date: %1    Due date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official 发票: not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official 发票: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes against this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pay by the due date, quoting the invoice number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::InvoicingView</name>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shipped, not yet invoiced (oldest first; select several orders of one customer for one invoice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invoice for everything not yet invoiced of the selected orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice shipped p&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invoice for what is shipped and not yet invoiced of the selected orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposi&amp;t invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit on a confirmed order, deducted from its later invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票 no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票 &amp;number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the official 发票 number and date once the tax system has issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit note (红字)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invoice bills one customer: select orders of the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice date, e.g. 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 issued for %2: total %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票 number of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to invoice</source>
        <translation>
            <numerusform>%n order to invoice</numerusform>
            <numerusform>%n orders to invoice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) listed</source>
        <translation>
            <numerusform>%n invoice listed</numerusform>
            <numerusform>%n invoices listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::LessonDialog</name>
    <message>
        <source>Lesson learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::LessonsView</name>
    <message>
        <source>Find a lesson by its text, a customer or a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnt on order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 该客户要求随货附材质证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer codes, e.g. C001, C017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product SKUs, e.g. D71X-16-DN300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson added; intake shows it when its customer or product is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ListExportButton</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows of the current filter to Excel or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message>
        <source>Unsaved order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order in the intake form has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them as a draft before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OrderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when OrderDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OrderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrderDesk %1&lt;/h3&gt;&lt;p&gt;Order management for made-to-order manufacturers: intake, confirmation, tracking and settlement.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrderDesk backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?

Everyone&apos;s changes since that backup will be gone from the database (the current file is kept beside it). OrderDesk closes afterwards; start it again to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be restored: %1

OrderDesk will now close; start it again to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrderDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user / sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of another company (%2), not of this one.

Restoring it replaces this company&apos;s orders, customers and users with that company&apos;s. Restore it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Since you last looked, %n order(s) became at risk or late</source>
        <translation>
            <numerusform>Since you last looked, %n order became at risk or late</numerusform>
            <numerusform>Since you last looked, %n orders became at risk or late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n late)</source>
        <translation>
            <numerusform> (%n late)</numerusform>
            <numerusform> (%n late)</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored. The replaced database was kept as %1.

%2OrderDesk will now close; start it again to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ManagerDecisionDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date, e.g. 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::MyWorkView</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go where this work is done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, %1 overdue.</source>
        <translation>
            <numerusform>%n thing to do, %1 overdue.</numerusform>
            <numerusform>%n things to do, %1 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, none overdue.</source>
        <translation>
            <numerusform>%n thing to do, none overdue.</numerusform>
            <numerusform>%n things to do, none overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n thing to do</numerusform>
            <numerusform>%n things to do</numerusform>
        </translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a reminder an automation rule made off your list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(automation rule &quot;%2&quot;; Delete dismisses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 things to do: %1 are listed, most urgent first, %2 of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 things to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::NoteDialog</name>
    <message>
        <source>Enter starts a new line; Ctrl+Enter confirms, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OfficialInvoiceDialog</name>
    <message>
        <source>Official 发票 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 %3, total %4, dated %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed by the tax system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票 &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票 &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OnTimeView</name>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a customer to see its orders delivered in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a salesperson to see their orders delivered in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Orders list cannot be filtered by product, so a product opens no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Orders list cannot be filtered by work centre, so a work centre opens no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Orders list cannot be filtered by review cause, so a cause opens no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of delivery counted; empty: the year up to “To”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of delivery counted; empty: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“From” is not a date: type one like 2026-05-01, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“To” is not a date: type one like 2026-05-31, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the orders delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders delivered from %1 to %2 by %3. An order without a promised date counts as on time; one with several products or work centres counts in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order was delivered from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 delivered, %2 on time, %3 late — on-time rate %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 days late on average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderDetailDialog</name>
    <message>
        <source>&amp;Edit order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer confirmed the current revision (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was sent to the customer and is waiting for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is a draft; it has not been sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confirmation is recorded for the current revision (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier revisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does order %1 go back to draft? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the timeline of order %1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast to finish on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderHeaderForm</name>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the customer&apos;s name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type it as 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a percentage: e.g. 13 or 9.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest possible delivery (最早可交期): from the work centres&apos; free capacity after the plans already committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the customer said: packing, contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s address; type another only when the goods go elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderHistoryTable</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderLineDelegate</name>
    <message>
        <source>SKU, name or spec…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderLinesEditor</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing replaces a cell, F2 changes it; Enter moves down, Tab right, Esc undoes the cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderLinesModel</name>
    <message>
        <source>“%1” is not a product. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-07-15, or leave it empty for the order&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when this line is wanted on another date than the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification (customer&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many decimals: a quantity has at most 3, e.g. 2.125.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: a quantity can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a quantity: use digits, e.g. 12 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many decimals: a unit price has at most 4, e.g. 0.0125.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: a unit price can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a price: use digits, e.g. 12.5 or 0.0125.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many decimals: a percentage has at most 2, e.g. 2.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: a discount is at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a percentage: e.g. 5 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderListModel</name>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Next: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrderTotalsPanel</name>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OrdersView</name>
    <message>
        <source>Search order no., customer, product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders dated on or after / before this day; unticked means any date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orders yet. Press Ctrl+N to enter the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ orders match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders behind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — promised before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Clear the filters to see every order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning: open orders at risk of missing their date, or already late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — shipped after the promise from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — shipped from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — left the stage from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — delivered from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::PageFinder</name>
    <message>
        <source>Go to page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::PagedDocumentRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::PaymentsView</name>
    <message>
        <source>code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 11300.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance bill (承兑汇票) is money on its maturity date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank&apos;s transaction number, the bill&apos;s number …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: applied automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices this payment pays, in order, separated by spaces or commas; double-click an open invoice to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill ma&amp;turity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en invoices of the customer (double-click to pay one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments of the customer, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-a&amp;pply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose by hand which invoices the selected payment pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import payment&amp;s CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, matures %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single customer matches &quot;%1&quot;: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: use digits and at most 2 decimals, e.g. 11300 or 565.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 recorded and applied in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 recorded: %3 applied to invoices, %4 kept as the customer&apos;s advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 re-applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see its payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n open invoice</numerusform>
            <numerusform>%n open invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::PlanningView</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan a&amp;ll open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a change in capacity (a holiday, a machine down): plan every open order again and list those that can no longer be delivered on the promised date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;not before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why earlier than capacity allows (managers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a plan</source>
        <translation>
            <numerusform>%n order waiting for a plan</numerusform>
            <numerusform>%n orders waiting for a plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) planned</source>
        <translation>
            <numerusform>%n order planned</numerusform>
            <numerusform>%n orders planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in production</source>
        <translation>
            <numerusform>%n order in production</numerusform>
            <numerusform>%n orders in production</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (committed plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (proposed plan, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest possible delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) later than the requested %1</source>
        <translation>
            <numerusform> — %n day later than the requested %1</numerusform>
            <numerusform> — %n days later than the requested %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — in time for the requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; promised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first day the step may start, e.g. 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping follows the last step; move that step instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised date is not a date. Type it as 2026-07-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is planned; delivery promised for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity done, e.g. 20 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2): %3 of %4 done; the order is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan all open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning every open order again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planning was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) planned again; every promised date can still be kept.</source>
        <translation>
            <numerusform>%n open order planned again; every promised date can still be kept.</numerusform>
            <numerusform>%n open orders planned again; every promised date can still be kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (promised %2, now %3: %n day(s) late)</source>
        <translation>
            <numerusform>%1 (promised %2, now %3: %n day late)</numerusform>
            <numerusform>%1 (promised %2, now %3: %n days late)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) can no longer be delivered on the promised date: %1</source>
        <translation>
            <numerusform>%n order can no longer be delivered on the promised date: %1</numerusform>
            <numerusform>%n orders can no longer be delivered on the promised date: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the promise alon&amp;g if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a committed plan: when the step moved makes the order later than promised, promise the new date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance of the later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who accepted, e.g. 陈经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecord acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) later than the %2 the customer asked for: record that the customer accepted the new date before production starts.</source>
        <translation>
            <numerusform>Promised for %1, %n day later than the %2 the customer asked for: record that the customer accepted the new date before production starts.</numerusform>
            <numerusform>Promised for %1, %n days later than the %2 the customer asked for: record that the customer accepted the new date before production starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer accepted delivery on %1: %2 (%3), %4; recorded by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the customer&apos;s acceptance of %2 is recorded; production may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 is changed; earliest delivery %2, promised %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PV-DN50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard specification, e.g. DN50 PN16 stainless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 台, 件, m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 4 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made to order: every order line must state the customer&apos;s specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be chosen on new orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pecification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a price: use digits and at most 4 decimals, e.g. 12.5 or 0.0125.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit pri&amp;ce (¥)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ProductListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Made to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ProductsView</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SKU, name or specification… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 products — type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ProvisionDialog</name>
    <message>
        <source>Doubtful receivables (坏账准备)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) of %1 customer(s), more than %2 days overdue on %3: %4 to provide for.</source>
        <translation>
            <numerusform>%n invoice of %1 customer(s), more than %2 days overdue on %3: %4 to provide for.</numerusform>
            <numerusform>%n invoices of %1 customer(s), more than %2 days overdue on %3: %4 to provide for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most overdue are listed.</source>
        <translation>
            <numerusform>The %n most overdue is listed.</numerusform>
            <numerusform>The %n most overdue are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::RaiseExceptionDialog</name>
    <message>
        <source>Raise an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO-2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong, and what it means for the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date such as 2026-07-15, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ReapplyPaymentDialog</name>
    <message>
        <source>Re-apply payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 received on %3 (%4). Type how much of it pays each invoice; what is left is the customer&apos;s advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open without this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 of %2; advance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some amounts are not readable yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount; use digits and at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ReceivablesView</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO: no sales in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables as of %1 — open %2, advances %3, overdue %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with receivables</source>
        <translation>
            <numerusform>%n customer with receivables</numerusform>
            <numerusform>%n customers with receivables</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invoices of the selected customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments of the selected customer, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;contact (催款)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, visit or message about what the customer owes, with the day it promised to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement (对账单)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s statement of a period as PDF, to agree the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager lets the customer buy on credit despite the hold, until a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager writes off what is open of the selected invoice as bad debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dated in a closed month can be created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: promised %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: promised to pay by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with %1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 %2 to %3.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement saved to %1: opening %2, closing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the credit hold of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While released, %1 may order and be shipped on credit despite the hold. The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit hold of %1 is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is open of invoice %1 is written off as bad debt. This cannot be undone; a payment received later stays the customer&apos;s advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doubtful (坏账准备)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices open long past their due date: the provision report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::RecordConfirmationDialog</name>
    <message>
        <source>Record confirmation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer confirmed revision %1 of order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the person who confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. agreed to deliver in two batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the signed document, a screenshot of the chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::RequestChangeDialog</name>
    <message>
        <source>Change request for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer asked for, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked on the customer&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU of a product to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the delivery address changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cancels the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation charge agreed, e.g. 3000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;very address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Char&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what changes to see its impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date such as 2026-07-15, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt; %1 → %2, difference &lt;b&gt;%3&lt;/b&gt; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is cancelled: its capacity is given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Earliest delivery&lt;/b&gt; %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n day(s)</source>
        <translation>
            <numerusform>%1 +%n day</numerusform>
            <numerusform>%1 +%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Pushed later:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other order is pushed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders would reach %1, above the credit limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ReturnToDraftDialog</name>
    <message>
        <source>Return %1 to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order goes back to draft so it can be changed and sent again. Why did the customer not confirm it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wants 20 pieces instead of 12, delivery one week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ReviewPanel</name>
    <message numerus="yes">
        <source>delivered on %1, %n day(s) after the promised %2</source>
        <translation>
            <numerusform>delivered on %1, %n day after the promised %2</numerusform>
            <numerusform>delivered on %1, %n days after the promised %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) on the way</source>
        <translation>
            <numerusform>%n exception on the way</numerusform>
            <numerusform>%n exceptions on the way</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few sentences: which step, which work centre, how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do differently next time (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the lesson to the lessons &amp;learnt (tagged with the customer and the products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reviewed by %1 on %2.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson is in the lessons learnt (经验库).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order asks for a post-analysis (%1). Write down the cause, what happened and what to do differently; the review is kept once and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order asks for a post-analysis (%1); its salesperson or a manager writes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::RevisionsPanel</name>
    <message>
        <source>Revision %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no earlier revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 has the same content as the current revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between revision %1 and the current revision.</source>
        <translation>
            <numerusform>%n difference between revision %1 and the current revision.</numerusform>
            <numerusform>%n differences between revision %1 and the current revision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was made by change request %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::RiskWatch</name>
    <message>
        <source>The early warning could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::RuleCard</name>
    <message>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the parameters of this rule (Enter in a field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fired %n time(s), last on %1.</source>
        <translation>
            <numerusform>Fired %n time, last on %1.</numerusform>
            <numerusform>Fired %n times, last on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has not fired yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::RuleWatch</name>
    <message>
        <source>The automation rules could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::RulesView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules act for the company on the events they watch and each morning; what they do shows in My work of whom it is for, and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators change the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rule(s) on.</source>
        <translation>
            <numerusform>%1 of %n rule on.</numerusform>
            <numerusform>%1 of %n rules on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) on</source>
        <translation>
            <numerusform>%n rule on</numerusform>
            <numerusform>%n rules on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when OrderDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank name and account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment and delivery terms printed on the order confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers look like %1-2026-000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ta&amp;x rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company name printed on documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image OrderDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a percentage: e.g. 13 or 9.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number pre&amp;fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders you enter and status changes you make are recorded under this name. Another person signs in with File → Switch user (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order without a plan that is due within this many days and not ready to ship is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk &amp;margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order the customer has not confirmed after this many days is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation &amp;pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipment the customer has not signed for after this many days is at risk, and late once the order&apos;s due date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;transit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ShipmentsPanel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been shipped yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s), %1 delivered; %2.</source>
        <translation>
            <numerusform>%n shipment, %1 delivered; %2.</numerusform>
            <numerusform>%n shipments, %1 delivered; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>everything ordered has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some is still to ship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ShipmentsView</name>
    <message>
        <source>Save delivery note as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders read&amp;y to ship (earliest promise first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines to ship (type the quantity leaving with this shipment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顺丰速运, 德邦物流, own truck …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &amp;all that is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the shipment; the order becomes shipped when every quantity has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking no. (物流单号):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;n transit (oldest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan&apos;s file name or the proof-of-delivery number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print delivery note (送货单)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;ipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message>
        <source>The ship date is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 of order %2 recorded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery date is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 of order %2 delivered on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) ready to ship, %1 in transit</source>
        <translation>
            <numerusform>%n order ready to ship, %1 in transit</numerusform>
            <numerusform>%n orders ready to ship, %1 in transit</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in production: finished lines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; in production: finished lines only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a menu, or go to the field of a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the cell holds: the first key is the first character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cell in place, cursor at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cell and move down / up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cell and move right / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the cell and type anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the cell as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer and product pickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down / Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the first match, then the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the highlighted match, or the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down or Enter in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first order found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down / F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a filter&apos;s list (arrows alone leave the filter as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm (in a note: a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a dialog with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows of the current filter to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::SignInDialog</name>
    <message>
        <source>Sign in to OrderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo company: pick one of its &amp;accounts and press Enter to sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · password %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::StatementDialog</name>
    <message>
        <source>Statement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day, e.g. 2026-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day, e.g. 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes after the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::StatementDocument</name>
    <message>
        <source>Customer Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced %1, credited %2, written off %3, paid %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have paid %1 in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due to us: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this statement and confirm the balance, or tell us of any difference. Confirmed by (signature and stamp): ____________________  Date: __________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::SuggestionsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late orders saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a suggestion to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson workload — for assigning new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planning every open order to find what would help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 h of overtime per unit to %2 (%3) on %4?

%5.

The overtime goes into the calendar; plans already committed stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) forecast late</source>
        <translation>
            <numerusform>%n order forecast late</numerusform>
            <numerusform>%n orders forecast late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) re-planned from %1: %2 forecast after their promised date.</source>
        <translation>
            <numerusform>%n open order re-planned from %1: %2 forecast after its promised date.</numerusform>
            <numerusform>%n open orders re-planned from %1: %2 forecast after their promised date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither overtime on a fully loaded work centre nor moving a step to an alternative centre would bring any of them closer to its promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1?

%2.

The order&apos;s committed plan changes: the step and its hours go to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask logistics to ship the finished lines of %1 now (%2)?

%3.

They get the task in My work and ship with the Shipments page; the rest follows when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics has the task: ship the finished lines of %1 now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::UserAccountDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
