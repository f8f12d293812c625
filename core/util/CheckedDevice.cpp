#include "CheckedDevice.h"

namespace idesk {

CheckedDevice::CheckedDevice(QIODevice &target)
    : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 CheckedDevice::readData(char *, qint64)
{
    return -1;
}

qint64 CheckedDevice::writeData(const char *data, qint64 size)
{
    if (failed())
        return -1; // nothing after a gap: the file would be wrong anyway
    const qint64 n = m_target.write(data, size);
    if (n != size) {
        m_problem = m_target.errorString().isEmpty() ? QStringLiteral("write failed")
                                                     : m_target.errorString();
        setErrorString(m_problem);
        return -1;
    }
    m_written += n;
    return n;
}

} // namespace idesk
