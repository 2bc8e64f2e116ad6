#include "DocumentText.h"

#include "DocumentLanguage.h"

#include <QTranslator>

namespace od {

DocumentText::DocumentText(const QString& language)
    : m_language(DocumentLanguage::isKnown(language) ? language : DocumentLanguage::defaultKey()),
      m_locale(DocumentLanguage::locale(m_language))
{
    if (m_language == QLatin1String("en"))
        return;
    // The translations are compiled into the application under :/i18n.
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/orderdesk_%1.qm").arg(m_language)))
        m_translator = std::move(translator);
}

QString DocumentText::translate(const char* context, const char* source) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace od
