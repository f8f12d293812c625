#include "CommandLine.h"
#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    idesk::applyAppIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    idesk::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
