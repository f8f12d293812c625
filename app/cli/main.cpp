#include "CommandLine.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef INDUCTIONDESK_REPORTS
#include <QGuiApplication>
#endif

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// Qt's and SQLite's own debug lines and warnings are for developers: a
// script's user sees InductionDesk's sentences only, unless --verbose.
void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char *argv[])
{
    bool verbose = qEnvironmentVariableIsSet("INDUCTIONDESK_VERBOSE");
    for (int i = 1; i < argc; ++i)
        verbose = verbose || std::strcmp(argv[i], "--verbose") == 0;
    if (!verbose)
        qInstallMessageHandler(quiet);
    std::unique_ptr<QCoreApplication> app;
#ifdef INDUCTIONDESK_REPORTS
    // Reports are drawn with Qt Gui; with no display they use the offscreen platform.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || std::strcmp(argv[i], "report") == 0;
    if (report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    idesk::applyAppIdentity();
    idesk::installTranslations(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    idesk::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
