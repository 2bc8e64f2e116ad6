#include "DocumentLanguage.h"

namespace od {

QString DocumentLanguage::nativeName(const QString& key)
{
    if (key == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("简体中文");
}

QLocale DocumentLanguage::locale(const QString& key)
{
    if (key == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::Chinese, QLocale::China);
}

QString DocumentLanguage::fromText(const QString& text)
{
    const QString t = text.trimmed().toLower().replace(u'-', u'_');
    if (t == QLatin1String("zh_cn") || t == QLatin1String("zh") || t == QStringLiteral("中文") ||
        t == QStringLiteral("简体中文") || t == QLatin1String("chinese"))
        return QStringLiteral("zh_CN");
    if (t == QLatin1String("en") || t == QLatin1String("en_us") || t == QLatin1String("english") ||
        t == QStringLiteral("英文") || t == QStringLiteral("英语"))
        return QStringLiteral("en");
    return {};
}

} // namespace od
