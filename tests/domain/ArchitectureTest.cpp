// The layering of DESIGN.md, checked on the sources: the core in src/ never uses widgets, and
// no SQL is written in ui/.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList offendingFiles(const QString& dir, const QRegularExpression& pattern)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
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
