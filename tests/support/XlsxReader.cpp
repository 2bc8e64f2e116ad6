#include "XlsxReader.h"

#include <QFile>
#include <QXmlStreamReader>

#include <zlib.h>

namespace od::test {

namespace {

quint32 u16(const QByteArray& b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8;
}

quint32 u32(const QByteArray& b, qsizetype at)
{
    return u16(b, at) | u16(b, at + 2) << 16;
}

QByteArray inflateRaw(const QByteArray& packed, qsizetype size, bool& ok)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    ok = inflateInit2(&z, -MAX_WBITS) == Z_OK;
    if (!ok)
        return {};
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.constData()));
    z.avail_in = uInt(packed.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    ok = inflate(&z, Z_FINISH) == Z_STREAM_END && z.avail_out == 0;
    inflateEnd(&z);
    return out;
}

} // namespace

ZipReader::ZipReader(const QByteArray& a)
{
    qsizetype end = a.size() - 22;
    while (end >= 0 && u32(a, end) != 0x06054b50)
        --end;
    if (end < 0) {
        m_error = QStringLiteral("no end of central directory");
        return;
    }
    const quint32 count = u16(a, end + 10);
    qsizetype at = u32(a, end + 16);
    for (quint32 i = 0; i < count; ++i) {
        if (at + 46 > a.size() || u32(a, at) != 0x02014b50) {
            m_error = QStringLiteral("bad central directory entry %1").arg(i);
            return;
        }
        const quint32 method = u16(a, at + 10);
        const quint32 crc = u32(a, at + 16);
        const quint32 packedSize = u32(a, at + 20);
        const quint32 size = u32(a, at + 24);
        const quint32 nameLength = u16(a, at + 28);
        const quint32 extra = u16(a, at + 30);
        const quint32 comment = u16(a, at + 32);
        const quint32 local = u32(a, at + 42);
        const QString name = QString::fromUtf8(a.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
        if (u32(a, local) != 0x04034b50) {
            m_error = QStringLiteral("bad local header for %1").arg(name);
            return;
        }
        const qsizetype data = local + 30 + u16(a, local + 26) + u16(a, local + 28);
        const QByteArray packed = a.mid(data, packedSize);
        QByteArray content;
        bool ok = true;
        if (method == 0)
            content = packed;
        else if (method == 8)
            content = inflateRaw(packed, size, ok);
        else
            ok = false;
        if (!ok || quint32(crc32(0, reinterpret_cast<const Bytef*>(content.constData()),
                                 uInt(content.size()))) != crc) {
            m_error = QStringLiteral("cannot read %1").arg(name);
            return;
        }
        m_entries.insert(name, content);
    }
}

XlsxReader::XlsxReader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot open %1").arg(path);
        return;
    }
    const ZipReader zip(file.readAll());
    if (!zip.ok()) {
        m_error = zip.error();
        return;
    }
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                             "xl/_rels/workbook.xml.rels", "xl/styles.xml"})
        if (!zip.contains(QString::fromLatin1(part))) {
            m_error = QStringLiteral("missing %1").arg(QString::fromLatin1(part));
            return;
        }

    // Styles: cellXfs index → (format code, bold).
    QMap<QString, QString> formats{{QStringLiteral("0"), QStringLiteral("General")},
                                   {QStringLiteral("14"), QStringLiteral("m/d/yyyy")},
                                   {QStringLiteral("4"), QStringLiteral("#,##0.00")}};
    QList<bool> boldFonts;
    QList<QPair<QString, bool>> xfs;
    {
        QXmlStreamReader xml(zip.entry(QStringLiteral("xl/styles.xml")));
        QString section;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QString n = xml.name().toString();
                if (n == QLatin1String("numFmt"))
                    formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toString(),
                                   xml.attributes().value(QLatin1String("formatCode")).toString());
                else if (n == QLatin1String("fonts") || n == QLatin1String("cellXfs") ||
                         n == QLatin1String("cellStyleXfs"))
                    section = n;
                else if (n == QLatin1String("font") && section == QLatin1String("fonts"))
                    boldFonts << false;
                else if (n == QLatin1String("b") && section == QLatin1String("fonts"))
                    boldFonts.last() = true;
                else if (n == QLatin1String("xf") && section == QLatin1String("cellXfs"))
                    xfs << qMakePair(
                        formats.value(xml.attributes().value(QLatin1String("numFmtId")).toString()),
                        boldFonts.value(xml.attributes().value(QLatin1String("fontId")).toInt()));
            }
        }
        if (xml.hasError()) {
            m_error = QStringLiteral("styles.xml: %1").arg(xml.errorString());
            return;
        }
    }

    // Sheets in workbook order, through the workbook's relationships.
    QMap<QString, QString> targets;
    {
        QXmlStreamReader xml(zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               xml.attributes().value(QLatin1String("Target")).toString());
        }
    }
    QStringList sheetParts;
    {
        QXmlStreamReader xml(zip.entry(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                m_sheetNames << xml.attributes().value(QLatin1String("name")).toString();
                QString id;
                for (const QXmlStreamAttribute& attribute : xml.attributes())
                    if (attribute.name() == QLatin1String("id"))
                        id = attribute.value().toString();
                sheetParts << QStringLiteral("xl/") + targets.value(id);
            }
        }
        if (xml.hasError()) {
            m_error = QStringLiteral("workbook.xml: %1").arg(xml.errorString());
            return;
        }
    }

    for (const QString& part : std::as_const(sheetParts)) {
        if (!zip.contains(part)) {
            m_error = QStringLiteral("missing %1").arg(part);
            return;
        }
        QHash<QString, XlsxCell> cells;
        QMap<int, QString> widths;
        QString frozen;
        int rows = 0;
        QXmlStreamReader xml(zip.entry(part));
        QString ref;
        XlsxCell current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QString n = xml.name().toString();
                const QXmlStreamAttributes at = xml.attributes();
                if (n == QLatin1String("row")) {
                    ++rows;
                } else if (n == QLatin1String("c")) {
                    ref = at.value(QLatin1String("r")).toString();
                    current = XlsxCell{};
                    current.type = at.value(QLatin1String("t")).toString();
                    const auto xf = xfs.value(at.value(QLatin1String("s")).toInt());
                    current.formatCode = xf.first;
                    current.bold = xf.second;
                } else if (n == QLatin1String("v") || n == QLatin1String("t")) {
                    current.value += xml.readElementText();
                } else if (n == QLatin1String("pane") &&
                           at.value(QLatin1String("state")) == QLatin1String("frozen")) {
                    frozen = at.value(QLatin1String("ySplit")).toString();
                } else if (n == QLatin1String("col")) {
                    widths.insert(at.value(QLatin1String("min")).toInt(),
                                  at.value(QLatin1String("width")).toString());
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                cells.insert(ref, current);
            }
        }
        if (xml.hasError()) {
            m_error = QStringLiteral("%1: %2").arg(part, xml.errorString());
            return;
        }
        m_cells << cells;
        m_rowCounts << rows;
        m_frozen << frozen;
        m_widths << widths;
    }
}

} // namespace od::test
