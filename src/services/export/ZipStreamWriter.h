#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

namespace od {

// Writes a zip archive (the container of an .xlsx workbook) front to back, never seeking, so a
// large entry goes out in pieces and memory stays bounded. Entries are deflated with zlib; one
// written in pieces carries its CRC and sizes in a data descriptor after its data (flag bit 3),
// which every zip reader and spreadsheet program accepts. Names are UTF-8 (flag bit 11). No
// Zip64: an archive or entry of 4 GiB or more is refused (ok() turns false).
class ZipStreamWriter
{
public:
    explicit ZipStreamWriter(QIODevice& device);
    ~ZipStreamWriter();
    ZipStreamWriter(const ZipStreamWriter&) = delete;
    ZipStreamWriter& operator=(const ZipStreamWriter&) = delete;

    // A whole entry at once.
    void addFile(const QString& name, const QByteArray& data);
    // An entry in pieces: begin, any number of writes, end. One entry open at a time.
    void beginFile(const QString& name);
    void write(const QByteArray& data);
    void endFile();
    // The central directory; nothing may be added afterwards.
    void finish();

    // False once a write failed or a limit was passed.
    bool ok() const { return m_ok; }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 offset = 0;
        bool descriptor = false;
    };
    struct Deflater;

    void writeLocalHeader(const Entry& entry);
    void deflateInto(const QByteArray& data, bool last);
    void put(const QByteArray& bytes);

    QIODevice& m_device;
    QList<Entry> m_entries;
    std::unique_ptr<Deflater> m_deflater; // the open entry's stream
    quint64 m_written = 0;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    bool m_ok = true;
};

} // namespace od
