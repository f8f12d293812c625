#pragma once

#include <QString>
#include <QTextStream>

#include <sys/resource.h>

// What every benchmark prints: one `BENCH name value unit target T` line per
// figure, and the process's peak memory so far.
namespace bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline void line(const QString &name, double value, const QString &unit, const QString &target)
{
    out() << "BENCH " << name << ' '
          << QString::number(value, 'f', unit == QLatin1String("ms") ? 1 : 3) << ' ' << unit
          << " target " << target << Qt::endl;
}

inline long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace bench
