#include "OfficeDatabase.h"

#include "CustomerRepository.h"
#include "Database.h"
#include "ProductRepository.h"
#include "UserRepository.h"

#include <gtest/gtest.h>

namespace od::test {

void createOfficeDatabase(const QString& path)
{
    auto db = Database::open(path);
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    UserRepository users(**db);
    ASSERT_TRUE(
        users.insert({0, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true}).has_value());
    ASSERT_TRUE(
        users.insert({0, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator, true})
            .has_value());
    ASSERT_TRUE(users.insert({0, QStringLiteral("wang"), QStringLiteral("王芳"), Role::Salesperson, true})
                    .has_value());
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

QString crashWriterPath()
{
    return QStringLiteral(OD_CRASH_WRITER);
}

} // namespace od::test
