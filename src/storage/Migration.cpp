#include "Migration.h"

#include <QDir>
#include <QMap>
#include <QRegularExpression>

namespace od {

namespace {

// C++ steps, by migration number. A migration that needs one registers it here; its script
// (which may be empty of statements) still gives it its number and name.
const QMap<int, std::function<Status(Database&)>>& steps()
{
    static const QMap<int, std::function<Status(Database&)>> registered;
    return registered;
}

QList<Migration> load()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,})_([A-Za-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/orderdesk/migrations"));
    QList<Migration> out;
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue; // orderProblem() reports the numbers that are then missing
        Migration m;
        m.number = match.captured(1).toInt();
        m.name = match.captured(2);
        m.scriptPath = dir.filePath(file);
        m.step = steps().value(m.number);
        out << m;
    }
    std::sort(out.begin(), out.end(),
              [](const Migration& a, const Migration& b) { return a.number < b.number; });
    return out;
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> migrations = load();
    return migrations;
}

int Migrations::latest()
{
    return all().isEmpty() ? 0 : all().last().number;
}

QString Migrations::orderProblem(const QList<Migration>& migrations)
{
    for (int i = 0; i < migrations.size(); ++i) {
        const int expected = i + 1;
        if (migrations[i].number != expected) {
            if (i > 0 && migrations[i].number == migrations[i - 1].number)
                return tr("Migration %1 exists twice (%2 and %3).")
                    .arg(migrations[i].number)
                    .arg(migrations[i - 1].name, migrations[i].name);
            return tr("Migration %1 is missing (the next is %2, %3).")
                .arg(expected)
                .arg(migrations[i].number)
                .arg(migrations[i].name);
        }
    }
    return {};
}

} // namespace od
