#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "application/Workspace.h"
#include "settings/Settings.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

using namespace idesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    applyAppIdentity();
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("InductionDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.inductiondesk.InductionDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/inductiondesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Mentoring of trainee and early career teachers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo school, creating it if needed."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open this database file."),
                                      QStringLiteral("PATH"));
    parser.addOptions({demo, database});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A database to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // The same clock as the command line: INDUCTIONDESK_TODAY fixes the day.
    auto clock = Clock::fromEnvironment();
    if (!clock) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "InductionDesk"),
                              clock.error().message);
        return 2;
    }
    ui::Settings settings;
    ui::MainWindow window(settings, *clock);

    if (parser.isSet(demo)) {
        window.fileActions()->openDemoSchool();
        window.showSection(ui::MainWindow::ThisWeek);
        window.show();
        return app.exec();
    }
    QString path;
    if (parser.isSet(database))
        path = parser.value(database);
    else if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    else if (QFileInfo::exists(settings.lastDatabase()))
        path = settings.lastDatabase();
    else
        path = Workspace::defaultPath();

    if (auto s = window.openDatabase(path); !s)
        QMessageBox::warning(nullptr, QApplication::translate("main", "InductionDesk"),
                             s.error().message);
    window.show();
    return app.exec();
}
