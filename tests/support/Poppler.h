#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// A PDF as a reader gets it, through poppler-utils (installed by
// install-deps.sh --test): its text, its page count, its pages as images.
namespace poppler {

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed (poppler-utils is installed by install-deps.sh --test)",
               qPrintable(program));
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.captured(1).toInt();
}

} // namespace poppler
