// File > Backups: the day's backup made on a worker when a database opens,
// Back Up Now, how many are kept, a restore that keeps the database as it was
// first, and the offer of the latest good backup when the file is damaged.
#include "DemoWindow.h"
#include "app/BackupActions.h"
#include "application/BackupUseCases.h"
#include "application/PeopleUseCases.h"
#include "dialogs/BackupsDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace idesk;
using namespace idesk::ui;

namespace {
QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(QLatin1Char('&')).startsWith(text))
            return b;
    return nullptr;
}

QString lastNameOf(Workspace &ws, const QString &code)
{
    return PeopleUseCases(ws).resolve(code).value().lastName;
}
} // namespace

class TestBackupsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void theDaysBackupAndBackUpNow()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("a.inductiondesk")));
        w->backupActions()->waitForDailyBackup();
        QTRY_COMPARE(BackupUseCases::listFor(w->workspace()->path()).size(), 1);
        QCOMPARE(BackupUseCases::listFor(w->workspace()->path()).first().kind,
                 QStringLiteral("daily"));
        // The status bar says when.
        QTRY_VERIFY([&] {
            for (QLabel *l : w->statusBar()->findChildren<QLabel *>())
                if (l->text().startsWith(QStringLiteral("Last backup: ")) &&
                    !l->text().contains(QStringLiteral("none")))
                    return true;
            return false;
        }());

        BackupsDialog *dialog = nullptr;
        w->setDialogHook([&](QDialog *d) {
            dialog = qobject_cast<BackupsDialog *>(d);
            d->show();
        });
        w->backupActions()->showBackups();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QTest::mouseClick(dialog->backUpButton(), Qt::LeftButton);
        QCOMPARE(dialog->list()->topLevelItemCount(), 2);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("Made by hand"));
        // Keep one: the older goes at once.
        dialog->keepBox()->setValue(1);
        emit dialog->keepBox()->editingFinished();
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QCOMPARE(BackupUseCases(*w->workspace()).keep(), 1);
        dialog->close();
    }

    void aRestoreFromTheWindowKeepsWhatWasThere()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        const QString path = m_dir.filePath(QStringLiteral("b.inductiondesk"));
        auto w = openDemoWindow(settings, path);
        w->backupActions()->waitForDailyBackup();
        const QString before = lastNameOf(*w->workspace(), QStringLiteral("GTA"));
        // A change after the backup...
        QVERIFY(w->workspace()->database().exec(
            QStringLiteral("UPDATE person SET last_name = 'Changed' WHERE staff_code = 'GTA'")));
        QCOMPARE(lastNameOf(*w->workspace(), QStringLiteral("GTA")), QStringLiteral("Changed"));

        // ...undone by restoring it: the tutor chooses it, then confirms.
        QStringList asked;
        w->setDialogHook([&](QDialog *d) {
            d->show();
            if (auto *dialog = qobject_cast<BackupsDialog *>(d)) {
                dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
                QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
            } else if (auto *box = qobject_cast<QMessageBox *>(d)) {
                asked.append(box->text());
                QAbstractButton *yes = buttonNamed(box, QStringLiteral("Restore"));
                QVERIFY(yes);
                yes->click();
            }
        });
        w->backupActions()->showBackups();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("kept as a backup first")),
                 qPrintable(asked.first()));
        QVERIFY(w->workspace());
        QCOMPARE(lastNameOf(*w->workspace(), QStringLiteral("GTA")), before);
        bool keptFirst = false;
        for (const BackupFile &b : BackupUseCases::listFor(path))
            keptFirst = keptFirst || b.kind == QLatin1String("before-restore");
        QVERIFY(keptFirst);
    }

    void aDamagedDatabaseIsOfferedItsLatestGoodBackup()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        const QString path = m_dir.filePath(QStringLiteral("c.inductiondesk"));
        qint64 at = 0;
        {
            auto w = openDemoWindow(settings, path);
            QVERIFY(BackupUseCases(*w->workspace()).create());
            const Database &db = w->workspace()->database();
            at = (db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                           "'person'"))
                      .value()
                      .toLongLong() -
                  1) *
                 db.scalar(QStringLiteral("PRAGMA page_size")).value().toLongLong();
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(at));
            QCOMPARE(f.write(QByteArray(1, '\x00')), 1);
        }
        MainWindow w(settings);
        QStringList offered;
        w.setMessageHook([](const QString &, const QString &) {});
        w.setDialogHook([&](QDialog *d) {
            d->show();
            auto *box = qobject_cast<QMessageBox *>(d);
            QVERIFY(box);
            offered.append(box->objectName());
            if (box->objectName() == QLatin1String("damagedDatabase")) {
                QVERIFY2(box->text().contains(QStringLiteral("latest good backup")),
                         qPrintable(box->text()));
                buttonNamed(box, QStringLiteral("Restore the Latest Good Backup"))->click();
            } else {
                buttonNamed(box, QStringLiteral("Restore"))->click();
            }
        });
        QVERIFY(w.openDatabase(path));
        QCOMPARE(offered, (QStringList{QStringLiteral("damagedDatabase"),
                                       QStringLiteral("confirmRestore")}));
        QVERIFY(w.workspace());
        QVERIFY(w.workspace()->damage().isEmpty());
        QVERIFY(w.workspace()->checkIntegrity().value().isEmpty());
    }

    void screenshots()
    {
        const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INDUCTIONDESK_SCREENSHOT_DIR to write screenshots");
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("d.inductiondesk")));
        w->backupActions()->waitForDailyBackup();
        QVERIFY(BackupUseCases(*w->workspace()).create());
        BackupsDialog *dialog = nullptr;
        w->setDialogHook([&](QDialog *d) {
            dialog = qobject_cast<BackupsDialog *>(d);
            d->show();
        });
        w->backupActions()->showBackups();
        QVERIFY(dialog);
        QVERIFY(dialog->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/backups.png")));
    }
};

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
