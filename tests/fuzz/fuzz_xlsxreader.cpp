// libFuzzer harness: workbook bytes -> XlsxReader (zip, XML, styles, strings).
#include "io/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace idesk;
    XlsxReader::Limits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxPartBytes = 8 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)XlsxReader::read(bytes, QStringLiteral("fuzz.xlsx"), QString(), limits);
    return 0;
}
