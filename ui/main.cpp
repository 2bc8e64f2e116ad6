// OrderDesk desktop application: opens (or sets up) the database, asks who signs in and shows the main
// window.
// `--screenshots DIR` renders every page to PNG files instead and exits.
#include "AccountService.h"
#include "AppPaths.h"
#include "Logging.h"
#include "Session.h"
#include "firstrun/FirstRunDialog.h"
#include "main/DatabaseStartup.h"
#include "main/ScreenshotRunner.h"
#include "main/SignInDialog.h"
#include "main/Translation.h"
#include "main/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace {

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], name) == 0 || QByteArray(argv[i]).startsWith(QByteArray(QByteArray(name) + "=")))
            return true;
    return false;
}

int fail(const QString& message, bool quiet)
{
    spdlog::error("{}", message.toStdString());
    if (!quiet)
        QMessageBox::critical(nullptr, QApplication::translate("main", "OrderDesk"), message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// The database the pictures are taken of: a demo company generated in a temporary folder. The
// user's own file is neither filled nor read (reading it would need its users' sign-in).
std::unique_ptr<od::Session> openScreenshotDatabase(QTemporaryDir& temp, QString* error)
{
    auto session = od::Session::open(temp.filePath(QStringLiteral("screenshots.orderdesk")));
    if (!session) {
        *error = session.error().message;
        return nullptr;
    }
    if (auto ok = od::DatabaseStartup::generateDemo(**session, 600, od::DatabaseStartup::Progress::None);
        !ok) {
        *error = ok.error().message;
        return nullptr;
    }
    return std::move(*session);
}

} // namespace

int main(int argc, char** argv)
{
    // Screenshots and --help need no screen; offscreen also keeps windows from flashing up.
    const bool screenshots = hasArgument(argc, argv, "--screenshots");
    const bool textOnly = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                          hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    if ((screenshots || textOnly) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Exports, logs and every other file this process makes are its user's only, like the database.
    od::AppPaths::makeNewFilesOwnerOnly();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OrderDesk (订单管家)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database file (default: $ORDERDESK_DB, else the data folder)."),
        QStringLiteral("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Fill a new, empty database with the demo company."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Render every view of a demo company to PNG files in DIR and exit."),
        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language for this run: zh_CN or en."),
                                        QStringLiteral("language"));
    parser.addOptions({dbOption, demoOption, screenshotsOption, langOption});
    parser.process(app);

    od::Logging::init(QStringLiteral("orderdesk"));

    QString language = parser.isSet(langOption) ? parser.value(langOption) : od::Translation::savedLanguage();
    if (!od::Translation::supportedLanguages().contains(language)) {
        std::fprintf(stderr, "Unknown language %s; use zh_CN or en.\n", qPrintable(language));
        return 2;
    }
    od::Translation::install(app, language);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "OrderDesk"));

    if (screenshots) {
        QTemporaryDir temp;
        // Pictures always show the default layout, and taking them changes none of the user's
        // window sizes or column widths.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, temp.path());
        // The language box of Settings shows the language the pictures are in.
        od::Translation::saveLanguage(language);
        QString error;
        auto session = openScreenshotDatabase(temp, &error);
        if (!session)
            return fail(error, true);
        // The demo company is entered the way a user would, with the administrator's demo password.
        auto user =
            od::AccountService(*session).signIn(QStringLiteral("admin"), QStringLiteral("admin-demo"));
        if (!user)
            return fail(user.error().message, true);
        session->setUser(*user);
        auto written = od::ScreenshotRunner(*session, parser.value(screenshotsOption)).run();
        if (!written)
            return fail(written.error().message, true);
        for (const QString& file : *written)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        return 0;
    }

    QString pathNotice;
    if (od::AppPaths::usesDefaultDatabase(parser.value(dbOption))) {
        auto adopted = od::AppPaths::adoptEarlierDatabase();
        if (!adopted)
            return fail(adopted.error().message, false);
        pathNotice = *adopted;
    }
    const QString path = od::AppPaths::databasePath(parser.value(dbOption));
    QDir().mkpath(QFileInfo(path).absolutePath());

    auto opened = od::Session::open(path);
    if (!opened)
        return fail(opened.error().message, false);
    od::Session& session = **opened;
    spdlog::info("database {}", path.toStdString());

    auto hasUsers = od::DatabaseStartup::hasUsers(session);
    if (!hasUsers)
        return fail(hasUsers.error().message, false);
    if (!*hasUsers) {
        auto empty = od::DatabaseStartup::isEmpty(session);
        if (parser.isSet(demoOption) && empty && *empty) {
            bool cancelled = false;
            auto ok =
                od::DatabaseStartup::generateDemo(session, od::DatabaseStartup::DemoOrders,
                                                  od::DatabaseStartup::Progress::Dialog, nullptr, &cancelled);
            if (cancelled)
                return 0;
            if (!ok)
                return fail(ok.error().message, false);
        } else {
            od::FirstRunDialog firstRun(session);
            if (firstRun.exec() != QDialog::Accepted)
                return 0;
            session.setUser(firstRun.administrator());
        }
    }

    // Nobody works without signing in, except the administrator who has just chosen a password
    // on the first-run screen.
    QString signInNotice;
    if (!session.isSignedIn()) {
        auto needsAdministrator = od::AccountService(session).needsFirstAdministrator();
        if (!needsAdministrator)
            return fail(needsAdministrator.error().message, false);
        if (*needsAdministrator) {
            // Users exist but none has a password yet: the first administrator is set up now.
            od::FirstRunDialog firstRun(session);
            if (firstRun.exec() != QDialog::Accepted || firstRun.administrator().id == 0)
                return 0;
            session.setUser(firstRun.administrator());
        } else {
            od::SignInDialog signIn(session);
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            session.setUser(signIn.user());
            signInNotice = signIn.notice();
        }
    }
    QSettings().setValue(QStringLiteral("lastUser"), session.user().name);
    spdlog::info("signed in as {}", session.user().name.toStdString());
    od::Workspace workspace(session);
    workspace.setNotice(QStringList{pathNotice, signInNotice}.join(u' ').trimmed());
    workspace.start();
    return app.exec();
}
