// Every file a command writes for the user goes through OutputFile: the open database, the
// files beside it and any other OrderDesk database are refused as targets, and a refused,
// failed or cancelled write leaves what was there untouched.
#include "OutputFile.h"
#include "BackupService.h"
#include "CsvExportService.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

class OutputFileTest : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager};

    void SetUp() override
    {
        t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海申通阀门有限公司"));
        t.addCustomer(QStringLiteral("C002"), QStringLiteral("北京远航贸易"));
    }

    QString file(const QString& name) const { return t.dir() + u'/' + name; }

    qint64 customersInDatabase()
    {
        auto db = Database::open(t.path(), Database::Migrate::No);
        if (!db)
            return -1;
        QSqlQuery q((*db)->sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QStringList strayFiles() const
    {
        return QDir(t.dir()).entryList({QStringLiteral("*.part*"), QStringLiteral("*.previous")},
                                       QDir::Files);
    }
};

} // namespace

TEST_F(OutputFileTest, AnExportOverTheOpenDatabaseOrItsFilesIsRefusedAndTheDatabaseStillWorks)
{
    CsvExportService exports(t.session());
    for (const QString& target :
         QStringList{t.path(), t.path() + QStringLiteral("-wal"), t.path() + QStringLiteral("-shm")}) {
        SCOPED_TRACE(target.toStdString());
        const QByteArray before = contentOf(target);
        auto refused = exports.exportCustomers(target);
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().kind, Error::Kind::Invalid);
        EXPECT_TRUE(
            refused.error().message.contains(QLatin1String("is the database OrderDesk is working on")))
            << refused.error().message.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QDir::toNativeSeparators(target)));
        if (!target.endsWith(QLatin1String("-shm"))) { // SQLite itself keeps updating the shared memory
            EXPECT_EQ(contentOf(target), before);
        }
    }
    EXPECT_EQ(customersInDatabase(), 2);
    EXPECT_TRUE(strayFiles().isEmpty()) << strayFiles().join(u' ').toStdString();
}

TEST_F(OutputFileTest, ALinkToTheDatabaseUnderAnotherNameIsRefusedToo)
{
    const QString link = file(QStringLiteral("customers.csv"));
    ASSERT_TRUE(QFile::link(t.path(), link));
    auto refused = CsvExportService(t.session()).exportCustomers(link);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(customersInDatabase(), 2);
}

TEST_F(OutputFileTest, AnotherOrderDeskDatabaseIsNeverOverwrittenByAnExportOrABackup)
{
    const QString backup = file(QStringLiteral("monday.sqlite"));
    ASSERT_TRUE(BackupService(t.session()).backup(backup).has_value());
    const QByteArray before = contentOf(backup);

    auto exported = CsvExportService(t.session()).exportProducts(backup);
    ASSERT_FALSE(exported.has_value());
    EXPECT_TRUE(exported.error().message.contains(QLatin1String("is an OrderDesk database")))
        << exported.error().message.toStdString();
    auto backedUp = BackupService(t.session()).backup(backup);
    ASSERT_FALSE(backedUp.has_value());
    EXPECT_TRUE(backedUp.error().message.contains(QLatin1String("is an OrderDesk database")))
        << backedUp.error().message.toStdString();
    auto onDatabase = BackupService(t.session()).backup(t.path() + QStringLiteral("-wal"));
    ASSERT_FALSE(onDatabase.has_value());
    EXPECT_EQ(contentOf(backup), before);
    EXPECT_TRUE(strayFiles().isEmpty()) << strayFiles().join(u' ').toStdString();
}

TEST_F(OutputFileTest, ACancelledOrFailedWriteLeavesTheEarlierFileAsItWas)
{
    const QString target = file(QStringLiteral("customers.csv"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("last week's list\n");
    }
    auto cancelled =
        CsvExportService(t.session()).exportCustomers(target, [](qint64, qint64) { return false; });
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(contentOf(target), "last week's list\n");

    auto failed = OutputFile::write(target, t.path(), [](QIODevice& device) -> Result<bool> {
        device.write("half of a new fi");
        return std::unexpected(Error::storage(QStringLiteral("the disk is full")));
    });
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(contentOf(target), "last week's list\n");
    EXPECT_EQ(QDir(t.dir()).entryList({QStringLiteral("customers.csv*")}, QDir::Files),
              QStringList{QStringLiteral("customers.csv")});

    auto written = CsvExportService(t.session()).exportCustomers(target);
    ASSERT_TRUE(written.has_value());
    EXPECT_TRUE(contentOf(target).contains("北京远航贸易"));
}

TEST_F(OutputFileTest, AFolderOrAnEmptyNameIsAClearError)
{
    auto folder = OutputFile::checkTarget(t.dir(), t.path());
    ASSERT_FALSE(folder.has_value());
    EXPECT_TRUE(folder.error().message.contains(QLatin1String("is a folder")));
    EXPECT_FALSE(OutputFile::checkTarget(QString(), t.path()).has_value());
    EXPECT_TRUE(OutputFile::checkTarget(file(QStringLiteral("new.csv")), t.path()).has_value());
}
