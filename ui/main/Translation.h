#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace od {

// The UI language: the "language" key of QSettings() (organisation and application "OrderDesk"), "zh_CN" or
// "en", defaulting to the system locale (Chinese → zh_CN, anything else → en).
class Translation
{
public:
    static QStringList supportedLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    static QString systemDefaultLanguage();
    static QString savedLanguage();
    static void saveLanguage(const QString& language);
    // The language's own name for the settings combo: "简体中文", "English".
    static QString nativeName(const QString& language);

    // Installs Qt's own translations and ours for `language` on the application and makes its
    // locale the default, so QLocale() formats money and dates in that language.
    static void install(QApplication& app, const QString& language);
};

} // namespace od
