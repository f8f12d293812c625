#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "application/DemoUseCases.h"
#include "application/Workspace.h"
#include "dialogs/StaffImportWizard.h"
#include "settings/FileChooser.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace idesk;
using namespace idesk::ui;

// File dialogs open where a tutor expects: an import in the folder of the
// last import (the demo's samples the first time), never with a folder's
// name typed in as the file name; a save with a named file proposed.
class TestFileChooser : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString typedName(QFileDialog &dialog)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        return edit ? edit->text() : QStringLiteral("<no file name box>");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("INDUCTIONDESK_TODAY", "2026-11-23");
    }

    void importsStartInTheSamplesThenTheLastFolder()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        FileChooser files(settings);
        const QString samples = m_dir.filePath(QStringLiteral("demo-samples"));
        QVERIFY(QDir().mkpath(samples));
        files.setSamplesFolder(samples);
        QString shownIn, typed;
        QString answer = QDir(samples).filePath(QStringLiteral("staff.csv"));
        files.setHook([&](QFileDialog &dialog) {
            shownIn = dialog.directory().absolutePath();
            typed = typedName(dialog);
            return answer;
        });
        QCOMPARE(files.openFile(nullptr, FileChooser::Purpose::Import, QStringLiteral("Import"),
                                QStringLiteral("CSV (*.csv)")),
                 answer);
        QCOMPARE(shownIn, QDir(samples).absolutePath());
        QCOMPARE(typed, QString());

        // The next import opens where the last one came from.
        const QString other = m_dir.filePath(QStringLiteral("exports from MIS"));
        QVERIFY(QDir().mkpath(other));
        answer = QDir(other).filePath(QStringLiteral("timetable.csv"));
        files.openFile(nullptr, FileChooser::Purpose::Import, QStringLiteral("Import"), {});
        files.openFile(nullptr, FileChooser::Purpose::Import, QStringLiteral("Import"), {});
        QCOMPARE(shownIn, QDir(other).absolutePath());
        QCOMPARE(typed, QString());
        // Remembered across runs of the app.
        QCOMPARE(FileChooser(settings).startFolder(FileChooser::Purpose::Import),
                 QDir(other).absolutePath());
    }

    void aMissingFolderIsNeverOffered()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        settings.setLastFolder(QStringLiteral("export"), m_dir.filePath(QStringLiteral("gone")));
        FileChooser files(settings);
        const QString start = files.startFolder(FileChooser::Purpose::Export);
        QVERIFY2(QFileInfo(start).isDir(), qPrintable(start));
        QString typed;
        files.setHook([&](QFileDialog &dialog) {
            typed = typedName(dialog);
            return QString();
        });
        files.openFile(nullptr, FileChooser::Purpose::Export, QStringLiteral("Open"), {});
        QCOMPARE(typed, QString()); // not "Documents", not "gone"
    }

    void aSaveProposesANamedFile()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        FileChooser files(settings);
        QString typed;
        files.setHook([&](QFileDialog &dialog) {
            typed = typedName(dialog);
            return QString();
        });
        files.saveFile(nullptr, FileChooser::Purpose::Export, QStringLiteral("Save"),
                       QStringLiteral("Termly summary autumn 2026.pdf"),
                       QStringLiteral("PDF files (*.pdf)"));
        QCOMPARE(typed, QStringLiteral("Termly summary autumn 2026.pdf"));
    }

    void theDemoSchoolsSamplesAreWhereImportsOpen()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        MainWindow w(settings);
        w.setMessageHook([](const QString &, const QString &) {});
        w.fileActions()->openDemoSchool();
        QVERIFY(w.workspace());
        const QString samples = DemoUseCases::samplesFolderFor(w.workspace()->path());
        QVERIFY(QFileInfo(samples).isDir());
        QVERIFY(!QDir(samples).entryList(QDir::Files).isEmpty());
        QCOMPARE(w.files().startFolder(FileChooser::Purpose::Import), samples);
        // The staff import's Browse opens there too.
        QString shownIn;
        w.files().setHook([&](QFileDialog &dialog) {
            shownIn = dialog.directory().absolutePath();
            return QString();
        });
        StaffImportWizard wizard(*w.workspace(), w.workspace()->today());
        wizard.setFileChooser(&w.files());
        auto *browse = wizard.findChild<QPushButton *>(QStringLiteral("browse"));
        QVERIFY(browse);
        browse->click();
        QCOMPARE(shownIn, QDir(samples).absolutePath());
    }
};

QTEST_MAIN(TestFileChooser)
#include "tst_filechooser.moc"
