#pragma once

#include <QByteArray>
#include <QString>

namespace od {

// Makes the text of a PDF written by QPdfWriter copy, search and extract as it was written.
// Qt maps every embedded glyph back to the lowest code point the font assigns to it. CJK fonts
// such as Noto Sans CJK draw a radical and the everyday character with one glyph (⽯ U+2F6F and
// 石 U+77F3, ⻔ U+2ED4 and 门 U+95E8), so a customer name copied from the PDF, or searched in a
// viewer, would contain radicals and not match. This rewrites those entries of the PDF's
// ToUnicode maps to the ideograph that shares the glyph in the given font. Each entry keeps its
// length, so object offsets and the cross-reference table stay valid.
class PdfTextRepair
{
public:
    static QByteArray repaired(QByteArray pdf, const QString& fontFamily);
};

} // namespace od
