#include "CsvReader.h"

#include "CsvFormulaGuard.h"

#include <QStringDecoder>

namespace od {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

bool isBlank(const QStringList& fields)
{
    // Spreadsheets write cleared rows as ",,,,"; they are not records.
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

// How much of the non-ASCII text is well-formed UTF-8, and where the first bad byte is.
struct Utf8Scan
{
    qsizetype validSequences = 0;
    qsizetype invalidBytes = 0;
    qsizetype firstInvalid = -1;
    // Every invalid byte is part of an overlong two-byte form (C0 or C1 and a continuation byte),
    // the classic disguise of an ASCII character ("C0 AF" for '/').
    bool onlyOverlong = true;
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        const int length = b >= 0xC2 && b <= 0xDF   ? 2
                           : b >= 0xE0 && b <= 0xEF ? 3
                           : b >= 0xF0 && b <= 0xF4 ? 4
                                                    : 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
        if (ok && length > 2) {
            // No overlong forms, no surrogates, nothing past U+10FFFF: what the decoder accepts.
            const auto second = static_cast<unsigned char>(bytes[i + 1]);
            ok = !(b == 0xE0 && second < 0xA0) && !(b == 0xED && second > 0x9F) &&
                 !(b == 0xF0 && second < 0x90) && !(b == 0xF4 && second > 0x8F);
        }
        if (ok) {
            ++scan.validSequences;
            i += length;
        } else if ((b == 0xC0 || b == 0xC1) && i + 1 < n &&
                   (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            scan.invalidBytes += 2;
            i += 2;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalidBytes;
            scan.onlyOverlong = false;
            ++i;
        }
    }
    return scan;
}

int lineAt(QByteArrayView bytes, qsizetype position)
{
    if (position < 0)
        return 1;
    return int(bytes.first(position).count('\n')) + 1;
}

// UTF-32 has three NUL bytes in every ASCII character; its byte-order marks start like UTF-16's.
bool looksLikeUtf32(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArray("\xFF\xFE\0\0", 4)) || bytes.startsWith(QByteArray("\0\0\xFE\xFF", 4)))
        return true;
    return bytes.size() >= 4 && bytes.size() % 4 == 0 &&
           ((bytes[1] == '\0' && bytes[2] == '\0' && bytes[3] == '\0' && bytes[0] != '\0') ||
            (bytes[0] == '\0' && bytes[1] == '\0' && bytes[2] == '\0' && bytes[3] != '\0'));
}

// The first line (1-based) that GB18030 cannot decode, or 0 when every line decodes. A line
// break never occurs inside a GB18030 character, so lines decode on their own.
int firstLineNotGb18030(const QByteArray& bytes)
{
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder("GB18030");
        (void)decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        start = end + 1;
    }
    return 0;
}

} // namespace

CsvReader::Decoded CsvReader::decode(const QByteArray& bytes)
{
    // No text file has NUL bytes, and every decoder would pass them on into names and codes.
    // UTF-16 (Excel's "Unicode Text") is full of them: it gets its own hint.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        if (looksLikeUtf32(bytes)) {
            Decoded out{QString(), QStringLiteral("UTF-32"), false};
            out.error = tr("This file is UTF-32 text. Save it as \"CSV UTF-8\" and try again.");
            return out;
        }
        const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || nul <= 1;
        Decoded out{QString(), utf16 ? QStringLiteral("UTF-16") : QStringLiteral("UTF-8"), false};
        out.errorLine = utf16 ? 1 : lineAt(bytes, nul);
        out.error =
            utf16 ? tr("This file is UTF-16 text (what Excel saves as \"Unicode Text\"). Save it from Excel "
                       "as \"CSV UTF-8\" and try again.")
                  : tr("This line contains a NUL byte, which no text file has: the file is damaged or "
                       "is not a CSV file.");
        return out;
    }
    const bool hasBom = bytes.startsWith(kUtf8Bom);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(QByteArrayView(bytes).sliced(hasBom ? kUtf8Bom.size() : 0));
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};

    // Real GBK text only rarely forms a valid UTF-8 sequence by chance; a file that is nearly
    // all valid UTF-8 is a damaged UTF-8 file, and reading it as GBK would import nonsense. So is
    // a file whose only stray bytes are overlong forms (C0 AF for '/'): GBK text made of nothing
    // but characters from those two rows does not occur, a disguised character does.
    const Utf8Scan scan = scanUtf8(bytes);
    if (hasBom || scan.validSequences >= 4 * scan.invalidBytes || scan.onlyOverlong) {
        Decoded out{QString(), QStringLiteral("UTF-8"), false};
        out.errorLine = lineAt(bytes, scan.firstInvalid);
        out.error =
            tr("This line is not valid UTF-8 although the rest of the file is: the file may be damaged "
               "or pasted together from files in different encodings.");
        return out;
    }

    // Qt reaches GB18030 through ICU; without it the decoder is invalid and we say so.
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid()) {
        Decoded out{QString(), QStringLiteral("GB18030"), false};
        out.error =
            tr("This file is not UTF-8, and GB18030 (GBK) text cannot be read on this computer. Save it "
               "from Excel as \"CSV UTF-8\" and try again.");
        return out;
    }
    Decoded out{gb18030.decode(bytes), QStringLiteral("GB18030")};
    if (gb18030.hasError()) {
        out.ok = false;
        out.text.clear();
        out.errorLine = firstLineNotGb18030(bytes);
        if (out.errorLine == 0)
            out.errorLine = lineAt(bytes, scan.firstInvalid);
        out.error =
            tr("This line is neither UTF-8 nor GB18030 (GBK) text, and the file is not clean text in either "
               "encoding. Save it from Excel as \"CSV UTF-8\" and try again.");
    }
    return out;
}

CsvReadResult CsvReader::read(const QByteArray& bytes)
{
    const Decoded decoded = decode(bytes);
    if (!decoded.ok) {
        CsvReadResult out;
        out.encoding = decoded.encoding;
        out.errors.append({decoded.errorLine, decoded.error});
        return out;
    }
    CsvReadResult out = parse(decoded.text);
    out.encoding = decoded.encoding;
    return out;
}

CsvReadResult CsvReader::parse(QStringView text)
{
    CsvReadResult out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    if (n > 0 && text[0] == QChar(0xFEFF))
        i = 1; // a BOM that survived decoding (UTF-8 BOM inside an already decoded string)

    // Consumes one line break at i (CRLF, LF or a lone CR) and counts it.
    auto takeLineBreak = [&]() {
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        ++i;
        ++line;
    };

    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool bad = false;
        for (;;) {
            QString field;
            if (i < n && text[i] == u'"') {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r' || c == u'\n') {
                        // Line breaks inside a cell become "\n" whatever the file used.
                        takeLineBreak();
                        field += u'\n';
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (!closed) {
                    out.errors.append(
                        {quoteLine, tr("A quoted field is never closed: the \" that opens it has no "
                                       "matching \".")});
                    return out; // the rest of the file is inside the open quote
                }
                if (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                    if (!bad)
                        out.errors.append({line, tr("Text after the closing quote of a field: a \" inside a "
                                                    "quoted field must be written twice (\"\").")});
                    bad = true;
                    while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n')
                        ++i;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n')
                    ++i;
                field = text.mid(start, i - start).toString();
            }
            record.fields << CsvFormulaGuard::restored(field);
            if (i < n && text[i] == u',') {
                ++i;
                continue;
            }
            if (i < n)
                takeLineBreak();
            break;
        }
        record.malformed = bad;
        if (bad || !isBlank(record.fields))
            out.records << record;
    }
    return out;
}

} // namespace od
