// The layering of DESIGN.md, checked on the sources: the core in src/ never uses widgets, and
// no SQL is written in ui/.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList offendingFiles(const QString& dir, const QRegularExpression& pattern)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && pattern.match(QString::fromUtf8(f.readAll())).hasMatch())
            out << path;
    }
    return out;
}

} // namespace

TEST(Architecture, CoreLibrariesNeverIncludeWidgets)
{
    const QRegularExpression widgets(
        QStringLiteral("#include\\s*[<\"](QtWidgets|QWidget|QMainWindow|QDialog|QApplication|QMessageBox)"));
    const QStringList files = offendingFiles(QStringLiteral(OD_SOURCE_DIR "/src"), widgets);
    EXPECT_TRUE(files.isEmpty()) << files.join(u' ').toStdString();
    // The check itself must see the sources it guards.
    EXPECT_TRUE(QFile::exists(QStringLiteral(OD_SOURCE_DIR "/src/domain/Money.h")));
}

TEST(Architecture, NoSqlInTheUserInterface)
{
    const QRegularExpression sql(QStringLiteral("\"\\s*(SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM)\\b"),
                                 QRegularExpression::CaseInsensitiveOption);
    const QStringList files = offendingFiles(QStringLiteral(OD_SOURCE_DIR "/ui"), sql);
    EXPECT_TRUE(files.isEmpty()) << files.join(u' ').toStdString();
}

TEST(Architecture, NoFloatingPointNextToMoneyInTheCore)
{
    const QRegularExpression floating(
        QStringLiteral("\\b(double|float)\\b[^\\n]*(money|price|amount|total|balance)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList files = offendingFiles(QStringLiteral(OD_SOURCE_DIR "/src"), floating);
    EXPECT_TRUE(files.isEmpty()) << files.join(u' ').toStdString();
}

namespace {

// The file names of every header of the storage layer (repositories, the connection, SQL helpers).
QStringList storageHeaders()
{
    QStringList names;
    QDirIterator it(QStringLiteral(OD_SOURCE_DIR "/src/storage"), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QFileInfo(it.next()).fileName();
    return names;
}

} // namespace

TEST(Architecture, FrontEndsNeverReachStorage)
{
    // Every read and write of the GUI and the CLI goes through the services, which apply who may
    // see and do what; a repository or the connection used directly would skip that.
    const QStringList headers = storageHeaders();
    ASSERT_TRUE(headers.contains(QStringLiteral("Database.h")));
    ASSERT_TRUE(headers.contains(QStringLiteral("OrderRepository.h")));
    QStringList escaped;
    for (const QString& h : headers)
        escaped << QRegularExpression::escape(h);
    const QRegularExpression includesStorage(QStringLiteral("#include\\s*\"(%1)\"").arg(escaped.join(u'|')));
    const QRegularExpression reachesConnection(QStringLiteral("(\\.|->)db\\(\\)"));
    for (const char* dir : {OD_SOURCE_DIR "/ui", OD_SOURCE_DIR "/cli"}) {
        const QStringList including = offendingFiles(QString::fromLatin1(dir), includesStorage);
        EXPECT_TRUE(including.isEmpty())
            << "storage headers included in: " << including.join(u' ').toStdString();
        const QStringList reaching = offendingFiles(QString::fromLatin1(dir), reachesConnection);
        EXPECT_TRUE(reaching.isEmpty())
            << "the connection reached from: " << reaching.join(u' ').toStdString();
    }
}

TEST(Architecture, TheRulesAboveCatchWhatTheyGuard)
{
    // A rule that cannot fail guards nothing: each pattern must match the slip it is meant for.
    const QRegularExpression reachesConnection(QStringLiteral("(\\.|->)db\\(\\)"));
    EXPECT_TRUE(reachesConnection.match(QStringLiteral("AccountService(m_session.db())")).hasMatch());
    EXPECT_TRUE(reachesConnection.match(QStringLiteral("(*session)->db()")).hasMatch());
    EXPECT_FALSE(reachesConnection.match(QStringLiteral("m_session.databasePath()")).hasMatch());
}

TEST(Architecture, TheDomainDoesNoInputOrOutput)
{
    // Money rules, invoices, ageing and the settlement ledger are pure: what they need is handed
    // to them, so they are tested on hand-computed cases without a file or a database.
    const QRegularExpression io(QStringLiteral("#include\\s*[<\"](QFile|QDir|QSql|QtSql|QProcess|QSettings|"
                                               "QStandardPaths|QTcp|QNetwork|fstream|iostream|cstdio)"));
    const QStringList files = offendingFiles(QStringLiteral(OD_SOURCE_DIR "/src/domain"), io);
    EXPECT_TRUE(files.isEmpty()) << files.join(u' ').toStdString();
    EXPECT_TRUE(QFile::exists(QStringLiteral(OD_SOURCE_DIR "/src/domain/settlement/SettlementLedger.h")));
}
