#include "ZipStreamWriter.h"

#include <QDateTime>

#include <zlib.h>

namespace od {

namespace {

constexpr quint64 ZipLimit = 0xFFFFFFFFull; // without Zip64, sizes and offsets are 32 bits
constexpr quint16 FlagDescriptor = 1u << 3;
constexpr quint16 FlagUtf8 = 1u << 11;
constexpr quint16 MethodDeflate = 8;
constexpr quint16 VersionNeeded = 20;

void le16(QByteArray& out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

void le32(QByteArray& out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

} // namespace

struct ZipStreamWriter::Deflater
{
    z_stream stream{};
    QByteArray buffer = QByteArray(64 * 1024, Qt::Uninitialized);
    bool initialised = false;

    ~Deflater()
    {
        if (initialised)
            deflateEnd(&stream);
    }
};

ZipStreamWriter::ZipStreamWriter(QIODevice& device) : m_device(device)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    m_dosDate = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

ZipStreamWriter::~ZipStreamWriter() = default;

void ZipStreamWriter::put(const QByteArray& bytes)
{
    if (!m_ok)
        return;
    if (m_written + quint64(bytes.size()) > ZipLimit || m_device.write(bytes) != bytes.size()) {
        m_ok = false;
        return;
    }
    m_written += quint64(bytes.size());
}

void ZipStreamWriter::writeLocalHeader(const Entry& entry)
{
    QByteArray h;
    le32(h, 0x04034b50);
    le16(h, VersionNeeded);
    le16(h, FlagUtf8 | (entry.descriptor ? FlagDescriptor : 0));
    le16(h, MethodDeflate);
    le16(h, m_dosTime);
    le16(h, m_dosDate);
    le32(h, entry.descriptor ? 0 : entry.crc);
    le32(h, entry.descriptor ? 0 : quint32(entry.compressedSize));
    le32(h, entry.descriptor ? 0 : quint32(entry.size));
    le16(h, quint16(entry.name.size()));
    le16(h, 0);
    h.append(entry.name);
    put(h);
}

void ZipStreamWriter::deflateInto(const QByteArray& data, bool last)
{
    Entry& entry = m_entries.last();
    z_stream& z = m_deflater->stream;
    if (!data.isEmpty())
        entry.crc =
            quint32(crc32(entry.crc, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    entry.size += quint64(data.size());
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    int result = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef*>(m_deflater->buffer.data());
        z.avail_out = uInt(m_deflater->buffer.size());
        result = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
        if (result == Z_STREAM_ERROR) {
            m_ok = false;
            return;
        }
        const qsizetype produced = m_deflater->buffer.size() - qsizetype(z.avail_out);
        if (produced > 0) {
            put(QByteArray::fromRawData(m_deflater->buffer.constData(), produced));
            entry.compressedSize += quint64(produced);
        }
    } while (z.avail_out == 0 || (last && result != Z_STREAM_END));
    if (entry.size > ZipLimit)
        m_ok = false;
}

void ZipStreamWriter::beginFile(const QString& name)
{
    Q_ASSERT(!m_deflater);
    Entry entry;
    entry.name = name.toUtf8();
    entry.offset = m_written;
    entry.descriptor = true;
    m_entries.append(entry);
    writeLocalHeader(entry);
    m_deflater = std::make_unique<Deflater>();
    // Raw deflate (negative window bits): zip stores no zlib header or trailer.
    if (deflateInit2(&m_deflater->stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
        m_ok = false;
        return;
    }
    m_deflater->initialised = true;
}

void ZipStreamWriter::write(const QByteArray& data)
{
    if (m_ok && m_deflater && !data.isEmpty())
        deflateInto(data, false);
}

void ZipStreamWriter::endFile()
{
    if (!m_deflater)
        return;
    if (m_ok)
        deflateInto({}, true);
    m_deflater.reset();
    const Entry& entry = m_entries.last();
    QByteArray d;
    le32(d, 0x08074b50);
    le32(d, entry.crc);
    le32(d, quint32(entry.compressedSize));
    le32(d, quint32(entry.size));
    put(d);
}

void ZipStreamWriter::addFile(const QString& name, const QByteArray& data)
{
    // Small entries are compressed in memory first so that their header carries the sizes.
    Entry entry;
    entry.name = name.toUtf8();
    entry.offset = m_written;
    entry.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    entry.size = quint64(data.size());
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        m_ok = false;
        return;
    }
    QByteArray packed(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(packed.data());
    z.avail_out = uInt(packed.size());
    const int result = deflate(&z, Z_FINISH);
    packed.truncate(packed.size() - qsizetype(z.avail_out));
    deflateEnd(&z);
    if (result != Z_STREAM_END) {
        m_ok = false;
        return;
    }
    entry.compressedSize = quint64(packed.size());
    m_entries.append(entry);
    writeLocalHeader(entry);
    put(packed);
}

void ZipStreamWriter::finish()
{
    endFile();
    const quint64 directoryOffset = m_written;
    for (const Entry& entry : std::as_const(m_entries)) {
        QByteArray c;
        le32(c, 0x02014b50);
        le16(c, VersionNeeded); // made by: MS-DOS attributes, zip 2.0
        le16(c, VersionNeeded);
        le16(c, FlagUtf8 | (entry.descriptor ? FlagDescriptor : 0));
        le16(c, MethodDeflate);
        le16(c, m_dosTime);
        le16(c, m_dosDate);
        le32(c, entry.crc);
        le32(c, quint32(entry.compressedSize));
        le32(c, quint32(entry.size));
        le16(c, quint16(entry.name.size()));
        le16(c, 0); // extra
        le16(c, 0); // comment
        le16(c, 0); // disk
        le16(c, 0); // internal attributes
        le32(c, 0); // external attributes
        le32(c, quint32(entry.offset));
        c.append(entry.name);
        put(c);
    }
    const quint64 directorySize = m_written - directoryOffset;
    QByteArray e;
    le32(e, 0x06054b50);
    le16(e, 0);
    le16(e, 0);
    le16(e, quint16(m_entries.size()));
    le16(e, quint16(m_entries.size()));
    le32(e, quint32(directorySize));
    le32(e, quint32(directoryOffset));
    le16(e, 0);
    put(e);
}

} // namespace od
