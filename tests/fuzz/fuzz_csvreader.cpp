// libFuzzer harness: CSV bytes -> CsvReader -> staff list checks.
#include "io/CsvReader.h"
#include "io/StaffListReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace idesk;
    CsvReader::Limits limits;
    limits.maxBytes = 1024 * 1024;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto table = CsvReader::read(bytes, QStringLiteral("fuzz.csv"), limits);
    if (!table)
        return 0;
    const int header = StaffColumns::findHeaderRow(*table);
    if (header >= 0) {
        table->rebaseHeader(header);
        (void)StaffListReader::parse(*table, StaffColumns::guess(table->header));
    }
    return 0;
}
