#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace od {

// The languages OrderDesk writes in, by their stored keys ("zh_CN", "en"): the UI's and the
// language of the documents a customer receives (a customer field, Chinese unless set).
class DocumentLanguage
{
public:
    static QString defaultKey() { return QStringLiteral("zh_CN"); }
    static QStringList keys() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    static bool isKnown(const QString& key) { return keys().contains(key); }
    // The language's own name, the same in every UI language: "简体中文", "English".
    static QString nativeName(const QString& key);
    // Numbers and dates of that language: zh_CN → Chinese (China), en → English (United States).
    static QLocale locale(const QString& key);
    // A key from what a person or a spreadsheet may write: "zh_CN", "zh", "中文", "简体中文",
    // "en", "English" (any case); "" when it is none of them.
    static QString fromText(const QString& text);
};

} // namespace od
