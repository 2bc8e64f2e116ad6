// libFuzzer target for the order import: every input is the body of an orders CSV file (the
// header line is given), so that each run reaches the order rules (numbers, customers, products,
// header values repeated on each row, line numbers, amounts, texts, numbering) instead of
// spending itself on finding the column names. The file is imported as a dry run and for real
// with the checks of FuzzDatabase::checkImport. Build and run: docs/FUZZING.md.

#include "CsvFormat.h"
#include "FuzzDatabase.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace {

od::fuzz::FuzzDatabase* g_database = nullptr;
QByteArray g_header;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    spdlog::set_level(spdlog::level::off);
    static od::fuzz::FuzzDatabase database;
    g_database = &database;
    g_header = od::CsvFormat::orderColumns().join(u',').toUtf8() + '\n';
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    g_database->checkImport(g_header + body, od::CsvImportReport::Kind::Orders);
    return 0;
}
