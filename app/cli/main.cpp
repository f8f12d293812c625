#include "CommandLine.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    idesk::applyAppIdentity();
    idesk::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    idesk::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
