#include "XlsxWriter.h"

#include <QRegularExpression>

namespace od {

namespace {

// Cell formats, the indexes of cellXfs in styles.xml.
enum Style
{
    StyleGeneral = 0,
    StyleHeader = 1,
    StyleDate = 2,
    StyleDateTime = 3,
    StyleMoney = 4
};

constexpr qsizetype FlushSize = 256 * 1024;

QByteArray columnLetters(int index)
{
    QByteArray letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters;
}

int defaultWidth(TableColumnType type)
{
    switch (type) {
    case TableColumnType::Text:
        return 24;
    case TableColumnType::Integer:
        return 10;
    case TableColumnType::Decimal:
        return 12;
    case TableColumnType::Money:
        return 16;
    case TableColumnType::Date:
        return 12;
    case TableColumnType::DateTime:
        return 17;
    }
    return 12;
}

bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

const char* const ContentTypesStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";

const char* const RootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";

// 等线 is the default font of Excel for Chinese; charset 134 is GB2312.
const char* const Styles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"3\">"
    "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"#,##0.00\"/>"
    "</numFmts>"
    "<fonts count=\"2\">"
    "<font><sz val=\"11\"/><name val=\"\xE7\xAD\x89\xE7\xBA\xBF\"/><family val=\"2\"/><charset "
    "val=\"134\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"\xE7\xAD\x89\xE7\xBA\xBF\"/><family val=\"2\"/><charset "
    "val=\"134\"/></font>"
    "</fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"5\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

} // namespace

XlsxWriter::XlsxWriter(QIODevice& device) : m_zip(device) {}

Status XlsxWriter::checkSheetName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("A sheet needs a name.")));
    if (name.size() > MaxSheetNameLength)
        return std::unexpected(Error::invalid(
            tr("The sheet name \"%1\" is longer than %2 characters.").arg(name).arg(MaxSheetNameLength)));
    static const QString forbidden = QStringLiteral(":\\/?*[]");
    for (QChar c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            return std::unexpected(
                Error::invalid(tr("The sheet name \"%1\" may not contain any of : \\ / ? * [ ].").arg(name)));
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        return std::unexpected(
            Error::invalid(tr("The sheet name \"%1\" may not start or end with an apostrophe.").arg(name)));
    if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        return std::unexpected(Error::invalid(tr("Excel keeps the sheet name \"History\" for itself.")));
    return {};
}

qint64 XlsxWriter::excelSerial(const QDate& date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

QByteArray XlsxWriter::excelSerial(const QDateTime& local)
{
    const qint64 days = excelSerial(local.date());
    const qint64 seconds = QTime(0, 0).secsTo(local.time());
    // The time of day as a fraction of 86,400 seconds, exact to ten decimals (well under a millisecond).
    const qint64 fraction = (seconds * 10'000'000'000LL + 43'200) / 86'400;
    QByteArray text = QByteArray::number(days);
    if (fraction > 0) {
        QByteArray digits = QByteArray::number(fraction).rightJustified(10, '0');
        while (digits.endsWith('0'))
            digits.chop(1);
        text += '.' + digits;
    }
    return text;
}

QByteArray XlsxWriter::escaped(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF)
            continue;
        // Excel reads "_x0041_" as an escaped character; a literal one keeps its underscore escaped.
        if (c == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool hex = true;
            for (int k = 2; k < 6; ++k)
                hex = hex && isxdigit(text[i + k].toLatin1());
            if (hex) {
                clean += QStringLiteral("_x005F_");
                continue;
            }
        }
        clean += text[i];
    }
    QByteArray utf8 = clean.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 16);
    for (char c : std::as_const(utf8)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

Status XlsxWriter::beginSheet(const QString& name, const QList<TableColumn>& columns)
{
    if (auto ok = checkSheetName(name); !ok)
        return ok;
    for (const QString& other : std::as_const(m_sheetNames))
        if (other.compare(name, Qt::CaseInsensitive) == 0)
            return std::unexpected(
                Error::invalid(tr("The workbook already has a sheet named \"%1\".").arg(name)));
    endSheet();
    m_sheetNames << name;
    m_columnLetters.clear();
    for (int i = 0; i < columns.size(); ++i)
        m_columnLetters << columnLetters(i);
    m_zip.beginFile(QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheetNames.size()));
    m_sheetOpen = true;
    m_row = 1;
    m_buffer = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    // The header row stays in view while scrolling.
    m_buffer += "<sheetViews><sheetView workbookViewId=\"0\"";
    if (m_sheetNames.size() == 1)
        m_buffer += " tabSelected=\"1\"";
    m_buffer += "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                "<sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!columns.isEmpty()) {
        m_buffer += "<cols>";
        for (int i = 0; i < columns.size(); ++i) {
            const int width = columns[i].width > 0 ? columns[i].width : defaultWidth(columns[i].type);
            m_buffer += "<col min=\"" + QByteArray::number(i + 1) + "\" max=\"" + QByteArray::number(i + 1) +
                        "\" width=\"" + QByteArray::number(width) + "\" customWidth=\"1\"/>";
        }
        m_buffer += "</cols>";
    }
    m_buffer += "<sheetData><row r=\"1\">";
    for (int i = 0; i < columns.size(); ++i)
        m_buffer += "<c r=\"" + m_columnLetters[i] +
                    "1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escaped(columns[i].title) +
                    "</t></is></c>";
    m_buffer += "</row>";
    return {};
}

Status XlsxWriter::writeRow(const TableRow& row)
{
    Q_ASSERT(m_sheetOpen);
    if (m_row >= MaxRows)
        return std::unexpected(Error::invalid(
            tr("A sheet holds at most %1 rows; export fewer rows, for example a shorter period.")
                .arg(MaxRows - 1)));
    // Excel refuses to open a workbook with a longer cell; cutting the text would lose it unseen.
    for (qsizetype i = 0; i < row.size(); ++i)
        if (const auto* s = std::get_if<QString>(&row[i]); s && s->size() > MaxCellText)
            return std::unexpected(
                Error::invalid(tr("Row %1, column %2 holds %3 characters; an Excel cell holds at "
                                  "most %4. Export it as CSV instead.")
                                   .arg(m_row + 1)
                                   .arg(i + 1)
                                   .arg(s->size())
                                   .arg(MaxCellText)));
    ++m_row;
    const QByteArray rowNumber = QByteArray::number(m_row);
    m_buffer += "<row r=\"" + rowNumber + "\">";
    const qsizetype cells = qMin(row.size(), m_columnLetters.size());
    for (qsizetype i = 0; i < cells; ++i) {
        const TableCell& cell = row[i];
        if (std::holds_alternative<std::monostate>(cell))
            continue;
        const QByteArray ref = m_columnLetters[i] + rowNumber;
        auto number = [&](const QByteArray& value, int style) {
            m_buffer += "<c r=\"" + ref + '"';
            if (style != StyleGeneral)
                m_buffer += " s=\"" + QByteArray::number(style) + '"';
            m_buffer += "><v>" + value + "</v></c>";
        };
        auto text = [&](const QString& value) {
            m_buffer += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
                        escaped(value) + "</t></is></c>";
        };
        if (const auto* s = std::get_if<QString>(&cell)) {
            text(*s);
        } else if (const auto* n = std::get_if<qint64>(&cell)) {
            number(QByteArray::number(*n), StyleGeneral);
        } else if (const auto* d = std::get_if<DecimalText>(&cell)) {
            if (isPlainNumber(d->text))
                number(d->text.toLatin1(), StyleGeneral);
            else
                text(d->text);
        } else if (const auto* m = std::get_if<Money>(&cell)) {
            number(m->toDecimalString().toLatin1(), StyleMoney);
        } else if (const auto* date = std::get_if<QDate>(&cell)) {
            if (date->isValid())
                number(QByteArray::number(excelSerial(*date)), StyleDate);
        } else if (const auto* moment = std::get_if<QDateTime>(&cell)) {
            if (moment->isValid())
                number(excelSerial(moment->toLocalTime()), StyleDateTime);
        }
    }
    m_buffer += "</row>";
    flushIfFull();
    if (!m_zip.ok())
        return std::unexpected(
            Error::storage(tr("The workbook could not be written (disk full, or larger than 4 GB).")));
    return {};
}

void XlsxWriter::flushIfFull()
{
    if (m_buffer.size() >= FlushSize) {
        m_zip.write(m_buffer);
        m_buffer.clear();
    }
}

void XlsxWriter::endSheet()
{
    if (!m_sheetOpen)
        return;
    m_buffer += "</sheetData></worksheet>";
    m_zip.write(m_buffer);
    m_buffer.clear();
    m_buffer.squeeze();
    m_zip.endFile();
    m_sheetOpen = false;
}

Status XlsxWriter::finish()
{
    if (m_sheetNames.isEmpty())
        return std::unexpected(Error::invalid(tr("A workbook needs at least one sheet.")));
    endSheet();
    QByteArray types = ContentTypesStart;
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                          "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>";
    QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < m_sheetNames.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types +=
            "<Override PartName=\"/xl/worksheets/sheet" + n +
            ".xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook +=
            "<sheet name=\"" + escaped(m_sheetNames[i]) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
    }
    types += "</Types>";
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rId" + QByteArray::number(m_sheetNames.size() + 1) +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>";
    m_zip.addFile(QStringLiteral("xl/workbook.xml"), workbook);
    m_zip.addFile(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    m_zip.addFile(QStringLiteral("xl/styles.xml"), Styles);
    m_zip.addFile(QStringLiteral("_rels/.rels"), RootRels);
    m_zip.addFile(QStringLiteral("[Content_Types].xml"), types);
    m_zip.finish();
    if (!m_zip.ok())
        return std::unexpected(
            Error::storage(tr("The workbook could not be written (disk full, or larger than 4 GB).")));
    return {};
}

} // namespace od
