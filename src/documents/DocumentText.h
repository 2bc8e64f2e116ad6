#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace od {

// The words and number formats of a printed document in its reader's language (the customer's
// document language), whatever language the program itself is shown in: the document looks its
// labels up in that language's translation instead of the one installed for the UI.
class DocumentText
{
public:
    // A DocumentLanguage key: "zh_CN", "en". English is the text as written in the source.
    explicit DocumentText(const QString& language = QStringLiteral("zh_CN"));

    const QString& language() const { return m_language; }
    const QLocale& locale() const { return m_locale; }
    // `source` of `context` in the document's language; the source itself when not translated.
    QString translate(const char* context, const char* source) const;

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator; // shared: documents are copied, translations are not
};

} // namespace od
