#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

#include <ostream>

// Failed comparisons of QString print the text, not its bytes.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace od::test {

// Types any text, Chinese included, as key presses carrying the characters (QTest::keyClicks
// handles Latin-1 only).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace od::test
