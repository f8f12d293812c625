#include "app/MainWindow.h"
#include "app/Settings.h"
#include "demo/DemoSchool.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
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

    ui::Settings settings;
    ui::MainWindow window(settings);

    QString path;
    if (parser.isSet(demo))
        path = ui::MainWindow::demoDatabasePath();
    else if (parser.isSet(database))
        path = parser.value(database);
    else if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    else if (QFileInfo::exists(settings.lastDatabase()))
        path = settings.lastDatabase();
    else
        path = Database::defaultPath();

    if (auto s = window.openDatabase(path); !s) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "InductionDesk"),
                             s.error().message);
    } else if (parser.isSet(demo) && PersonRepository(*window.database()).count().value() == 0) {
        if (auto d = DemoSchool::populate(*window.database()); !d)
            QMessageBox::warning(nullptr, QApplication::translate("main", "InductionDesk"),
                                 d.error().message);
        // Reopen so every view reads the school that was just written.
        else if (auto r = window.openDatabase(path); !r)
            QMessageBox::warning(nullptr, QApplication::translate("main", "InductionDesk"),
                                 r.error().message);
    }
    window.show();
    return app.exec();
}
