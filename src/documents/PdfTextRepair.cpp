#include "PdfTextRepair.h"

#include <QFont>
#include <QHash>
#include <QMutex>
#include <QRawFont>

namespace od {

namespace {

constexpr char16_t FirstRadical = 0x2E80; // CJK Radicals Supplement, then Kangxi Radicals
constexpr char16_t LastRadical = 0x2FDF;

struct IdeographRange
{
    char16_t first;
    char16_t last;
};
// Extension A, the unified ideographs, and the compatibility ideographs.
constexpr IdeographRange IdeographRanges[] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

bool isRadical(uint codePoint)
{
    return codePoint >= FirstRadical && codePoint <= LastRadical;
}

// Radical → ideograph drawn with the same glyph in this font.
QHash<char16_t, char16_t> buildIdeographsForRadicals(const QString& fontFamily)
{
    QHash<char16_t, char16_t> result;
    const QRawFont font = QRawFont::fromFont(QFont(fontFamily));
    if (!font.isValid())
        return result;

    QString ideographs;
    for (const IdeographRange& range : IdeographRanges)
        for (int c = range.first; c <= range.last; ++c)
            ideographs += QChar(char16_t(c));
    const QList<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> ideographByGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size() && i < ideographs.size(); ++i)
        if (ideographGlyphs[i] != 0 && !ideographByGlyph.contains(ideographGlyphs[i]))
            ideographByGlyph.insert(ideographGlyphs[i], ideographs[i].unicode());

    QString radicals;
    for (int c = FirstRadical; c <= LastRadical; ++c)
        radicals += QChar(char16_t(c));
    const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
        const auto found = ideographByGlyph.constFind(radicalGlyphs[i]);
        if (radicalGlyphs[i] != 0 && found != ideographByGlyph.cend())
            result.insert(radicals[i].unicode(), *found);
    }
    return result;
}

const QHash<char16_t, char16_t>& ideographsForRadicals(const QString& fontFamily)
{
    // Built once per family: it asks the font for some 28,000 characters.
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    const QMutexLocker lock(&mutex);
    auto found = cache.find(fontFamily);
    if (found == cache.end())
        found = cache.insert(fontFamily, buildIdeographsForRadicals(fontFamily));
    return *found;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Rewrites, in place, a destination token "<XXXX>" that starts at `at` when it names a radical.
void repairToken(QByteArray& pdf, qsizetype at, const QHash<char16_t, char16_t>& ideographs)
{
    if (at + 6 > pdf.size() || pdf[at] != '<' || pdf[at + 5] != '>')
        return;
    for (int i = 1; i <= 4; ++i)
        if (!isHexDigit(pdf[at + i]))
            return;
    bool ok = false;
    const uint codePoint = pdf.mid(at + 1, 4).toUInt(&ok, 16);
    if (!ok || !isRadical(codePoint))
        return;
    const auto ideograph = ideographs.constFind(char16_t(codePoint));
    if (ideograph == ideographs.cend())
        return;
    const QByteArray replacement = QByteArray::number(uint(*ideograph), 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, replacement);
}

qsizetype nextToken(const QByteArray& pdf, qsizetype from, qsizetype end)
{
    const qsizetype at = pdf.indexOf('<', from);
    return (at < 0 || at >= end) ? -1 : at;
}

// One "<src> <src> <dst>" or "<src> <src> [<dst> ...]" line of a bfrange section, or one
// "<src> <dst>" line of a bfchar section; sources are glyph ids and are never touched.
void repairSection(QByteArray& pdf, qsizetype begin, qsizetype end, bool isRange,
                   const QHash<char16_t, char16_t>& ideographs)
{
    qsizetype lineStart = begin;
    while (lineStart < end) {
        qsizetype lineEnd = pdf.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart);

        qsizetype token = nextToken(pdf, lineStart, lineEnd);
        const qsizetype firstSource = token;
        if (token >= 0 && isRange)
            token = nextToken(pdf, token + 1, lineEnd); // the range's last source
        const qsizetype lastSource = token;
        if (token >= 0) {
            const bool singleSource = !isRange || pdf.mid(firstSource, 6) == pdf.mid(lastSource, 6);
            const bool isArray = line.contains('[');
            // "<a> <b> <dst>" with a < b maps a run to consecutive code points: leave it whole.
            if (isArray || singleSource) {
                for (token = nextToken(pdf, lastSource + 1, lineEnd); token >= 0;
                     token = nextToken(pdf, token + 1, lineEnd))
                    repairToken(pdf, token, ideographs);
            }
        }
        lineStart = lineEnd + 1;
    }
}

void repairCMap(QByteArray& pdf, qsizetype begin, qsizetype end, const QHash<char16_t, char16_t>& ideographs)
{
    for (const bool isRange : {true, false}) {
        const QByteArray open =
            isRange ? QByteArrayLiteral("beginbfrange") : QByteArrayLiteral("beginbfchar");
        const QByteArray close = isRange ? QByteArrayLiteral("endbfrange") : QByteArrayLiteral("endbfchar");
        qsizetype at = begin;
        while ((at = pdf.indexOf(open, at)) >= 0 && at < end) {
            const qsizetype sectionEnd = pdf.indexOf(close, at);
            if (sectionEnd < 0 || sectionEnd > end)
                break;
            repairSection(pdf, at + open.size(), sectionEnd, isRange, ideographs);
            at = sectionEnd + close.size();
        }
    }
}

} // namespace

QByteArray PdfTextRepair::repaired(QByteArray pdf, const QString& fontFamily)
{
    const QHash<char16_t, char16_t>& ideographs = ideographsForRadicals(fontFamily);
    if (ideographs.isEmpty())
        return pdf;
    // Qt writes ToUnicode maps as plain, uncompressed CMap streams.
    const QByteArray open = QByteArrayLiteral("begincmap");
    const QByteArray close = QByteArrayLiteral("endcmap");
    qsizetype at = 0;
    while ((at = pdf.indexOf(open, at)) >= 0) {
        const qsizetype end = pdf.indexOf(close, at);
        if (end < 0)
            break;
        repairCMap(pdf, at, end, ideographs);
        at = end + close.size();
    }
    return pdf;
}

} // namespace od
