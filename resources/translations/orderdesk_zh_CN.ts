<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessLedger</name>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation>无法在 %2 中%1：%3</translation>
    </message>
    <message>
        <source>open the sign-in records</source>
        <translation>打开登录记录</translation>
    </message>
    <message>
        <source>count the sign-in attempt</source>
        <translation>记录本次登录尝试</translation>
    </message>
    <message>
        <source>read the sign-in attempts</source>
        <translation>读取登录尝试</translation>
    </message>
    <message>
        <source>record the sign-in</source>
        <translation>记录登录</translation>
    </message>
    <message>
        <source>keep the audit entry</source>
        <translation>暂存审计记录</translation>
    </message>
    <message>
        <source>read the waiting audit entries</source>
        <translation>读取待写入的审计记录</translation>
    </message>
    <message>
        <source>tidy the waiting audit entries</source>
        <translation>清理待写入的审计记录</translation>
    </message>
    <message>
        <source>note the running job</source>
        <translation>登记正在运行的任务</translation>
    </message>
    <message>
        <source>note the finished job</source>
        <translation>登记已完成的任务</translation>
    </message>
    <message>
        <source>read the running jobs</source>
        <translation>读取正在运行的任务</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation>密码过长。</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>This database already has an administrator.</source>
        <translation>此数据库已有管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The login name must be 1 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名须为 1 至 32 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Signing in is not possible: the sign-in records %1 beside the database cannot be written. Check that you may write in that folder.</source>
        <translation>无法登录：数据库旁的登录记录文件 %1 无法写入。请检查您是否有权写入该文件夹。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>用户名或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <source>%1 has been %2 since %3. You can look at everything meanwhile; changes can be saved once that has finished.</source>
        <translation>%1 自 %3 起一直在%2。在此期间您可以查看所有内容；等其完成后才能保存更改。</translation>
    </message>
    <message>
        <source>The database cannot take changes at the moment (%1). You can look at everything; your sign-in is recorded as soon as it can be.</source>
        <translation>数据库暂时无法接受更改（%1）。您可以查看所有内容；您的登录会在可以写入时立即记录。</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>An older OrderDesk database is still at %1; this one, %2, is used. To work with the older one, open it with --db.</source>
        <translation>%1 处仍有一个旧的订单管家数据库；当前使用的是 %2。如需使用旧数据库，请用 --db 打开它。</translation>
    </message>
    <message>
        <source>The database %1 has to move to %2, but it is open in another window or program. Close it there and start again.</source>
        <translation>数据库 %1 需要移动到 %2，但它正在其他窗口或程序中打开。请先关闭后再重新启动。</translation>
    </message>
    <message>
        <source>Could not move the database %1 to %2: %3</source>
        <translation>无法将数据库 %1 移动到 %2：%3</translation>
    </message>
    <message>
        <source>The database was moved from %1 to %2, the folder the desktop app and orderdesk-cli share.</source>
        <translation>数据库已从 %1 移至 %2，即桌面程序与 orderdesk-cli 共用的文件夹。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; attach a file.</source>
        <translation>%1 是文件夹，请附加文件。</translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3.</source>
        <translation>%1 大小为 %2，附件最大 %3。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The attachments folder %1 cannot be made.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>The attachment cannot be stored: %1</source>
        <translation>无法保存附件：%1</translation>
    </message>
    <message>
        <source>%1 grew beyond %2 while it was read.</source>
        <translation>读取过程中 %1 超过了 %2。</translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing from %2.</source>
        <translation>%2 中缺少 %1 的存档副本。</translation>
    </message>
    <message>
        <source>The stored copy of %1 has changed since it was attached.</source>
        <translation>%1 的存档副本在附加后被改动过。</translation>
    </message>
    <message>
        <source>The attachment %1 could not be copied to %2.</source>
        <translation>附件 %1 无法复制到 %2。</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>缺少第 %1 条记录</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>与上一条记录不衔接</translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation>内容与其哈希值不符</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>There is no user called %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>行交期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>生产周期（天）</translation>
    </message>
    <message>
        <source>Made to the customer&apos;s specification</source>
        <translation>按客户规格定制</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>交易条款</translation>
    </message>
    <message>
        <source>Order number prefix</source>
        <translation>订单号前缀</translation>
    </message>
    <message>
        <source>Default tax rate</source>
        <translation>默认税率</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Replaced database kept as</source>
        <translation>被替换的数据库保存为</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <source>Sent for confirmation</source>
        <translation>发送客户确认</translation>
    </message>
    <message>
        <source>Confirmation recorded</source>
        <translation>记录客户确认</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>Customer enabled</source>
        <translation>启用客户</translation>
    </message>
    <message>
        <source>Customer disabled</source>
        <translation>停用客户</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>修改产品</translation>
    </message>
    <message>
        <source>Product enabled</source>
        <translation>启用产品</translation>
    </message>
    <message>
        <source>Product disabled</source>
        <translation>停用产品</translation>
    </message>
    <message>
        <source>Company details changed</source>
        <translation>修改公司信息</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Products imported</source>
        <translation>导入产品</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>导入（%1）</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>第 %1 行 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 at %3 (revision %4)</source>
        <translation>%1 于 %3 通过%2确认（第 %4 版）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Earliest possible delivery</source>
        <translation>最早可交期</translation>
    </message>
    <message>
        <source>Why promised earlier than capacity allows</source>
        <translation>早于产能允许日期承诺的原因</translation>
    </message>
    <message>
        <source>Plan committed</source>
        <translation>计划已确定</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>已报工</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Automation rule fired</source>
        <translation>自动化规则已触发</translation>
    </message>
    <message>
        <source>Automation rule&apos;s reminder done</source>
        <translation>自动化规则的提醒已完成</translation>
    </message>
    <message>
        <source>Automation rule&apos;s reminder dismissed</source>
        <translation>自动化规则的提醒已忽略</translation>
    </message>
    <message>
        <source>Automation rule switched on</source>
        <translation>自动化规则已启用</translation>
    </message>
    <message>
        <source>Automation rule switched off</source>
        <translation>自动化规则已停用</translation>
    </message>
    <message>
        <source>Automation rule&apos;s parameters changed</source>
        <translation>自动化规则参数已修改</translation>
    </message>
    <message>
        <source>Overtime added to the calendar</source>
        <translation>日历加班</translation>
    </message>
</context>
<context>
    <name>AutomationRuleService</name>
    <message>
        <source>There is no rule &quot;%1&quot;; the rules are: %2.</source>
        <translation>没有规则“%1”；现有规则：%2。</translation>
    </message>
    <message>
        <source>Sign in to see the automation rules.</source>
        <translation>请先登录再查看自动化规则。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no parameters.</source>
        <translation>规则“%1”没有参数。</translation>
    </message>
    <message>
        <source>Say which parameter to set, e.g. %1=VALUE.</source>
        <translation>请说明要设置哪个参数，例如 %1=值。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no parameter &quot;%2&quot;; it has: %3.</source>
        <translation>规则“%1”没有参数“%2”；它的参数有：%3。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (%2).</source>
        <translation>%1 已损坏，无法恢复（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an OrderDesk database.</source>
        <translation>%1 不是订单管家数据库。</translation>
    </message>
    <message>
        <source>%1 comes from a newer version of OrderDesk (database schema %2; this version reads up to %3). Update OrderDesk to restore it.</source>
        <translation>%1 来自更新版本的订单管家（数据库结构版本 %2；本版本最高支持 %3）。请先升级订单管家再恢复。</translation>
    </message>
    <message>
        <source>The audit trail in %1 has been altered: entry %2 is broken (%3). The file was not restored.</source>
        <translation>%1 中的审计记录已被改动：第 %2 条记录有误（%3）。未恢复该文件。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check %1.</source>
        <translation>无法创建用于检查 %1 的临时文件夹。</translation>
    </message>
    <message>
        <source>The file to restore is the database itself; choose a backup.</source>
        <translation>要恢复的文件就是当前数据库本身，请选择备份文件。</translation>
    </message>
    <message>
        <source>Could not move the current database aside.</source>
        <translation>无法将当前数据库移至别处。</translation>
    </message>
    <message>
        <source>Could not put %1 in place of the database.</source>
        <translation>无法用 %1 替换数据库。</translation>
    </message>
    <message>
        <source>The backup is complete. %1 Its entry in the audit trail is written as soon as the database takes changes again.</source>
        <translation>备份已完成。%1 其审计记录会在数据库重新可以写入时立即写入。</translation>
    </message>
    <message>
        <source>Another restore of this database is running. Wait until it has finished.</source>
        <translation>此数据库的另一次恢复正在进行，请等待其完成。</translation>
    </message>
    <message>
        <source>%1 is a backup of another company&apos;s database. Restoring it replaces this company&apos;s orders, customers and users with that company&apos;s.</source>
        <translation>%1 是另一家公司数据库的备份。恢复它会用那家公司的订单、客户和用户替换本公司的数据。</translation>
    </message>
    <message>
        <source>%1 is a backup of another company&apos;s database (%2). Restoring it replaces this company&apos;s orders, customers and users with that company&apos;s.</source>
        <translation>%1 是另一家公司数据库的备份（%2）。恢复它会用那家公司的订单、客户和用户替换本公司的数据。</translation>
    </message>
    <message>
        <source>The database is backed up, but not every attached file: %1</source>
        <translation>数据库已备份，但有附件未能一并备份：%1</translation>
    </message>
    <message>
        <source>The database is restored, but not every attached file: %1</source>
        <translation>数据库已恢复，但有附件未能一并恢复：%1</translation>
    </message>
</context>
<context>
    <name>BillingQueueRepository</name>
    <message>
        <source>read the orders to invoice</source>
        <translation>读取待开票订单</translation>
    </message>
    <message>
        <source>read the order to invoice</source>
        <translation>读取待开票订单</translation>
    </message>
</context>
<context>
    <name>BottleneckService</name>
    <message>
        <source>Sign in to see the bottleneck analysis.</source>
        <translation>请先登录，再查看瓶颈分析。</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>请选择期间的起始日和截止日。</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>期间的截止日 %1 早于起始日 %2。</translation>
    </message>
    <message>
        <source>The period is %1 days long; choose at most %2 days.</source>
        <translation>所选期间共 %1 天，最多可选 %2 天。</translation>
    </message>
</context>
<context>
    <name>BulkSettlementWriter</name>
    <message>
        <source>A demo payment is applied to another customer&apos;s invoice.</source>
        <translation>演示数据中有一笔收款核销到了其他客户的发票。</translation>
    </message>
    <message>
        <source>save the invoices</source>
        <translation>保存发票</translation>
    </message>
    <message>
        <source>save invoice %1</source>
        <translation>保存发票 %1</translation>
    </message>
    <message>
        <source>save the lines of invoice %1</source>
        <translation>保存发票 %1 的明细</translation>
    </message>
    <message>
        <source>record the payments</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>record payment %1</source>
        <translation>登记收款 %1</translation>
    </message>
    <message>
        <source>apply the payments</source>
        <translation>核销收款</translation>
    </message>
    <message>
        <source>record the orders&apos; timelines</source>
        <translation>记录订单时间线</translation>
    </message>
    <message>
        <source>sum the customers&apos; balances</source>
        <translation>汇总客户余额</translation>
    </message>
    <message>
        <source>number the invoices</source>
        <translation>为发票编号</translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>Enter a date between 1900 and 9999.</source>
        <translation>请输入 1900 至 9999 年之间的日期。</translation>
    </message>
    <message>
        <source>Overtime must be more than 0 and at most %1 hours.</source>
        <translation>加班工时须大于 0 且不超过 %1 小时。</translation>
    </message>
    <message>
        <source>Only overtime has hours: leave the hours empty for a %1.</source>
        <translation>只有加班才填工时：%1 请将工时留空。</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>There is no work centre with the code %1.</source>
        <translation>没有代码为 %1 的工作中心。</translation>
    </message>
    <message>
        <source>Choose the days of the overtime.</source>
        <translation>请选择加班的日期。</translation>
    </message>
    <message>
        <source>%1 already has its own calendar entry on %2 (%3); change that entry instead.</source>
        <translation>%1 在 %2 已有自己的日历条目（%3）；请修改该条目。</translation>
    </message>
</context>
<context>
    <name>ChangeEventText</name>
    <message>
        <source>cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>cancel the order with a charge of %1</source>
        <translation>取消订单，收取取消费 %1</translation>
    </message>
    <message>
        <source>line %1 quantity %2</source>
        <translation>第 %1 行数量改为 %2</translation>
    </message>
    <message>
        <source>line %1 price %2</source>
        <translation>第 %1 行单价改为 %2</translation>
    </message>
    <message>
        <source>line %1 specification &quot;%2&quot;</source>
        <translation>第 %1 行规格改为“%2”</translation>
    </message>
    <message>
        <source>add %1 × %2</source>
        <translation>新增 %1 × %2</translation>
    </message>
    <message>
        <source>remove line %1</source>
        <translation>删除第 %1 行</translation>
    </message>
    <message>
        <source>requested date %1</source>
        <translation>要求交期改为 %1</translation>
    </message>
    <message>
        <source>delivery address %1</source>
        <translation>交货地址改为 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Change %1 asked: %2. Why: %3</source>
        <translation>变更 %1 已申请：%2。原因：%3</translation>
    </message>
    <message>
        <source>Change %1 approved: revision %2, to be confirmed by the customer; promised %3.</source>
        <translation>变更 %1 已批准：生成第 %2 版，待客户确认；承诺交期 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n other order(s) pushed later.</source>
        <translation>
            <numerusform>%n 个其他订单被推迟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 approved: the order is cancelled, charge %2. %3</source>
        <translation>变更 %1 已批准：订单取消，取消费 %2。%3</translation>
    </message>
    <message>
        <source>Change %1 rejected: %2</source>
        <translation>变更 %1 已驳回：%2</translation>
    </message>
    <message>
        <source>Change %1 done: the customer confirmed revision %2.</source>
        <translation>变更 %1 已完成：客户已确认第 %2 版。</translation>
    </message>
    <message>
        <source>Change asked</source>
        <translation>申请变更</translation>
    </message>
    <message>
        <source>Change approved</source>
        <translation>变更已批准</translation>
    </message>
    <message>
        <source>Change rejected</source>
        <translation>变更已驳回</translation>
    </message>
    <message>
        <source>Change done</source>
        <translation>变更已完成</translation>
    </message>
</context>
<context>
    <name>ChangeRequestRepository</name>
    <message>
        <source>Another change request on this order is still undecided; it must be approved or rejected first.</source>
        <translation>此订单还有一项未审批的变更申请，须先批准或驳回。</translation>
    </message>
    <message>
        <source>record the change request</source>
        <translation>记录变更申请</translation>
    </message>
    <message>
        <source>read the change request</source>
        <translation>读取变更申请</translation>
    </message>
    <message>
        <source>read the change requests</source>
        <translation>读取变更申请列表</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>记录审批结果</translation>
    </message>
    <message>
        <source>record the cost of the change</source>
        <translation>记录变更成本</translation>
    </message>
    <message>
        <source>record the customer&apos;s confirmation</source>
        <translation>记录客户确认</translation>
    </message>
</context>
<context>
    <name>ChangeRequestService</name>
    <message>
        <source>The change request does not exist, or it is not yours to see.</source>
        <translation>该变更申请不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>没有 SKU 为 %1 的产品。</translation>
    </message>
    <message>
        <source>Product %1 is no longer sold; it cannot be added.</source>
        <translation>产品 %1 已停售，不能新增。</translation>
    </message>
    <message>
        <source>The change makes the order too large to be a real amount.</source>
        <translation>变更后订单金额过大，不是真实金额。</translation>
    </message>
    <message>
        <source>Change request %1 on order %2 is still undecided: it must be approved or rejected before another change is asked.</source>
        <translation>订单 %2 的变更申请 %1 尚未审批：须先批准或驳回，才能再申请变更。</translation>
    </message>
    <message>
        <source>Change request %1 is &quot;%2&quot;, not a draft.</source>
        <translation>变更申请 %1 的状态为“%2”，不是草稿。</translation>
    </message>
    <message>
        <source>Change request %1 was sent by someone else just now.</source>
        <translation>变更申请 %1 刚刚已被他人提交。</translation>
    </message>
    <message>
        <source>You asked for change %1 yourself: another manager must approve it.</source>
        <translation>变更 %1 是您本人申请的：须由另一位经理批准。</translation>
    </message>
    <message>
        <source>Change request %1 is still a draft: it must be sent for approval first.</source>
        <translation>变更申请 %1 仍是草稿：须先提交审批。</translation>
    </message>
    <message>
        <source>Change request %1 has already been decided (%2).</source>
        <translation>变更申请 %1 已审批（%2）。</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>备注请少于 %1 个字符。</translation>
    </message>
    <message>
        <source>Order %1 has changed since change %2 was asked (%3). Reject this request and ask again on the order as it is now.</source>
        <translation>订单 %1 在申请变更 %2 之后已被修改（%3）。请驳回此申请，按订单当前内容重新申请。</translation>
    </message>
    <message>
        <source>Order %1 is at revision %2 now; change %3 was asked on revision %4.</source>
        <translation>订单 %1 现为第 %2 版；变更 %3 是针对第 %4 版申请的。</translation>
    </message>
    <message>
        <source>Change request %1 was decided by someone else just now.</source>
        <translation>变更申请 %1 刚刚已被他人审批。</translation>
    </message>
    <message>
        <source>Change %1 cannot be planned: %2</source>
        <translation>变更 %1 无法排产：%2</translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>变更 %1：%2</translation>
    </message>
    <message>
        <source>Say why the change is rejected: the salesperson tells the customer.</source>
        <translation>请说明驳回原因：业务员需转告客户。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>Change %1: production already done costs %2 to scrap or rework. %3</source>
        <translation>变更 %1：已完成的生产报废或返工成本 %2。%3</translation>
    </message>
    <message>
        <source>The change request %1 does not exist, or it is not yours to see.</source>
        <translation>变更申请 %1 不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Change request %1 is &quot;%2&quot;: there is nothing to confirm with the customer.</source>
        <translation>变更申请 %1 的状态为“%2”：没有需要客户确认的内容。</translation>
    </message>
    <message>
        <source>Change request %1 is &quot;%2&quot;, not waiting for approval.</source>
        <translation>变更申请 %1 的状态为“%2”，不在待审批中。</translation>
    </message>
    <message>
        <source>Change request %1 cancels the order: a manager decides a cancellation.</source>
        <translation>变更申请 %1 取消订单：取消须由经理决定。</translation>
    </message>
    <message>
        <source>Change request %1 was approved by the rule already.</source>
        <translation>变更申请 %1 已由规则批准过。</translation>
    </message>
</context>
<context>
    <name>ChangeRules</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal place(s).</source>
        <translation>
            <numerusform>%1：“%2”的小数位超过 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large.</source>
        <translation>%1：“%2”过大。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;: it is not confirmed yet, so it is edited directly, without a change request.</source>
        <translation>订单 %1 的状态为“%2”：尚未确认，请直接编辑，无需变更申请。</translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;: it can no longer be changed.</source>
        <translation>订单 %1 的状态为“%2”：已不能变更。</translation>
    </message>
    <message>
        <source>Order %1 has been shipped in full: it can no longer be changed.</source>
        <translation>订单 %1 已全部发货：已不能变更。</translation>
    </message>
    <message>
        <source>Say why the customer asks for the change.</source>
        <translation>请说明客户要求变更的原因。</translation>
    </message>
    <message>
        <source>Keep it under %1 characters (this is %2).</source>
        <translation>请少于 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>A cancellation cancels the whole order: ask for it without other changes.</source>
        <translation>取消针对整张订单：请勿同时申请其他变更。</translation>
    </message>
    <message>
        <source>The cancellation charge cannot be negative.</source>
        <translation>取消费不能为负数。</translation>
    </message>
    <message>
        <source>The cancellation charge %1 is more than the order is worth (%2).</source>
        <translation>取消费 %1 超过订单金额（%2）。</translation>
    </message>
    <message>
        <source>A charge is agreed only for a cancellation.</source>
        <translation>只有取消订单时才约定取消费。</translation>
    </message>
    <message>
        <source>Say what the customer wants changed: a quantity, a price, a line, the date, the address, or a cancellation.</source>
        <translation>请说明客户要变更什么：数量、单价、订单行、交期、地址或取消。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>订单 %1 没有第 %2 行。</translation>
    </message>
    <message>
        <source>Line %1 has been shipped in full: it can no longer be changed.</source>
        <translation>第 %1 行已全部发货：已不能变更。</translation>
    </message>
    <message>
        <source>Line %1 has been shipped in part (%2): its price cannot change and it cannot be removed.</source>
        <translation>第 %1 行已部分发货（%2）：不能改价，也不能删除。</translation>
    </message>
    <message>
        <source>Line %1: give its new quantity once.</source>
        <translation>第 %1 行：新数量只能填写一次。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero; to drop the line, remove it.</source>
        <translation>第 %1 行：数量须大于零；如不要此行，请删除。</translation>
    </message>
    <message>
        <source>Line %1: %2 has already been shipped; the quantity cannot go below it.</source>
        <translation>第 %1 行：已发货 %2，数量不能少于已发数量。</translation>
    </message>
    <message>
        <source>Line %1: give its new price once.</source>
        <translation>第 %1 行：新单价只能填写一次。</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>第 %1 行：单价不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: give its new specification once.</source>
        <translation>第 %1 行：新规格只能填写一次。</translation>
    </message>
    <message>
        <source>Line %1: write the new specification as the customer gave it.</source>
        <translation>第 %1 行：请按客户的说法填写新规格。</translation>
    </message>
    <message>
        <source>Line %1: the specification is too long (at most %2 characters).</source>
        <translation>第 %1 行：规格过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>Line %1 is removed: do not change it as well.</source>
        <translation>第 %1 行已删除：请勿同时修改。</translation>
    </message>
    <message>
        <source>Name the product of the added line.</source>
        <translation>请填写新增行的产品。</translation>
    </message>
    <message>
        <source>The added line %1 needs a quantity more than zero.</source>
        <translation>新增行 %1 的数量须大于零。</translation>
    </message>
    <message>
        <source>The change removes every line: ask for a cancellation instead.</source>
        <translation>此变更删除了所有订单行：请改为申请取消订单。</translation>
    </message>
    <message>
        <source>The requested date %1 is before the order date %2.</source>
        <translation>要求交期 %1 早于订单日期 %2。</translation>
    </message>
    <message>
        <source>The delivery address is too long (at most %1 characters).</source>
        <translation>送货地址太长（最多 %1 个字符）。</translation>
    </message>
</context>
<context>
    <name>ChangeStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodRepository</name>
    <message>
        <source>read the closed months</source>
        <translation>读取已结账月份</translation>
    </message>
    <message>
        <source>close %1</source>
        <translation>结账 %1</translation>
    </message>
</context>
<context>
    <name>CollectionContactRepository</name>
    <message>
        <source>log the collection contact</source>
        <translation>记录催款联系</translation>
    </message>
    <message>
        <source>read the collection contacts</source>
        <translation>读取催款记录</translation>
    </message>
    <message>
        <source>look for broken payment promises</source>
        <translation>查找未兑现的付款承诺</translation>
    </message>
</context>
<context>
    <name>CollectionContactRules</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Collection letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <source>Choose the customer contacted.</source>
        <translation>请选择联系的客户。</translation>
    </message>
    <message>
        <source>Enter when the customer was contacted.</source>
        <translation>请输入联系客户的时间。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Note what the customer said, or the day it promised to pay.</source>
        <translation>请记下客户的答复，或客户承诺的付款日。</translation>
    </message>
    <message>
        <source>The promised payment day is before the contact.</source>
        <translation>承诺付款日早于联系日期。</translation>
    </message>
    <message>
        <source>A promised amount must be more than zero.</source>
        <translation>承诺金额必须大于零。</translation>
    </message>
    <message>
        <source>Enter the day the customer promised to pay that amount.</source>
        <translation>请输入客户承诺支付该金额的日期。</translation>
    </message>
</context>
<context>
    <name>ConfirmationChannel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>签章文件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
</context>
<context>
    <name>ConfirmationService</name>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the file to %1.</source>
        <translation>无法将文件复制到 %1。</translation>
    </message>
    <message>
        <source>Enter who confirmed on the customer&apos;s side.</source>
        <translation>请填写客户方的确认人。</translation>
    </message>
    <message>
        <source>Enter when the customer confirmed.</source>
        <translation>请填写客户确认的时间。</translation>
    </message>
    <message>
        <source>The confirmation time is in the future.</source>
        <translation>确认时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Order %1 is now at revision %2; the customer&apos;s answer was about revision %3. Send the current revision again.</source>
        <translation>订单 %1 现为第 %2 版，而客户答复的是第 %3 版。请重新发送当前修订版。</translation>
    </message>
    <message>
        <source>Say why the order goes back to draft.</source>
        <translation>请说明订单退回草稿的原因。</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Letter or document</source>
        <translation>函件或文件</translation>
    </message>
</context>
<context>
    <name>CreditControl</name>
    <message>
        <source>Invoice %1 is %2 days overdue (more than %3 puts the customer on hold).</source>
        <translation>发票 %1 已逾期 %2 天（超过 %3 天即暂停信用）。</translation>
    </message>
    <message>
        <source>Owed %1 plus open orders %2 come to %3, over the credit limit of %4.</source>
        <translation>应收 %1 加未完成订单 %2 共 %3，超过信用额度 %4。</translation>
    </message>
    <message>
        <source>The days overdue before a hold must be between 0 and %1.</source>
        <translation>暂停信用前的逾期天数必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Say why the customer may buy on credit despite the hold.</source>
        <translation>请说明为何在信用暂停期间仍允许该客户赊销。</translation>
    </message>
    <message>
        <source>Enter the last day the release holds, today or later.</source>
        <translation>请输入放行的最后一天（今天或以后）。</translation>
    </message>
    <message>
        <source>A release holds for at most %1 days; release again when it ends.</source>
        <translation>一次放行最多 %1 天；到期后请重新放行。</translation>
    </message>
</context>
<context>
    <name>CreditControlService</name>
    <message>
        <source>The customer is on credit hold: %1 A manager can release the hold with a reason.</source>
        <translation>客户已被信用冻结:%1 经理可以填写理由解除冻结。</translation>
    </message>
    <message>
        <source>Say why the debt is written off.</source>
        <translation>请说明核销坏账的理由。</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>没有发票 %1。</translation>
    </message>
    <message>
        <source>A write-off cannot be dated before its invoice (%1).</source>
        <translation>坏账核销日期不能早于发票日期(%1)。</translation>
    </message>
</context>
<context>
    <name>CreditExposureRepository</name>
    <message>
        <source>read the customer&apos;s credit limit</source>
        <translation>读取客户的信用额度</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>read the customer&apos;s overdue invoices</source>
        <translation>读取客户的逾期发票</translation>
    </message>
    <message>
        <source>read the customer&apos;s open orders</source>
        <translation>读取客户的未完成订单</translation>
    </message>
</context>
<context>
    <name>CreditHoldRepository</name>
    <message>
        <source>read the customer&apos;s credit hold</source>
        <translation>读取客户的信用暂停</translation>
    </message>
    <message>
        <source>put the customer on credit hold</source>
        <translation>暂停客户信用</translation>
    </message>
    <message>
        <source>lift the credit hold</source>
        <translation>解除信用暂停</translation>
    </message>
    <message>
        <source>That credit hold is no longer in force.</source>
        <translation>该信用暂停已不再生效。</translation>
    </message>
    <message>
        <source>read the credit holds</source>
        <translation>读取信用暂停记录</translation>
    </message>
    <message>
        <source>record the release of the credit hold</source>
        <translation>记录信用暂停的放行</translation>
    </message>
    <message>
        <source>read the credit hold releases</source>
        <translation>读取信用暂停放行记录</translation>
    </message>
</context>
<context>
    <name>CreditNoteCalculator</name>
    <message>
        <source>The amounts are too large for a credit note.</source>
        <translation>金额过大，无法开具红字发票。</translation>
    </message>
    <message>
        <source>Enter the date of the credit note.</source>
        <translation>请输入红字发票日期。</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice %1 (%2).</source>
        <translation>红字发票的日期不能早于其原发票 %1（%2）。</translation>
    </message>
    <message>
        <source>Say why the invoice is credited (a return, a price correction …).</source>
        <translation>请说明冲红原因（退货、价格更正……）。</translation>
    </message>
    <message>
        <source>Invoice %1 is written off; a written-off invoice is not credited.</source>
        <translation>发票 %1 已核销为坏账；已核销的发票不能冲红。</translation>
    </message>
    <message>
        <source>Nothing is left of invoice %1 to credit.</source>
        <translation>发票 %1 已无可冲红的金额。</translation>
    </message>
    <message>
        <source>A credit note must be for more than zero.</source>
        <translation>红字发票金额必须大于零。</translation>
    </message>
    <message>
        <source>This credit note (%1) is more than is left of invoice %2 (%3).</source>
        <translation>本红字发票（%1）超过发票 %2 的剩余金额（%3）。</translation>
    </message>
    <message>
        <source>Less earlier price allowances</source>
        <translation>减：此前的价格折让</translation>
    </message>
    <message>
        <source>The credit notes of invoice %1 do not add up (%2 credited); check the database.</source>
        <translation>发票 %1 的红字发票合计不符（已冲红 %2）；请检查数据库。</translation>
    </message>
    <message>
        <source>Choose the lines and quantities to credit.</source>
        <translation>请选择要冲红的行和数量。</translation>
    </message>
    <message>
        <source>That line is not on invoice %1.</source>
        <translation>该行不在发票 %1 上。</translation>
    </message>
    <message>
        <source>Line %1 of invoice %2 is not goods; credit an amount instead.</source>
        <translation>发票 %2 的第 %1 行不是货物行；请改为按金额冲红。</translation>
    </message>
    <message>
        <source>Line %1 is listed twice.</source>
        <translation>第 %1 行重复列出。</translation>
    </message>
    <message>
        <source>Line %1: the quantity to credit must be more than zero.</source>
        <translation>第 %1 行：冲红数量必须大于零。</translation>
    </message>
    <message>
        <source>Line %1: %2 to credit, but only %3 is invoiced and not yet credited.</source>
        <translation>第 %1 行：要冲红 %2，但已开票且未冲红的只有 %3。</translation>
    </message>
    <message>
        <source>Invoice %1 has more than one tax rate; credit its lines instead of an amount.</source>
        <translation>发票 %1 有多个税率；请按行冲红，不要按金额。</translation>
    </message>
    <message>
        <source>Allowance on invoice %1</source>
        <translation>发票 %1 的折让</translation>
    </message>
</context>
<context>
    <name>CreditNoteRepository</name>
    <message>
        <source>save credit note %1</source>
        <translation>保存红字发票 %1</translation>
    </message>
    <message>
        <source>save the lines of credit note %1</source>
        <translation>保存红字发票 %1 的明细行</translation>
    </message>
    <message>
        <source>read the invoice&apos;s credit notes</source>
        <translation>读取发票的红字发票</translation>
    </message>
    <message>
        <source>read the credit note lines</source>
        <translation>读取红字发票明细行</translation>
    </message>
    <message>
        <source>save the official credit note number</source>
        <translation>保存红字发票的正式号码</translation>
    </message>
    <message>
        <source>The credit note no longer exists.</source>
        <translation>该红字发票已不存在。</translation>
    </message>
</context>
<context>
    <name>CsvCalendarImporter</name>
    <message>
        <source>date is empty.</source>
        <translation>date 为空。</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not a kind of day; use holiday, workday or overtime.</source>
        <translation>kind：“%1”不是有效的日期类型，请使用 holiday、workday 或 overtime。</translation>
    </message>
    <message>
        <source>work_centre: there is no work centre %1; leave it empty for the whole company.</source>
        <translation>work_centre：不存在工作中心 %1；适用于全公司时请留空。</translation>
    </message>
    <message>
        <source>%1 appears twice in the file for the whole company (first on line %2).</source>
        <translation>%1（全公司）在文件中出现了两次（首次在第 %2 行）。</translation>
    </message>
    <message>
        <source>%1 appears twice in the file for work centre %2 (first on line %3).</source>
        <translation>%1（工作中心 %2）在文件中出现了两次（首次在第 %3 行）。</translation>
    </message>
</context>
<context>
    <name>CsvColumnMap</name>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation>未知的列“%1”。可用的列有：%2。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”重复出现。</translation>
    </message>
    <message>
        <source>Required column &quot;%1&quot; is missing.</source>
        <translation>缺少必需的列“%1”。</translation>
    </message>
</context>
<context>
    <name>CsvCustomerImporter</name>
    <message>
        <source>Customer code %1 appears twice in the file (first on line %2).</source>
        <translation>客户编码 %1 在文件中重复出现（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <source>Customer code %1 already exists.</source>
        <translation>客户编码 %1 已存在。</translation>
    </message>
</context>
<context>
    <name>CsvExportService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvFieldParser</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than %3 decimal places.</source>
        <translation>%1：“%2”的小数超过 %3 位。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large.</source>
        <translation>%1：“%2”数值过大。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4).</source>
        <translation>%1：%2 超出范围（%3 至 %4）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>%1：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1: %2 is not a real date.</source>
        <translation>%1：%2 不是有效日期。</translation>
    </message>
    <message>
        <source>%1: hours cannot be negative (&quot;%2&quot;).</source>
        <translation>%1：工时不能为负数（“%2”）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number: a comma may only separate thousands (1,234.50); write decimals with a point (2.5).</source>
        <translation>%1：“%2”不是数字：逗号只能用作千位分隔符（1,234.50）；小数请用小数点表示（2.5）。</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1…（共 %n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportReport</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n error(s) found.</source>
        <translation>
            <numerusform>未导入任何数据：发现 %n 处错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>可导入 %n 个客户；尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>已导入 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>可导入 %n 个产品；尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>已导入 %n 个产品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with %1 lines would be imported; nothing was changed.</source>
        <translation>
            <numerusform>可导入 %n 个订单，共 %1 个订单行；尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s) with %1 lines.</source>
        <translation>
            <numerusform>已导入 %n 个订单，共 %1 个订单行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work centre(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>将导入 %n 个工作中心；未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n work centre(s).</source>
        <translation>
            <numerusform>已导入 %n 个工作中心。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The routings of %n product(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>将导入 %n 个产品的工艺路线；未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the routings of %n product(s).</source>
        <translation>
            <numerusform>已导入 %n 个产品的工艺路线。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s) would be imported; nothing was changed.</source>
        <translation>
            <numerusform>将导入 %n 个日历日；未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar day(s).</source>
        <translation>
            <numerusform>已导入 %n 个日历日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) would be recorded; nothing was changed.</source>
        <translation>
            <numerusform>将记录 %n 笔收款;未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n payment(s).</source>
        <translation>
            <numerusform>已记录 %n 笔收款。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new to record: all %n row(s) were recorded before.</source>
        <translation>
            <numerusform>没有新的收款:全部 %n 行此前已记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already recorded and are left out.</source>
        <translation>
            <numerusform>%n 行此前已记录,已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>文件为空：第一行应为列名。</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>文件的表头下没有数据行。</translation>
    </message>
    <message>
        <source>Unknown kind of import.</source>
        <translation>未知的导入类型。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>work centres</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>routings</source>
        <translation>工艺路线</translation>
    </message>
    <message>
        <source>the working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>importing %1 from %2</source>
        <translation>从 %2 导入%1</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>收款</translation>
    </message>
</context>
<context>
    <name>CsvKeyedRows</name>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation>此行的单元格数多于表头的列数。</translation>
    </message>
</context>
<context>
    <name>CsvOrderImporter</name>
    <message>
        <source>Order %1 appears twice in the file (first on line %2); the rows of one order must follow each other.</source>
        <translation>订单 %1 在文件中重复出现（首次出现在第 %2 行）；同一订单的各行必须连续排列。</translation>
    </message>
    <message>
        <source>Order %1 already exists.</source>
        <translation>订单 %1 已存在。</translation>
    </message>
    <message>
        <source>customer_code is empty.</source>
        <translation>customer_code 为空。</translation>
    </message>
    <message>
        <source>customer_code: there is no customer with code %1.</source>
        <translation>customer_code：不存在编码为 %1 的客户。</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status; use one of %2.</source>
        <translation>status：“%1”不是有效状态，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from line %3 of the same order (&quot;%4&quot;); an order&apos;s header values must be the same on all its rows.</source>
        <translation>%1“%2”与同一订单第 %3 行的值（“%4”）不同；同一订单各行的订单头信息必须一致。</translation>
    </message>
    <message>
        <source>line_no %1 appears twice in the same order (first on line %2).</source>
        <translation>line_no %1 在同一订单中重复出现（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <source>sku is empty.</source>
        <translation>sku 为空。</translation>
    </message>
    <message>
        <source>sku: there is no product with SKU %1.</source>
        <translation>sku：不存在产品编码为 %1 的产品。</translation>
    </message>
    <message>
        <source>quantity is empty.</source>
        <translation>quantity 为空。</translation>
    </message>
    <message>
        <source>quantity must be more than zero.</source>
        <translation>quantity 必须大于零。</translation>
    </message>
    <message>
        <source>unit_price cannot be negative.</source>
        <translation>unit_price 不能为负数。</translation>
    </message>
    <message>
        <source>discount_percent must be between 0 and 100.</source>
        <translation>discount_percent 必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>order_no: &quot;%1&quot; is not an order number: use up to 32 letters, digits, dashes, dots, slashes or underscores, beginning with a letter or digit (like SO-2026-000123).</source>
        <translation>order_no：“%1”不是订单号：订单号最多 32 个字母、数字、短横线、点、斜线或下划线，并以字母或数字开头（如 SO-2026-000123）。</translation>
    </message>
    <message>
        <source>Order %1 is order %2 of line %3 written in other letters: order numbers are the same whatever their case.</source>
        <translation>订单 %1 与第 %3 行的订单 %2 仅大小写不同：订单号不区分大小写。</translation>
    </message>
    <message>
        <source>Order %1 already exists as %2: order numbers are the same whatever their case.</source>
        <translation>订单 %1 已以 %2 的形式存在：订单号不区分大小写。</translation>
    </message>
    <message>
        <source>description is too long (%1 characters; at most %2).</source>
        <translation>description 过长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>description：%1</translation>
    </message>
    <message>
        <source>on hold without held_from_status: the order returns to &quot;%1&quot; when the hold ends.</source>
        <translation>暂停订单未填 held_from_status：暂停结束后订单回到“%1”。</translation>
    </message>
    <message>
        <source>held_from_status: &quot;%1&quot; is not a status an order can be held from; use an open status such as confirmed or in_production.</source>
        <translation>held_from_status：“%1”不是订单可以暂停前所处的状态；请使用未完成的状态，例如 confirmed 或 in_production。</translation>
    </message>
    <message>
        <source>held_from_status: only an order on hold has one.</source>
        <translation>held_from_status：只有暂停（on_hold）的订单才填写此列。</translation>
    </message>
    <message>
        <source>tax_percent must be between 0 and 100.</source>
        <translation>tax_percent 必须在 0 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>CsvPaymentImporter</name>
    <message>
        <source>customer_code: the customer&apos;s code is missing.</source>
        <translation>customer_code：缺少客户编码。</translation>
    </message>
    <message>
        <source>customer_code: there is no customer %1.</source>
        <translation>customer_code：没有客户 %1。</translation>
    </message>
    <message>
        <source>date: the date the money was received is missing.</source>
        <translation>date：缺少收款日期。</translation>
    </message>
    <message>
        <source>amount: the amount is missing.</source>
        <translation>amount：缺少金额。</translation>
    </message>
    <message>
        <source>method: &quot;%1&quot; is not a payment method (use bank_transfer, acceptance_bill, cash, wechat or alipay).</source>
        <translation>method：“%1”不是收款方式（可用 bank_transfer、acceptance_bill、cash、wechat 或 alipay）。</translation>
    </message>
    <message>
        <source>reference: payment %1 of customer %2 appears twice in the file (first on line %3).</source>
        <translation>reference：客户 %2 的收款 %1 在文件中出现两次（首次在第 %3 行）。</translation>
    </message>
    <message>
        <source>Payment %1 of customer %2 (%3 on %4) is already recorded.</source>
        <translation>客户 %2 的收款 %1（%4 收到 %3）已登记过。</translation>
    </message>
    <message>
        <source>reference: payment %1 of customer %2 is already recorded as %3 on %4, not %5 on %6.</source>
        <translation>reference：客户 %2 的收款 %1 已登记为 %4 收到 %3，而不是 %6 收到 %5。</translation>
    </message>
    <message>
        <source>invoice_no: there is no invoice %1.</source>
        <translation>invoice_no：没有发票 %1。</translation>
    </message>
    <message>
        <source>invoice_no: invoice %1 is not one of customer %2&apos;s.</source>
        <translation>invoice_no：发票 %1 不属于客户 %2。</translation>
    </message>
    <message>
        <source>invoice_no: invoice %1 has nothing open; leave invoice_no empty to keep the payment as the customer&apos;s advance.</source>
        <translation>invoice_no：发票 %1 已无未收金额；如要作为客户预收款，请将 invoice_no 留空。</translation>
    </message>
</context>
<context>
    <name>CsvProductImporter</name>
    <message>
        <source>SKU %1 appears twice in the file (first on line %2).</source>
        <translation>产品编码 %1 在文件中重复出现（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <source>SKU %1 already exists.</source>
        <translation>产品编码 %1 已存在。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This file is UTF-16 text (what Excel saves as &quot;Unicode Text&quot;). Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>此文件是 UTF-16 文本（即 Excel 保存的“Unicode 文本”）。请在 Excel 中另存为“CSV UTF-8(逗号分隔)”后重试。</translation>
    </message>
    <message>
        <source>This line contains a NUL byte, which no text file has: the file is damaged or is not a CSV file.</source>
        <translation>此行含有 NUL 字节，正常的文本文件中不会出现：文件已损坏或不是 CSV 文件。</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 although the rest of the file is: the file may be damaged or pasted together from files in different encodings.</source>
        <translation>文件其余部分是 UTF-8 编码，但此行不是有效的 UTF-8：文件可能已损坏，或由不同编码的文件拼接而成。</translation>
    </message>
    <message>
        <source>This file is not UTF-8, and GB18030 (GBK) text cannot be read on this computer. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>此文件不是 UTF-8 编码，而本机无法读取 GB18030（GBK）文本。请在 Excel 中另存为“CSV UTF-8(逗号分隔)”后重试。</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the &quot; that opens it has no matching &quot;.</source>
        <translation>有一个带引号的字段没有结束：开头的 &quot; 没有对应的结尾 &quot;。</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field: a &quot; inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>字段的结尾引号后还有文字：带引号的字段内的 &quot; 必须写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>This file is UTF-32 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>此文件是 UTF-32 文本。请另存为“CSV UTF-8(逗号分隔)”后重试。</translation>
    </message>
    <message>
        <source>This line is neither UTF-8 nor GB18030 (GBK) text, and the file is not clean text in either encoding. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>此行既不是 UTF-8 也不是 GB18030（GBK）文本，整个文件在这两种编码下都不是规范文本。请在 Excel 中另存为“CSV UTF-8(逗号分隔)”后重试。</translation>
    </message>
</context>
<context>
    <name>CsvRoutingImporter</name>
    <message>
        <source>sku is empty.</source>
        <translation>sku 为空。</translation>
    </message>
    <message>
        <source>sku: there is no product with SKU %1.</source>
        <translation>sku：不存在产品编码为 %1 的产品。</translation>
    </message>
    <message>
        <source>work_centre: there is no work centre %1; import the work centres first.</source>
        <translation>work_centre：不存在工作中心 %1；请先导入工作中心。</translation>
    </message>
    <message>
        <source>work_centre: work centre %1 is deactivated; a routing cannot use it.</source>
        <translation>work_centre：工作中心 %1 已停用，工艺路线不能使用它。</translation>
    </message>
    <message>
        <source>Step %1 of %2 appears twice in the file (first on line %3).</source>
        <translation>%2 的第 %1 道工序在文件中出现了两次（首次在第 %3 行）。</translation>
    </message>
    <message>
        <source>alternatives: there is no work centre %1.</source>
        <translation>alternatives：没有工作中心 %1。</translation>
    </message>
    <message>
        <source>alternatives: work centre %1 is deactivated; a routing cannot use it.</source>
        <translation>alternatives：工作中心 %1 已停用，工艺路线不能使用。</translation>
    </message>
</context>
<context>
    <name>CsvWorkCentreImporter</name>
    <message>
        <source>Work centre %1 appears twice in the file (first on line %2).</source>
        <translation>工作中心 %1 在文件中出现了两次（首次在第 %2 行）。</translation>
    </message>
</context>
<context>
    <name>CustomerBalanceRepository</name>
    <message>
        <source>read the customer&apos;s balance</source>
        <translation>读取客户余额</translation>
    </message>
</context>
<context>
    <name>CustomerDashboardRepository</name>
    <message>
        <source>read the customer&apos;s orders per month</source>
        <translation>读取该客户每月的订单</translation>
    </message>
    <message>
        <source>read the customer&apos;s open orders per status</source>
        <translation>读取该客户各状态的未完成订单</translation>
    </message>
    <message>
        <source>count the customer&apos;s orders shipped</source>
        <translation>统计该客户已发货的订单</translation>
    </message>
    <message>
        <source>count the customer&apos;s orders late and at risk</source>
        <translation>统计该客户延期和有风险的订单</translation>
    </message>
    <message>
        <source>count the customer&apos;s open exceptions</source>
        <translation>统计该客户未关闭的异常</translation>
    </message>
    <message>
        <source>count the customer&apos;s orders shipped per month</source>
        <translation>按月统计该客户已发货的订单</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Enter a customer code.</source>
        <translation>请输入客户编码。</translation>
    </message>
    <message>
        <source>The customer code may have up to 32 letters, digits, dots, dashes and underscores.</source>
        <translation>客户编码最多 32 个字符，只能包含字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The notes are too long (at most 10,000 characters).</source>
        <translation>备注过长（最多 10,000 个字符）。</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>电子邮件地址格式不正确。</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative (0 means no limit).</source>
        <translation>信用额度不能为负数（0 表示不限）。</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>账期必须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <source>There is already a customer with code %1.</source>
        <translation>客户编码 %1 已存在。</translation>
    </message>
    <message>
        <source>The document language must be one of: %1.</source>
        <translation>单据语言必须是以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>CustomerStatement</name>
    <message>
        <source>Enter the first and last day of the statement.</source>
        <translation>请输入对账单的起止日期。</translation>
    </message>
    <message>
        <source>The statement ends (%1) before it starts (%2).</source>
        <translation>对账单的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 is dated %2, outside the statement&apos;s period.</source>
        <translation>%1 的日期为 %2，不在对账期间内。</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
</context>
<context>
    <name>DashboardChartRepository</name>
    <message>
        <source>recount the summary %1</source>
        <translation>重新统计汇总表 %1</translation>
    </message>
    <message>
        <source>read the shipments per month</source>
        <translation>读取每月发货数</translation>
    </message>
    <message>
        <source>read the customers&apos; orders per month</source>
        <translation>读取各客户每月订单</translation>
    </message>
</context>
<context>
    <name>DashboardDocument</name>
    <message>
        <source>Business dashboard %1</source>
        <translation>经营看板 %1</translation>
    </message>
    <message>
        <source>Salesperson: everyone</source>
        <translation>业务员：全部</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>业务员：%1</translation>
    </message>
    <message>
        <source>%1 · Month: %2 · Amounts in %3 · Generated %4 by %5</source>
        <translation>%1 · 月份：%2 · 金额单位 %3 · %5 生成于 %4</translation>
    </message>
    <message>
        <source>%1: no intake</source>
        <translation>%1：无接单</translation>
    </message>
    <message>
        <source>Intake %1</source>
        <translation>%1 接单</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 张订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Against last month</source>
        <translation>环比上月</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Against a year ago</source>
        <translation>同比去年</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>在手订单</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n 张未完成订单</numerusform>
        </translation>
    </message>
    <message>
        <source>On time (90 days)</source>
        <translation>准时交付（90 天）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shipped with a promise</source>
        <translation>
            <numerusform>有承诺交期的 %n 张中 %1 张准时</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已延期</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) past the promise</source>
        <translation>
            <numerusform>%n 张已过承诺交期</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>未关闭异常</translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <source>of %1 outstanding</source>
        <translation>应收余额 %1</translation>
    </message>
    <message>
        <source>Days sales outstanding</source>
        <translation>应收账款周转天数</translation>
    </message>
    <message>
        <source>over the last 90 days</source>
        <translation>按最近 90 天计算</translation>
    </message>
    <message>
        <source>Order intake by month (%1)</source>
        <translation>每月接单（%1）</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>还没有订单。</translation>
    </message>
    <message>
        <source>Backlog by status (%1)</source>
        <translation>在手订单（按状态，%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n order(s)</source>
        <translation>
            <numerusform>%1 · %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>No open orders.</source>
        <translation>没有未完成的订单。</translation>
    </message>
    <message>
        <source>Receivables ageing (%1)</source>
        <translation>应收账龄（%1）</translation>
    </message>
    <message>
        <source>Receivables are shown to finance and managers for the whole company.</source>
        <translation>应收账款只对财务和经理显示，且为全公司数据。</translation>
    </message>
    <message numerus="yes">
        <source>Work-centre load, next %n week(s)</source>
        <translation>
            <numerusform>工作中心负荷（未来 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <source>No work centres.</source>
        <translation>没有工作中心。</translation>
    </message>
    <message>
        <source>Work-centre load is not shown to this user.</source>
        <translation>此用户看不到工作中心负荷。</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>无产能</translation>
    </message>
    <message>
        <source>Planned hours against capacity; the line is 100 %.</source>
        <translation>计划工时占产能的比例；竖线为 100 %。</translation>
    </message>
    <message>
        <source>Open orders behind their promise (%1)</source>
        <translation>未完成订单与交期风险（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in other currencies are counted but not in the values.</source>
        <translation>
            <numerusform>%n 张其他币种订单计入张数，未计入金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the PDF file.</source>
        <translation>无法开始写入 PDF 文件。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file: %1</source>
        <translation>无法写入 PDF 文件：%1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>On-time delivery by month (%)</source>
        <translation>各月准时交付率（%）</translation>
    </message>
    <message>
        <source>No order with a promised date shipped in these 12 months.</source>
        <translation>这 12 个月没有带承诺交期的订单发货。</translation>
    </message>
    <message>
        <source>Narrowed to one customer.</source>
        <translation>已限定为一个客户。</translation>
    </message>
    <message>
        <source>Top customers by overdue amount (%1)</source>
        <translation>逾期金额前十客户（%1）</translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation>没有逾期发票。</translation>
    </message>
    <message>
        <source>Top customers by value, 12 months (%1)</source>
        <translation>客户订单金额排行（近 12 个月，%1）</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>read the orders per month</source>
        <translation>读取每月订单</translation>
    </message>
    <message>
        <source>read the open orders per status</source>
        <translation>按状态读取未完成订单</translation>
    </message>
    <message>
        <source>count the orders shipped</source>
        <translation>统计已发货订单</translation>
    </message>
    <message>
        <source>count the open exceptions</source>
        <translation>统计未关闭的异常</translation>
    </message>
    <message>
        <source>recount the orders per month</source>
        <translation>重新统计每月订单</translation>
    </message>
    <message>
        <source>recount the shipments</source>
        <translation>重新统计发货记录</translation>
    </message>
    <message>
        <source>count the orders late and at risk</source>
        <translation>统计已延误和有风险的订单</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The orders&apos; value is too large to add up.</source>
        <translation>订单金额过大，无法合计。</translation>
    </message>
    <message>
        <source>Sign in to see the dashboard.</source>
        <translation>请先登录再查看经营看板。</translation>
    </message>
    <message>
        <source>The planned hours are too large to add up.</source>
        <translation>计划工时过大，无法合计。</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>没有这个客户。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>数据库正被其他窗口或程序占用，请稍后再试。</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>open the database %1</source>
        <translation>打开数据库 %1</translation>
    </message>
    <message>
        <source>%1 is not an OrderDesk database.</source>
        <translation>%1 不是订单管家数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer OrderDesk (schema %2; this version reads up to %3).</source>
        <translation>%1 由更新版本的订单管家写入（数据库结构版本 %2；本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本缺少数据库迁移 %1。</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation>执行“%1”</translation>
    </message>
    <message>
        <source>This build of OrderDesk is broken: %1</source>
        <translation>此版本的订单管家已损坏：%1</translation>
    </message>
    <message>
        <source>The database is read-only: OrderDesk may read it but not change it. Ask whoever looks after this computer to let you write the file and its folder.</source>
        <translation>数据库为只读：订单管家可以读取但不能修改。请联系这台电脑的管理人员，为您开通该文件及其文件夹的写入权限。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an OrderDesk database.</source>
        <translation>%1 是空文件，不是订单管家数据库。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an OrderDesk database.</source>
        <translation>%1 是文件夹，不是订单管家数据库。</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older OrderDesk; open it once with permission to write, so that it can be brought up to date.</source>
        <translation>%1 为只读，且由旧版订单管家写入；请以可写入的权限打开一次，以便升级数据库结构。</translation>
    </message>
    <message>
        <source>create the database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>%1 has been %2 since %3; the database takes other changes again when that has finished. Try again then.</source>
        <translation>%1 自 %3 起一直在%2；完成后数据库才能接受其他更改。请届时再试。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 不是数据库文件。</translation>
    </message>
    <message>
        <source>Could not write the copy %1: %2</source>
        <translation>无法写入副本 %1：%2</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>复制已取消。</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The database is still open in another window or program. Close it there and try again.</source>
        <translation>数据库仍在其他窗口或程序中打开，请先在那里关闭后重试。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheckService</name>
    <message>
        <source>… and more problems of this kind.</source>
        <translation>……另有更多同类问题。</translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation>正在检查数据库文件</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
    <message>
        <source>Checking references between records</source>
        <translation>正在检查记录之间的引用</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing record in %3.</source>
        <translation>%2 中 ID 为 %1 的行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Checking order totals</source>
        <translation>正在检查订单金额</translation>
    </message>
    <message>
        <source>Order %1: subtotal %2 but its lines add up to %3.</source>
        <translation>订单 %1：小计为 %2，但各订单行合计为 %3。</translation>
    </message>
    <message>
        <source>Order %1: total %2 is not subtotal %3 + tax %4.</source>
        <translation>订单 %1：合计 %2 不等于小计 %3 + 税额 %4。</translation>
    </message>
    <message>
        <source>Order %1: says %2 lines but has %3.</source>
        <translation>订单 %1：记录为 %2 行，实际有 %3 行。</translation>
    </message>
    <message>
        <source>Checking order statuses</source>
        <translation>正在检查订单状态</translation>
    </message>
    <message>
        <source>Order %1 has a status this version does not know.</source>
        <translation>订单 %1 的状态无法被本版本识别。</translation>
    </message>
    <message>
        <source>Checking the search index</source>
        <translation>正在检查搜索索引</translation>
    </message>
    <message>
        <source>Order %1 cannot be found by search (no search-index row).</source>
        <translation>订单 %1 无法被搜索到（缺少搜索索引记录）。</translation>
    </message>
    <message>
        <source>The search index has a row (%1) for an order that does not exist.</source>
        <translation>搜索索引中有一条记录（%1）对应的订单不存在。</translation>
    </message>
    <message>
        <source>Checking the planned load of the work centres</source>
        <translation>正在检查各工作中心的已排负荷</translation>
    </message>
    <message>
        <source>Work centre %1 on %2: the committed plans add up to %3 hours, the planned load says %4.</source>
        <translation>工作中心 %1 在 %2：已确认的计划合计 %3 小时，而已排负荷记录为 %4 小时。</translation>
    </message>
    <message>
        <source>Checking that every payment is applied or an advance</source>
        <translation>正在检查每笔收款都已核销或计为预收款</translation>
    </message>
    <message>
        <source>Payments add up to %1, but %2 is applied to invoices and %3 is held as advances: %4 is unaccounted for.</source>
        <translation>收款合计 %1，但已核销到发票 %2、预收款 %3：有 %4 下落不明。</translation>
    </message>
    <message>
        <source>Checking invoices, credit notes and payments</source>
        <translation>正在检查发票、红字发票和收款</translation>
    </message>
    <message>
        <source>Invoice %1: subtotal %2 but its lines add up to %3.</source>
        <translation>发票 %1：小计为 %2，但各明细行合计为 %3。</translation>
    </message>
    <message>
        <source>Invoice %1: tax %2 but its lines give %3.</source>
        <translation>发票 %1：税额为 %2，但按明细行计算为 %3。</translation>
    </message>
    <message>
        <source>Invoice %1: says %2 credited but its credit notes add up to %3.</source>
        <translation>发票 %1：记录已冲红 %2，但其红字发票合计为 %3。</translation>
    </message>
    <message>
        <source>Invoice %1: says %2 written off but its write-offs add up to %3.</source>
        <translation>发票 %1：记录已核销坏账 %2，但其核销记录合计为 %3。</translation>
    </message>
    <message>
        <source>Invoice %1: says %2 paid but the payments applied to it add up to %3.</source>
        <translation>发票 %1：记录已收 %2，但核销到它的收款合计为 %3。</translation>
    </message>
    <message>
        <source>Credit note %1: subtotal %2 but its lines add up to %3.</source>
        <translation>红字发票 %1：小计为 %2，但各明细行合计为 %3。</translation>
    </message>
    <message>
        <source>Payment %1 of customer %2: says %3 applied but its applications add up to %4.</source>
        <translation>客户 %2 的收款 %1：记录已核销 %3，但其核销记录合计为 %4。</translation>
    </message>
    <message>
        <source>Payment %1 of customer %2: %3 more taken back from invoice %4 than it applied there.</source>
        <translation>客户 %2 的收款 %1：从发票 %4 撤回的金额比核销到该发票的多 %3。</translation>
    </message>
    <message>
        <source>Checking customer balances</source>
        <translation>正在检查客户余额</translation>
    </message>
    <message>
        <source>Customer %1: the balance kept (invoiced %2, credited %3, written off %4, paid %5, applied %6) is not what its documents add up to (%7, %8, %9, %10, %11).</source>
        <translation>客户 %1：记录的余额（开票 %2、冲红 %3、坏账核销 %4、收款 %5、已核销 %6）与其单据合计（%7、%8、%9、%10、%11）不符。</translation>
    </message>
    <message>
        <source>Checking order settlement</source>
        <translation>正在检查订单结算状态</translation>
    </message>
    <message>
        <source>Order %1 has a settlement state this version does not know.</source>
        <translation>订单 %1 的结算状态无法被本版本识别。</translation>
    </message>
    <message>
        <source>Order %1 says &quot;%2&quot; but its invoices and payments make it &quot;%3&quot;.</source>
        <translation>订单 %1 记录为“%2”，但按其发票和收款应为“%3”。</translation>
    </message>
    <message>
        <source>Checking the dashboard&apos;s order summaries</source>
        <translation>正在检查经营看板的订单汇总</translation>
    </message>
    <message>
        <source>Orders of %1, status %2, salesperson #%3, %4: the summary says %5 orders worth %6, the orders themselves are %7 worth %8.</source>
        <translation>%1 的订单（状态 %2，业务员 #%3，%4）：汇总记为 %5 单、金额 %6，订单本身为 %7 单、金额 %8。</translation>
    </message>
    <message>
        <source>Order %1: the day it shipped in the dashboard&apos;s summary is not the day its timeline records.</source>
        <translation>订单 %1：经营看板汇总中的发货日期与订单时间线记录的不一致。</translation>
    </message>
    <message>
        <source>Order %1 is on the wrong side of the Invoicing list: what is left to invoice of it says otherwise.</source>
        <translation>订单 %1 在开票清单中的位置有误：其剩余待开票数量与此不符。</translation>
    </message>
    <message>
        <source>Checking the stage durations of the bottleneck analysis</source>
        <translation>正在检查瓶颈分析的阶段时长</translation>
    </message>
    <message>
        <source>Stage %1 left on %2 after %3 hours: the summary counts %4 times, the recorded stage durations %5.</source>
        <translation>阶段 %1 于 %2 结束、历时 %3 小时：汇总记为 %4 次，阶段时长记录为 %5 次。</translation>
    </message>
    <message>
        <source>Stage %1 on %2: %3 stage durations are kept, the timeline and step dates give %4 (or other hours).</source>
        <translation>阶段 %1 在 %2：保存的阶段时长有 %3 条，按时间线和工序日期应为 %4 条（或小时数不同）。</translation>
    </message>
    <message>
        <source>Orders shipped in %1: the on-time summary differs from a count of the shipments.</source>
        <translation>%1 发货的订单：准时汇总与按发货重新统计的结果不一致。</translation>
    </message>
    <message>
        <source>Orders of %1: the customers&apos; summary differs from a count of the orders.</source>
        <translation>%1 的订单：客户汇总与按订单重新统计的结果不一致。</translation>
    </message>
    <message>
        <source>Checking the summaries of the on-time delivery report</source>
        <translation>正在检查准时交付报表的汇总</translation>
    </message>
    <message>
        <source>Order %1: the on-time report&apos;s summary does not count it as its status, shipments and review give.</source>
        <translation>订单 %1：准时交付报表的汇总未按其状态、发货和事后分析计入。</translation>
    </message>
    <message>
        <source>%1 on %2, %3: the on-time report&apos;s summary counts %4 orders delivered, a recount %5 (or other figures).</source>
        <translation>%1 %2，%3：准时交付报表的汇总记为交付 %4 单，重新统计为 %5 单（或其他数字不符）。</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>Generating the demo company…</source>
        <translation>正在生成演示公司…</translation>
    </message>
    <message>
        <source>Generating demo orders: %1 of %2</source>
        <translation>正在生成演示订单：%1 / %2</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>演示公司</translation>
    </message>
</context>
<context>
    <name>DateAcceptanceService</name>
    <message>
        <source>%1 is promised for %2, later than the %3 the customer asked for: record that the customer accepted the new date before production starts.</source>
        <translation>%1 的承诺交期 %2 晚于客户要求的 %3：请先记录客户已接受新交期，才能开工。</translation>
    </message>
    <message>
        <source>Say who on the customer&apos;s side accepted the new date.</source>
        <translation>请填写客户方接受新交期的人。</translation>
    </message>
    <message>
        <source>The name of who accepted is longer than %1 characters.</source>
        <translation>接受人的名字超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The customer cannot have accepted the date in the future.</source>
        <translation>客户接受的时间不能在将来。</translation>
    </message>
    <message>
        <source>A later date is accepted for a planned order; %1 is &quot;%2&quot;.</source>
        <translation>只有已排产的订单才需要客户接受新交期；%1 的状态是“%2”。</translation>
    </message>
    <message>
        <source>%1 has no committed plan whose date the customer could accept.</source>
        <translation>%1 没有已确定的计划，没有可供客户接受的交期。</translation>
    </message>
    <message>
        <source>%1 is promised for %2, not later than the customer asked: there is no new date to accept.</source>
        <translation>%1 的承诺交期 %2 不晚于客户要求，没有需要接受的新交期。</translation>
    </message>
    <message>
        <source>The customer already accepted delivery on %1 (%2, %3).</source>
        <translation>客户已接受 %1 交货（%2，%3）。</translation>
    </message>
</context>
<context>
    <name>DemoBulkWriter</name>
    <message>
        <source>read the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <source>Loading has already started.</source>
        <translation>数据载入已经开始。</translation>
    </message>
    <message>
        <source>read the database settings</source>
        <translation>读取数据库设置</translation>
    </message>
    <message>
        <source>open the database %1</source>
        <translation>打开数据库 %1</translation>
    </message>
    <message>
        <source>prepare the database for loading</source>
        <translation>准备数据库以载入数据</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>读取数据库结构</translation>
    </message>
    <message>
        <source>start loading</source>
        <translation>开始载入</translation>
    </message>
    <message>
        <source>prepare the demo data</source>
        <translation>准备演示数据</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <source>save the user %1</source>
        <translation>保存用户 %1</translation>
    </message>
    <message>
        <source>save the customer %1</source>
        <translation>保存客户 %1</translation>
    </message>
    <message>
        <source>save the product %1</source>
        <translation>保存产品 %1</translation>
    </message>
    <message>
        <source>record the order&apos;s timeline</source>
        <translation>记录订单时间线</translation>
    </message>
    <message>
        <source>record the confirmation</source>
        <translation>记录订单确认</translation>
    </message>
    <message>
        <source>number the orders</source>
        <translation>为订单编号</translation>
    </message>
    <message>
        <source>rebuild the index %1</source>
        <translation>重建索引 %1</translation>
    </message>
    <message>
        <source>Loading has not started.</source>
        <translation>数据载入尚未开始。</translation>
    </message>
    <message>
        <source>save the demo data</source>
        <translation>保存演示数据</translation>
    </message>
    <message>
        <source>discard the demo data</source>
        <translation>丢弃演示数据</translation>
    </message>
    <message>
        <source>The database has no order lines or search index table.</source>
        <translation>数据库中没有订单行表或搜索索引表。</translation>
    </message>
    <message>
        <source>read the work centres</source>
        <translation>读取工作中心</translation>
    </message>
    <message>
        <source>save the work centre %1</source>
        <translation>保存工作中心 %1</translation>
    </message>
    <message>
        <source>save the routing step %1</source>
        <translation>保存工艺路线工序 %1</translation>
    </message>
    <message>
        <source>count the dashboard&apos;s summaries</source>
        <translation>统计经营看板的汇总</translation>
    </message>
    <message>
        <source>record the shipment</source>
        <translation>记录发货</translation>
    </message>
    <message>
        <source>number the documents</source>
        <translation>为单据编号</translation>
    </message>
    <message>
        <source>measure the stages of the orders</source>
        <translation>计算订单各阶段时长</translation>
    </message>
    <message>
        <source>count the stages of the orders</source>
        <translation>统计订单各阶段</translation>
    </message>
    <message>
        <source>read the orders</source>
        <translation>读取订单</translation>
    </message>
    <message>
        <source>The database has no table %1.</source>
        <translation>数据库中没有表 %1。</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of demo orders must be between 0 and %1.</source>
        <translation>演示订单数量必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 10000.</source>
        <translation>演示客户数量必须在 1 到 10000 之间。</translation>
    </message>
    <message>
        <source>%1 already has customers or orders. Demo data only goes into an empty database.</source>
        <translation>%1 中已有客户或订单。演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>A demo password could not be hashed.</source>
        <translation>无法为演示账户生成密码。</translation>
    </message>
</context>
<context>
    <name>DemoSettlement</name>
    <message>
        <source>The demo invoice of order %1 does not come to the order&apos;s total.</source>
        <translation>订单 %1 的演示发票金额与订单合计不符。</translation>
    </message>
    <message>
        <source>The demo order %1 was written with another settlement state than its invoice gives.</source>
        <translation>演示订单 %1 写入的结算状态与其发票得出的状态不一致。</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>DiscussionService</name>
    <message>
        <source>Write something first.</source>
        <translation>请先写点内容。</translation>
    </message>
    <message>
        <source>A comment may be at most %1 characters; this one has %2.</source>
        <translation>留言最多 %1 个字，当前 %2 个字。</translation>
    </message>
    <message>
        <source>At most %1 files may be attached to one comment.</source>
        <translation>每条留言最多附加 %1 个文件。</translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>%1 may not see order %2, which belongs to another salesperson: mention the manager or a department instead.</source>
        <translation>%1 无权查看订单 %2（属于其他业务员）：请改为 @经理 或 @部门。</translation>
    </message>
</context>
<context>
    <name>DocumentNumberAllocator</name>
    <message>
        <source>number the invoice</source>
        <translation>为发票编号</translation>
    </message>
    <message>
        <source>number the credit note</source>
        <translation>为红字发票编号</translation>
    </message>
    <message>
        <source>number the exception</source>
        <translation>为异常编号</translation>
    </message>
    <message>
        <source>number the shipment</source>
        <translation>为发货单编号</translation>
    </message>
    <message>
        <source>number the change request</source>
        <translation>为变更申请编号</translation>
    </message>
</context>
<context>
    <name>DoubtfulReceivablesRepository</name>
    <message>
        <source>list the doubtful receivables</source>
        <translation>列出可疑应收账款</translation>
    </message>
    <message>
        <source>add up the doubtful receivables</source>
        <translation>汇总可疑应收账款</translation>
    </message>
</context>
<context>
    <name>ExceptionEventText</name>
    <message>
        <source>Exception %1 raised (%2, %3 severity), owner %4: %5</source>
        <translation>登记异常 %1（%2，严重程度：%3），负责人 %4：%5</translation>
    </message>
    <message>
        <source>Response plan for exception %1: %2</source>
        <translation>异常 %1 的处理方案：%2</translation>
    </message>
    <message>
        <source>Customer told about exception %1 (%2): %3</source>
        <translation>已就异常 %1 告知客户（%2）：%3</translation>
    </message>
    <message>
        <source>%1 told about exception %2 (%3): %4</source>
        <translation>已就异常 %2 告知 %1（%3）：%4</translation>
    </message>
    <message>
        <source>Exception %1 handed over to %2.</source>
        <translation>异常 %1 已移交给 %2。</translation>
    </message>
    <message>
        <source>Exception %1 closed, cost %2: %3</source>
        <translation>异常 %1 已关闭，费用 %2：%3</translation>
    </message>
    <message>
        <source>Exception raised</source>
        <translation>登记异常</translation>
    </message>
    <message>
        <source>Exception plan</source>
        <translation>异常处理方案</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Exception handed over</source>
        <translation>异常移交</translation>
    </message>
    <message>
        <source>Exception closed</source>
        <translation>异常关闭</translation>
    </message>
</context>
<context>
    <name>ExceptionKind</name>
    <message>
        <source>Quality</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Material shortage</source>
        <translation>缺料</translation>
    </message>
    <message>
        <source>Equipment breakdown</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <source>Logistics delay or damage</source>
        <translation>物流延误或损坏</translation>
    </message>
    <message>
        <source>Customer dispute</source>
        <translation>客户争议</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款问题</translation>
    </message>
</context>
<context>
    <name>ExceptionRepository</name>
    <message>
        <source>record the exception</source>
        <translation>记录异常</translation>
    </message>
    <message>
        <source>read the exception</source>
        <translation>读取异常</translation>
    </message>
    <message>
        <source>read the exceptions</source>
        <translation>读取异常列表</translation>
    </message>
    <message>
        <source>record the response plan</source>
        <translation>记录处理方案</translation>
    </message>
    <message>
        <source>hand the exception over</source>
        <translation>移交异常</translation>
    </message>
    <message>
        <source>close the exception</source>
        <translation>关闭异常</translation>
    </message>
    <message>
        <source>log the contact</source>
        <translation>记录客户沟通</translation>
    </message>
    <message>
        <source>read the contacts</source>
        <translation>读取客户沟通记录</translation>
    </message>
</context>
<context>
    <name>ExceptionRules</name>
    <message>
        <source>Keep it under %1 characters (this is %2).</source>
        <translation>请控制在 %1 个字符以内（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Describe what went wrong.</source>
        <translation>请描述出了什么问题。</translation>
    </message>
    <message>
        <source>Choose who owns the exception.</source>
        <translation>请选择异常的负责人。</translation>
    </message>
    <message>
        <source>The due date %1 has already passed.</source>
        <translation>期限 %1 已经过去。</translation>
    </message>
    <message>
        <source>Describe the response plan.</source>
        <translation>请填写处理方案。</translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation>请填写告知客户的内容。</translation>
    </message>
    <message>
        <source>An exception is closed with its resolution: say how it was resolved.</source>
        <translation>关闭异常须填写处理结果：说明是如何解决的。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
</context>
<context>
    <name>ExceptionService</name>
    <message>
        <source>The owner must be a user who can sign in.</source>
        <translation>负责人必须是可以登录的用户。</translation>
    </message>
    <message>
        <source>The exception does not exist, or it is not yours to see.</source>
        <translation>异常不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Exception %1 was closed on %2; it cannot be changed.</source>
        <translation>异常 %1 已于 %2 关闭，不能再修改。</translation>
    </message>
    <message>
        <source>Only %1, who owns exception %2, or a manager may do this.</source>
        <translation>只有异常 %2 的负责人 %1 或经理可以执行此操作。</translation>
    </message>
    <message>
        <source>Exception %1 was closed by someone else just now.</source>
        <translation>异常 %1 刚刚已被他人关闭。</translation>
    </message>
    <message>
        <source>The exception %1 does not exist, or it is not yours to see.</source>
        <translation>异常 %1 不存在，或您无权查看。</translation>
    </message>
</context>
<context>
    <name>ExceptionSeverity</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>FinishedLineRepository</name>
    <message>
        <source>read what production has finished</source>
        <translation>读取生产已完工的数量</translation>
    </message>
    <message>
        <source>read what has been shipped</source>
        <translation>读取已发货数量</translation>
    </message>
</context>
<context>
    <name>InvoiceCalculator</name>
    <message>
        <source>The amounts are too large to invoice.</source>
        <translation>金额过大，无法开票。</translation>
    </message>
    <message>
        <source>Line %1 of order %2: what is left to invoice (%3) does not agree with its amount on the order (%4).</source>
        <translation>订单 %2 第 %1 行：剩余待开票金额（%3）与订单上的金额（%4）不符。</translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation>请选择要开票的客户。</translation>
    </message>
    <message>
        <source>Enter the invoice date.</source>
        <translation>请输入开票日期。</translation>
    </message>
    <message>
        <source>Payment terms cannot be negative.</source>
        <translation>付款期限不能为负数。</translation>
    </message>
    <message>
        <source>Choose at least one order to invoice.</source>
        <translation>请至少选择一个要开票的订单。</translation>
    </message>
    <message>
        <source>Order %1 belongs to another customer; one invoice is for one customer.</source>
        <translation>订单 %1 属于其他客户；一张发票只开给一个客户。</translation>
    </message>
    <message>
        <source>Order %1 is in %2, the others in %3; one invoice is in one currency.</source>
        <translation>订单 %1 的币种为 %2，其他订单为 %3；一张发票只用一种币种。</translation>
    </message>
    <message>
        <source>Order %1 is listed twice.</source>
        <translation>订单 %1 重复列出。</translation>
    </message>
    <message>
        <source>Line %1 of order %2</source>
        <translation>订单 %2 第 %1 行</translation>
    </message>
    <message>
        <source>%1: a quantity to invoice cannot be negative.</source>
        <translation>%1：开票数量不能为负数。</translation>
    </message>
    <message>
        <source>%1: %2 to invoice, but only %3 of it is not invoiced yet.</source>
        <translation>%1：要开票 %2，但尚未开票的只有 %3。</translation>
    </message>
    <message>
        <source>%1: %2 to invoice, but only %3 is shipped and not invoiced yet.</source>
        <translation>%1：要开票 %2，但已发货且未开票的只有 %3。</translation>
    </message>
    <message>
        <source>Less deposit invoiced on %1</source>
        <translation>减：已开票的定金 %1</translation>
    </message>
    <message>
        <source>There is nothing shipped and not yet invoiced to put on this invoice.</source>
        <translation>没有已发货且未开票的内容可开在这张发票上。</translation>
    </message>
    <message>
        <source>This invoice would be for less than nothing (%1).</source>
        <translation>这张发票的金额将小于零（%1）。</translation>
    </message>
    <message>
        <source>A deposit is more than 0% and at most 100% of the order (not %1%).</source>
        <translation>定金须大于订单的 0% 且不超过 100%（不能是 %1%）。</translation>
    </message>
    <message>
        <source>Order %1 already has a deposit invoice, %2.</source>
        <translation>订单 %1 已开过定金发票 %2。</translation>
    </message>
    <message>
        <source>Order %1 is already invoiced in part; a deposit is invoiced before anything else.</source>
        <translation>订单 %1 已部分开票；定金须在其他开票之前开具。</translation>
    </message>
    <message>
        <source>%1% of order %2 comes to nothing; there is no deposit to invoice.</source>
        <translation>订单 %2 的 %1% 金额为零；没有可开票的定金。</translation>
    </message>
    <message>
        <source>Deposit of %1% on order %2</source>
        <translation>订单 %2 的 %1% 定金</translation>
    </message>
</context>
<context>
    <name>InvoiceKind</name>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>定金发票</translation>
    </message>
</context>
<context>
    <name>InvoiceListRepository</name>
    <message>
        <source>read the invoices</source>
        <translation>读取发票</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>save invoice %1</source>
        <translation>保存发票 %1</translation>
    </message>
    <message>
        <source>save the lines of invoice %1</source>
        <translation>保存发票 %1 的明细行</translation>
    </message>
    <message>
        <source>read an invoice</source>
        <translation>读取发票</translation>
    </message>
    <message>
        <source>read the invoice lines</source>
        <translation>读取发票明细行</translation>
    </message>
    <message>
        <source>save the official invoice number</source>
        <translation>保存正式发票号码</translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>该发票已不存在。</translation>
    </message>
    <message>
        <source>list the customer&apos;s invoices</source>
        <translation>列出客户的发票</translation>
    </message>
    <message>
        <source>read the orders of the invoice</source>
        <translation>读取发票对应的订单</translation>
    </message>
    <message>
        <source>read the customer&apos;s open invoices</source>
        <translation>读取客户的未结发票</translation>
    </message>
    <message>
        <source>look up invoices</source>
        <translation>查找发票</translation>
    </message>
    <message>
        <source>read the orders of the invoices</source>
        <translation>读取发票所属的订单</translation>
    </message>
</context>
<context>
    <name>InvoiceSourceRepository</name>
    <message>
        <source>read the order to invoice</source>
        <translation>读取待开票的订单</translation>
    </message>
    <message>
        <source>read what is invoiced of the order</source>
        <translation>读取订单的已开票情况</translation>
    </message>
    <message>
        <source>read the order&apos;s deposit</source>
        <translation>读取订单的定金</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Open</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>部分收款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已冲红</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销坏账</translation>
    </message>
</context>
<context>
    <name>InvoicingService</name>
    <message>
        <source>There is no invoice %1.</source>
        <translation>没有发票 %1。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>订单已不存在。</translation>
    </message>
    <message>
        <source>Order %1 is %2: a deposit is invoiced between its confirmation and its shipping.</source>
        <translation>订单 %1 当前为“%2”:定金发票应在订单确认后、发货前开具。</translation>
    </message>
    <message>
        <source>Order %1 is %2: only what is shipped is invoiced.</source>
        <translation>订单 %1 当前为“%2”:只有已发货的部分才能开票。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>订单 %1 没有第 %2 行。</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1:%2</translation>
    </message>
    <message>
        <source>Type the 发票 number as the tax system printed it (up to 64 characters).</source>
        <translation>请按税务系统打印的发票号码填写(最多 64 个字符)。</translation>
    </message>
    <message>
        <source>Enter the date of the 发票.</source>
        <translation>请填写发票日期。</translation>
    </message>
    <message>
        <source>The 发票 cannot be dated before the invoice (%1).</source>
        <translation>发票日期不能早于开票日期(%1)。</translation>
    </message>
</context>
<context>
    <name>LessonRepository</name>
    <message>
        <source>save the lesson</source>
        <translation>保存经验</translation>
    </message>
    <message>
        <source>save the lesson&apos;s customers</source>
        <translation>保存经验关联的客户</translation>
    </message>
    <message>
        <source>save the lesson&apos;s products</source>
        <translation>保存经验关联的产品</translation>
    </message>
    <message>
        <source>read the lessons</source>
        <translation>读取经验库</translation>
    </message>
    <message>
        <source>The lessons&apos; customers and products cannot be read.</source>
        <translation>无法读取经验关联的客户和产品。</translation>
    </message>
</context>
<context>
    <name>LessonService</name>
    <message>
        <source>Sign in to write a lesson.</source>
        <translation>请先登录再写经验。</translation>
    </message>
    <message>
        <source>Write the lesson first.</source>
        <translation>请先写下经验内容。</translation>
    </message>
    <message>
        <source>A lesson may be at most %1 characters; this one has %2.</source>
        <translation>一条经验最多 %1 个字，当前 %2 个字。</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>没有代码为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>没有 SKU 为 %1 的产品。</translation>
    </message>
    <message>
        <source>Name the customer or the product the lesson is about, so that intake can show it.</source>
        <translation>请填写这条经验涉及的客户或产品，录单时才能提示。</translation>
    </message>
</context>
<context>
    <name>ListTables</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>预收</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Oldest overdue due date</source>
        <translation>最早逾期到期日</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <source>Receivables %1</source>
        <translation>应收账款 %1</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已红冲</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Official invoice no.</source>
        <translation>发票号码（税务）</translation>
    </message>
    <message>
        <source>Official invoice date</source>
        <translation>发票日期（税务）</translation>
    </message>
    <message>
        <source>Shipment no.</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipments so far</source>
        <translation>已发货次数</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Change no.</source>
        <translation>变更单号</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation>变更前合计</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>变更后合计</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>新修订版</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Exception no.</source>
        <translation>异常单号</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation>客户沟通次数</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Intake %1</source>
        <translation>%1 接单</translation>
    </message>
    <message>
        <source>Backlog (open orders)</source>
        <translation>在手订单</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>未关闭异常</translation>
    </message>
    <message>
        <source>On-time delivery (%)</source>
        <translation>准时交付率（%）</translation>
    </message>
    <message>
        <source>nothing with a promise shipped</source>
        <translation>没有带承诺交期的订单发货</translation>
    </message>
    <message>
        <source>Receivables outstanding</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <source>Days sales outstanding</source>
        <translation>应收账款周转天数</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Intake by month</source>
        <translation>每月接单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Backlog by status</source>
        <translation>在手订单（按状态）</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Work-centre load</source>
        <translation>工作中心负荷</translation>
    </message>
    <message>
        <source>Work centre</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation>可用工时</translation>
    </message>
    <message>
        <source>Choose a customer first: the payments listed are one customer&apos;s.</source>
        <translation>请先选择客户：列出的是一个客户的收款。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Bill maturity</source>
        <translation>汇票到期日</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <source>Late (early warning)</source>
        <translation>已延误（预警）</translation>
    </message>
    <message>
        <source>At risk (early warning)</source>
        <translation>有风险（预警）</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>On-time by month</source>
        <translation>各月准时交付</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Without a promise</source>
        <translation>无承诺交期</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>准时率（%）</translation>
    </message>
    <message>
        <source>Top customers by value</source>
        <translation>订单金额前十客户</translation>
    </message>
    <message>
        <source>Top customers by overdue</source>
        <translation>逾期金额前十客户</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>准时交付</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>签收订单数</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>准时率（%）</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>平均延误天数</translation>
    </message>
</context>
<context>
    <name>MentionParser</name>
    <message>
        <source>@%1 is neither a user nor a department.</source>
        <translation>@%1 既不是用户也不是部门。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 exists twice (%2 and %3).</source>
        <translation>数据库升级 %1 出现了两次（%2 和 %3）。</translation>
    </message>
    <message>
        <source>Migration %1 is missing (the next is %2, %3).</source>
        <translation>缺少数据库升级 %1（下一个是 %2，%3）。</translation>
    </message>
</context>
<context>
    <name>MyWorkRepository</name>
    <message>
        <source>list the steps you own</source>
        <translation>列出您负责的工序</translation>
    </message>
    <message>
        <source>list your customers&apos; overdue invoices</source>
        <translation>列出您客户的逾期发票</translation>
    </message>
    <message>
        <source>list the orders behind their promised date</source>
        <translation>列出落后于承诺交期的订单</translation>
    </message>
</context>
<context>
    <name>MyWorkService</name>
    <message>
        <source>%1 has not confirmed revision %2, sent on %3.</source>
        <translation>%1 尚未确认第 %2 版（%3 发出）。</translation>
    </message>
    <message>
        <source>Exception %1 (%2) needs a response plan: %3</source>
        <translation>异常 %1（%2）需要处理方案：%3</translation>
    </message>
    <message>
        <source>Exception %1 (%2) is open: %3</source>
        <translation>异常 %1（%2）尚未关闭：%3</translation>
    </message>
    <message>
        <source>%1 asked for %2 but the plan promises %3: record whether the customer accepts the later date before production starts.</source>
        <translation>%1 要求 %2 交货，计划承诺 %3：请在开工前记录客户是否接受新交期。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Finish %1 for %2 by %3.</source>
        <translation>%3 前为 %2 完成 %1。</translation>
    </message>
    <message>
        <source>Start %1 for %2 on %3.</source>
        <translation>%3 为 %2 开始 %1。</translation>
    </message>
    <message>
        <source>Invoice %1 (%2 %3): shipped and not invoiced yet.</source>
        <translation>给 %1 开票（%2 %3）：已发货尚未开票。</translation>
    </message>
    <message numerus="yes">
        <source>%1 owes %2 on invoice %3, due %4: %n day(s) overdue.</source>
        <translation>
            <numerusform>%1 欠发票 %3 的 %2，%4 到期：已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 promised to pay by %2 and has paid %3 since: call again.</source>
        <translation>%1 承诺 %2 前付款，此后仅付 %3：请再次催款。</translation>
    </message>
    <message>
        <source>%1&apos;s order was promised for %2 and is not ready: late.</source>
        <translation>%1 的订单承诺 %2 交货，尚未备好：已延期。</translation>
    </message>
    <message>
        <source>%1&apos;s order is planned to finish on %2, after the promised %3: at risk.</source>
        <translation>%1 的订单计划 %2 完成，晚于承诺的 %3：有风险。</translation>
    </message>
    <message>
        <source>%1&apos;s order has a step behind plan since %2: at risk.</source>
        <translation>%1 的订单自 %2 起有工序落后于计划：有风险。</translation>
    </message>
    <message numerus="yes">
        <source>Ship the rest to %1: %n shipment(s) left already.</source>
        <translation>
            <numerusform>向 %1 发出剩余货物：已发出 %n 批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship to %1: ready since production finished.</source>
        <translation>向 %1 发货：生产已完工，货物待发。</translation>
    </message>
    <message>
        <source>%1 wrote to you: %2</source>
        <translation>%1 给您留言：%2</translation>
    </message>
    <message>
        <source>Change %1 asked by %2 waits for your approval: %3</source>
        <translation>%2 申请的变更 %1 等待您审批：%3</translation>
    </message>
    <message>
        <source>Change %1 was rejected by %2: %3. Tell %4.</source>
        <translation>变更 %1 被 %2 驳回：%3。请告知 %4。</translation>
    </message>
    <message>
        <source>Call %1 (%2): %3 Next: %4</source>
        <translation>致电%1（%2）：%3 下一步：%4</translation>
    </message>
    <message>
        <source>Ship the finished lines of %1 now (line %2) to %3; the rest follows, forecast on %4.</source>
        <translation>现在先把 %1 已完工的行（第 %2 行）发给 %3；其余随后发出，预计 %4 完工。</translation>
    </message>
    <message>
        <source>Ship the finished lines of %1 now (line %2) to %3; the rest follows.</source>
        <translation>现在先把 %1 已完工的行（第 %2 行）发给 %3；其余随后发出。</translation>
    </message>
</context>
<context>
    <name>OnTimeGrouping</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Work centre</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OnTimeReportService</name>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>期间的结束日 %1 早于开始日 %2。</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未做分析</translation>
    </message>
</context>
<context>
    <name>OnTimeRepository</name>
    <message>
        <source>read the on-time figures</source>
        <translation>读取准时交付数据</translation>
    </message>
    <message>
        <source>count the delivered orders again</source>
        <translation>重新统计已交付订单</translation>
    </message>
</context>
<context>
    <name>OrderAccess</name>
    <message>
        <source>This order belongs to another salesperson.</source>
        <translation>此订单属于其他业务员。</translation>
    </message>
</context>
<context>
    <name>OrderChange</name>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
</context>
<context>
    <name>OrderCommentRepository</name>
    <message>
        <source>save the comment</source>
        <translation>保存留言</translation>
    </message>
    <message>
        <source>save the comment&apos;s mentions</source>
        <translation>保存留言中的 @提及</translation>
    </message>
    <message>
        <source>save the comment&apos;s attachments</source>
        <translation>保存留言的附件</translation>
    </message>
    <message>
        <source>read the order&apos;s discussion</source>
        <translation>读取订单沟通记录</translation>
    </message>
    <message>
        <source>read the attachment</source>
        <translation>读取附件</translation>
    </message>
    <message>
        <source>read the mentions waiting for an answer</source>
        <translation>读取待回复的 @提及</translation>
    </message>
</context>
<context>
    <name>OrderEventText</name>
    <message numerus="yes">
        <source>Order entered with %n line(s), total %1.</source>
        <translation>
            <numerusform>录入订单，共 %n 行，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by %1 (%2) on %3.</source>
        <translation>%1 于 %3 确认（%2）。</translation>
    </message>
    <message>
        <source>Sent to the customer for confirmation (revision %1).</source>
        <translation>已发送给客户确认（第 %1 版）。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Changed after it was sent: revision %1 starts and must be confirmed again.</source>
        <translation>发送后又作修改：已生成第 %1 版，需客户重新确认。</translation>
    </message>
    <message numerus="yes">
        <source>Edited: %n line(s), total %1.</source>
        <translation>
            <numerusform>已编辑：共 %n 行，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned to draft: %1</source>
        <translation>退回草稿：%1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Imported from %1 with status &quot;%2&quot;.</source>
        <translation>从 %1 导入，状态为“%2”。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>生成新修订版</translation>
    </message>
    <message>
        <source>Sent for confirmation</source>
        <translation>发送客户确认</translation>
    </message>
    <message>
        <source>Confirmed by customer</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Revision %1 starts: %2. It must be confirmed again.</source>
        <translation>开始第 %1 版修订：%2。需要客户重新确认。</translation>
    </message>
    <message>
        <source>Plan committed: delivery promised for %1 (earliest possible %2).</source>
        <translation>计划已确定：承诺交期 %1（最早可交期 %2）。</translation>
    </message>
    <message>
        <source>Earlier than capacity allows: %1</source>
        <translation>早于产能允许的日期：%1</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>工序 %1 %2</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 已开工。</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>%1 已完工。</translation>
    </message>
    <message>
        <source>%1 done on %2 (%3 of %4).</source>
        <translation>%2 完成 %1（已完成 %3 / %4）。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已排产</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>报工</translation>
    </message>
    <message>
        <source>The customer accepted delivery on %1 instead of the %2 asked for: %3 (%4), %5.</source>
        <translation>客户接受 %1 交货（原要求 %2）：%3（%4），%5。</translation>
    </message>
    <message>
        <source>%1 given to %2</source>
        <translation>%1 交给 %2 负责</translation>
    </message>
    <message>
        <source>%1 moved to start on %2 or later</source>
        <translation>%1 推迟到 %2 或之后开始</translation>
    </message>
    <message>
        <source>Plan changed: %1; earliest completion now %2.</source>
        <translation>计划已调整：%1；最早可交期现为 %2。</translation>
    </message>
    <message>
        <source>Later date accepted</source>
        <translation>客户接受新交期</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>计划调整</translation>
    </message>
    <message>
        <source>Invoice %1 issued: settlement %2 → %3.</source>
        <translation>已开具发票 %1：结算状态 %2 → %3。</translation>
    </message>
    <message>
        <source>Credit note %1 issued: settlement %2 → %3.</source>
        <translation>已开具红字发票 %1：结算状态 %2 → %3。</translation>
    </message>
    <message>
        <source>Payment %1 received: settlement %2 → %3.</source>
        <translation>已收款 %1：结算状态 %2 → %3。</translation>
    </message>
    <message>
        <source>Payment %1 re-applied: settlement %2 → %3.</source>
        <translation>收款 %1 已重新核销：结算状态 %2 → %3。</translation>
    </message>
    <message>
        <source>Payments imported from %1: settlement %2 → %3.</source>
        <translation>从 %1 导入收款：结算状态 %2 → %3。</translation>
    </message>
    <message>
        <source>Invoice %1 written off: settlement %2 → %3.</source>
        <translation>发票 %1 已核销坏账：结算状态 %2 → %3。</translation>
    </message>
    <message>
        <source>Settlement %1 → %2.</source>
        <translation>结算状态 %1 → %2。</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Shipment %1 left on %2 with %3 (line=quantity: %4).</source>
        <translation>发货单 %1 于 %2 由 %3 发出（行=数量：%4）。</translation>
    </message>
    <message>
        <source>Shipment %1 left on %2 with %3, tracking number %4 (line=quantity: %5).</source>
        <translation>发货单 %1 于 %2 由 %3 发出，物流单号 %4（行=数量：%5）。</translation>
    </message>
    <message>
        <source>Shipment %1 delivered on %2.</source>
        <translation>发货单 %1 于 %2 签收。</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>签收人：%1。</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>回单：%1</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Reviewed: the cause was %1. The lesson was added to the lessons learnt.</source>
        <translation>已做事后分析：原因为%1。经验已加入经验库。</translation>
    </message>
    <message>
        <source>Reviewed: the cause was %1.</source>
        <translation>已做事后分析：原因为%1。</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>事后分析</translation>
    </message>
</context>
<context>
    <name>OrderFiguresRepository</name>
    <message>
        <source>read the largest quantities ordered</source>
        <translation>读取历史最大订货数量</translation>
    </message>
    <message>
        <source>read the largest order totals</source>
        <translation>读取历史最大订单金额</translation>
    </message>
</context>
<context>
    <name>OrderIntakeService</name>
    <message>
        <source>This order takes the customer over its credit limit: a manager must send it. Save it as a draft and ask your manager.</source>
        <translation>此订单将使客户超出信用额度，须由经理提交确认。请先保存为草稿，再请经理处理。</translation>
    </message>
    <message>
        <source>Order %1 is %2 and can no longer be edited here; changes to it go through a change request.</source>
        <translation>订单 %1 当前状态为“%2”，不能在此编辑；如需修改，请提交变更申请。</translation>
    </message>
    <message>
        <source>Order %1 revision %2 is already waiting for the customer&apos;s confirmation.</source>
        <translation>订单 %1 第 %2 版已在等待客户确认。</translation>
    </message>
</context>
<context>
    <name>OrderQueryService</name>
    <message>
        <source>The order does not exist, or it is not yours to see.</source>
        <translation>订单不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>read the order</source>
        <translation>读取订单</translation>
    </message>
    <message>
        <source>read the order lines</source>
        <translation>读取订单行</translation>
    </message>
    <message>
        <source>find the order</source>
        <translation>查找订单</translation>
    </message>
    <message>
        <source>save the order</source>
        <translation>保存订单</translation>
    </message>
    <message>
        <source>save the order lines</source>
        <translation>保存订单行</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>This order was changed by %1 at %2 — reload it to see the changes.</source>
        <translation>此订单已被 %1 于 %2 修改，请重新加载以查看更改。</translation>
    </message>
    <message>
        <source>change the order status</source>
        <translation>更改订单状态</translation>
    </message>
    <message>
        <source>record the order&apos;s timeline</source>
        <translation>记录订单时间线</translation>
    </message>
    <message>
        <source>read the order&apos;s timeline</source>
        <translation>读取订单时间线</translation>
    </message>
    <message>
        <source>keep the earlier revision</source>
        <translation>保存先前的修订版</translation>
    </message>
    <message>
        <source>read the order&apos;s revisions</source>
        <translation>读取订单修订版</translation>
    </message>
    <message>
        <source>record the confirmation</source>
        <translation>记录订单确认</translation>
    </message>
    <message>
        <source>read the confirmations</source>
        <translation>读取订单确认记录</translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <source>read the order&apos;s confirmations</source>
        <translation>读取订单的确认记录</translation>
    </message>
    <message>
        <source>save the promised date</source>
        <translation>保存承诺交期</translation>
    </message>
</context>
<context>
    <name>OrderSettlementRepository</name>
    <message>
        <source>read the order&apos;s invoices</source>
        <translation>读取订单的发票</translation>
    </message>
    <message>
        <source>read what is invoiced of the order</source>
        <translation>读取订单的已开票情况</translation>
    </message>
    <message>
        <source>read the order&apos;s settlement</source>
        <translation>读取订单的结算状态</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>The order&apos;s settlement state &quot;%1&quot; is not one this version knows.</source>
        <translation>订单的结算状态“%1”无法被本版本识别。</translation>
    </message>
    <message>
        <source>save the order&apos;s settlement</source>
        <translation>保存订单的结算状态</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrderStatusMachine</name>
    <message>
        <source>An order that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>订单不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>The customer&apos;s confirmation of the current revision must be recorded first.</source>
        <translation>必须先记录客户对当前版本的确认。</translation>
    </message>
    <message>
        <source>An order becomes planned when its plan is committed in Planning.</source>
        <translation>订单须在“订单计划”中确定计划后才成为“已排产”。</translation>
    </message>
    <message>
        <source>The promised date is later than the customer asked for: record that the customer accepted it before production starts.</source>
        <translation>承诺交期晚于客户要求：请先记录客户已接受该交期，才能开工。</translation>
    </message>
    <message>
        <source>An order becomes shipped when all its goods have left in shipments (Shipments page).</source>
        <translation>订单的全部货物随发货单发出后，订单才变为“已发货”（发货页面）。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s receipt of every shipment first (Shipments page).</source>
        <translation>请先记录客户对每一次发货的签收（发货页面）。</translation>
    </message>
    <message>
        <source>Part of the order has left in shipments already: it can no longer be cancelled.</source>
        <translation>订单已有部分货物发出，不能再取消。</translation>
    </message>
</context>
<context>
    <name>OrderStatusService</name>
    <message>
        <source>Record the customer&apos;s confirmation to confirm an order.</source>
        <translation>请记录客户的确认，订单才能变为“已确认”。</translation>
    </message>
    <message>
        <source>Submit the order from the intake form to send it for confirmation.</source>
        <translation>请在订单录入界面提交订单，以发送给客户确认。</translation>
    </message>
    <message>
        <source>The order does not exist, or it is not yours to see.</source>
        <translation>订单不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Return the order to draft from the confirmation page, with the customer&apos;s reason.</source>
        <translation>请在确认页面退回草稿，并填写客户的理由。</translation>
    </message>
    <message>
        <source>An order becomes shipped when its shipments carry every quantity, and delivered when the customer signed for each of them: record them on the Shipments page.</source>
        <translation>订单的全部数量发出后自动变为“已发货”，客户签收每一次发货后自动变为“已签收”：请在发货页面记录。</translation>
    </message>
</context>
<context>
    <name>OrderValidator</name>
    <message>
        <source>Line %1: quantity × unit price is too large to be a real amount.</source>
        <translation>第 %1 行：数量 × 单价过大，不是合理的金额。</translation>
    </message>
    <message>
        <source>The order total is too large to be a real amount.</source>
        <translation>订单合计过大，不是合理的金额。</translation>
    </message>
    <message>
        <source>Choose the customer this order is for.</source>
        <translation>请选择此订单的客户。</translation>
    </message>
    <message>
        <source>Customer %1 is deactivated.</source>
        <translation>客户 %1 已停用。</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>请至少添加一个订单行。</translation>
    </message>
    <message>
        <source>Enter the order date.</source>
        <translation>请输入订单日期。</translation>
    </message>
    <message>
        <source>The order date must be within %1.</source>
        <translation>订单日期必须在 %1 范围内。</translation>
    </message>
    <message>
        <source>Enter the delivery date the customer asked for.</source>
        <translation>请输入客户要求的交货日期。</translation>
    </message>
    <message>
        <source>The requested delivery date must be within %1.</source>
        <translation>要求交货日期必须在 %1 范围内。</translation>
    </message>
    <message>
        <source>The requested delivery date is before the order date.</source>
        <translation>要求交货日期早于订单日期。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation>税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation>第 %1 行：请选择产品。</translation>
    </message>
    <message>
        <source>Line %1: product %2 is no longer sold.</source>
        <translation>第 %1 行：产品 %2 已停售。</translation>
    </message>
    <message>
        <source>Line %1: %2 is made to order — write down the customer&apos;s specification.</source>
        <translation>第 %1 行：%2 为定制产品，请填写客户要求的规格。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation>第 %1 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation>第 %1 行：单价不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0% and 100%.</source>
        <translation>第 %1 行：折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: the requested date must be within %2.</source>
        <translation>第 %1 行：要求交期必须在 %2 范围内。</translation>
    </message>
    <message>
        <source>Line %1: the requested date is before the order date.</source>
        <translation>第 %1 行：要求交期早于订单日期。</translation>
    </message>
    <message>
        <source>%1 needs %2 days to make: the earliest realistic delivery is %3.</source>
        <translation>%1 的生产周期为 %2 天，最早可交货日期为 %3。</translation>
    </message>
    <message>
        <source>Open orders of %1 would reach %2, above its credit limit of %3.</source>
        <translation>%1 的未完成订单金额将达到 %2，超出其信用额度 %3。</translation>
    </message>
    <message>
        <source>Line %1: %2 is far more than any order of %3 so far (at most %4). Check the quantity.</source>
        <translation>第 %1 行：%2 远超 %3 以往任何订单（最多 %4），请核对数量。</translation>
    </message>
    <message>
        <source>The total %1 is far beyond the largest order of %2 so far (%3). Check the quantities and prices.</source>
        <translation>合计 %1 远超 %2 以往最大的订单（%3），请核对数量和单价。</translation>
    </message>
    <message>
        <source>The total %1 is far beyond the largest order so far (%2). Check the quantities and prices.</source>
        <translation>合计 %1 远超以往最大的订单（%2），请核对数量和单价。</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>备注过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Line %1: the description is too long (at most %2 characters).</source>
        <translation>第 %1 行：描述过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>The delivery address is too long (at most %1 characters).</source>
        <translation>送货地址太长（最多 %1 个字符）。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name in it.</source>
        <translation>%1 是文件夹，请在其中指定文件名。</translation>
    </message>
    <message>
        <source>%1 is the database OrderDesk is working on, or a file that belongs to it; writing there would destroy it. Choose another file name.</source>
        <translation>%1 是订单管家正在使用的数据库或其附属文件，写入会毁坏数据库。请另选文件名。</translation>
    </message>
    <message>
        <source>%1 is an OrderDesk database; it is not overwritten. Choose another file name.</source>
        <translation>%1 是订单管家数据库，不会被覆盖。请另选文件名。</translation>
    </message>
    <message>
        <source>%1 belongs to the OrderDesk database %2; it is not overwritten. Choose another file name.</source>
        <translation>%1 属于订单管家数据库 %2，不会被覆盖。请另选文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not make %1 private to its owner: %2</source>
        <translation>无法将 %1 设为仅所有者可访问：%2</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order intake</source>
        <translation>订单录入</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>操作审计</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>订单计划</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>开票</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>经验库</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈分析</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>自动化规则</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>准时交付</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>调度建议</translation>
    </message>
</context>
<context>
    <name>PaymentAllocator</name>
    <message>
        <source>One of the chosen invoices is not an open invoice of this customer.</source>
        <translation>所选发票中有一张不是该客户的未结发票。</translation>
    </message>
    <message>
        <source>Invoice %1 is chosen twice.</source>
        <translation>发票 %1 被选了两次。</translation>
    </message>
    <message>
        <source>The amount for invoice %1 must be more than zero.</source>
        <translation>发票 %1 的核销金额必须大于零。</translation>
    </message>
    <message>
        <source>Invoice %1 has only %2 open, not %3.</source>
        <translation>发票 %1 只有 %2 未收，不是 %3。</translation>
    </message>
    <message>
        <source>The amounts are too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>%1 is to be applied, but the payment has only %2 to apply.</source>
        <translation>要核销 %1，但这笔收款只有 %2 可核销。</translation>
    </message>
</context>
<context>
    <name>PaymentApplicationRepository</name>
    <message>
        <source>apply the payment</source>
        <translation>核销收款</translation>
    </message>
    <message>
        <source>read where the payment is applied</source>
        <translation>读取收款的核销情况</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Payment %1 of this customer is already recorded (%2, %3 on %4).</source>
        <translation>该客户的收款 %1 已登记过（%2，%4 收到 %3）。</translation>
    </message>
    <message>
        <source>record payment %1</source>
        <translation>登记收款 %1</translation>
    </message>
    <message>
        <source>read a payment</source>
        <translation>读取收款</translation>
    </message>
    <message>
        <source>look up recorded payments</source>
        <translation>查找已登记的收款</translation>
    </message>
    <message>
        <source>list the customer&apos;s payments</source>
        <translation>列出客户的收款</translation>
    </message>
    <message>
        <source>read the customer&apos;s advances</source>
        <translation>读取客户的预收款</translation>
    </message>
</context>
<context>
    <name>PaymentRules</name>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>请选择付款的客户。</translation>
    </message>
    <message>
        <source>Enter the date the money was received.</source>
        <translation>请输入收款日期。</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>收款日期 %1 在未来。</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>收款金额必须大于零。</translation>
    </message>
    <message>
        <source>Enter the bank reference (or the bill or receipt number): it keeps the payment from being recorded twice.</source>
        <translation>请输入银行流水号（或汇票号、收据号）：它可防止同一笔收款被登记两次。</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters.</source>
        <translation>流水号超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the maturity date of the acceptance bill.</source>
        <translation>请输入承兑汇票的到期日。</translation>
    </message>
    <message>
        <source>The bill matures on %1, before it was received (%2).</source>
        <translation>汇票到期日 %1 早于收票日期（%2）。</translation>
    </message>
    <message>
        <source>Only an acceptance bill has a maturity date; %1 does not.</source>
        <translation>只有承兑汇票有到期日；%1 没有。</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>Payment %1 of this customer is already recorded (%2 on %3).</source>
        <translation>该客户的收款 %1 已记录(%3 收到 %2)。</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>没有发票 %1。</translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer; a payment pays only its own customer&apos;s invoices.</source>
        <translation>发票 %1 属于其他客户;收款只能冲该客户自己的发票。</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open; leave it out to keep the money as the customer&apos;s advance.</source>
        <translation>发票 %1 已没有未结金额;不指定它即可将这笔钱作为客户的预收款。</translation>
    </message>
    <message>
        <source>The payment no longer exists.</source>
        <translation>收款记录已不存在。</translation>
    </message>
    <message>
        <source>A payment cannot be re-applied before its own date (%1).</source>
        <translation>收款不能在其自身日期(%1)之前重新分配。</translation>
    </message>
    <message>
        <source>A payment pays only its own customer&apos;s invoices.</source>
        <translation>收款只能冲该客户自己的发票。</translation>
    </message>
</context>
<context>
    <name>PeriodLock</name>
    <message>
        <source>%1 falls in %2, a closed month: nothing dated in it can be created or changed.</source>
        <translation>%1 属于已结账的 %2：该月日期的单据不能再新建或修改。</translation>
    </message>
    <message>
        <source>Choose the month to close.</source>
        <translation>请选择要结账的月份。</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已经结账。</translation>
    </message>
    <message>
        <source>%1 has not ended yet; a month is closed after its last day.</source>
        <translation>%1 尚未结束；月份须在最后一天之后结账。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>enter and edit orders</source>
        <translation>录入和编辑订单</translation>
    </message>
    <message>
        <source>change other people&apos;s orders</source>
        <translation>修改他人的订单</translation>
    </message>
    <message>
        <source>see every salesperson&apos;s orders</source>
        <translation>查看所有业务员的订单</translation>
    </message>
    <message>
        <source>record customers&apos; confirmations</source>
        <translation>记录客户确认</translation>
    </message>
    <message>
        <source>send an order over the customer&apos;s credit limit</source>
        <translation>提交超出客户信用额度的订单</translation>
    </message>
    <message>
        <source>move orders through production and shipping</source>
        <translation>推进订单的生产和发货状态</translation>
    </message>
    <message>
        <source>add or edit customers</source>
        <translation>添加或编辑客户</translation>
    </message>
    <message>
        <source>change credit limits and payment terms</source>
        <translation>修改信用额度和账期</translation>
    </message>
    <message>
        <source>add or edit products</source>
        <translation>添加或编辑产品</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>change the company settings</source>
        <translation>修改公司设置</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
    <message>
        <source>plan, hand over or close other people&apos;s exceptions</source>
        <translation>处理、移交或关闭他人负责的异常</translation>
    </message>
    <message>
        <source>plan orders or view the capacity load</source>
        <translation>排产或查看产能负荷</translation>
    </message>
    <message>
        <source>commit plans and promise delivery dates</source>
        <translation>确定计划并承诺交期</translation>
    </message>
    <message>
        <source>promise a date the capacity does not allow</source>
        <translation>承诺产能不允许的交期</translation>
    </message>
    <message>
        <source>report progress on other people&apos;s steps</source>
        <translation>为他人负责的工序报工</translation>
    </message>
    <message>
        <source>see invoices, payments and receivables</source>
        <translation>查看发票、收款和应收账款</translation>
    </message>
    <message>
        <source>issue invoices or credit notes</source>
        <translation>开具发票或红字发票</translation>
    </message>
    <message>
        <source>record payments</source>
        <translation>记录收款</translation>
    </message>
    <message>
        <source>release a credit hold or approve a write-off</source>
        <translation>解除信用冻结或批准坏账核销</translation>
    </message>
    <message>
        <source>close a month or change the settlement settings</source>
        <translation>月末结账或修改结算设置</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>see the business dashboard of the whole company</source>
        <translation>查看全公司的经营看板</translation>
    </message>
    <message>
        <source>ship orders, record deliveries or print delivery notes</source>
        <translation>发货、记录签收或打印送货单</translation>
    </message>
    <message>
        <source>approve or reject change requests</source>
        <translation>批准或驳回变更申请</translation>
    </message>
    <message>
        <source>approve a change request you asked for yourself</source>
        <translation>批准本人申请的变更</translation>
    </message>
    <message>
        <source>change the automation rules</source>
        <translation>修改自动化规则</translation>
    </message>
    <message>
        <source>see every salesperson&apos;s workload</source>
        <translation>查看每位业务员的负荷</translation>
    </message>
    <message>
        <source>use the allocation suggestions</source>
        <translation>使用调度建议</translation>
    </message>
</context>
<context>
    <name>PlanningContext</name>
    <message>
        <source>Line %1: its product no longer exists.</source>
        <translation>第 %1 行：其产品已不存在。</translation>
    </message>
    <message>
        <source>Line %1: a quantity above zero is needed to plan it.</source>
        <translation>第 %1 行：数量须大于零才能排产。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
</context>
<context>
    <name>PlanningService</name>
    <message>
        <source>Only a confirmed order can be planned; %1 is &quot;%2&quot;.</source>
        <translation>只有已确认的订单才能排产；%1 的状态是“%2”。</translation>
    </message>
    <message>
        <source>A step cannot be moved to a day in the past (%1).</source>
        <translation>工序不能移到过去的日期（%1）。</translation>
    </message>
    <message>
        <source>The promised date cannot be in the past.</source>
        <translation>承诺交期不能早于今天。</translation>
    </message>
    <message>
        <source>The capacity allows delivery on %1 at the earliest; only a manager may promise %2, with a reason.</source>
        <translation>按产能最早可于 %1 交货；只有经理可以承诺 %2，并须填写原因。</translation>
    </message>
    <message>
        <source>%1 is earlier than the capacity allows (%2): say why it is promised anyway.</source>
        <translation>%1 早于产能允许的日期（%2）：请说明仍然承诺的原因。</translation>
    </message>
    <message>
        <source>Add a line to see the earliest possible delivery.</source>
        <translation>添加明细行后即可看到最早可交期。</translation>
    </message>
    <message>
        <source>The last day must be on or after the first.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Show at most %1 days at a time.</source>
        <translation>一次最多显示 %1 天。</translation>
    </message>
    <message>
        <source>There is no work centre with the code %1.</source>
        <translation>没有编码为 %1 的工作中心。</translation>
    </message>
    <message>
        <source>Choose another owner or a later start for the step.</source>
        <translation>请为该工序选择其他负责人或更晚的开始日期。</translation>
    </message>
    <message>
        <source>Only the plan of a planned order or one in production can be changed; %1 is &quot;%2&quot;.</source>
        <translation>只有已排产或生产中订单的计划可以调整；%1 的状态是“%2”。</translation>
    </message>
    <message>
        <source>%1 has no committed plan to change.</source>
        <translation>%1 没有可调整的已确定计划。</translation>
    </message>
    <message>
        <source>The plan of %1 has steps 1 to %2; there is no step %3.</source>
        <translation>%1 的计划有第 1 至 %2 道工序，没有第 %3 道。</translation>
    </message>
    <message>
        <source>The chosen owner is not an active user.</source>
        <translation>所选负责人不是在用的用户。</translation>
    </message>
    <message>
        <source>Shipping follows the last step; move that step instead.</source>
        <translation>发货跟随最后一道工序，请推迟那道工序。</translation>
    </message>
    <message>
        <source>Step %1 (%2) has started; only a step not started yet can be moved.</source>
        <translation>第 %1 道工序（%2）已开工，只能推迟尚未开工的工序。</translation>
    </message>
    <message>
        <source>Step %1 is planned to start on %2; to move it later choose a day after that.</source>
        <translation>第 %1 道工序计划于 %2 开始；要推迟，请选择之后的日期。</translation>
    </message>
    <message>
        <source>Moving step %1 to %2 makes the earliest delivery %3, after the promised %4: move the promise too, or choose an earlier day.</source>
        <translation>把第 %1 道工序推迟到 %2 后，最早可交期为 %3，晚于承诺的 %4：请同时顺延承诺交期，或选择更早的日期。</translation>
    </message>
    <message>
        <source>Step %1 already has that owner.</source>
        <translation>第 %1 道工序已经是这位负责人。</translation>
    </message>
    <message>
        <source>Only a step on a work centre can move to another centre.</source>
        <translation>只有在工作中心上的工序才能转到其他工作中心。</translation>
    </message>
    <message>
        <source>%1 is not an alternative work centre of step %2 (%3); add it to the routing first.</source>
        <translation>%1 不是工序 %2（%3）的替代工作中心；请先在工艺路线中添加。</translation>
    </message>
    <message>
        <source>Moving step %1 to %2 makes the earliest delivery %3, after the promised %4.</source>
        <translation>把工序 %1 转到 %2 后最早交期为 %3，晚于承诺的 %4。</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <source>Enter a SKU.</source>
        <translation>请输入产品编码。</translation>
    </message>
    <message>
        <source>The SKU may have up to 40 letters, digits, dots, slashes, dashes and underscores.</source>
        <translation>产品编码最多 40 个字符，只能包含字母、数字、点、斜杠、短横线和下划线。</translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation>请输入产品名称。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文字过长。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The lead time must be between 0 and 3650 days.</source>
        <translation>生产周期必须在 0 到 3650 天之间。</translation>
    </message>
    <message>
        <source>There is already a product with SKU %1.</source>
        <translation>产品编码 %1 已存在。</translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <source>%1 has no committed plan to report progress on.</source>
        <translation>%1 没有已确定的计划，无法报工。</translation>
    </message>
    <message>
        <source>Progress is reported on planned orders and orders in production; %1 is &quot;%2&quot;.</source>
        <translation>只能为已排产或生产中的订单报工；%1 的状态是“%2”。</translation>
    </message>
    <message>
        <source>The plan of %1 has steps 1 to %2; there is no step %3.</source>
        <translation>%1 的计划只有工序 1 至 %2，没有工序 %3。</translation>
    </message>
    <message>
        <source>Only the person responsible for step %1 (%2) or a manager may report its progress.</source>
        <translation>只有工序 %1（%2）的负责人或经理可以为其报工。</translation>
    </message>
    <message>
        <source>Shipping is recorded when the goods leave, not as progress of a step.</source>
        <translation>发货在货物发出时登记，不作为工序报工。</translation>
    </message>
    <message>
        <source>Step %1 (%2) is already finished.</source>
        <translation>工序 %1（%2）已完工。</translation>
    </message>
    <message>
        <source>Step %1 (%2) was started on %3.</source>
        <translation>工序 %1（%2）已于 %3 开工。</translation>
    </message>
    <message>
        <source>Report a quantity above zero.</source>
        <translation>请填写大于零的数量。</translation>
    </message>
    <message>
        <source>Step %1 (%2) is planned for %3; %4 are done, so at most %5 more can be reported.</source>
        <translation>工序 %1（%2）计划数量 %3，已完成 %4，最多还能报 %5。</translation>
    </message>
</context>
<context>
    <name>ProvisionReportService</name>
    <message>
        <source>Give the day to report on.</source>
        <translation>请给出报表日期。</translation>
    </message>
    <message>
        <source>Days overdue must be between 0 and 3650, not %1.</source>
        <translation>逾期天数必须在 0 到 3650 之间，不能是 %1。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReceivablesAgeing</name>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
</context>
<context>
    <name>ReceivablesRepository</name>
    <message>
        <source>add up the receivables</source>
        <translation>汇总应收账款</translation>
    </message>
    <message>
        <source>add up the sales</source>
        <translation>汇总销售额</translation>
    </message>
    <message>
        <source>list the overdue invoices</source>
        <translation>列出逾期发票</translation>
    </message>
</context>
<context>
    <name>ReceivablesService</name>
    <message>
        <source>Enter the day of the receivables.</source>
        <translation>请填写应收账款的日期。</translation>
    </message>
    <message>
        <source>A statement runs from a day to the same day or a later one.</source>
        <translation>对账单的结束日期不能早于开始日期。</translation>
    </message>
</context>
<context>
    <name>ReviewCause</name>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Customer change</source>
        <translation>客户变更</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>save the review</source>
        <translation>保存事后分析</translation>
    </message>
    <message>
        <source>read the review</source>
        <translation>读取事后分析</translation>
    </message>
    <message>
        <source>read the orders to review</source>
        <translation>读取待做事后分析的订单</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>There is no order %1.</source>
        <translation>没有订单 %1。</translation>
    </message>
    <message>
        <source>At most %1 characters; this has %2.</source>
        <translation>最多 %1 个字符；这里有 %2 个。</translation>
    </message>
    <message>
        <source>Sign in to review an order.</source>
        <translation>请先登录再做事后分析。</translation>
    </message>
    <message>
        <source>Choose the cause.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>请写明发生了什么。</translation>
    </message>
    <message>
        <source>Write the lesson to add it to the lessons learnt.</source>
        <translation>要加入经验库，请先写下经验。</translation>
    </message>
    <message>
        <source>Order %1 was reviewed already by %2 on %3.</source>
        <translation>订单 %1 已由%2于 %3 做过事后分析。</translation>
    </message>
    <message>
        <source>Order %1 asks for no review: it is not delivered yet, or it was delivered on time without an exception.</source>
        <translation>订单 %1 无需事后分析：尚未签收，或已按期签收且没有异常。</translation>
    </message>
</context>
<context>
    <name>RevisionComparison</name>
    <message>
        <source>Line %1 · %2</source>
        <translation>第 %1 行 · %2</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>, discount %1%</source>
        <translation>，折扣 %1%</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已延期</translation>
    </message>
</context>
<context>
    <name>RiskReason</name>
    <message>
        <source>step %1 of line %2</source>
        <translation>第 %2 行的工序“%1”</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>工序“%1”</translation>
    </message>
    <message>
        <source>%1 on work centre %2</source>
        <translation>工作中心 %2 上的%1</translation>
    </message>
    <message numerus="yes">
        <source>Due on %1 and not shipped: %n day(s) late.</source>
        <translation>
            <numerusform>交期 %1 已过仍未发货：已延期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The remaining steps finish on %1, %n day(s) after the due date; the delay comes from %2.</source>
        <translation>
            <numerusform>剩余工序预计 %1 完成，比交期晚 %n 天；延误来自%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 should have finished on %2: %n day(s) overdue.</source>
        <translation>
            <numerusform>%1 应于 %2 完成：已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, in %n day(s), with no plan and not ready to ship.</source>
        <translation>
            <numerusform>交期 %1，还剩 %n 天，尚无计划且未备货待发。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the customer on %1 and not confirmed for %n day(s).</source>
        <translation>
            <numerusform>%1 发给客户确认，已 %n 天未确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready but not shipped: it had to leave by %1, %n day(s) ago.</source>
        <translation>
            <numerusform>已备货未发货：最迟应于 %1 发出，已过 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception %1 of high severity is open since %2.</source>
        <translation>高严重度异常 %1 自 %2 起未关闭。</translation>
    </message>
    <message>
        <source>Call the customer</source>
        <translation>致电客户</translation>
    </message>
    <message>
        <source>Add overtime on work centre %1</source>
        <translation>在工作中心 %1 安排加班</translation>
    </message>
    <message>
        <source>Split the shipment: ship the finished lines now</source>
        <translation>分批发货：先发已完成的订单行</translation>
    </message>
    <message>
        <source>Chase the customer&apos;s confirmation</source>
        <translation>催促客户确认</translation>
    </message>
    <message>
        <source>Arrange the shipment today</source>
        <translation>今天安排发货</translation>
    </message>
    <message>
        <source>Chase %1 with its owner</source>
        <translation>向负责人催办“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Shipped on %1 and not signed for after %n day(s).</source>
        <translation>
            <numerusform>%1 发货，%n 天后仍未签收。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the carrier where the goods are and tell the customer</source>
        <translation>向承运商查询货物位置并告知客户</translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>read the open orders for the early warning</source>
        <translation>读取预警所需的未结订单</translation>
    </message>
    <message>
        <source>read the committed plans for the early warning</source>
        <translation>读取预警所需的已提交计划</translation>
    </message>
    <message>
        <source>read the open exceptions for the early warning</source>
        <translation>读取预警所需的未关闭异常</translation>
    </message>
    <message>
        <source>read the stored risks</source>
        <translation>读取已保存的风险</translation>
    </message>
    <message>
        <source>store an order&apos;s risk</source>
        <translation>保存订单风险</translation>
    </message>
    <message>
        <source>remove an order&apos;s risk</source>
        <translation>删除订单风险</translation>
    </message>
    <message>
        <source>list the orders at risk</source>
        <translation>列出有风险的订单</translation>
    </message>
    <message>
        <source>read when you last looked at the early warning</source>
        <translation>读取您上次查看预警的时间</translation>
    </message>
    <message>
        <source>remember when you looked at the early warning</source>
        <translation>记录您查看预警的时间</translation>
    </message>
    <message>
        <source>read the shipments in transit for the early warning</source>
        <translation>读取在途发货用于预警</translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>The at-risk margin must be between 0 and %1 days.</source>
        <translation>风险提前天数必须在 0 到 %1 天之间。</translation>
    </message>
    <message>
        <source>The days a confirmation may be pending must be between 0 and %1.</source>
        <translation>待确认天数必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The early warning could not be brought up to date: %1</source>
        <translation>预警未能更新：%1</translation>
    </message>
    <message>
        <source>The early warning&apos;s recompute was cancelled.</source>
        <translation>预警重新计算已取消。</translation>
    </message>
    <message>
        <source>Updating the early warning…</source>
        <translation>正在更新预警…</translation>
    </message>
    <message>
        <source>The days a shipment may be in transit must be between 0 and %1.</source>
        <translation>在途天数须在 0 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Finance clerk</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Production planner</source>
        <translation>生产计划员</translation>
    </message>
    <message>
        <source>Logistics clerk</source>
        <translation>物流员</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 道工序：%2</translation>
    </message>
    <message>
        <source>Step %1 appears twice in the routing of %2.</source>
        <translation>%2 的工艺路线中第 %1 道工序出现了两次。</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>生产周期</translation>
    </message>
    <message>
        <source>%1, step %2 (%3): quantity %4 needs more hours than any plan can hold.</source>
        <translation>%1 第 %2 道工序（%3）：数量 %4 所需工时超出任何计划所能容纳的范围。</translation>
    </message>
</context>
<context>
    <name>RoutingRepository</name>
    <message>
        <source>There is no work centre %1.</source>
        <translation>不存在工作中心 %1。</translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>The step number must be between 1 and %1.</source>
        <translation>工序号须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Enter the step&apos;s name.</source>
        <translation>请输入工序名称。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文字过长。</translation>
    </message>
    <message>
        <source>Hours must be between 0 and %1.</source>
        <translation>工时须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Days must be between 0 and %1.</source>
        <translation>天数须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>A purchased-material step has no work centre and no hours; give the work centre that does this work, or leave the hours empty.</source>
        <translation>外购物料工序没有工作中心，也没有工时；请填写完成此工序的工作中心，或将工时留空。</translation>
    </message>
    <message>
        <source>Give the work centre of this step, or the purchase lead time in days if the material is bought.</source>
        <translation>请填写此工序的工作中心；如为外购物料，请填写采购周期（天）。</translation>
    </message>
    <message>
        <source>A step on a work centre has no purchase lead time; put the purchased material in a step of its own without a work centre.</source>
        <translation>在工作中心加工的工序没有采购周期；请将外购物料单独列为一道不填工作中心的工序。</translation>
    </message>
    <message>
        <source>This step takes no time on work centre %1: give its setup hours or run hours per unit.</source>
        <translation>此工序在工作中心 %1 上不占用任何时间：请填写准备工时或单件工时。</translation>
    </message>
    <message>
        <source>A purchased-material step has no work centre to replace; leave its alternative work centres empty.</source>
        <translation>外购物料工序没有可替代的工作中心，请将其替代工作中心留空。</translation>
    </message>
    <message>
        <source>%1 is the step&apos;s own work centre; an alternative must be another one.</source>
        <translation>%1 是该工序本身的工作中心；替代工作中心必须是另一个。</translation>
    </message>
    <message>
        <source>The alternative work centre %1 is listed twice.</source>
        <translation>替代工作中心 %1 重复列出。</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <source>Remind about unconfirmed orders</source>
        <translation>催促未确认订单</translation>
    </message>
    <message>
        <source>Small changes skip approval</source>
        <translation>小额变更免审批</translation>
    </message>
    <message>
        <source>Tell finance when an order ships</source>
        <translation>发货即通知财务</translation>
    </message>
    <message>
        <source>Credit hold when overdue</source>
        <translation>逾期暂停信用</translation>
    </message>
    <message>
        <source>Post-analysis of late deliveries</source>
        <translation>延期交付的事后分析</translation>
    </message>
    <message>
        <source>Reminds the salesperson in My work when a customer has not confirmed an order sent more than the given number of days ago.</source>
        <translation>客户超过所设天数仍未确认已发出的订单时，在业务员的“我的待办”中提醒。</translation>
    </message>
    <message>
        <source>Approves a change request without a manager when it changes the order&apos;s total by less than the amount, pushes no other order later and the customer is in good standing (no credit hold, nothing overdue); managers see each one in My work.</source>
        <translation>变更使订单总额变化小于所设金额、不推迟其他订单，且客户信用良好（未被暂停信用、无逾期）时，无需经理即自动批准；每一笔都会出现在经理的“我的待办”中。</translation>
    </message>
    <message>
        <source>Tells finance in My work when an order has shipped, until it is invoiced or dismissed.</source>
        <translation>订单发货后在财务的“我的待办”中提示开票，直到开票或被忽略。</translation>
    </message>
    <message>
        <source>Puts a customer on credit hold when an invoice is overdue by more than the given number of days, and tells the managers, who may release it; the same setting as in finance&apos;s credit rules.</source>
        <translation>发票逾期超过所设天数时暂停客户信用，并通知经理（经理可解除）；与财务信用规则中的设置是同一项。</translation>
    </message>
    <message>
        <source>Asks the salesperson in My work for the post-analysis (事后分析) of an order delivered late or with an exception, until it is written.</source>
        <translation>订单延期交付或发生异常时，在业务员的“我的待办”中要求填写事后分析，直到填写完成。</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>等待天数</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Largest difference</source>
        <translation>最大差额</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 至 %2 天</translation>
    </message>
    <message>
        <source>an amount from %1 to %2</source>
        <translation>金额 %1 至 %2</translation>
    </message>
    <message>
        <source>Enter a whole number of days from %1 to %2.</source>
        <translation>请输入 %1 至 %2 之间的整数天数。</translation>
    </message>
    <message>
        <source>Enter an amount from %1 to %2 with at most two decimals, e.g. 500.00.</source>
        <translation>请输入 %1 至 %2 之间、最多两位小数的金额，例如 500.00。</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>%1&apos;s order shipped in full (%2 %3): invoice it.</source>
        <translation>%1 的订单已全部发货（%2 %3）：请开票。</translation>
    </message>
    <message numerus="yes">
        <source>delivered on %1, %n day(s) after the date promised</source>
        <translation>
            <numerusform>于 %1 交付，比承诺交期晚 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivered on %1 after %n exception(s)</source>
        <translation>
            <numerusform>于 %1 交付，期间发生 %n 个异常</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not confirmed revision %2, sent on %3.</source>
        <translation>%1 尚未确认 %3 发出的第 %2 版。</translation>
    </message>
    <message>
        <source>Sign in to run the automation rules.</source>
        <translation>请先登录再运行自动化规则。</translation>
    </message>
    <message>
        <source>Running the automation rules…</source>
        <translation>正在运行自动化规则…</translation>
    </message>
</context>
<context>
    <name>RuleFiringRepository</name>
    <message>
        <source>record the rule&apos;s firing</source>
        <translation>记录规则触发</translation>
    </message>
    <message>
        <source>close the rule&apos;s firing</source>
        <translation>关闭规则触发</translation>
    </message>
    <message>
        <source>read the rules&apos; firings</source>
        <translation>读取规则触发记录</translation>
    </message>
    <message>
        <source>read the orders waiting for confirmation</source>
        <translation>读取等待确认的订单</translation>
    </message>
    <message>
        <source>read the credit holds</source>
        <translation>读取信用暂停记录</translation>
    </message>
    <message>
        <source>read the shipped orders</source>
        <translation>读取已发货订单</translation>
    </message>
</context>
<context>
    <name>RuleFiringService</name>
    <message>
        <source>Reminder: %1 has not confirmed revision %2, sent on %3: call them.</source>
        <translation>提醒：%1 尚未确认 %3 发出的第 %2 版，请联系客户。</translation>
    </message>
    <message>
        <source>Invoice %1: the order shipped on %2 and is not invoiced yet.</source>
        <translation>为 %1 开票：订单已于 %2 发货，尚未开票。</translation>
    </message>
    <message>
        <source>Write the post-analysis (事后分析) of %1&apos;s order, %2.</source>
        <translation>请填写 %1 订单的事后分析：%2。</translation>
    </message>
    <message>
        <source>Change %1 on %2&apos;s order was approved by the rule &quot;%3&quot; on %4.</source>
        <translation>%2 订单的变更 %1 已于 %4 由规则“%3”自动批准。</translation>
    </message>
    <message>
        <source>%1 is on credit hold since %2: %3 Release it with a reason, or chase the payment.</source>
        <translation>%1 自 %2 起信用已暂停：%3 请填写理由解除，或催收货款。</translation>
    </message>
    <message>
        <source>This reminder does not exist, or it is not yours.</source>
        <translation>该提醒不存在，或不属于您。</translation>
    </message>
    <message>
        <source>This reminder was closed already.</source>
        <translation>该提醒已关闭。</translation>
    </message>
</context>
<context>
    <name>RuleRepository</name>
    <message>
        <source>read the automation rules</source>
        <translation>读取自动化规则</translation>
    </message>
    <message>
        <source>save the automation rule</source>
        <translation>保存自动化规则</translation>
    </message>
    <message>
        <source>read how often the rules fired</source>
        <translation>读取规则触发次数</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>This order</source>
        <translation>此订单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1 cannot be planned within a year (by %2): %3</source>
        <translation>%1 无法在一年内（%2 之前）排产：%3</translation>
    </message>
    <message>
        <source>The planned load was read for another period than the plan; plan again.</source>
        <translation>已排负荷与本计划的时间段不一致，请重新排产。</translation>
    </message>
    <message>
        <source>%1 has no lines to plan.</source>
        <translation>%1 没有可排产的订单行。</translation>
    </message>
    <message>
        <source>The company calendar has no working day between %1 and %2: add the working weekdays or working days before planning.</source>
        <translation>公司日历在 %1 至 %2 之间没有工作日：请先设置每周工作日或添加工作日，再排产。</translation>
    </message>
    <message>
        <source>line %1, step %2 (%3)</source>
        <translation>第 %1 行第 %2 道工序（%3）</translation>
    </message>
    <message>
        <source>%1 is not to start before %2.</source>
        <translation>%1 不得早于 %2 开始。</translation>
    </message>
    <message>
        <source>%1, %2: hours and days cannot be negative.</source>
        <translation>%1，%2：工时和天数不能为负数。</translation>
    </message>
    <message>
        <source>%1, %2: there is no work centre %3.</source>
        <translation>%1，%2：不存在工作中心 %3。</translation>
    </message>
    <message>
        <source>%1, %2: work centre %3 is deactivated.</source>
        <translation>%1，%2：工作中心 %3 已停用。</translation>
    </message>
    <message>
        <source>%1, %2: work centre %3 has no working hours between %4 and %5.</source>
        <translation>%1，%2：工作中心 %3 在 %4 至 %5 之间没有可用工时。</translation>
    </message>
    <message>
        <source>work centre %1 does not work on any day left for %2.</source>
        <translation>工作中心 %1 在 %2 可用的剩余日期内都不工作。</translation>
    </message>
    <message>
        <source>%1 needs %2 hours on work centre %3, and only %4 of them are free before the end of that year.</source>
        <translation>%1 需要工作中心 %3 的 %2 小时，而到该日期为止只有 %4 小时空闲。</translation>
    </message>
    <message>
        <source>%1 takes %2 calendar days from %3.</source>
        <translation>%1 自 %3 起需要 %2 个日历日。</translation>
    </message>
    <message numerus="yes">
        <source>the wait of %n day(s) after %1 runs past that date.</source>
        <translation>
            <numerusform>%1 之后 %n 天的等待期超过了该日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no room for shipping after the last step.</source>
        <translation>最后一道工序之后已无发货的时间。</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The order number prefix must be 1 to 8 letters or digits.</source>
        <translation>订单号前缀须为 1 至 8 个字母或数字。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation>税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as CNY.</source>
        <translation>币种应为三个字母的代码，例如 CNY。</translation>
    </message>
</context>
<context>
    <name>SettlementBatchRepository</name>
    <message>
        <source>read the customers&apos; open invoices</source>
        <translation>读取客户的未结发票</translation>
    </message>
    <message>
        <source>record the payments</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>record payment %1</source>
        <translation>记录收款 %1</translation>
    </message>
    <message>
        <source>apply the payments</source>
        <translation>核销收款</translation>
    </message>
</context>
<context>
    <name>SettlementCheckRepository</name>
    <message>
        <source>add up payments, applications and advances</source>
        <translation>汇总收款、核销和预收款</translation>
    </message>
    <message>
        <source>check the invoices</source>
        <translation>检查发票</translation>
    </message>
    <message>
        <source>check the credit notes</source>
        <translation>检查红字发票</translation>
    </message>
    <message>
        <source>check the payments</source>
        <translation>检查收款</translation>
    </message>
    <message>
        <source>check the payment applications</source>
        <translation>检查收款核销记录</translation>
    </message>
    <message>
        <source>check the customer balances</source>
        <translation>检查客户余额</translation>
    </message>
    <message>
        <source>check the order settlement states</source>
        <translation>检查订单结算状态</translation>
    </message>
    <message>
        <source>check the list of orders to invoice</source>
        <translation>检查待开票订单清单</translation>
    </message>
</context>
<context>
    <name>SettlementLedger</name>
    <message>
        <source>That payment is not one of this customer&apos;s.</source>
        <translation>这笔收款不属于该客户。</translation>
    </message>
    <message>
        <source>That invoice is not one of this customer&apos;s.</source>
        <translation>这张发票不属于该客户。</translation>
    </message>
    <message>
        <source>A credit note of %1 does not fit invoice %2 (%3 left).</source>
        <translation>%1 的红字发票超出发票 %2 的剩余金额（%3）。</translation>
    </message>
    <message>
        <source>Nothing is open on invoice %1, so there is nothing to write off.</source>
        <translation>发票 %1 没有未收金额，无可核销的坏账。</translation>
    </message>
    <message>
        <source>Payment %1 has a negative amount (%2) on invoice %3.</source>
        <translation>收款 %1 在发票 %3 上的核销金额为负（%2）。</translation>
    </message>
    <message>
        <source>Payment %1 says %2 applied but its applications add up to %3.</source>
        <translation>收款 %1 记录已核销 %2，但其核销记录合计为 %3。</translation>
    </message>
    <message>
        <source>Payment %1 of %2 has %3 applied.</source>
        <translation>金额为 %2 的收款 %1 已核销 %3。</translation>
    </message>
    <message>
        <source>Invoice %1 says %2 applied but its applications add up to %3.</source>
        <translation>发票 %1 记录已收 %2，但其核销记录合计为 %3。</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 has %3 credited, %4 written off and %5 applied.</source>
        <translation>金额为 %2 的发票 %1 已冲红 %3、核销坏账 %4、已收 %5。</translation>
    </message>
    <message>
        <source>Payments of %1 are not the %2 applied plus the %3 of advances.</source>
        <translation>收款 %1 不等于已核销 %2 加预收款 %3。</translation>
    </message>
</context>
<context>
    <name>SettlementLedgerRepository</name>
    <message>
        <source>The payment no longer exists.</source>
        <translation>该收款已不存在。</translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>该发票已不存在。</translation>
    </message>
</context>
<context>
    <name>SettlementSettingsService</name>
    <message>
        <source>The invoice prefix must be 1 to 8 letters or digits.</source>
        <translation>发票前缀必须是 1 到 8 个字母或数字。</translation>
    </message>
    <message>
        <source>The credit note prefix must be 1 to 8 letters or digits.</source>
        <translation>红字发票前缀必须是 1 到 8 个字母或数字。</translation>
    </message>
</context>
<context>
    <name>SettlementStatus</name>
    <message>
        <source>Not invoiced</source>
        <translation>未开票</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>部分收款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销坏账</translation>
    </message>
</context>
<context>
    <name>SettlementStatusMachine</name>
    <message>
        <source>The settlement of an order that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>结算状态为“%1”的订单不能变为“%2”。</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>record the shipment</source>
        <translation>记录发货</translation>
    </message>
    <message>
        <source>record the shipment&apos;s lines</source>
        <translation>记录发货明细</translation>
    </message>
    <message>
        <source>read the shipment&apos;s lines</source>
        <translation>读取发货明细</translation>
    </message>
    <message>
        <source>read the shipment</source>
        <translation>读取发货单</translation>
    </message>
    <message>
        <source>read the order&apos;s shipments</source>
        <translation>读取订单的发货记录</translation>
    </message>
    <message>
        <source>read what is left to ship</source>
        <translation>读取剩余待发数量</translation>
    </message>
    <message>
        <source>read what has been shipped</source>
        <translation>读取已发货数量</translation>
    </message>
    <message>
        <source>record the delivery</source>
        <translation>记录签收</translation>
    </message>
    <message>
        <source>The shipment was delivered already.</source>
        <translation>该发货单已签收。</translation>
    </message>
    <message>
        <source>list the orders ready to ship</source>
        <translation>列出待发货订单</translation>
    </message>
    <message>
        <source>list the shipments in transit</source>
        <translation>列出在途的发货</translation>
    </message>
    <message>
        <source>list the shipments</source>
        <translation>列出发货</translation>
    </message>
    <message>
        <source>read the shipments&apos; lines</source>
        <translation>读取发货明细</translation>
    </message>
</context>
<context>
    <name>ShipmentRules</name>
    <message>
        <source>Enter the carrier (物流公司), or your own truck.</source>
        <translation>请填写物流公司，或自有车辆。</translation>
    </message>
    <message>
        <source>The carrier&apos;s name is longer than %1 characters.</source>
        <translation>物流公司名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The tracking number is longer than %1 characters.</source>
        <translation>物流单号超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the ship date.</source>
        <translation>请填写发货日期。</translation>
    </message>
    <message>
        <source>Choose at least one line to ship.</source>
        <translation>请至少选择一行发货。</translation>
    </message>
    <message>
        <source>The order has no line %1.</source>
        <translation>订单没有第 %1 行。</translation>
    </message>
    <message>
        <source>Line %1 is given twice.</source>
        <translation>第 %1 行重复。</translation>
    </message>
    <message>
        <source>Line %1: ship more than zero, or leave the line out.</source>
        <translation>第 %1 行：发货数量须大于零，否则不要选这一行。</translation>
    </message>
    <message>
        <source>Line %1: %2 to ship, but only %3 of %4 ordered is left to ship.</source>
        <translation>第 %1 行：要发 %2，但订购 %4 中仅剩 %3 待发。</translation>
    </message>
    <message>
        <source>The name of who signed is longer than %1 characters.</source>
        <translation>签收人姓名超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The receipt&apos;s reference is longer than %1 characters.</source>
        <translation>回单编号超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>ShipmentService</name>
    <message>
        <source>The order does not exist, or it is not yours to see.</source>
        <translation>订单不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Enter the ship date.</source>
        <translation>请填写发货日期。</translation>
    </message>
    <message>
        <source>Enter the delivery date.</source>
        <translation>请填写签收日期。</translation>
    </message>
    <message>
        <source>%1 is in the future: record what has happened, on the day it happened.</source>
        <translation>%1 是将来的日期：请按实际发生的日期记录已经发生的事。</translation>
    </message>
    <message>
        <source>You see only your own orders: ask for the shipments of one of them.</source>
        <translation>您只能查看自己的订单：请指定其中一个订单查看发货。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>There is no shipment %1.</source>
        <translation>没有发货单 %1。</translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;: only an order ready to ship can leave; production reports it ready when its last step is finished.</source>
        <translation>订单 %1 的状态是“%2”：只有待发货的订单才能发货；生产报完最后一道工序后订单变为待发货。</translation>
    </message>
    <message>
        <source>Shipment %1 was delivered on %2 already (signed by %3).</source>
        <translation>发货单 %1 已于 %2 签收（签收人：%3）。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>未填姓名</translation>
    </message>
    <message>
        <source>Shipment %1 left on %2: it cannot have arrived on %3.</source>
        <translation>发货单 %1 于 %2 发出，不可能在 %3 签收。</translation>
    </message>
    <message>
        <source>Only %1 of line %2 is finished and %3 has left already: %4 is still in production, at most %5 more can leave now.</source>
        <translation>第 %2 行只完工了 %1，已发出 %3：%4 仍在生产中，现在最多还能发 %5。</translation>
    </message>
    <message>
        <source>Only %1 of line %2 is finished: %3 is still in production, at most %1 can leave now.</source>
        <translation>第 %2 行只完工了 %1：%3 仍在生产中，现在最多能发 %1。</translation>
    </message>
</context>
<context>
    <name>SmallChangeApproval</name>
    <message>
        <source>Change %1 waits for a manager: %2</source>
        <translation>变更 %1 需经理审批：%2</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is off.</source>
        <translation>规则“%1”未启用。</translation>
    </message>
    <message>
        <source>it cancels the order.</source>
        <translation>该变更取消订单。</translation>
    </message>
    <message>
        <source>it changes the total by %1, not less than %2.</source>
        <translation>总额变化 %1，不小于 %2。</translation>
    </message>
    <message numerus="yes">
        <source>it pushes %n other order(s) later.</source>
        <translation>
            <numerusform>会推迟其他 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on credit hold since %2.</source>
        <translation>%1 自 %2 起信用已暂停。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has invoice %2 overdue by %n day(s).</source>
        <translation>
            <numerusform>%1 的发票 %2 已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be over its credit limit of %2.</source>
        <translation>%1 将超过其信用额度 %2。</translation>
    </message>
    <message>
        <source>Approved by the rule &quot;%1&quot;: the total changes by %2, less than %3, no other order moves, and %4 has no credit hold and nothing overdue.</source>
        <translation>由规则“%1”自动批准：总额变化 %2，小于 %3，不影响其他订单，且 %4 未被暂停信用、无逾期。</translation>
    </message>
</context>
<context>
    <name>SplitShipmentService</name>
    <message>
        <source>The suggestion %1 is out of date: the order&apos;s progress, its shipments or its forecast changed since it was shown, or logistics has the task already. Look at the suggestions again.</source>
        <translation>建议 %1 已过时：显示之后订单的进度、发货或预计完工日期有了变化，或物流已收到此任务。请重新查看建议。</translation>
    </message>
    <message numerus="yes">
        <source>Ship the finished lines %1 of %2 now (%3 of %n line(s))</source>
        <translation>
            <numerusform>现在先发 %2 已完工的第 %1 行（共 %n 行中的 %3 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, the rest forecast on %2</source>
        <translation>%1，其余预计 %2 完工</translation>
    </message>
    <message>
        <source>%1, the rest cannot be planned yet</source>
        <translation>%1，其余暂时无法排产</translation>
    </message>
    <message>
        <source>%1 of %2 %3 reach %4 by the promised %5</source>
        <translation>%2 %3 中的 %1 可在承诺交期 %5 前送达%4</translation>
    </message>
    <message>
        <source>%1 of %2 %3 reach %4 on %5 (promised %6)</source>
        <translation>%2 %3 中的 %1 可于 %5 送达%4（承诺交期 %6）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Split shipment</source>
        <translation>分批发货</translation>
    </message>
</context>
<context>
    <name>SplitShipmentTaskRepository</name>
    <message>
        <source>record the shipping task</source>
        <translation>记录发货任务</translation>
    </message>
    <message>
        <source>record the shipping task&apos;s lines</source>
        <translation>记录发货任务的行</translation>
    </message>
    <message>
        <source>list the shipping tasks</source>
        <translation>列出发货任务</translation>
    </message>
    <message>
        <source>read the shipping tasks&apos; lines</source>
        <translation>读取发货任务的行</translation>
    </message>
    <message>
        <source>close the shipping tasks done</source>
        <translation>关闭已完成的发货任务</translation>
    </message>
</context>
<context>
    <name>StageSpanRepository</name>
    <message>
        <source>read the stages</source>
        <translation>读取阶段</translation>
    </message>
    <message>
        <source>read how long orders spent in each stage</source>
        <translation>读取订单在各阶段停留的时间</translation>
    </message>
    <message>
        <source>read the work centres</source>
        <translation>读取工作中心</translation>
    </message>
    <message>
        <source>count the change requests</source>
        <translation>统计变更申请</translation>
    </message>
    <message>
        <source>recount the stage durations</source>
        <translation>重新统计阶段时长</translation>
    </message>
    <message>
        <source>measure the stages again from the timeline</source>
        <translation>按时间线重新计算各阶段</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>work centre %1</source>
        <translation>工作中心 %1</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s confirmation</source>
        <translation>等待客户确认</translation>
    </message>
    <message>
        <source>Waiting to be planned</source>
        <translation>等待排产</translation>
    </message>
    <message>
        <source>Queueing at %1</source>
        <translation>%1 排队</translation>
    </message>
    <message>
        <source>Working at %1</source>
        <translation>%1 加工</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>等待发货</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>等待付款</translation>
    </message>
    <message>
        <source>Between re-confirmations</source>
        <translation>两次确认之间</translation>
    </message>
</context>
<context>
    <name>StatementRepository</name>
    <message>
        <source>add up the customer&apos;s statement</source>
        <translation>汇总客户对账单</translation>
    </message>
    <message>
        <source>read the customer&apos;s documents</source>
        <translation>读取客户的单据</translation>
    </message>
    <message>
        <source>against %1</source>
        <translation>冲 %1</translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>The suggestion %1 is out of date: the load, the calendar or the orders changed since it was shown. Look at the suggestions again.</source>
        <translation>建议 %1 已过时：显示之后负荷、日历或订单已有变化。请重新查看调度建议。</translation>
    </message>
    <message>
        <source>%1 h overtime on %2 on %3</source>
        <translation>%2 在 %3 加班 %1 小时</translation>
    </message>
    <message>
        <source>%1 h overtime a day on %2, %3 days from %4 to %5</source>
        <translation>%2 每天加班 %1 小时，共 %3 天（%4 至 %5）</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另 %1 张</translation>
    </message>
    <message>
        <source>no late order back on its promise</source>
        <translation>没有延误订单能赶上承诺交期</translation>
    </message>
    <message>
        <source>on time again: %1</source>
        <translation>重新按期：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; %1 days late taken off</source>
        <translation>；少延误 %1 天</translation>
    </message>
    <message>
        <source>; %1 other orders would become late</source>
        <translation>；另有 %1 张订单会因此延误</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>转移工序</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>Move step %1 (%2) of %3, line %4, from %5 (%6) to %7 (%8)</source>
        <translation>把 %3 第 %4 行的工序 %1（%2）从 %5（%6）转到 %7（%8）</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>The orders add up to more than OrderDesk can count.</source>
        <translation>订单金额合计超出了订单管家可计算的范围。</translation>
    </message>
</context>
<context>
    <name>TableExportService</name>
    <message>
        <source>Export to a file ending in .xlsx (Excel) or .csv, not &quot;%1&quot;.</source>
        <translation>请导出为扩展名为 .xlsx（Excel）或 .csv 的文件，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>This text contains a broken character (half of an emoji or of a rare character), probably from a damaged paste. Delete it and type or paste the text again.</source>
        <translation>文字中含有残缺字符（半个表情符号或生僻字），可能是粘贴时损坏。请删除后重新输入或粘贴。</translation>
    </message>
    <message>
        <source>This text contains a control character (an invisible character such as an escape sequence or a text-direction override), probably from a damaged file or a paste. Remove it and enter the text again.</source>
        <translation>文字中含有控制字符（如转义序列或文字方向控制符等不可见字符），可能来自损坏的文件或粘贴。请删除后重新输入。</translation>
    </message>
</context>
<context>
    <name>UserHistoryCheck</name>
    <message>
        <source>%1 has been altered behind OrderDesk&apos;s back: %2. The file was not restored.</source>
        <translation>%1 曾被绕过订单管家改动：%2。未恢复该文件。</translation>
    </message>
    <message>
        <source>it has a user %1 whose addition its audit trail never recorded</source>
        <translation>其中有用户 %1，但其审计记录中从未记录添加该用户</translation>
    </message>
    <message>
        <source>user %1 has %2 &quot;%3&quot; in it, but its audit trail records &quot;%4&quot;</source>
        <translation>其中用户 %1 的 %2 为“%3”，但审计记录中为“%4”</translation>
    </message>
    <message>
        <source>the password of user %1 was changed in it without being recorded in its audit trail</source>
        <translation>其中用户 %1 的密码被更改，但审计记录中没有相应记录</translation>
    </message>
    <message>
        <source>its audit trail records a user %1 that is missing from it</source>
        <translation>其审计记录中有用户 %1，但文件中缺少该用户</translation>
    </message>
</context>
<context>
    <name>WorkCentre</name>
    <message>
        <source>Enter the work centre&apos;s code.</source>
        <translation>请输入工作中心编码。</translation>
    </message>
    <message>
        <source>The work centre code may have up to 32 letters, digits, dots, dashes and underscores.</source>
        <translation>工作中心编码最多 32 个字符，可使用字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <source>Enter the work centre&apos;s name.</source>
        <translation>请输入工作中心名称。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文字过长。</translation>
    </message>
    <message>
        <source>A work centre with no hours per shift has no capacity: enter the hours of one shift.</source>
        <translation>每班工时为零的工作中心没有产能：请输入一个班次的工时。</translation>
    </message>
    <message>
        <source>A work centre with no shifts has no capacity: enter at least 1 shift (deactivate the centre instead if it no longer works).</source>
        <translation>没有班次的工作中心没有产能：请至少输入 1 个班次（如已不再生产，请停用该工作中心）。</translation>
    </message>
    <message>
        <source>%1 shifts of %2 hours are more than the 24 hours of a day.</source>
        <translation>%1 个班次、每班 %2 小时，超过了一天 24 小时。</translation>
    </message>
    <message>
        <source>The number of parallel units (machines or people) must be between 1 and %1.</source>
        <translation>并行单元（设备或人员）数量须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The efficiency must be more than 0% and at most %1%.</source>
        <translation>效率须大于 0% 且不超过 %1%。</translation>
    </message>
</context>
<context>
    <name>WorkItemKind</name>
    <message>
        <source>Confirmation to chase</source>
        <translation>待催确认</translation>
    </message>
    <message>
        <source>Later date to accept</source>
        <translation>待客户接受新交期</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Production step</source>
        <translation>生产工序</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>待开票</translation>
    </message>
    <message>
        <source>Overdue invoice</source>
        <translation>逾期发票</translation>
    </message>
    <message>
        <source>Broken promise to pay</source>
        <translation>未兑现的付款承诺</translation>
    </message>
    <message>
        <source>Order behind promise</source>
        <translation>落后于承诺的订单</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>@提及</translation>
    </message>
    <message>
        <source>Customer to call about a delay</source>
        <translation>需致电告知延误的客户</translation>
    </message>
    <message>
        <source>Change to approve</source>
        <translation>待审批变更</translation>
    </message>
    <message>
        <source>Change rejected</source>
        <translation>变更被驳回</translation>
    </message>
    <message>
        <source>Change approved by rule</source>
        <translation>规则自动批准的变更</translation>
    </message>
    <message>
        <source>Customer on credit hold</source>
        <translation>客户信用已暂停</translation>
    </message>
    <message>
        <source>Post-analysis to write</source>
        <translation>待写事后分析</translation>
    </message>
    <message>
        <source>Finished lines to ship</source>
        <translation>待发已完工行</translation>
    </message>
</context>
<context>
    <name>WorkloadRepository</name>
    <message>
        <source>count each salesperson&apos;s open orders</source>
        <translation>统计每位业务员的未完成订单</translation>
    </message>
    <message>
        <source>count each salesperson&apos;s late orders</source>
        <translation>统计每位业务员的逾期订单</translation>
    </message>
</context>
<context>
    <name>WriteOffRepository</name>
    <message>
        <source>write off the invoice</source>
        <translation>核销坏账发票</translation>
    </message>
    <message>
        <source>read the customer&apos;s write-offs</source>
        <translation>读取客户的坏账核销记录</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>A sheet needs a name.</source>
        <translation>工作表需要一个名称。</translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>工作表名称“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; may not contain any of : \ / ? * [ ].</source>
        <translation>工作表名称“%1”不能包含 : \ / ? * [ ] 中的任何字符。</translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; may not start or end with an apostrophe.</source>
        <translation>工作表名称“%1”不能以单引号开头或结尾。</translation>
    </message>
    <message>
        <source>Excel keeps the sheet name &quot;History&quot; for itself.</source>
        <translation>“History”是 Excel 保留的工作表名称。</translation>
    </message>
    <message>
        <source>The workbook already has a sheet named &quot;%1&quot;.</source>
        <translation>工作簿中已有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows; export fewer rows, for example a shorter period.</source>
        <translation>一个工作表最多容纳 %1 行；请减少导出的行数，例如缩短时间范围。</translation>
    </message>
    <message>
        <source>The workbook could not be written (disk full, or larger than 4 GB).</source>
        <translation>无法写入工作簿（磁盘已满，或文件超过 4 GB）。</translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>工作簿至少需要一个工作表。</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds %3 characters; an Excel cell holds at most %4. Export it as CSV instead.</source>
        <translation>第 %1 行第 %2 列有 %3 个字符；Excel 单元格最多容纳 %4 个字符。请改为导出 CSV。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OrderDesk</source>
        <translation>订单管家</translation>
    </message>
</context>
<context>
    <name>od::AuditView</name>
    <message>
        <source>Any action</source>
        <translation>任何操作</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>e.g. SO-2026-000123</source>
        <translation>例如 SO-2026-000123</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Checks that no audit entry was changed, inserted or removed.</source>
        <translation>检查审计记录是否被修改、插入或删除。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filters to see older ones.</source>
        <translation>仅显示最新的 %1 条记录；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>审计记录完整：已校验 %1 条。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1 (%2 entries checked).</source>
        <translation>审计记录在第 %1 条处断裂（已校验 %2 条）。</translation>
    </message>
</context>
<context>
    <name>od::AwaitingConfirmationModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n day(s): call the customer.</source>
        <translation>
            <numerusform>已等待 %n 天：请致电客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>业务员：%1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>od::BackgroundTask</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>od::BottlenecksView</name>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>中位数（天）</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90 分位（天）</translation>
    </message>
    <message>
        <source>Share of lead time</source>
        <translation>占总周期比例</translation>
    </message>
    <message>
        <source>Trend (median before)</source>
        <translation>趋势（上期中位数）</translation>
    </message>
    <message>
        <source>Press Enter or double-click a stage to see the orders behind it.</source>
        <translation>选中阶段后按回车或双击，查看对应的订单。</translation>
    </message>
    <message>
        <source>Time without work</source>
        <translation>无效时间</translation>
    </message>
    <message>
        <source>Bottlenecks from %1 to %2</source>
        <translation>瓶颈分析：%1 至 %2</translation>
    </message>
    <message>
        <source>Reading the stage durations…</source>
        <translation>正在读取阶段时长…</translation>
    </message>
    <message>
        <source>Orders that left a stage from %1 to %2, against %3 to %4. Measured from the recorded timeline and step dates.</source>
        <translation>%1 至 %2 期间离开各阶段的订单，与 %3 至 %4 比较。按已记录的时间线和工序日期计算。</translation>
    </message>
    <message>
        <source>%1 — bottleneck</source>
        <translation>%1 — 瓶颈</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message numerus="yes">
        <source>Before: %n order(s), median %1 days, 90th percentile %2 days.</source>
        <translation>
            <numerusform>上期：%n 张订单，中位数 %1 天，90 分位 %2 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>no data before</source>
        <translation>上期无数据</translation>
    </message>
    <message numerus="yes">
        <source>Re-confirmations: %n time(s) an order already confirmed was confirmed again</source>
        <translation>
            <numerusform>再次确认：已确认的订单又确认了 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 per order confirmed for the first time</source>
        <translation>，平均每张首次确认的订单 %1 次</translation>
    </message>
    <message>
        <source>; median %1 days between them</source>
        <translation>；两次确认间隔中位数 %1 天</translation>
    </message>
    <message numerus="yes">
        <source>Change requests: %n request(s)</source>
        <translation>
            <numerusform>变更申请：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n order(s)</source>
        <translation>
            <numerusform>，涉及 %n 张订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-offs: no hand-over between people or work centres was recorded in the period.</source>
        <translation>交接：本期间没有记录人员或工作中心之间的交接。</translation>
    </message>
    <message>
        <source>%1 (90%: %2 days)</source>
        <translation>%1（90 分位：%2 天）</translation>
    </message>
    <message>
        <source>Hand-offs that wait longest: %1.</source>
        <translation>等待最久的交接：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起始(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>od::CapacityView</name>
    <message>
        <source>not started</source>
        <translation>未开工</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>起始日期(&amp;M)：</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation>跨度(&amp;S)：</translation>
    </message>
    <message>
        <source>Sum by &amp;week</source>
        <translation>按周汇总(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>刷新(&amp;U)</translation>
    </message>
    <message>
        <source>Hours planned / hours available. Red: more planned than available.</source>
        <translation>计划工时 / 可用工时。红色：计划超过可用（超负荷）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type the first day to show, e.g. 2026-07-06.</source>
        <translation>请输入起始日期，例如 2026-07-06。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 起一周</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n work centre(s); %1</source>
        <translation>
            <numerusform>%n 个工作中心；%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overloaded week(s)</source>
        <translation>
            <numerusform>%n 周超负荷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overloaded day(s)</source>
        <translation>
            <numerusform>%n 天超负荷</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>od::ChangeConfirmationDocument</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity was</source>
        <translation>原数量</translation>
    </message>
    <message>
        <source>Quantity is</source>
        <translation>新数量</translation>
    </message>
    <message>
        <source>Price was</source>
        <translation>原单价</translation>
    </message>
    <message>
        <source>Price is</source>
        <translation>新单价</translation>
    </message>
    <message>
        <source>Amount was</source>
        <translation>原金额</translation>
    </message>
    <message>
        <source>Amount is</source>
        <translation>新金额</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Order Change Confirmation</source>
        <translation>订单变更确认书</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Order %1, revision %2 replaces revision %3. Change %4, asked on %5 by %6.</source>
        <translation>订单 %1，第 %2 版取代第 %3 版。变更 %4，由 %6 于 %5 提出。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>变更原因：%1</translation>
    </message>
    <message>
        <source>The order is cancelled.</source>
        <translation>订单已取消。</translation>
    </message>
    <message>
        <source>Cancellation charge agreed: %1 (%2)</source>
        <translation>约定取消费：%1（%2）</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Difference: %1 (%2)</source>
        <translation>差额：%1（%2）</translation>
    </message>
    <message>
        <source>New total in words: %1</source>
        <translation>变更后合计（大写）：%1</translation>
    </message>
    <message>
        <source>Customer (signature and stamp):</source>
        <translation>客户（签字盖章）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Supplier (signature and stamp):</source>
        <translation>供方（签字盖章）：</translation>
    </message>
    <message>
        <source>%1 · change %2</source>
        <translation>%1 · 变更 %2</translation>
    </message>
    <message>
        <source>Order Change Confirmation %1</source>
        <translation>订单变更确认书 %1</translation>
    </message>
</context>
<context>
    <name>od::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>修改密码(&amp;P)</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>od::ChangesPanel</name>
    <message>
        <source>Change</source>
        <translation>变更单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已等待（天）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Earliest delivery</source>
        <translation>最早可交期</translation>
    </message>
    <message>
        <source>Orders pushed</source>
        <translation>被推迟订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Ask for a change…</source>
        <translation>申请变更(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Open &amp;order</source>
        <translation>打开订单(&amp;O)</translation>
    </message>
    <message>
        <source>Scrap or rework co&amp;st…</source>
        <translation>报废/返工成本(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the change confirmation as PDF</source>
        <translation>将变更确认书保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No change request.</source>
        <translation>没有变更申请。</translation>
    </message>
    <message>
        <source>Asked by %1 on %2 (%3%4): %5</source>
        <translation>%1 于 %2 申请（%3%4）：%5</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>申请内容：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt; %1 → %2, difference %3 (%4)</source>
        <translation>&lt;b&gt;合计&lt;/b&gt; %1 → %2，差额 %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Earliest delivery&lt;/b&gt; %1 → %2; %n other order(s) pushed later.</source>
        <translation>
            <numerusform>&lt;b&gt;最早可交期&lt;/b&gt; %1 → %2；%n 个其他订单被推迟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer goes over its credit limit with this change.</source>
        <translation>此变更将使客户超出信用额度。</translation>
    </message>
    <message>
        <source>Production already done costs %1 to scrap or rework. %2</source>
        <translation>已完成的生产报废或返工成本 %1。%2</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>%1 于 %2 审批：%3</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>无备注</translation>
    </message>
    <message>
        <source>Made revision %1.</source>
        <translation>已生成第 %1 版。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Cost of change %1</source>
        <translation>变更 %1 的成本</translation>
    </message>
    <message>
        <source>The cost of scrapping or reworking what is already made, then what it is, e.g.
1250.00 5 bodies machined to the old drawing</source>
        <translation>已生产部分的报废或返工成本，后接说明，例如：
1250.00 5 件阀体已按旧图纸加工</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>变更申请</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>审批意见（可选）：</translation>
    </message>
    <message>
        <source>Why is it rejected? The salesperson tells the customer.</source>
        <translation>驳回原因？业务员将转告客户。</translation>
    </message>
    <message>
        <source>Change confirmation P&amp;DF…</source>
        <translation>变更确认书 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>od::ChangesView</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Any salesperson</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Sa&amp;lesperson:</source>
        <translation>业务员(&amp;L)：</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s)</source>
        <translation>
            <numerusform>%n 项变更申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>od::CloseMonthDialog</name>
    <message>
        <source>Close a month</source>
        <translation>月末结账</translation>
    </message>
    <message>
        <source>Once a month is closed, nothing dated in it can be created or changed: no invoice, credit note, payment or write-off. This cannot be undone.</source>
        <translation>月份关闭后，日期在该月的发票、红字发票、收款和核销都不能再新增或修改。此操作不能撤销。</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Close the month</source>
        <translation>关闭该月(&amp;C)</translation>
    </message>
</context>
<context>
    <name>od::CollectionContactDialog</name>
    <message>
        <source>Collection contact with %1</source>
        <translation>催款记录：%1</translation>
    </message>
    <message>
        <source>e.g. 财务 刘经理</source>
        <translation>例如：财务 刘经理</translation>
    </message>
    <message>
        <source>What was said, e.g. the payment is waiting for the boss&apos;s signature</source>
        <translation>沟通内容，例如：付款单等老板签字</translation>
    </message>
    <message>
        <source>optional, e.g. 50000.00</source>
        <translation>可不填，例如 50000.00</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Spoke with</source>
        <translation>联系人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>内容(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Promised to pay on</source>
        <translation>承诺付款日(&amp;P)</translation>
    </message>
    <message>
        <source>Promised &amp;amount</source>
        <translation>承诺金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <source>Not a date: type it like 2026-12-15, or leave it empty.</source>
        <translation>日期格式不对：请按 2026-12-15 填写，或留空。</translation>
    </message>
    <message>
        <source>Not an amount: more than zero, at most 2 decimals, e.g. 565.50.</source>
        <translation>金额无效：须大于零，最多两位小数，例如 565.50。</translation>
    </message>
</context>
<context>
    <name>od::ConfirmationDocument</name>
    <message>
        <source>Tel: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>Bank account: %1</source>
        <translation>开户行及账号：%1</translation>
    </message>
    <message>
        <source>Order Confirmation</source>
        <translation>订单确认书</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>We confirm your order as follows. Please check every item; if all is correct, sign or stamp this confirmation and return it to us.</source>
        <translation>兹确认贵司订单如下。请逐项核对，如无误，请签字或盖章后回传我司。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification / description</source>
        <translation>规格/描述</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>交期：%1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>税额（%1）</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>价税合计（%1）</translation>
    </message>
    <message>
        <source>Total in words (RMB):</source>
        <translation>合计人民币（大写）：</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>交易条款</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Customer confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Signature / company stamp:</source>
        <translation>签字/盖章：</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供方</translation>
    </message>
    <message>
        <source>Authorised signature / company stamp:</source>
        <translation>授权代表签字/盖章：</translation>
    </message>
    <message>
        <source>%1  Order Confirmation %2, revision %3</source>
        <translation>%1  订单确认书 %2，第 %3 版</translation>
    </message>
    <message>
        <source>Order Confirmation %1</source>
        <translation>订单确认书 %1</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
</context>
<context>
    <name>od::ConfirmationView</name>
    <message>
        <source>Export confirmation as PDF</source>
        <translation>将订单确认书导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Filter by order number, customer or salesperson (Ctrl+F)</source>
        <translation>按订单号、客户或业务员筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Record confirmation…</source>
        <translation>记录客户确认…</translation>
    </message>
    <message>
        <source>Return to draft…</source>
        <translation>退回草稿…</translation>
    </message>
    <message>
        <source>Confirmation document</source>
        <translation>订单确认书</translation>
    </message>
    <message>
        <source>Choose an order to see its confirmation document.</source>
        <translation>选择一个订单以查看其订单确认书。</translation>
    </message>
    <message>
        <source>No order is waiting for a customer&apos;s confirmation.</source>
        <translation>没有等待客户确认的订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for the customer&apos;s confirmation.</source>
        <translation>
            <numerusform>%n 个订单等待客户确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for confirmation.</source>
        <translation>没有待确认的订单。</translation>
    </message>
    <message>
        <source>Confirmation of %1, revision %2</source>
        <translation>%1 订单确认书，第 %2 版</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 revision %2 is confirmed.</source>
        <translation>%1 第 %2 版已确认。</translation>
    </message>
    <message>
        <source>%1 is back in draft; change it in the order intake and send it again.</source>
        <translation>%1 已退回草稿；请在“订单录入”中修改后重新发送。</translation>
    </message>
</context>
<context>
    <name>od::CreditNoteDialog</name>
    <message>
        <source>Credit note (红字) against %1</source>
        <translation>开具红字发票（冲 %1）</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 %3: total %4, already credited %5, paid %6.</source>
        <translation>发票 %1，客户 %2 %3：合计 %4，已红冲 %5，已收款 %6。</translation>
    </message>
    <message>
        <source>&amp;All that is left (%1)</source>
        <translation>冲销全部剩余金额（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 1130.00</source>
        <translation>例如 1130.00</translation>
    </message>
    <message>
        <source>a return, a price correction …</source>
        <translation>退货、价格更正……</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>开具红字发票(&amp;I)</translation>
    </message>
    <message>
        <source>Enter the date of the credit note, e.g. 2026-07-15.</source>
        <translation>请输入红字发票日期，例如 2026-07-15。</translation>
    </message>
    <message>
        <source>&amp;Part of it, the amount below</source>
        <translation>冲销部分金额（在下面填写）(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;mount incl. tax</source>
        <translation>含税金额(&amp;M)</translation>
    </message>
    <message>
        <source>Not an amount: more than zero, at most 2 decimals, e.g. 565.50.</source>
        <translation>金额无效：须大于零，最多两位小数，例如 565.50。</translation>
    </message>
    <message>
        <source>Returned &amp;goods: the quantities below, line by line</source>
        <translation>退货(&amp;G)：按行填写下方退回数量</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名规格</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已冲红</translation>
    </message>
    <message>
        <source>Returned now</source>
        <translation>本次退回</translation>
    </message>
    <message>
        <source>Returned &amp;quantities</source>
        <translation>退回数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity (at most 3 decimals, e.g. 2 or 1.5).</source>
        <translation>第 %1 行：“%2”不是数量（最多 3 位小数，例如 2 或 1.5）。</translation>
    </message>
    <message>
        <source>Type the quantity returned on at least one line.</source>
        <translation>请至少在一行填写退回数量。</translation>
    </message>
</context>
<context>
    <name>od::CsvImportDialog</name>
    <message>
        <source>Columns: code, name, contact, phone, email, address, credit_limit, payment_terms_days, notes. UTF-8 or GB18030; the first line names the columns.</source>
        <translation>列：code, name, contact, phone, email, address, credit_limit, payment_terms_days, notes。编码为 UTF-8 或 GB18030；第一行为列名。</translation>
    </message>
    <message>
        <source>Columns: sku, name, spec, unit, unit_price, lead_time_days, requires_spec. UTF-8 or GB18030; the first line names the columns.</source>
        <translation>列：sku, name, spec, unit, unit_price, lead_time_days, requires_spec。编码为 UTF-8 或 GB18030；第一行为列名。</translation>
    </message>
    <message>
        <source>One line per order line; lines of the same order are grouped by its reference. UTF-8 or GB18030; the first line names the columns.</source>
        <translation>每行对应一个订单行，同一订单的各行按订单号归组。编码为 UTF-8 或 GB18030；第一行为列名。</translation>
    </message>
    <message>
        <source>Import customers from CSV</source>
        <translation>从 CSV 导入客户</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>从 CSV 导入产品</translation>
    </message>
    <message>
        <source>Import orders from CSV</source>
        <translation>从 CSV 导入订单</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 data rows, %2.</source>
        <translation>%1 行数据，编码 %2。</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>仅显示前 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) — fix them in the file and choose it again:</source>
        <translation>
            <numerusform>%n 处错误——请在文件中改正后重新选择该文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: code, name, department, hours_per_shift, shifts, units, efficiency_percent. UTF-8 or GB18030; the first line names the columns.</source>
        <translation>列：code、name、department、hours_per_shift、shifts、units、efficiency_percent。UTF-8 或 GB18030 编码；第一行为列名。</translation>
    </message>
    <message>
        <source>Columns: sku, step_no, name, work_centre, setup_hours, run_hours_per_unit, wait_days, purchase_lead_days; one line per step. UTF-8 or GB18030; the first line names the columns.</source>
        <translation>列：sku、step_no、name、work_centre、setup_hours、run_hours_per_unit、wait_days、purchase_lead_days；每道工序一行。UTF-8 或 GB18030 编码；第一行为列名。</translation>
    </message>
    <message>
        <source>Columns: date, kind (holiday, workday or overtime), work_centre (empty for the whole company), hours. UTF-8 or GB18030; the first line names the columns.</source>
        <translation>列：date、kind（holiday、workday 或 overtime）、work_centre（全公司时留空）、hours。UTF-8 或 GB18030 编码；第一行为列名。</translation>
    </message>
    <message>
        <source>Import work centres from CSV</source>
        <translation>从 CSV 导入工作中心</translation>
    </message>
    <message>
        <source>Import routings from CSV</source>
        <translation>从 CSV 导入工艺路线</translation>
    </message>
    <message>
        <source>Import calendar days from CSV</source>
        <translation>从 CSV 导入日历</translation>
    </message>
    <message>
        <source>Columns: customer_code, date, amount, reference, then optionally method, note, invoice_no, bill_maturity. UTF-8 or GB18030; the first line names the columns.</source>
        <translation>列:customer_code、date、amount、reference,可选 method、note、invoice_no、bill_maturity。UTF-8 或 GB18030 编码;第一行为列名。</translation>
    </message>
    <message>
        <source>Import payments from CSV</source>
        <translation>从 CSV 导入收款</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) — the file is imported as said here:</source>
        <translation>
            <numerusform>%n 条说明 — 文件将按以下说明导入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>e.g. C0042</source>
        <translation>例如 C0042</translation>
    </message>
    <message>
        <source>the person who orders and confirms</source>
        <translation>负责下单和确认的人</translation>
    </message>
    <message>
        <source>empty or 0 = no limit</source>
        <translation>留空或 0 表示不限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Active (can be chosen on new orders)</source>
        <translation>启用（可在新订单中选用）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Credit &amp;limit (¥)</source>
        <translation>信用额度(¥)(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Not an amount: use digits and at most 2 decimals, e.g. 50000 or 12500.50.</source>
        <translation>金额格式不正确：请输入数字，最多 2 位小数，例如 50000 或 12500.50。</translation>
    </message>
    <message>
        <source>The language of the order confirmations this customer receives.</source>
        <translation>发给此客户的订单确认书所用的语言。</translation>
    </message>
    <message>
        <source>Payment te&amp;rms</source>
        <translation>账期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>单据语言(&amp;D)</translation>
    </message>
</context>
<context>
    <name>od::CustomerListModel</name>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>od::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search code, name, contact, phone… (Ctrl+F)</source>
        <translation>搜索编码、名称、联系人、电话…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Showing the first %1 customers — type more to narrow the search.</source>
        <translation>仅显示前 %1 个客户——请输入更多内容以缩小搜索范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
</context>
<context>
    <name>od::DailyBackup</name>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>今天的自动备份失败：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved to %1</source>
        <translation>今天的备份已保存到 %1</translation>
    </message>
</context>
<context>
    <name>od::DashboardView</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>业务员(&amp;S)：</translation>
    </message>
    <message>
        <source>Order intake by month</source>
        <translation>每月接单</translation>
    </message>
    <message>
        <source>Backlog by status</source>
        <translation>在手订单（按状态）</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Work-centre load, next 8 weeks (% of capacity)</source>
        <translation>未来 8 周工作中心负荷（占产能 %）</translation>
    </message>
    <message>
        <source>Late orders</source>
        <translation>已逾期订单</translation>
    </message>
    <message>
        <source>Every salesperson</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>Dashboard of %1</source>
        <translation>%1 经营看板</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message numerus="yes">
        <source>Values in %1; %n order(s) in other currencies are counted but not valued.</source>
        <translation>
            <numerusform>金额单位 %1；另有 %n 单其他币种订单只计单数、不计金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Values in %1, as of %2.</source>
        <translation>金额单位 %1，截至 %2。</translation>
    </message>
    <message>
        <source>Order intake, %1
%2 · %3 orders</source>
        <translation>接单，%1
%2 · %3 单</translation>
    </message>
    <message>
        <source>Last month %1 %2</source>
        <translation>上月 %1 %2</translation>
    </message>
    <message>
        <source>A year ago %1 %2</source>
        <translation>去年同月 %1 %2</translation>
    </message>
    <message>
        <source>Orders dated in the month that the customer confirmed and that were not cancelled. Opens them in the Orders list.</source>
        <translation>本月下单、客户已确认且未取消的订单。点击在订单列表中打开。</translation>
    </message>
    <message>
        <source>Backlog (open orders)
%1 · %2 orders
confirmed up to ready to ship</source>
        <translation>在手订单
%1 · %2 单
已确认、已计划、生产中、待发货</translation>
    </message>
    <message>
        <source>Opens the open orders in the Orders list.</source>
        <translation>在订单列表中打开在手订单。</translation>
    </message>
    <message>
        <source>On-time delivery, 90 days
%1
%2 of %3 shipped with a promise</source>
        <translation>准时交付率（近 90 天）
%1
有承诺交期的 %3 单中 %2 单准时</translation>
    </message>
    <message>
        <source>On-time delivery, 90 days
no data yet
no order with a promised date shipped from %1 to %2</source>
        <translation>准时交付率（近 90 天）
暂无数据
%1 至 %2 没有带承诺交期的订单发货</translation>
    </message>
    <message>
        <source>Open exceptions
%1
not closed yet</source>
        <translation>未关闭异常
%1
尚未关闭</translation>
    </message>
    <message>
        <source>Opens the Exceptions page.</source>
        <translation>打开异常页面。</translation>
    </message>
    <message>
        <source>Overdue receivables
%1 of %2 outstanding
DSO %3</source>
        <translation>逾期应收
%1（应收余额 %2）
应收账款周转天数 %3</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>— (no credit sales in 90 days)</source>
        <translation>—（近 90 天无赊销）</translation>
    </message>
    <message>
        <source>Opens the Receivables page.</source>
        <translation>打开应收账款页面。</translation>
    </message>
    <message>
        <source>Overdue receivables
—
kept for the whole company, not per salesperson</source>
        <translation>逾期应收
—
按全公司统计，不按业务员</translation>
    </message>
    <message>
        <source>Overdue receivables
—
for finance and management</source>
        <translation>逾期应收
—
仅财务和管理人员可见</translation>
    </message>
    <message>
        <source>No orders taken in the 12 months to %1 yet.</source>
        <translation>截至 %1 的 12 个月内还没有接单。</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>No open orders: nothing is confirmed, planned, in production or ready to ship.</source>
        <translation>没有在手订单：没有已确认、已计划、生产中或待发货的订单。</translation>
    </message>
    <message>
        <source>Receivables are kept for the whole company, not per salesperson.</source>
        <translation>应收账款按全公司统计，不按业务员。</translation>
    </message>
    <message>
        <source>Receivables are shown to finance and management.</source>
        <translation>应收账款仅财务和管理人员可见。</translation>
    </message>
    <message>
        <source>No receivables yet: no invoice is open.</source>
        <translation>暂无应收账款：没有未结发票。</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>未结（%1）</translation>
    </message>
    <message>
        <source>The capacity load is shown to those who plan orders.</source>
        <translation>产能负荷仅对排产人员显示。</translation>
    </message>
    <message>
        <source>No committed plan puts work on a work centre in the next 8 weeks.</source>
        <translation>未来 8 周没有已确定的计划占用工作中心。</translation>
    </message>
    <message>
        <source>MM/dd</source>
        <translation>MM/dd</translation>
    </message>
    <message>
        <source>Order intake, %1</source>
        <translation>接单，%1</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>在手订单：%1</translation>
    </message>
    <message>
        <source>Backlog (open orders)</source>
        <translation>在手订单</translation>
    </message>
    <message>
        <source>Shipped late</source>
        <translation>延期发货</translation>
    </message>
    <message>
        <source>Orders first shipped from %1 to %2 on or before the promised date in force when they shipped; orders shipped without a promise (%3) are left out. Opens those shipped late.</source>
        <translation>%1 至 %2 首次发货的订单中，在当时有效的承诺交期当天或之前发货的比例；没有承诺交期的发货订单（%3 张）不计入。点击打开延期发货的订单。</translation>
    </message>
    <message>
        <source>%1: %2 orders, %3</source>
        <translation>%1：%2 张订单，%3</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>将经营看板另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The figures and charts shown, on one A4 landscape page</source>
        <translation>把当前显示的指标和图表保存为一页 A4 横向 PDF</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <source>The figures are still being read.</source>
        <translation>指标还在读取中。</translation>
    </message>
    <message>
        <source>Dashboard %1.pdf</source>
        <translation>经营看板 %1.pdf</translation>
    </message>
    <message>
        <source>The dashboard was saved to %1.</source>
        <translation>经营看板已保存到 %1。</translation>
    </message>
    <message>
        <source>&amp;Bottlenecks…</source>
        <translation>瓶颈分析(&amp;B)…</translation>
    </message>
    <message>
        <source>How long orders spend in each stage, and where they wait longest</source>
        <translation>订单在各阶段停留多久，在哪里等待最久</translation>
    </message>
    <message>
        <source>Orders at risk</source>
        <translation>有风险的订单</translation>
    </message>
    <message>
        <source>Late
%1 orders · %2
past the promise or still in transit</source>
        <translation>已延误
%1 单 · %2
已过承诺日期或仍在途</translation>
    </message>
    <message>
        <source>Open orders the early warning calls late: the promised date has passed and the customer does not have the goods. Opens them in the Orders list.</source>
        <translation>预警判定为“已延误”的未完结订单：承诺日期已过而客户尚未收到货。点击在订单列表中打开。</translation>
    </message>
    <message>
        <source>At risk
%1 orders · %2
about to slip</source>
        <translation>有风险
%1 单 · %2
即将延误</translation>
    </message>
    <message>
        <source>Open orders the early warning calls at risk — a plan finishing after the promise, a step overdue, a confirmation or a shipment waiting too long, a serious exception. Opens them in the Orders list.</source>
        <translation>预警判定为“有风险”的未完结订单——计划完工晚于承诺、工序逾期、确认或发货等待过久、有严重异常。点击在订单列表中打开。</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>No order with a promised date shipped in the 12 months to %1 yet.</source>
        <translation>截至 %1 的 12 个月内还没有带承诺交期的订单发货。</translation>
    </message>
    <message>
        <source>Shipped on time (%)</source>
        <translation>准时发货（%）</translation>
    </message>
    <message>
        <source>%1: %2 on time, %3 of %4 shipped with a promise; click for those shipped late</source>
        <translation>%1：准时率 %2，带承诺交期发货 %4 单中准时 %3 单；点击查看迟发的订单</translation>
    </message>
    <message>
        <source>%1: nothing with a promised date shipped</source>
        <translation>%1：没有带承诺交期的订单发货</translation>
    </message>
    <message>
        <source>The figures are narrowed to one customer: %1.</source>
        <translation>数据已限定为一个客户：%1。</translation>
    </message>
    <message>
        <source>Order value (%1)</source>
        <translation>订单金额（%1）</translation>
    </message>
    <message>
        <source>%1 %2: %3 orders, %4; click for the orders</source>
        <translation>%1 %2：%3 单，%4；点击查看这些订单</translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation>没有逾期发票。</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>%1 %2: %3 overdue; click for the customer&apos;s receivables</source>
        <translation>%1 %2：逾期 %3；点击查看该客户的应收账款</translation>
    </message>
    <message>
        <source>Shipped late, %1</source>
        <translation>%1 迟发的订单</translation>
    </message>
    <message>
        <source>Order intake of %1, 12 months</source>
        <translation>%1 近 12 个月的接单</translation>
    </message>
    <message>
        <source>On-time delivery by month (%)</source>
        <translation>各月准时交付率（%）</translation>
    </message>
    <message>
        <source>Top customers by order value, 12 months</source>
        <translation>订单金额前十客户（近 12 个月）</translation>
    </message>
    <message>
        <source>Top customers by overdue amount</source>
        <translation>逾期金额前十客户</translation>
    </message>
    <message>
        <source>&amp;On-time delivery…</source>
        <translation>准时交付(&amp;O)…</translation>
    </message>
    <message>
        <source>Of the orders delivered, how many on time, per customer, product, salesperson, work centre or cause</source>
        <translation>已签收的订单中有多少准时交付，可按客户、产品、业务员、工作中心或原因查看</translation>
    </message>
</context>
<context>
    <name>od::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <source>Not a date. Type it as 2026-07-15.</source>
        <translation>日期格式不正确，请按 2026-07-15 的格式输入。</translation>
    </message>
</context>
<context>
    <name>od::DeliveryNoteDocument</name>
    <message>
        <source>Delivery Note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <source>Delivery note no.: %1    Order: %2</source>
        <translation>送货单号：%1    订单号：%2</translation>
    </message>
    <message>
        <source>Ship date: %1</source>
        <translation>发货日期：%1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>物流公司：%1</translation>
    </message>
    <message>
        <source>Carrier: %1    Tracking no.: %2</source>
        <translation>物流公司：%1    物流单号：%2</translation>
    </message>
    <message>
        <source>Deliver to: %1 %2</source>
        <translation>收货单位：%1 %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>收货地址：%1</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>联系人：%1 %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Goods received in good order and in the quantities above.</source>
        <translation>上述货物已按数量完好收到。</translation>
    </message>
    <message>
        <source>Received by (signature):</source>
        <translation>收货人（签字）：</translation>
    </message>
    <message>
        <source>Date received:</source>
        <translation>收货日期：</translation>
    </message>
    <message>
        <source>Customer&apos;s stamp:</source>
        <translation>收货单位（盖章）：</translation>
    </message>
    <message>
        <source>Please sign, date and return one copy to the driver or to %1, quoting %2.</source>
        <translation>请签字、注明日期，并将一联交回送货人或寄回 %1，注明单号 %2。</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>发货方</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>This delivery</source>
        <translation>本次送货</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>尚未发出</translation>
    </message>
    <message>
        <source>Delivery note %1</source>
        <translation>送货单 %1</translation>
    </message>
</context>
<context>
    <name>od::DepositInvoiceDialog</name>
    <message>
        <source>Deposit invoice</source>
        <translation>定金发票</translation>
    </message>
    <message>
        <source>the confirmed order&apos;s number</source>
        <translation>已确认订单的订单号</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Share of the order (%)</source>
        <translation>定金比例（%）(&amp;S)</translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation>开票日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Issue deposit invoice</source>
        <translation>开具定金发票(&amp;I)</translation>
    </message>
    <message>
        <source>Type the number of the confirmed order.</source>
        <translation>请输入已确认订单的订单号。</translation>
    </message>
    <message>
        <source>The share is a percentage above 0 and up to 100, e.g. 30.</source>
        <translation>比例为大于 0、不超过 100 的百分数，例如 30。</translation>
    </message>
    <message>
        <source>Enter the invoice date, e.g. 2026-07-15.</source>
        <translation>请输入开票日期，例如 2026-07-15。</translation>
    </message>
</context>
<context>
    <name>od::DiscussionPanel</name>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Write on this order. @王芳 or @物流 lets a colleague or a department know.</source>
        <translation>在这张订单上留言。输入 @王芳 或 @物流 可通知同事或部门。</translation>
    </message>
    <message>
        <source>Mention: %1</source>
        <translation>可 @：%1</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove fi&amp;les</source>
        <translation>移除文件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Post (Ctrl+Enter)</source>
        <translation>发送(&amp;P)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Nothing written on this order yet. Questions, answers and files about it belong here, where everyone who works on it can see them.</source>
        <translation>这张订单还没有留言。关于它的问题、答复和文件都放在这里，经手的每个人都能看到。</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附加：%1</translation>
    </message>
    <message>
        <source>The attachment cannot be copied to %1 to open it.</source>
        <translation>无法把附件复制到 %1 来打开。</translation>
    </message>
</context>
<context>
    <name>od::ExceptionStepDialog</name>
    <message>
        <source>Response plan for %1</source>
        <translation>%1 的处理方案</translation>
    </message>
    <message>
        <source>Customer informed about %1</source>
        <translation>就 %1 告知客户</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>处理方案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>告知对象(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Told:</source>
        <translation>告知内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>费用(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;lose exception</source>
        <translation>关闭异常(&amp;L)</translation>
    </message>
    <message>
        <source>Enter an amount such as 1250.00.</source>
        <translation>请输入金额，例如 1250.00。</translation>
    </message>
</context>
<context>
    <name>od::ExceptionsPanel</name>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Plan recorded</source>
        <translation>已有方案</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常编号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Raise exception…</source>
        <translation>登记异常(&amp;R)…</translation>
    </message>
    <message>
        <source>Response &amp;plan…</source>
        <translation>处理方案(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Customer informed…</source>
        <translation>已告知客户(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>关闭(&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;order</source>
        <translation>打开订单(&amp;O)</translation>
    </message>
    <message>
        <source>No exception.</source>
        <translation>没有异常。</translation>
    </message>
    <message>
        <source>raised by %1 on %2</source>
        <translation>%1 于 %2 登记</translation>
    </message>
    <message>
        <source>Response plan:</source>
        <translation>处理方案：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <source>The customer was told:</source>
        <translation>告知客户记录：</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <source>closed by %1 on %2</source>
        <translation>%1 于 %2 关闭</translation>
    </message>
    <message>
        <source>Hand over %1</source>
        <translation>移交 %1</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>新负责人：</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Make a le&amp;sson…</source>
        <translation>记为经验(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep what this closed exception taught, for the next order of this customer or product.</source>
        <translation>把这次异常的教训记入经验库，下次该客户或产品的订单会提示。</translation>
    </message>
    <message>
        <source>Han&amp;d over…</source>
        <translation>移交(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>od::ExceptionsView</name>
    <message>
        <source>&amp;Mine</source>
        <translation>我负责的(&amp;M)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s)</source>
        <translation>
            <numerusform>%n 个未关闭的异常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n 个异常</numerusform>
        </translation>
    </message>
    <message>
        <source>Open onl&amp;y</source>
        <translation>仅未关闭(&amp;Y)</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Sev&amp;erity:</source>
        <translation>严重程度(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>od::FirstRunDialog</name>
    <message>
        <source>Welcome to OrderDesk</source>
        <translation>欢迎使用订单管家</translation>
    </message>
    <message>
        <source>This database is new: %1
How would you like to start?</source>
        <translation>这是一个新数据库：%1
您想如何开始？</translation>
    </message>
    <message>
        <source>Set up &amp;my company (empty)</source>
        <translation>建立我的公司（从空白开始）(&amp;M)</translation>
    </message>
    <message>
        <source>Explore a &amp;demo company</source>
        <translation>体验演示公司(&amp;D)</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如 王芳</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>You become the administrator. Customers, products and colleagues can be added later.</source>
        <translation>您将成为管理员。客户、产品和同事可以稍后添加。</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> 个订单</translation>
    </message>
    <message>
        <source>A valve and pump maker with its staff, customers, catalogue and a year of orders in every stage, to try OrderDesk out. Use a separate database for real work.</source>
        <translation>一家阀门和泵制造企业，包含员工、客户、产品目录以及处于各个阶段的一整年订单，供您试用订单管家。正式使用请另建数据库。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>Enter your name as it should appear on orders.</source>
        <translation>请输入您的姓名（将显示在订单上）。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Generating orders: %1 of %2</source>
        <translation>正在生成订单：%1 / %2</translation>
    </message>
    <message>
        <source>Generating the demo company…</source>
        <translation>正在生成演示公司…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>od::GanttChart</name>
    <message>
        <source>Plan chart</source>
        <translation>计划甘特图</translation>
    </message>
    <message>
        <source>Open an order to see its plan.</source>
        <translation>打开一个订单以查看其计划。</translation>
    </message>
    <message>
        <source>%1. L%2 %3</source>
        <translation>%1. 第%2行 %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>要求交期</translation>
    </message>
</context>
<context>
    <name>od::IntakeView</name>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save the order as a draft (Ctrl+S)</source>
        <translation>将订单保存为草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Submit for confirmation</source>
        <translation>提交确认</translation>
    </message>
    <message>
        <source>Save and send this revision to the customer for confirmation</source>
        <translation>保存并将此修订版发送给客户确认</translation>
    </message>
    <message>
        <source>The order is shown read-only.</source>
        <translation>订单以只读方式显示。</translation>
    </message>
    <message>
        <source>%1 is %2, so it opens read-only. Changes to it go through a change request.</source>
        <translation>%1 当前状态为“%2”，只能以只读方式打开。如需修改，请提交变更申请。</translation>
    </message>
    <message>
        <source>Revision %1 was sent to the customer. Saving a change will start revision %2, and the customer must confirm again.</source>
        <translation>第 %1 版已发送给客户。保存修改将生成第 %2 版，需客户重新确认。</translation>
    </message>
    <message>
        <source>New order (not saved)</source>
        <translation>新订单（未保存）</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>%1 · revision %2 · %3</source>
        <translation>%1 · 第 %2 版 · %3</translation>
    </message>
    <message>
        <source> (changed, not saved)</source>
        <translation>（已修改，未保存）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Save the order anyway?</source>
        <translation>仍要保存订单吗？</translation>
    </message>
    <message>
        <source>Submit the order for confirmation anyway?</source>
        <translation>仍要提交订单确认吗？</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2 — the customer must confirm it again.</source>
        <translation>已将 %1 保存为第 %2 版——需客户重新确认。</translation>
    </message>
    <message>
        <source>%1 revision %2 is waiting for the customer&apos;s confirmation.</source>
        <translation>%1 第 %2 版正在等待客户确认。</translation>
    </message>
    <message>
        <source>Saved %1, revision %2.</source>
        <translation>已保存 %1，第 %2 版。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>订单行(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n problem(s) to fix</source>
        <translation>
            <numerusform> · %n 处问题待修改</numerusform>
        </translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · 未保存</translation>
    </message>
    <message>
        <source> · saved</source>
        <translation> · 已保存</translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 need a look too.</source>
        <translation>
            <numerusform>第 %1 行也有问题需要查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lessons learnt about this customer or product:</source>
        <translation>关于该客户或产品的经验：</translation>
    </message>
</context>
<context>
    <name>od::InvoiceDocument</name>
    <message>
        <source>Tax ID: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>Bank account: %1</source>
        <translation>开户行及账号：%1</translation>
    </message>
    <message>
        <source>Deposit Invoice</source>
        <translation>定金发票</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Invoice no.: %1</source>
        <translation>发票编号：%1</translation>
    </message>
    <message>
        <source>Invoice date: %1    Due date: %2</source>
        <translation>开票日期：%1    到期日：%2</translation>
    </message>
    <message>
        <source>Official 发票: not issued yet</source>
        <translation>税务发票：尚未开具</translation>
    </message>
    <message>
        <source>Official 发票: %1 of %2</source>
        <translation>税务发票：%1（%2）</translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation>客户：%1 %2</translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation>合计（大写）：%1</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>应付金额：%1</translation>
    </message>
    <message>
        <source>Credit notes against this invoice</source>
        <translation>本发票的红字发票</translation>
    </message>
    <message>
        <source>Please pay by the due date, quoting the invoice number %1.</source>
        <translation>请于到期日前付款，并注明发票编号 %1。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>价税合计（%1）</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已红冲</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销坏账</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
</context>
<context>
    <name>od::InvoicingView</name>
    <message>
        <source>Save invoice as PDF</source>
        <translation>发票另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>&amp;Shipped, not yet invoiced (oldest first; select several orders of one customer for one invoice):</source>
        <translation>已发货未开票(&amp;S)（最早的在前；选中同一客户的多张订单可合开一张发票）：</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>开票日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Invoice orders</source>
        <translation>整单开票(&amp;I)</translation>
    </message>
    <message>
        <source>One invoice for everything not yet invoiced of the selected orders.</source>
        <translation>为所选订单尚未开票的全部内容开一张发票。</translation>
    </message>
    <message>
        <source>Invoice shipped p&amp;art</source>
        <translation>按已发货部分开票(&amp;A)</translation>
    </message>
    <message>
        <source>One invoice for what is shipped and not yet invoiced of the selected orders.</source>
        <translation>为所选订单已发货且尚未开票的部分开一张发票。</translation>
    </message>
    <message>
        <source>Deposi&amp;t invoice…</source>
        <translation>定金发票(&amp;T)…</translation>
    </message>
    <message>
        <source>A deposit on a confirmed order, deducted from its later invoices.</source>
        <translation>已确认订单的定金，在之后的发票中扣除。</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未结清(&amp;O)</translation>
    </message>
    <message>
        <source>Issued invoices</source>
        <translation>已开发票</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已红冲</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>发票 no.</source>
        <translation>税务发票号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>发票 &amp;number…</source>
        <translation>税务发票号(&amp;N)…</translation>
    </message>
    <message>
        <source>Type the official 发票 number and date once the tax system has issued it.</source>
        <translation>税务系统开出发票后，录入发票号码和日期。</translation>
    </message>
    <message>
        <source>&amp;Credit note (红字)…</source>
        <translation>红字发票(&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>One invoice bills one customer: select orders of the same customer.</source>
        <translation>一张发票只能开给一个客户：请选择同一客户的订单。</translation>
    </message>
    <message>
        <source>Enter the invoice date, e.g. 2026-07-15.</source>
        <translation>请输入开票日期，例如 2026-07-15。</translation>
    </message>
    <message>
        <source>Invoice %1 issued for %2: total %3, due %4.</source>
        <translation>已为 %2 开具发票 %1：合计 %3，到期日 %4。</translation>
    </message>
    <message>
        <source>Deposit invoice %1 issued.</source>
        <translation>已开具定金发票 %1。</translation>
    </message>
    <message>
        <source>发票 number of %1 recorded.</source>
        <translation>已录入 %1 的税务发票号。</translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation>已开具红字发票 %1，冲减 %2。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to invoice</source>
        <translation>
            <numerusform>%n 张订单待开票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) listed</source>
        <translation>
            <numerusform>列出 %n 张发票</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
</context>
<context>
    <name>od::LessonDialog</name>
    <message>
        <source>Lesson learnt</source>
        <translation>记录经验</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>经验(&amp;L)</translation>
    </message>
    <message>
        <source>About &amp;customers</source>
        <translation>涉及客户(&amp;C)</translation>
    </message>
    <message>
        <source>About &amp;products</source>
        <translation>涉及产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep the lesson</source>
        <translation>保存经验(&amp;K)</translation>
    </message>
</context>
<context>
    <name>od::LessonsView</name>
    <message>
        <source>Find a lesson by its text, a customer or a product</source>
        <translation>按内容、客户或产品查找经验</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>经验</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Learnt on order</source>
        <translation>来源订单</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>e.g. 该客户要求随货附材质证明</source>
        <translation>例如：该客户要求随货附材质证明</translation>
    </message>
    <message>
        <source>customer codes, e.g. C001, C017</source>
        <translation>客户代码，例如 C001, C017</translation>
    </message>
    <message>
        <source>product SKUs, e.g. D71X-16-DN300</source>
        <translation>产品编号，例如 D71X-16-DN300</translation>
    </message>
    <message>
        <source>New &amp;lesson</source>
        <translation>新经验(&amp;L)</translation>
    </message>
    <message>
        <source>About &amp;customers</source>
        <translation>涉及客户(&amp;C)</translation>
    </message>
    <message>
        <source>About &amp;products</source>
        <translation>涉及产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add lesson</source>
        <translation>添加经验(&amp;A)</translation>
    </message>
    <message>
        <source>Lesson added; intake shows it when its customer or product is chosen.</source>
        <translation>经验已添加；录单时选到相应客户或产品就会提示。</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 条经验</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>od::ListExportButton</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the rows of the current filter to Excel or CSV (Ctrl+E)</source>
        <translation>把当前筛选出的行导出为 Excel 或 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message>
        <source>Unsaved order</source>
        <translation>订单未保存</translation>
    </message>
    <message>
        <source>The order in the intake form has changes that are not saved.</source>
        <translation>“订单录入”中有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them as a draft before going on?</source>
        <translation>是否先保存为草稿再继续？</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>新建订单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OrderDesk</source>
        <translation>关于订单管家(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The new language takes effect when OrderDesk is started again.</source>
        <translation>新语言将在重新启动订单管家后生效。</translation>
    </message>
    <message>
        <source>About OrderDesk</source>
        <translation>关于订单管家</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrderDesk %1&lt;/h3&gt;&lt;p&gt;Order management for made-to-order manufacturers: intake, confirmation, tracking and settlement.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;订单管家 %1&lt;/h3&gt;&lt;p&gt;面向按单生产制造企业的订单管理软件：订单录入、确认、跟踪与结算。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>OrderDesk backups (*.sqlite);;All files (*)</source>
        <translation>订单管家备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?

Everyone&apos;s changes since that backup will be gone from the database (the current file is kept beside it). OrderDesk closes afterwards; start it again to go on working.</source>
        <translation>用备份 %1 替换当前数据库吗？

该备份之后所有人的更改都将从数据库中消失（当前文件会保留在旁边）。之后订单管家将关闭，请重新启动后继续工作。</translation>
    </message>
    <message>
        <source>The database could not be restored: %1

OrderDesk will now close; start it again to go on working.</source>
        <translation>无法恢复数据库：%1

订单管家现在将关闭，请重新启动后继续工作。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>OrderDesk — %1</source>
        <translation>订单管家 — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;witch user / sign out…</source>
        <translation>切换用户 / 退出登录(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation>转到页面(&amp;G)…</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>%1 is a backup of another company (%2), not of this one.

Restoring it replaces this company&apos;s orders, customers and users with that company&apos;s. Restore it anyway?</source>
        <translation>%1 是另一家公司（%2）的备份，不是本公司的备份。

恢复它会用那家公司的订单、客户和用户替换本公司的数据。仍要恢复吗？</translation>
    </message>
    <message>
        <source>name not set</source>
        <translation>未设置名称</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Since you last looked, %n order(s) became at risk or late</source>
        <translation>
            <numerusform>自您上次查看以来，有 %n 个订单出现风险或延期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n late)</source>
        <translation>
            <numerusform>（%n 个已延期）</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看这些订单</translation>
    </message>
    <message>
        <source>The database was restored. The replaced database was kept as %1.

%2OrderDesk will now close; start it again to go on working.</source>
        <translation>数据库已恢复。被替换的数据库已保留为 %1。

%2订单管家现在将关闭，请重新启动以继续工作。</translation>
    </message>
</context>
<context>
    <name>od::ManagerDecisionDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Enter a date, e.g. 2026-12-31.</source>
        <translation>请填写日期，例如 2026-12-31。</translation>
    </message>
</context>
<context>
    <name>od::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>od::MyWorkView</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Order / document</source>
        <translation>订单 / 单据</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Go where this work is done (Enter)</source>
        <translation>前往处理此事的页面（回车）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Nothing to do now.</source>
        <translation>现在没有待办事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, %1 overdue.</source>
        <translation>
            <numerusform>共 %n 件待办，%1 件已逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, none overdue.</source>
        <translation>
            <numerusform>共 %n 件待办，均未逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>没有待办</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n 件待办</numerusform>
        </translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Take a reminder an automation rule made off your list (Delete)</source>
        <translation>从列表中移除自动化规则生成的提醒（Delete）</translation>
    </message>
    <message>
        <source>%1
(automation rule &quot;%2&quot;; Delete dismisses it)</source>
        <translation>%1
（自动化规则“%2”；按 Delete 忽略）</translation>
    </message>
    <message>
        <source>More than %1 things to do: %1 are listed, most urgent first, %2 of them overdue.</source>
        <translation>待办超过 %1 件：按紧急程度列出 %1 件，其中 %2 件已逾期。</translation>
    </message>
    <message>
        <source>More than %1 things to do</source>
        <translation>待办超过 %1 件</translation>
    </message>
</context>
<context>
    <name>od::NoteDialog</name>
    <message>
        <source>Enter starts a new line; Ctrl+Enter confirms, Esc cancels.</source>
        <translation>回车换行；Ctrl+回车确定，Esc 取消。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
</context>
<context>
    <name>od::OfficialInvoiceDialog</name>
    <message>
        <source>Official 发票 of %1</source>
        <translation>%1 的税务发票</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 %3, total %4, dated %5.</source>
        <translation>发票 %1，客户 %2 %3，合计 %4，开票日期 %5。</translation>
    </message>
    <message>
        <source>as printed by the tax system</source>
        <translation>与税务系统打印的一致</translation>
    </message>
    <message>
        <source>发票 &amp;number</source>
        <translation>发票号码(&amp;N)</translation>
    </message>
    <message>
        <source>发票 &amp;date</source>
        <translation>开票日期(&amp;D)</translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-07-15.</source>
        <translation>不是有效日期：请按 2026-07-15 的格式输入。</translation>
    </message>
</context>
<context>
    <name>od::OnTimeView</name>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Salesperson</source>
        <translation>业务员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Work centre</source>
        <translation>工作中心(&amp;W)</translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation>原因(&amp;U)</translation>
    </message>
    <message>
        <source>Press Enter or double-click a customer to see its orders delivered in the period.</source>
        <translation>选中客户按回车或双击，查看该客户在这段时间内签收的订单。</translation>
    </message>
    <message>
        <source>Press Enter or double-click a salesperson to see their orders delivered in the period.</source>
        <translation>选中业务员按回车或双击，查看其在这段时间内签收的订单。</translation>
    </message>
    <message>
        <source>The Orders list cannot be filtered by product, so a product opens no orders.</source>
        <translation>订单列表不能按产品筛选，因此产品行不能打开订单。</translation>
    </message>
    <message>
        <source>The Orders list cannot be filtered by work centre, so a work centre opens no orders.</source>
        <translation>订单列表不能按工作中心筛选，因此工作中心行不能打开订单。</translation>
    </message>
    <message>
        <source>The Orders list cannot be filtered by review cause, so a cause opens no orders.</source>
        <translation>订单列表不能按事后分析原因筛选，因此原因行不能打开订单。</translation>
    </message>
    <message>
        <source>The first day of delivery counted; empty: the year up to “To”</source>
        <translation>统计的第一个签收日；留空则为截止日之前的一年</translation>
    </message>
    <message>
        <source>The last day of delivery counted; empty: today</source>
        <translation>统计的最后一个签收日；留空则为今天</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起始(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>准时交付</translation>
    </message>
    <message>
        <source>The figures are still being read.</source>
        <translation>数据仍在读取中。</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>签收数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>平均延误天数</translation>
    </message>
    <message>
        <source>On-time delivery from %1 to %2</source>
        <translation>准时交付：%1 至 %2</translation>
    </message>
    <message>
        <source>“From” is not a date: type one like 2026-05-01, or leave it empty.</source>
        <translation>“起始”不是日期：请输入如 2026-05-01 的日期，或留空。</translation>
    </message>
    <message>
        <source>“To” is not a date: type one like 2026-05-31, or leave it empty.</source>
        <translation>“截止”不是日期：请输入如 2026-05-31 的日期，或留空。</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>截止日 %1 早于起始日 %2。</translation>
    </message>
    <message>
        <source>Reading the orders delivered…</source>
        <translation>正在读取已签收的订单…</translation>
    </message>
    <message>
        <source>Orders delivered from %1 to %2 by %3. An order without a promised date counts as on time; one with several products or work centres counts in each.</source>
        <translation>%1 至 %2 签收的订单，按%3统计。没有承诺交期的订单算作准时；一张订单有多个产品或经过多个工作中心时，在每一组里各算一次。</translation>
    </message>
    <message>
        <source>No order was delivered from %1 to %2.</source>
        <translation>%1 至 %2 没有签收的订单。</translation>
    </message>
    <message>
        <source>Total: %1 delivered, %2 on time, %3 late — on-time rate %4</source>
        <translation>合计：签收 %1 张，准时 %2 张，延误 %3 张 — 准时率 %4</translation>
    </message>
    <message>
        <source>, %1 days late on average</source>
        <translation>，平均延误 %1 天</translation>
    </message>
</context>
<context>
    <name>od::OrderDetailDialog</name>
    <message>
        <source>&amp;Edit order</source>
        <translation>编辑订单(&amp;E)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>（原状态：%1）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>税额（%1%）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>订单行（%1）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>The customer confirmed the current revision (%1).</source>
        <translation>客户已确认当前修订版（第 %1 版）。</translation>
    </message>
    <message>
        <source>Revision %1 was sent to the customer and is waiting for confirmation.</source>
        <translation>第 %1 版已发送给客户，正在等待确认。</translation>
    </message>
    <message>
        <source>Revision %1 is a draft; it has not been sent to the customer.</source>
        <translation>第 %1 版为草稿，尚未发送给客户。</translation>
    </message>
    <message>
        <source>No confirmation is recorded for the current revision (%1).</source>
        <translation>当前修订版（第 %1 版）尚无确认记录。</translation>
    </message>
    <message>
        <source>Confirmations (%1)</source>
        <translation>确认记录（%1）</translation>
    </message>
    <message>
        <source>Earlier revisions (%1)</source>
        <translation>历史修订版（%1）</translation>
    </message>
    <message>
        <source>Resume (%1)</source>
        <translation>恢复（%1）</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Why does order %1 go back to draft? (required)</source>
        <translation>订单 %1 为什么退回草稿？（必填）</translation>
    </message>
    <message>
        <source>Note for the timeline of order %1 (optional):</source>
        <translation>订单 %1 的时间线备注（可选）：</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>操作记录（%1）</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>异常（%1）</translation>
    </message>
    <message>
        <source>Discussion (%1)</source>
        <translation>沟通（%1）</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <source>forecast to finish on %1</source>
        <translation>预计 %1 完成</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation>发货 (%1)</translation>
    </message>
    <message>
        <source>Post-analysis</source>
        <translation>事后分析</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
</context>
<context>
    <name>od::OrderHeaderForm</name>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Type part of the customer&apos;s name or code</source>
        <translation>输入客户名称或编码的一部分</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>&amp;Order date</source>
        <translation>订单日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Requested delivery</source>
        <translation>要求交期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tax rate</source>
        <translation>税率(&amp;T)</translation>
    </message>
    <message>
        <source>Not a date. Type it as 2026-07-15.</source>
        <translation>日期格式不正确，请按 2026-07-15 的格式输入。</translation>
    </message>
    <message>
        <source>Not a percentage: e.g. 13 or 9.5.</source>
        <translation>百分比格式不正确，例如 13 或 9.5。</translation>
    </message>
    <message>
        <source>Ne&amp;w customer…</source>
        <translation>新建客户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Earliest possible delivery (最早可交期): from the work centres&apos; free capacity after the plans already committed.</source>
        <translation>最早可交期：按已确定计划之后各工作中心的剩余产能计算。</translation>
    </message>
    <message>
        <source>Earliest possible: %1</source>
        <translation>最早可交期：%1</translation>
    </message>
    <message>
        <source>Anything else the customer said: packing, contacts…</source>
        <translation>客户的其他要求：包装、联系人……</translation>
    </message>
    <message>
        <source>The customer&apos;s address; type another only when the goods go elsewhere</source>
        <translation>默认为客户地址；货物送往别处时才填写</translation>
    </message>
    <message>
        <source>Delivery &amp;address</source>
        <translation>送货地址(&amp;A)</translation>
    </message>
</context>
<context>
    <name>od::OrderHistoryTable</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>od::OrderLineDelegate</name>
    <message>
        <source>SKU, name or spec…</source>
        <translation>产品编码、名称或规格…</translation>
    </message>
</context>
<context>
    <name>od::OrderLinesEditor</name>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation>添加一行（Insert）</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation>删除当前行（Delete）</translation>
    </message>
    <message>
        <source>Typing replaces a cell, F2 changes it; Enter moves down, Tab right, Esc undoes the cell.</source>
        <translation>直接输入即替换单元格内容，F2 在原内容上修改；回车下移，Tab 右移，Esc 撤销本格修改。</translation>
    </message>
</context>
<context>
    <name>od::OrderLinesModel</name>
    <message>
        <source>“%1” is not a product. Choose one from the list.</source>
        <translation>“%1”不是产品，请从列表中选择。</translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-07-15, or leave it empty for the order&apos;s date.</source>
        <translation>日期格式不正确：请按 2026-07-15 的格式输入，或留空以采用订单的要求交期。</translation>
    </message>
    <message>
        <source>Only when this line is wanted on another date than the order.</source>
        <translation>仅当此行的要求交期与整张订单不同时填写。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification (customer&apos;s words)</source>
        <translation>规格（按客户原话）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣率(%)</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Too many decimals: a quantity has at most 3, e.g. 2.125.</source>
        <translation>小数位过多：数量最多 3 位小数，例如 2.125。</translation>
    </message>
    <message>
        <source>Too large: a quantity can be at most %1.</source>
        <translation>数值过大：数量最多为 %1。</translation>
    </message>
    <message>
        <source>Not a quantity: use digits, e.g. 12 or 2.5.</source>
        <translation>数量格式不正确：请输入数字，例如 12 或 2.5。</translation>
    </message>
    <message>
        <source>Too many decimals: a unit price has at most 4, e.g. 0.0125.</source>
        <translation>小数位过多：单价最多 4 位小数，例如 0.0125。</translation>
    </message>
    <message>
        <source>Too large: a unit price can be at most %1.</source>
        <translation>数值过大：单价最多为 %1。</translation>
    </message>
    <message>
        <source>Not a price: use digits, e.g. 12.5 or 0.0125.</source>
        <translation>单价格式不正确：请输入数字，例如 12.5 或 0.0125。</translation>
    </message>
    <message>
        <source>Too many decimals: a percentage has at most 2, e.g. 2.25.</source>
        <translation>小数位过多：百分比最多 2 位小数，例如 2.25。</translation>
    </message>
    <message>
        <source>Too large: a discount is at most 100%.</source>
        <translation>数值过大：折扣最多为 100%。</translation>
    </message>
    <message>
        <source>Not a percentage: e.g. 5 or 2.5.</source>
        <translation>百分比格式不正确，例如 5 或 2.5。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>od::OrderListModel</name>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1: %2
Next: %3</source>
        <translation>%1：%2
下一步：%3</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>od::OrderTotalsPanel</name>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>税额（%1%）</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
</context>
<context>
    <name>od::OrdersView</name>
    <message>
        <source>Search order no., customer, product…</source>
        <translation>搜索订单号、客户、产品…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Only orders dated on or after / before this day; unticked means any date.</source>
        <translation>仅显示订单日期在此日期当天或之后/之前的订单；不勾选表示不限日期。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Any salesperson</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>没有符合筛选条件的订单。</translation>
    </message>
    <message>
        <source>There are no orders yet. Press Ctrl+N to enter the first one.</source>
        <translation>还没有订单。按 Ctrl+N 录入第一个订单。</translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>正在统计订单…</translation>
    </message>
    <message>
        <source>%1 orders match</source>
        <translation>%1 个订单符合条件</translation>
    </message>
    <message>
        <source>%1+ orders match</source>
        <translation>%1+ 个订单符合条件</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation>%1+ 个订单</translation>
    </message>
    <message>
        <source>Orders behind “%1”</source>
        <translation>“%1”对应的订单</translation>
    </message>
    <message>
        <source> — status: %1</source>
        <translation> — 状态：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> — promised before %1</source>
        <translation> — 承诺交期早于 %1</translation>
    </message>
    <message>
        <source>. Clear the filters to see every order.</source>
        <translation>。清除筛选可查看全部订单。</translation>
    </message>
    <message>
        <source>Early warning: open orders at risk of missing their date, or already late</source>
        <translation>预警：可能赶不上交期或已延期的未结订单</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>全部风险</translation>
    </message>
    <message>
        <source>At risk or late</source>
        <translation>有风险或已延期</translation>
    </message>
    <message>
        <source> — shipped after the promise from %1 to %2</source>
        <translation> — %1 至 %2 晚于承诺交期发货</translation>
    </message>
    <message>
        <source> — shipped from %1 to %2</source>
        <translation> — %1 至 %2 发货</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source> — left the stage from %1 to %2</source>
        <translation> — %1 至 %2 离开该阶段</translation>
    </message>
    <message>
        <source> — delivered from %1 to %2</source>
        <translation> — %1 至 %2 签收</translation>
    </message>
</context>
<context>
    <name>od::PageFinder</name>
    <message>
        <source>Go to page</source>
        <translation>转到页面</translation>
    </message>
    <message>
        <source>Type a page&apos;s name…</source>
        <translation>输入页面名称…</translation>
    </message>
</context>
<context>
    <name>od::PagedDocumentRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot start the PDF file.</source>
        <translation>无法开始写入 PDF 文件。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file: %1</source>
        <translation>无法写入 PDF 文件：%1</translation>
    </message>
</context>
<context>
    <name>od::PaymentsView</name>
    <message>
        <source>code or name</source>
        <translation>编码或名称</translation>
    </message>
    <message>
        <source>e.g. 11300.00</source>
        <translation>例如 11300.00</translation>
    </message>
    <message>
        <source>An acceptance bill (承兑汇票) is money on its maturity date.</source>
        <translation>承兑汇票在到期日才能兑现。</translation>
    </message>
    <message>
        <source>the bank&apos;s transaction number, the bill&apos;s number …</source>
        <translation>银行流水号、汇票号码……</translation>
    </message>
    <message>
        <source>empty: applied automatically</source>
        <translation>留空则自动核销</translation>
    </message>
    <message>
        <source>The invoices this payment pays, in order, separated by spaces or commas; double-click an open invoice to add it.</source>
        <translation>本笔收款依次核销的发票，用空格或逗号分隔；双击未结发票即可加入。</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Date received</source>
        <translation>收款日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation>金额（¥）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>收款方式(&amp;M)</translation>
    </message>
    <message>
        <source>Bill ma&amp;turity</source>
        <translation>汇票到期日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>流水号(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>核销发票(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;cord payment</source>
        <translation>登记收款(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Record a payment received</source>
        <translation>登记收到的款项</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Op&amp;en invoices of the customer (double-click to pay one):</source>
        <translation>客户的未结发票(&amp;E)（双击即核销该发票）：</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>预收</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>核销到</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pa&amp;yments of the customer, newest first:</source>
        <translation>客户的收款(&amp;Y)（最新的在前）：</translation>
    </message>
    <message>
        <source>Re-a&amp;pply…</source>
        <translation>重新核销(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose by hand which invoices the selected payment pays.</source>
        <translation>手工指定所选收款核销哪些发票。</translation>
    </message>
    <message>
        <source>Import payment&amp;s CSV…</source>
        <translation>导入收款 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>%1, matures %2</source>
        <translation>%1，%2 到期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>请选择付款的客户。</translation>
    </message>
    <message>
        <source>No single customer matches &quot;%1&quot;: choose one from the list.</source>
        <translation>“%1”没有唯一匹配的客户：请从列表中选择。</translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-07-15.</source>
        <translation>不是有效日期：请按 2026-07-15 的格式输入。</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>请输入收到的金额。</translation>
    </message>
    <message>
        <source>Not an amount: use digits and at most 2 decimals, e.g. 11300 or 565.50.</source>
        <translation>不是有效金额：请输入最多两位小数的数字，例如 11300 或 565.50。</translation>
    </message>
    <message>
        <source>Payment %1 of %2 recorded and applied in full.</source>
        <translation>收款 %1（%2）已登记并全部核销。</translation>
    </message>
    <message>
        <source>Payment %1 of %2 recorded: %3 applied to invoices, %4 kept as the customer&apos;s advance.</source>
        <translation>收款 %1（%2）已登记：%3 核销到发票，%4 作为客户预收款。</translation>
    </message>
    <message>
        <source>Payment %1 re-applied.</source>
        <translation>收款 %1 已重新核销。</translation>
    </message>
    <message>
        <source>Choose a customer to see its payments.</source>
        <translation>选择客户即可查看其收款。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 笔收款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n 张未结发票</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
</context>
<context>
    <name>od::PlanningView</name>
    <message>
        <source>not started</source>
        <translation>未开工</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Waiting for a plan</source>
        <translation>待排产</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已排产</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Re-plan a&amp;ll open orders</source>
        <translation>全部重新排产(&amp;L)</translation>
    </message>
    <message>
        <source>After a change in capacity (a holiday, a machine down): plan every open order again and list those that can no longer be delivered on the promised date.</source>
        <translation>产能变化后（放假、设备停机）：重新计算所有未完成订单的计划，并列出已无法按承诺交期交货的订单。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Work centre</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>Start &amp;not before:</source>
        <translation>最早开始(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Move step later</source>
        <translation>推迟工序(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>承诺交期(&amp;P)：</translation>
    </message>
    <message>
        <source>Why earlier than capacity allows (managers only)</source>
        <translation>早于产能允许日期的原因（仅限经理）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Commit plan</source>
        <translation>确定计划(&amp;C)</translation>
    </message>
    <message>
        <source>Progress of the selected step</source>
        <translation>所选工序的报工</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>开工(&amp;A)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Report &amp;done</source>
        <translation>报完成数(&amp;D)</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>完工(&amp;I)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a plan</source>
        <translation>
            <numerusform>%n 个订单待排产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) planned</source>
        <translation>
            <numerusform>%n 个订单已排产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in production</source>
        <translation>
            <numerusform>%n 个订单生产中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 / %2，%3</translation>
    </message>
    <message>
        <source>%1 — %2 (committed plan)</source>
        <translation>%1 — %2（已确定的计划）</translation>
    </message>
    <message>
        <source>%1 — %2 (proposed plan, not saved)</source>
        <translation>%1 — %2（建议计划，未保存）</translation>
    </message>
    <message>
        <source>Earliest possible delivery: %1</source>
        <translation>最早可交期：%1</translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) later than the requested %1</source>
        <translation>
            <numerusform> — 比要求交期 %1 晚 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source> — in time for the requested %1</source>
        <translation> — 可满足要求交期 %1</translation>
    </message>
    <message>
        <source>; promised %1</source>
        <translation>；承诺交期 %1</translation>
    </message>
    <message>
        <source>Type the first day the step may start, e.g. 2026-07-15.</source>
        <translation>请输入工序最早开始日期，例如 2026-07-15。</translation>
    </message>
    <message>
        <source>Shipping follows the last step; move that step instead.</source>
        <translation>发货紧随最后一道工序；请推迟那道工序。</translation>
    </message>
    <message>
        <source>The promised date is not a date. Type it as 2026-07-15.</source>
        <translation>承诺交期不是日期。请按 2026-07-15 的格式输入。</translation>
    </message>
    <message>
        <source>%1 is planned; delivery promised for %2.</source>
        <translation>%1 已排产；承诺交期 %2。</translation>
    </message>
    <message>
        <source>Type the quantity done, e.g. 20 or 2.5.</source>
        <translation>请输入完成数量，例如 20 或 2.5。</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3 of %4 done; the order is %5.</source>
        <translation>工序 %1（%2）：已完成 %3 / %4；订单状态：%5。</translation>
    </message>
    <message>
        <source>Re-plan all open orders</source>
        <translation>全部重新排产</translation>
    </message>
    <message>
        <source>Planning every open order again…</source>
        <translation>正在重新计算所有未完成订单的计划…</translation>
    </message>
    <message>
        <source>Re-planning was cancelled; nothing was changed.</source>
        <translation>已取消重新排产；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) planned again; every promised date can still be kept.</source>
        <translation>
            <numerusform>已重新计算 %n 个未完成订单；所有承诺交期仍可满足。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (promised %2, now %3: %n day(s) late)</source>
        <translation>
            <numerusform>%1（承诺 %2，现为 %3：晚 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) can no longer be delivered on the promised date: %1</source>
        <translation>
            <numerusform>%n 个订单已无法按承诺交期交货：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the promise alon&amp;g if needed</source>
        <translation>必要时顺延承诺交期(&amp;G)</translation>
    </message>
    <message>
        <source>For a committed plan: when the step moved makes the order later than promised, promise the new date.</source>
        <translation>对已确定的计划：推迟工序使订单晚于承诺交期时，改为承诺新的日期。</translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance of the later date</source>
        <translation>客户接受新交期</translation>
    </message>
    <message>
        <source>Who accepted, e.g. 陈经理</source>
        <translation>接受人，例如 陈经理</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>接受人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>方式(&amp;V)：</translation>
    </message>
    <message>
        <source>R&amp;ecord acceptance</source>
        <translation>记录接受(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) later than the %2 the customer asked for: record that the customer accepted the new date before production starts.</source>
        <translation>
            <numerusform>承诺交期 %1，比客户要求的 %2 晚 %n 天：请先记录客户已接受新交期，才能开工。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer accepted delivery on %1: %2 (%3), %4; recorded by %5.</source>
        <translation>客户已接受 %1 交货：%2（%3），%4；由 %5 记录。</translation>
    </message>
    <message>
        <source>%1: the customer&apos;s acceptance of %2 is recorded; production may start.</source>
        <translation>%1：已记录客户接受 %2 交货，可以开工。</translation>
    </message>
    <message>
        <source>The plan of %1 is changed; earliest delivery %2, promised %3.</source>
        <translation>%1 的计划已调整；最早可交期 %2，承诺交期 %3。</translation>
    </message>
</context>
<context>
    <name>od::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>e.g. PV-DN50</source>
        <translation>例如 PV-DN50</translation>
    </message>
    <message>
        <source>standard specification, e.g. DN50 PN16 stainless</source>
        <translation>标准规格，例如 DN50 PN16 不锈钢</translation>
    </message>
    <message>
        <source>e.g. 台, 件, m</source>
        <translation>例如 台、件、m</translation>
    </message>
    <message>
        <source>up to 4 decimals</source>
        <translation>最多 4 位小数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Made to order: every order line must state the customer&apos;s specification</source>
        <translation>定制产品：每个订单行都必须注明客户要求的规格</translation>
    </message>
    <message>
        <source>Active (can be chosen on new orders)</source>
        <translation>启用（可在新订单中选用）</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>产品编码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;pecification</source>
        <translation>规格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lead time</source>
        <translation>生产周期(&amp;L)</translation>
    </message>
    <message>
        <source>Not a price: use digits and at most 4 decimals, e.g. 12.5 or 0.0125.</source>
        <translation>价格格式不正确：请输入数字，最多 4 位小数，例如 12.5 或 0.0125。</translation>
    </message>
    <message>
        <source>Unit pri&amp;ce (¥)</source>
        <translation>单价(¥)(&amp;C)</translation>
    </message>
</context>
<context>
    <name>od::ProductListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Made to order</source>
        <translation>定制</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>生产周期</translation>
    </message>
    <message>
        <source>Spec required</source>
        <translation>需注明规格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>od::ProductsView</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Search SKU, name or specification… (Ctrl+F)</source>
        <translation>搜索产品编码、名称或规格…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Showing the first %1 products — type more to narrow the search.</source>
        <translation>仅显示前 %1 个产品——请输入更多内容以缩小搜索范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
</context>
<context>
    <name>od::ProvisionDialog</name>
    <message>
        <source>Doubtful receivables (坏账准备)</source>
        <translation>坏账准备（可疑应收）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Overdue more than</source>
        <translation>逾期超过(&amp;O)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近催款</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺付款日</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>已冻结</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) of %1 customer(s), more than %2 days overdue on %3: %4 to provide for.</source>
        <translation>
            <numerusform>截至 %3，%1 个客户的 %n 张发票逾期超过 %2 天：需计提 %4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most overdue are listed.</source>
        <translation>
            <numerusform>列出逾期最久的 %n 张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::RaiseExceptionDialog</name>
    <message>
        <source>Raise an exception</source>
        <translation>登记异常</translation>
    </message>
    <message>
        <source>SO-2026-000123</source>
        <translation>SO-2026-000123</translation>
    </message>
    <message>
        <source>What went wrong, and what it means for the order</source>
        <translation>出了什么问题，对订单有什么影响</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Raise</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-07-15, or leave it empty.</source>
        <translation>请输入日期，例如 2026-07-15，或留空。</translation>
    </message>
</context>
<context>
    <name>od::ReapplyPaymentDialog</name>
    <message>
        <source>Re-apply payment %1</source>
        <translation>重新核销收款 %1</translation>
    </message>
    <message>
        <source>Payment %1 of %2 received on %3 (%4). Type how much of it pays each invoice; what is left is the customer&apos;s advance.</source>
        <translation>收款 %1，金额 %2，%3 收到（%4）。请输入每张发票由这笔钱核销多少；剩余部分作为客户预收款。</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Open without this payment</source>
        <translation>不计本笔的未结金额</translation>
    </message>
    <message>
        <source>From this payment</source>
        <translation>本笔核销</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>核销(&amp;A)</translation>
    </message>
    <message>
        <source>Applied %1 of %2; advance %3.</source>
        <translation>已核销 %1 / %2；预收 %3。</translation>
    </message>
    <message>
        <source>Some amounts are not readable yet.</source>
        <translation>有金额无法识别。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount; use digits and at most 2 decimals.</source>
        <translation>%1：“%2”不是有效金额；请输入最多两位小数的数字。</translation>
    </message>
</context>
<context>
    <name>od::ReceivablesView</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>预收</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>DSO %1 days</source>
        <translation>DSO %1 天</translation>
    </message>
    <message>
        <source>DSO: no sales in the last 90 days</source>
        <translation>DSO：近 90 天无销售</translation>
    </message>
    <message>
        <source>Receivables as of %1 — open %2, advances %3, overdue %4 — %5</source>
        <translation>截至 %1 的应收账款 — 未收 %2，预收 %3，逾期 %4 — %5</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with receivables</source>
        <translation>
            <numerusform>%n 位客户有应收</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invoices of the selected customer:</source>
        <translation>所选客户的发票(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未结清(&amp;O)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>&amp;Payments of the selected customer, newest first:</source>
        <translation>所选客户的收款(&amp;P)（最新的在前）：</translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation>将对账单保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Log &amp;contact (催款)…</source>
        <translation>记录催款(&amp;C)…</translation>
    </message>
    <message>
        <source>A call, visit or message about what the customer owes, with the day it promised to pay.</source>
        <translation>就客户欠款打电话、拜访或发消息的记录，以及客户承诺的付款日。</translation>
    </message>
    <message>
        <source>&amp;Statement (对账单)…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <source>The customer&apos;s statement of a period as PDF, to agree the balance.</source>
        <translation>生成客户某一期间的对账单 PDF，用于核对余额。</translation>
    </message>
    <message>
        <source>&amp;Release hold…</source>
        <translation>解除冻结(&amp;R)…</translation>
    </message>
    <message>
        <source>A manager lets the customer buy on credit despite the hold, until a day.</source>
        <translation>经理允许该客户在冻结期间继续赊销，直到某日。</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>坏账核销(&amp;W)…</translation>
    </message>
    <message>
        <source>A manager writes off what is open of the selected invoice as bad debt.</source>
        <translation>经理将所选发票的未收金额核销为坏账。</translation>
    </message>
    <message>
        <source>Close &amp;month…</source>
        <translation>月末结账(&amp;M)…</translation>
    </message>
    <message>
        <source>Nothing dated in a closed month can be created or changed.</source>
        <translation>已关闭月份内的单据不能再新增或修改。</translation>
    </message>
    <message>
        <source>Released until %1</source>
        <translation>解除至 %1</translation>
    </message>
    <message>
        <source>No collection contact yet.</source>
        <translation>尚无催款记录。</translation>
    </message>
    <message>
        <source>Last contact %1 by %2</source>
        <translation>最近一次催款：%1，%2</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation>，联系人 %1</translation>
    </message>
    <message>
        <source>: promised %1 by %2</source>
        <translation>：承诺 %2 前付 %1</translation>
    </message>
    <message>
        <source>: promised to pay by %1</source>
        <translation>：承诺 %1 前付款</translation>
    </message>
    <message>
        <source>Contact with %1 logged.</source>
        <translation>已记录与 %1 的催款。</translation>
    </message>
    <message>
        <source>Statement %1 %2 to %3.pdf</source>
        <translation>对账单 %1 %2 至 %3.pdf</translation>
    </message>
    <message>
        <source>Statement saved to %1: opening %2, closing %3.</source>
        <translation>对账单已保存到 %1：期初 %2，期末 %3。</translation>
    </message>
    <message>
        <source>Release the credit hold of %1</source>
        <translation>解除 %1 的信用冻结</translation>
    </message>
    <message>
        <source>While released, %1 may order and be shipped on credit despite the hold. The reason is kept in the audit trail.</source>
        <translation>解除期间，%1 可以继续下单和发货。理由会记入审计记录。</translation>
    </message>
    <message>
        <source>Released &amp;until</source>
        <translation>解除至(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>解除(&amp;R)</translation>
    </message>
    <message>
        <source>The credit hold of %1 is released.</source>
        <translation>%1 的信用冻结已解除。</translation>
    </message>
    <message>
        <source>Write off invoice %1</source>
        <translation>核销发票 %1</translation>
    </message>
    <message>
        <source>What is open of invoice %1 is written off as bad debt. This cannot be undone; a payment received later stays the customer&apos;s advance.</source>
        <translation>发票 %1 的未收金额将核销为坏账。此操作不能撤销；之后收到的款项作为客户预收款。</translation>
    </message>
    <message>
        <source>Written off &amp;on</source>
        <translation>核销日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>核销(&amp;W)</translation>
    </message>
    <message>
        <source>Invoice %1 written off.</source>
        <translation>发票 %1 已核销。</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 已结账。</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>&amp;Doubtful (坏账准备)…</source>
        <translation>坏账准备(&amp;D)…</translation>
    </message>
    <message>
        <source>The invoices open long past their due date: the provision report</source>
        <translation>逾期很久仍未收回的发票：坏账准备报表</translation>
    </message>
</context>
<context>
    <name>od::RecordConfirmationDialog</name>
    <message>
        <source>Record confirmation of %1</source>
        <translation>记录 %1 的客户确认</translation>
    </message>
    <message>
        <source>The customer confirmed revision %1 of order %2.</source>
        <translation>客户已确认订单 %2 的第 %1 版。</translation>
    </message>
    <message>
        <source>name of the person who confirmed</source>
        <translation>确认人姓名</translation>
    </message>
    <message>
        <source>e.g. agreed to deliver in two batches</source>
        <translation>例如：同意分两批交货</translation>
    </message>
    <message>
        <source>optional: the signed document, a screenshot of the chat…</source>
        <translation>可选：签章文件、聊天截图等…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Confirmed &amp;by</source>
        <translation>确认人(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>确认方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>确认时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>备注(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>附件(&amp;F)</translation>
    </message>
    <message>
        <source>Record confirmation</source>
        <translation>记录客户确认</translation>
    </message>
    <message>
        <source>Attach the confirmation</source>
        <translation>选择确认附件</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.xlsx);;All files (*)</source>
        <translation>文档和图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>od::RequestChangeDialog</name>
    <message>
        <source>Change request for %1</source>
        <translation>%1 的变更申请</translation>
    </message>
    <message>
        <source>What the customer asked for, and why</source>
        <translation>客户要求变更的内容和原因</translation>
    </message>
    <message>
        <source>Who asked on the customer&apos;s side</source>
        <translation>客户方提出人</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>新数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新单价</translation>
    </message>
    <message>
        <source>New specification</source>
        <translation>新规格</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>SKU of a product to add</source>
        <translation>要新增产品的 SKU</translation>
    </message>
    <message>
        <source>Only when the delivery address changes</source>
        <translation>仅在交货地址变更时填写</translation>
    </message>
    <message>
        <source>The customer cancels the order</source>
        <translation>客户取消订单</translation>
    </message>
    <message>
        <source>Cancellation charge agreed, e.g. 3000.00</source>
        <translation>约定的取消费，例如 3000.00</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>提出人(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>订单行(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Add product:</source>
        <translation>新增产品(&amp;A)：</translation>
    </message>
    <message>
        <source>Requested &amp;date:</source>
        <translation>要求交期(&amp;D)：</translation>
    </message>
    <message>
        <source>Deli&amp;very address:</source>
        <translation>交货地址(&amp;V)：</translation>
    </message>
    <message>
        <source>Ca&amp;ncel:</source>
        <translation>取消(&amp;N)：</translation>
    </message>
    <message>
        <source>Char&amp;ge:</source>
        <translation>取消费(&amp;G)：</translation>
    </message>
    <message>
        <source>Say what changes to see its impact.</source>
        <translation>填写变更内容后即可看到影响。</translation>
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation>提交审批(&amp;S)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-07-15, or leave it empty.</source>
        <translation>请输入日期，例如 2026-07-15，或留空。</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>取消费</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt; %1 → %2, difference &lt;b&gt;%3&lt;/b&gt; (%4)</source>
        <translation>&lt;b&gt;合计&lt;/b&gt; %1 → %2，差额 &lt;b&gt;%3&lt;/b&gt;（%4）</translation>
    </message>
    <message>
        <source>The order is cancelled: its capacity is given back.</source>
        <translation>订单取消：释放其占用的产能。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earliest delivery&lt;/b&gt; %1 → %2</source>
        <translation>&lt;b&gt;最早可交期&lt;/b&gt; %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n day(s)</source>
        <translation>
            <numerusform>%1 推迟 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Pushed later:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;被推迟：&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No other order is pushed later.</source>
        <translation>没有其他订单被推迟。</translation>
    </message>
    <message>
        <source>Open orders would reach %1, above the credit limit of %2.</source>
        <translation>未完成订单将达到 %1，超出信用额度 %2。</translation>
    </message>
</context>
<context>
    <name>od::ReturnToDraftDialog</name>
    <message>
        <source>Return %1 to draft</source>
        <translation>将 %1 退回草稿</translation>
    </message>
    <message>
        <source>The order goes back to draft so it can be changed and sent again. Why did the customer not confirm it?</source>
        <translation>订单将退回草稿，以便修改后重新发送。客户为什么没有确认？</translation>
    </message>
    <message>
        <source>e.g. wants 20 pieces instead of 12, delivery one week later</source>
        <translation>例如：数量由 12 件改为 20 件，交期推迟一周</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
</context>
<context>
    <name>od::ReviewPanel</name>
    <message numerus="yes">
        <source>delivered on %1, %n day(s) after the promised %2</source>
        <translation>
            <numerusform>%1 签收，比承诺的 %2 晚了 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) on the way</source>
        <translation>
            <numerusform>途中出过 %n 条异常</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Choose the cause</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <source>What happened, in a few sentences: which step, which work centre, how long</source>
        <translation>用几句话写明经过：哪道工序、哪个工作中心、耽误了多久</translation>
    </message>
    <message>
        <source>What to do differently next time (optional)</source>
        <translation>下次应当怎么做（可不填）</translation>
    </message>
    <message>
        <source>Also add the lesson to the lessons &amp;learnt (tagged with the customer and the products)</source>
        <translation>同时加入经验库（自动标注客户和产品）(&amp;L)</translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation>原因(&amp;U)</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>发生了什么(&amp;H)</translation>
    </message>
    <message>
        <source>Les&amp;son</source>
        <translation>经验(&amp;S)</translation>
    </message>
    <message>
        <source>Sa&amp;ve the review</source>
        <translation>保存事后分析(&amp;V)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reviewed by %1 on %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 于 %2 填写。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>经过：%1</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>经验：%1</translation>
    </message>
    <message>
        <source>The lesson is in the lessons learnt (经验库).</source>
        <translation>这条经验已加入经验库。</translation>
    </message>
    <message>
        <source>This order asks for a post-analysis (%1). Write down the cause, what happened and what to do differently; the review is kept once and cannot be edited.</source>
        <translation>这张订单需要做事后分析（%1）。请写下原因、经过和下次的做法；事后分析只写一次，保存后不能修改。</translation>
    </message>
    <message>
        <source>This order asks for a post-analysis (%1); its salesperson or a manager writes it.</source>
        <translation>这张订单需要做事后分析（%1），等待业务员或经理填写。</translation>
    </message>
</context>
<context>
    <name>od::RevisionsPanel</name>
    <message>
        <source>Revision %1
%2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <source>This order has no earlier revisions.</source>
        <translation>此订单没有历史修订版。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Current (revision %1)</source>
        <translation>当前（第 %1 版）</translation>
    </message>
    <message>
        <source>Revision %1 could not be read.</source>
        <translation>无法读取第 %1 版。</translation>
    </message>
    <message>
        <source>Revision %1 has the same content as the current revision.</source>
        <translation>第 %1 版与当前修订版内容相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between revision %1 and the current revision.</source>
        <translation>
            <numerusform>第 %1 版与当前修订版之间有 %n 处差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>由 %1 替代</translation>
    </message>
    <message>
        <source>Revision %1 was made by change request %2.</source>
        <translation>第 %1 版由变更申请 %2 生成。</translation>
    </message>
</context>
<context>
    <name>od::RiskWatch</name>
    <message>
        <source>The early warning could not be updated: %1</source>
        <translation>预警未能更新：%1</translation>
    </message>
</context>
<context>
    <name>od::RuleCard</name>
    <message>
        <source>Switched on</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>%1: switched on</source>
        <translation>%1：已启用</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save the parameters of this rule (Enter in a field)</source>
        <translation>保存此规则的参数（在输入框中按回车）</translation>
    </message>
    <message numerus="yes">
        <source>Fired %n time(s), last on %1.</source>
        <translation>
            <numerusform>已触发 %n 次，最近一次 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Has not fired yet.</source>
        <translation>尚未触发。</translation>
    </message>
</context>
<context>
    <name>od::RuleWatch</name>
    <message>
        <source>The automation rules could not run: %1</source>
        <translation>自动化规则无法运行：%1</translation>
    </message>
</context>
<context>
    <name>od::RulesView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>The rules act for the company on the events they watch and each morning; what they do shows in My work of whom it is for, and in the audit trail.</source>
        <translation>规则在所监视的事件发生时以及每天早上替公司执行；执行结果显示在相关人员的“我的待办”和审计日志中。</translation>
    </message>
    <message>
        <source>Only managers and administrators change the rules.</source>
        <translation>只有经理和管理员可以修改规则。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rule(s) on.</source>
        <translation>
            <numerusform>%n 条规则中已启用 %1 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) on</source>
        <translation>
            <numerusform>已启用 %n 条规则</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Company and documents</source>
        <translation>公司与单据</translation>
    </message>
    <message>
        <source>A new language takes effect when OrderDesk is started again.</source>
        <translation>新语言将在重新启动订单管家后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>Bank name and account number</source>
        <translation>开户行及账号</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>银行账户(&amp;B)：</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>公司标志(&amp;L)：</translation>
    </message>
    <message>
        <source>Payment and delivery terms printed on the order confirmation</source>
        <translation>打印在订单确认书上的付款和交货条款</translation>
    </message>
    <message>
        <source>Te&amp;rms:</source>
        <translation>交易条款(&amp;R)：</translation>
    </message>
    <message>
        <source>Order numbers look like %1-2026-000123.</source>
        <translation>订单号格式如 %1-2026-000123。</translation>
    </message>
    <message>
        <source>Default ta&amp;x rate (%):</source>
        <translation>默认税率(%)(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Enter the company name printed on documents.</source>
        <translation>请输入打印在单据上的公司名称。</translation>
    </message>
    <message>
        <source>This file is not an image OrderDesk can read.</source>
        <translation>订单管家无法读取此图片文件。</translation>
    </message>
    <message>
        <source>Not a percentage: e.g. 13 or 9.5.</source>
        <translation>百分比格式不正确，例如 13 或 9.5。</translation>
    </message>
    <message>
        <source>Order number pre&amp;fix:</source>
        <translation>订单号前缀(&amp;F)：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前登录：</translation>
    </message>
    <message>
        <source>Orders you enter and status changes you make are recorded under this name. Another person signs in with File → Switch user (Ctrl+Shift+L).</source>
        <translation>您录入的订单和状态变更都记录在此名下。其他人请通过 文件 → 切换用户（Ctrl+Shift+L）登录。</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>An order without a plan that is due within this many days and not ready to ship is at risk.</source>
        <translation>尚无计划、距交期不超过此天数且未备货待发的订单视为有风险。</translation>
    </message>
    <message>
        <source>At-risk &amp;margin:</source>
        <translation>风险提前天数(&amp;M)：</translation>
    </message>
    <message>
        <source>An order the customer has not confirmed after this many days is at risk.</source>
        <translation>客户超过此天数仍未确认的订单视为有风险。</translation>
    </message>
    <message>
        <source>Confirmation &amp;pending:</source>
        <translation>待确认天数(&amp;P)：</translation>
    </message>
    <message>
        <source>A shipment the customer has not signed for after this many days is at risk, and late once the order&apos;s due date has passed.</source>
        <translation>发货后超过此天数客户仍未签收，订单即为“有风险”；过了交期则为“已延误”。</translation>
    </message>
    <message>
        <source>In &amp;transit:</source>
        <translation>在途天数(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>od::ShipmentsPanel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>What left</source>
        <translation>发出内容</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>line %1 × %2</source>
        <translation>第 %1 行 × %2</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Nothing has been shipped yet.</source>
        <translation>尚未发货。</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s), %1 delivered; %2.</source>
        <translation>
            <numerusform>共 %n 次发货，%1 次已签收；%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>everything ordered has left</source>
        <translation>订货已全部发出</translation>
    </message>
    <message>
        <source>some is still to ship</source>
        <translation>仍有部分待发</translation>
    </message>
</context>
<context>
    <name>od::ShipmentsView</name>
    <message>
        <source>Save delivery note as PDF</source>
        <translation>将送货单保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Shipped before</source>
        <translation>此前已发</translation>
    </message>
    <message>
        <source>Orders read&amp;y to ship (earliest promise first):</source>
        <translation>待发货的订单(&amp;Y)（承诺交期最早的在前）：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>本次发货</translation>
    </message>
    <message>
        <source>&amp;Lines to ship (type the quantity leaving with this shipment):</source>
        <translation>发货明细(&amp;L)（填写本次发出的数量）：</translation>
    </message>
    <message>
        <source>顺丰速运, 德邦物流, own truck …</source>
        <translation>顺丰速运、德邦物流、自有车辆……</translation>
    </message>
    <message>
        <source>Fill in &amp;all that is left</source>
        <translation>全部剩余(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message>
        <source>Record the shipment; the order becomes shipped when every quantity has left.</source>
        <translation>记录本次发货；全部数量发出后订单变为“已发货”。</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>物流公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking no. (物流单号):</source>
        <translation>物流单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Ship &amp;date:</source>
        <translation>发货日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>发货明细</translation>
    </message>
    <message>
        <source>I&amp;n transit (oldest first):</source>
        <translation>在途(&amp;N)（最早发出的在前）：</translation>
    </message>
    <message>
        <source>the scan&apos;s file name or the proof-of-delivery number</source>
        <translation>回单扫描件的文件名或物流签收单号</translation>
    </message>
    <message>
        <source>&amp;Record delivery</source>
        <translation>记录签收(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print delivery note (送货单)…</source>
        <translation>打印送货单(&amp;P)…</translation>
    </message>
    <message>
        <source>Delivered &amp;on:</source>
        <translation>签收日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>签收人(&amp;B)：</translation>
    </message>
    <message>
        <source>Rece&amp;ipt:</source>
        <translation>回单(&amp;I)：</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n 批</numerusform>
        </translation>
    </message>
    <message>
        <source>The ship date is not a date.</source>
        <translation>发货日期不是有效日期。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 行：“%2”不是数量。</translation>
    </message>
    <message>
        <source>Shipment %1 of order %2 recorded: %3.</source>
        <translation>已记录订单 %2 的发货单 %1：%3。</translation>
    </message>
    <message>
        <source>The delivery date is not a date.</source>
        <translation>签收日期不是有效日期。</translation>
    </message>
    <message>
        <source>Shipment %1 of order %2 delivered on %3.</source>
        <translation>订单 %2 的发货单 %1 已于 %3 签收。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) ready to ship, %1 in transit</source>
        <translation>
            <numerusform>%n 个订单待发货，%1 批在途</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>in production: finished lines only</source>
        <translation>生产中：仅发已完工的行</translation>
    </message>
    <message>
        <source>%1; in production: finished lines only</source>
        <translation>%1；生产中：仅发已完工的行</translation>
    </message>
</context>
<context>
    <name>od::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <source>Open a menu, or go to the field of a label</source>
        <translation>打开菜单，或跳到该标签对应的输入框</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>直接输入</translation>
    </message>
    <message>
        <source>Replace what the cell holds: the first key is the first character</source>
        <translation>替换单元格原有内容：按下的第一个键就是第一个字符</translation>
    </message>
    <message>
        <source>Change the cell in place, cursor at the end</source>
        <translation>在原内容上修改，光标在末尾</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>回车 / Shift+回车</translation>
    </message>
    <message>
        <source>Keep the cell and move down / up</source>
        <translation>确认本格并下移 / 上移</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Keep the cell and move right / left</source>
        <translation>确认本格并右移 / 左移</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格</translation>
    </message>
    <message>
        <source>Empty the cell and type anew</source>
        <translation>清空单元格重新输入</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the cell as it was</source>
        <translation>撤销本格修改，恢复原样</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Add a line after the current one</source>
        <translation>在当前行后添加一行</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the current line</source>
        <translation>删除当前行</translation>
    </message>
    <message>
        <source>Customer and product pickers</source>
        <translation>客户和产品选择框</translation>
    </message>
    <message>
        <source>Down / Up</source>
        <translation>下 / 上方向键</translation>
    </message>
    <message>
        <source>Highlight the first match, then the next one</source>
        <translation>先选中第一个匹配项，再逐个移动</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Take the highlighted match, or the first one</source>
        <translation>选用选中的匹配项，未选中时选用第一个</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>关闭列表</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Down or Enter in the search box</source>
        <translation>在搜索框中按下方向键或回车</translation>
    </message>
    <message>
        <source>Go to the first order found</source>
        <translation>跳到找到的第一个订单</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Alt+Down / F4</source>
        <translation>Alt+下方向键 / F4</translation>
    </message>
    <message>
        <source>Open a filter&apos;s list (arrows alone leave the filter as it is)</source>
        <translation>展开筛选框的列表（单按方向键不会改变筛选）</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>对话框</translation>
    </message>
    <message>
        <source>Confirm (in a note: a new line)</source>
        <translation>确定（在说明文字中为换行）</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Confirm a dialog with a note</source>
        <translation>确定带说明文字的对话框</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the rows of the current filter to Excel or CSV</source>
        <translation>把当前筛选出的行导出为 Excel 或 CSV</translation>
    </message>
</context>
<context>
    <name>od::SignInDialog</name>
    <message>
        <source>Sign in to OrderDesk</source>
        <translation>登录订单管家</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>订单管家</translation>
    </message>
    <message>
        <source>A demo company: pick one of its &amp;accounts and press Enter to sign in with it.</source>
        <translation>这是演示公司：选择其中一个账号(&amp;A)，按回车即以该账号登录。</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · password %4</source>
        <translation>%1（%2）· %3 · 密码 %4</translation>
    </message>
</context>
<context>
    <name>od::StatementDialog</name>
    <message>
        <source>Statement of %1</source>
        <translation>%1 的对账单</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Enter the first day, e.g. 2026-01-01.</source>
        <translation>请填写起始日，例如 2026-01-01。</translation>
    </message>
    <message>
        <source>Enter the last day, e.g. 2026-12-31.</source>
        <translation>请填写截止日，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>The last day comes after the first.</source>
        <translation>截止日应在起始日之后。</translation>
    </message>
</context>
<context>
    <name>od::StatementDocument</name>
    <message>
        <source>Customer Statement</source>
        <translation>客户对账单</translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation>客户:%1 %2</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>期间:%1 至 %2(%3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Invoiced %1, credited %2, written off %3, paid %4.</source>
        <translation>本期开票 %1,冲红 %2,核销坏账 %3,收款 %4。</translation>
    </message>
    <message>
        <source>You have paid %1 in advance.</source>
        <translation>贵公司已预付 %1。</translation>
    </message>
    <message>
        <source>Balance due to us: %1.</source>
        <translation>贵公司应付余额:%1。</translation>
    </message>
    <message>
        <source>Please check this statement and confirm the balance, or tell us of any difference. Confirmed by (signature and stamp): ____________________  Date: __________</source>
        <translation>请核对本对账单并确认余额,如有差异请告知我们。确认人(签字盖章):____________________  日期:__________</translation>
    </message>
    <message>
        <source>Statement %1 %2 to %3</source>
        <translation>对账单 %1 %2 至 %3</translation>
    </message>
</context>
<context>
    <name>od::SuggestionsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation>增加工时</translation>
    </message>
    <message>
        <source>Late orders saved</source>
        <translation>挽回的延误订单</translation>
    </message>
    <message>
        <source>Days gained</source>
        <translation>少延误天数</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Press Enter or double-click a suggestion to apply it.</source>
        <translation>选中一条建议按回车或双击即可应用。</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成订单</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>未完成金额</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Salesperson workload — for assigning new customers</source>
        <translation>业务员负荷——用于分配新客户</translation>
    </message>
    <message>
        <source>Re-planning every open order to find what would help…</source>
        <translation>正在重新排产所有未完工订单，寻找补救办法…</translation>
    </message>
    <message>
        <source>Nothing to suggest.</source>
        <translation>没有需要建议的。</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Apply the suggestion</source>
        <translation>应用建议</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add %1 h of overtime per unit to %2 (%3) on %4?

%5.

The overtime goes into the calendar; plans already committed stay as they are.</source>
        <translation>在 %2（%3）于 %4 每台/每人加班 %1 小时？

%5。

加班将写入工厂日历；已提交的计划保持不变。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Applied: %1. %2.</source>
        <translation>已应用：%1。%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) forecast late</source>
        <translation>
            <numerusform>%n 张订单预计延误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) re-planned from %1: %2 forecast after their promised date.</source>
        <translation>
            <numerusform>从 %1 起重新排产 %n 张未完工订单：%2 张预计晚于承诺交期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Neither overtime on a fully loaded work centre nor moving a step to an alternative centre would bring any of them closer to its promise.</source>
        <translation>无论在满负荷的工作中心加班，还是把工序转到替代工作中心，都不能让其中任何订单更接近承诺交期。</translation>
    </message>
    <message>
        <source>%1?

%2.

The order&apos;s committed plan changes: the step and its hours go to %3 (%4).</source>
        <translation>%1？

%2。

该订单已提交的计划将改变：该工序及其工时转到 %3（%4）。</translation>
    </message>
    <message>
        <source>Ask logistics to ship the finished lines of %1 now (%2)?

%3.

They get the task in My work and ship with the Shipments page; the rest follows when it is ready.</source>
        <translation>要物流现在先发 %1 已完工的行（%2）吗？

%3。

物流员会在“我的待办”中收到任务并在发货页发货；其余部分完工后再发。</translation>
    </message>
    <message>
        <source>Logistics has the task: ship the finished lines of %1 now (%2).</source>
        <translation>已交给物流：现在先发 %1 已完工的行（%2）。</translation>
    </message>
</context>
<context>
    <name>od::UserAccountDialog</name>
    <message>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>新增用户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>od::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation>否（已停用）</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
</context>
</TS>
