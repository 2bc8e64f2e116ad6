#include "OfficeDatabase.h"

#include "AuditTrail.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "ProductRepository.h"
#include "RecordFields.h"
#include "UserRepository.h"

#include <gtest/gtest.h>

namespace od::test {

void createOfficeDatabase(const QString& path)
{
    auto db = Database::open(path);
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    // The users enter the audit trail as the app enters them: a restore checks them against it.
    Session system(**db,
                   User{0, QStringLiteral("system"), QStringLiteral("system"), Role::Administrator, true});
    for (const User& user :
         {User{0, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true},
          User{0, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator, true},
          User{0, QStringLiteral("wang"), QStringLiteral("王芳"), Role::Salesperson, true}}) {
        Transaction tx(**db);
        auto id = UserRepository(**db).insert(user);
        ASSERT_TRUE(id.has_value());
        User added = user;
        added.id = *id;
        ASSERT_TRUE(AuditTrail::record(system, QStringLiteral("user.add"), QStringLiteral("user"), added.id,
                                       added.name, RecordFields::diff({}, RecordFields::of(added)))
                        .has_value());
        ASSERT_TRUE(tx.commit().has_value());
    }
    CustomerRepository customers(**db);
    const QStringList names{QStringLiteral("上海申通阀门有限公司"), QStringLiteral("北京远航贸易"),
                            QStringLiteral("广州恒达机电")};
    for (int i = 0; i < names.size(); ++i) {
        Customer c;
        c.code = QStringLiteral("C%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        c.name = names[i];
        ASSERT_TRUE(customers.insert(c).has_value());
    }
    ProductRepository products(**db);
    const struct
    {
        const char* sku;
        const char* name;
        qint64 price;
        bool requiresSpec;
    } catalog[] = {{"VLV-50", "不锈钢球阀", 1'250'000, false},
                   {"PMP-01", "离心泵", 128'000'000, false},
                   {"FL-DN100", "法兰", 855'000, false},
                   {"GSK-100", "垫片", 12'345, false},
                   {"Z41H-16C", "闸阀", 12'800'000, true}};
    for (const auto& item : catalog) {
        Product p;
        p.sku = QString::fromUtf8(item.sku);
        p.name = QString::fromUtf8(item.name);
        p.unit = QStringLiteral("台");
        p.unitPrice = UnitPrice::fromRaw(item.price);
        p.requiresSpec = item.requiresSpec;
        ASSERT_TRUE(products.insert(p).has_value());
    }
}

WriterReport parseWriterOutput(const QByteArray& output)
{
    WriterReport report;
    for (const QByteArray& line : output.split('\n')) {
        if (line == "ready") {
            report.ready = true;
        } else if (line.startsWith("created ")) {
            ++report.ordersCreated;
            ++report.commits;
        } else if (line.startsWith("imported ")) {
            report.ordersCreated += line.mid(9).toLongLong();
            ++report.commits;
        } else if (line == "saved" || line == "confirmed") {
            ++report.commits;
        }
    }
    return report;
}

void WriterLedger::feed(const QByteArray& output)
{
    m_inBackup = false;
    m_inRestore = false;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("created ")) {
            ++m_minOrders;
            ++m_commits;
        } else if (line.startsWith("imported ")) {
            m_minOrders += line.mid(9).toLongLong();
            ++m_commits;
        } else if (line == "saved" || line == "confirmed") {
            ++m_commits;
        } else if (line == "backing up") {
            m_inBackup = true;
        } else if (line.startsWith("backed up ")) {
            m_inBackup = false;
            ++m_backups;
            ++m_commits;
        } else if (line.startsWith("restoring ")) {
            const QList<QByteArray> words = line.split(' ');
            m_inRestore = true;
            m_restoreOrders = words.value(2).toLongLong();
            m_restoreRestores = words.value(3).toLongLong();
        } else if (line == "restored") {
            m_inRestore = false;
            ++m_restores;
            ++m_commits;
            m_minOrders = m_restoreOrders;
            m_restoreEntries = m_restoreRestores + 1;
        }
    }
    m_killedInBackup += m_inBackup ? 1 : 0;
}

QString WriterLedger::check(qint64 orders, qint64 restoreEntries)
{
    if (m_inRestore) {
        ++m_killedInRestore;
        m_inRestore = false;
        // Done whole: the backup's orders and one more restore entry than it had.
        if (orders == m_restoreOrders && restoreEntries == m_restoreRestores + 1) {
            m_minOrders = orders;
            m_restoreEntries = restoreEntries;
            ++m_restores;
            return {};
        }
    }
    if (restoreEntries != m_restoreEntries)
        return QStringLiteral("%1 restore entries, expected %2").arg(restoreEntries).arg(m_restoreEntries);
    if (orders < m_minOrders)
        return QStringLiteral("%1 orders, but %2 were reported committed").arg(orders).arg(m_minOrders);
    return {};
}

QString crashWriterPath()
{
    return QStringLiteral(OD_CRASH_WRITER);
}

} // namespace od::test
