#include "Translation.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace od {

QString Translation::systemDefaultLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Translation::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return supportedLanguages().contains(saved) ? saved : systemDefaultLanguage();
}

void Translation::saveLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString Translation::nativeName(const QString& language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

void Translation::install(QApplication& app, const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);

    // Qt's own dialogs and buttons (OK / Cancel / Yes / No).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir))
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* ourTranslator = new QTranslator(&app);
    if (ourTranslator->load(QStringLiteral(":/i18n/orderdesk_%1.qm").arg(language))) {
        app.installTranslator(ourTranslator);
    } else {
        spdlog::warn("no translation for language {}", language.toStdString());
        delete ourTranslator;
    }
}

} // namespace od
