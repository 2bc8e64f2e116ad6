// libFuzzer target for the CSV import: the bytes of one input are
//  1. read by CsvReader (decoding, quoting), with the invariants of its result checked, and a
//     clean result written back with CsvWriter and read again, which must give the same cells;
//  2. written to a file and imported as customers, products and orders, first as a dry run and
//     then for real, into a database made once per process (a manager acting, two customers and
//     two products already there, so that order rows can succeed). An import that commits
//     leaves the database changed; the next input starts from a fresh copy, so every input
//     meets the same database and a crash replays from its input alone.
// A broken invariant aborts, which libFuzzer reports like a sanitizer finding.
// Build and run: docs/FUZZING.md.

#include "CsvReader.h"
#include "CsvWriter.h"
#include "FuzzDatabase.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace {

using namespace od;
using od::fuzz::FuzzDatabase;

FuzzDatabase* g_database = nullptr;

void checkReader(const QByteArray& bytes)
{
    const CsvReadResult read = CsvReader::read(bytes);
    FUZZ_CHECK(read.encoding == u"UTF-8" || read.encoding == u"GB18030" || read.encoding == u"UTF-16" ||
               read.encoding == u"UTF-32");
    int previousLine = 0;
    for (const CsvRecord& record : read.records) {
        FUZZ_CHECK(record.line >= 1);
        FUZZ_CHECK(record.line > previousLine); // one record per line at most, in file order
        FUZZ_CHECK(!record.fields.isEmpty());
        previousLine = record.line;
    }
    for (const CsvImportError& error : read.errors) {
        FUZZ_CHECK(error.line >= 1);
        FUZZ_CHECK(!error.message.isEmpty());
    }
    if (!read.errors.isEmpty())
        return;

    // What was read cleanly, written out the way the export writes it, reads back the same.
    QString text = QStringLiteral("\uFEFF");
    for (const CsvRecord& record : read.records)
        text += CsvWriter::formatRow(record.fields);
    const CsvReadResult again = CsvReader::parse(text);
    FUZZ_CHECK(again.errors.isEmpty());
    FUZZ_CHECK(again.records.size() == read.records.size());
    for (qsizetype i = 0; i < read.records.size(); ++i)
        FUZZ_CHECK(again.records[i].fields == read.records[i].fields);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    spdlog::set_level(spdlog::level::off); // the failures logged here are the fuzzer's own inputs
    // A static, so that the temporary folder is removed when libFuzzer exits at the end of a run.
    static FuzzDatabase database;
    g_database = &database;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkReader(bytes);

    g_database->checkImport(bytes, CsvImportReport::Kind::Customers);
    g_database->checkImport(bytes, CsvImportReport::Kind::Products);
    g_database->checkImport(bytes, CsvImportReport::Kind::Orders);
    return 0;
}
