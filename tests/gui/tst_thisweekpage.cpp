#include "DemoWindow.h"
#include "app/MainWindow.h"
#include "application/SchoolUseCases.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/PreferencesDialog.h"
#include "models/PairingsModel.h"
#include "pages/PairingsPage.h"
#include "pages/ThisWeekPage.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"
#include "widgets/StartChecklist.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestThisWeekPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // Every flag and session row as the tutor reads them.
    static QStringList shown(ThisWeekPage *page)
    {
        QStringList out{page->summary()->text()};
        QTreeWidget *tree = page->flagTree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            out << group->text(0);
            for (int c = 0; c < group->childCount(); ++c)
                out << group->child(c)->text(0) + QLatin1Char('|') + group->child(c)->text(1) +
                           QLatin1Char('|') + group->child(c)->text(2);
        }
        QTableWidget *table = page->sessionTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < table->columnCount(); ++c)
                row << (table->item(r, c) ? table->item(r, c)->text() : QString());
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }

    std::unique_ptr<MainWindow> open(Settings &settings)
    {
        auto w = openDemoWindow(settings,
                                m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(++m_n)));
        w->setToday(QDate(2026, 11, 23));
        w->showSection(MainWindow::ThisWeek);
        w->finishLoading(); // This week is read on a worker
        return w;
    }

private slots:
    void flagsAtAGlanceWithTheCountInTheSidebar()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = open(settings);
        ThisWeekPage *page = w->thisWeekPage();
        QVERIFY(page->flagCount() > 0);
        QCOMPARE(w->sidebar()->item(MainWindow::ThisWeek)->text(),
                 QStringLiteral("This week (%1)").arg(page->flagCount()));
        // Grouped by pairing; each flag says Red or Amber in words.
        QTreeWidget *tree = page->flagTree();
        QVERIFY(tree->topLevelItemCount() >= 2);
        QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
        QVERIFY(first->text(0) == QLatin1String("Red") || first->text(0) == QLatin1String("Amber"));
        QVERIFY(!first->text(2).isEmpty());
        // The demo's missed observation two weeks ago is there.
        bool missed = false;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                missed = missed || tree->topLevelItem(g)->child(c)->text(1).contains(
                                       QLatin1String("recorded as missed"));
        QVERIFY(missed);
        // Opening a flag opens its pairing.
        QTreeWidgetItem *withPairing = nullptr;
        for (int g = 0; g < tree->topLevelItemCount() && !withPairing; ++g) {
            QTreeWidgetItem *item = tree->topLevelItem(g)->child(0);
            if (item->data(0, Qt::UserRole + 1).toLongLong() > 0)
                withPairing = item;
        }
        QVERIFY(withPairing);
        emit tree->itemActivated(withPairing, 0);
        QCOMPARE(w->currentSection(), MainWindow::Pairings);
        QCOMPARE(w->pairingsPage()
                     ->table()
                     ->currentIndex()
                     .data(PairingsModel::PairingIdRole)
                     .toLongLong(),
                 withPairing->data(0, Qt::UserRole + 1).toLongLong());
    }

    void markHeldInTwoClicks()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        auto w = open(settings);
        ThisWeekPage *page = w->thisWeekPage();
        QTableWidget *table = page->sessionTable();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 5)->text() == QLatin1String("Planned")) {
                row = r;
                break;
            }
        }
        QVERIFY(row >= 0);
        const qint64 id = table->item(row, 0)->data(Qt::UserRole + 2).toLongLong();
        table->selectRow(row); // click one
        const MentoringSession planned =
            SessionRepository(*(&w->workspace()->database())).byId(id).value();
        QCOMPARE(page->startEdit()->time(), planned.start); // as planned unless changed
        QCOMPARE(page->minutesBox()->value(), planned.minutes);
        page->noteEdit()->setText(QStringLiteral("Worked on questioning"));
        QTest::mouseClick(page->markHeldButton(), Qt::LeftButton); // click two
        const MentoringSession held =
            SessionRepository(*(&w->workspace()->database())).byId(id).value();
        QCOMPARE(held.status, SessionStatus::Held);
        QCOMPARE(held.note, QStringLiteral("Worked on questioning"));
        QCOMPARE(held.start, planned.start);
        QCOMPARE(held.minutes, planned.minutes);
        w->undoStack()->undo();

        // It ran late and long: the log says what really happened.
        table->selectRow(row);
        page->startEdit()->setTime(planned.start.addSecs(600));
        page->minutesBox()->setValue(planned.minutes + 10);
        page->markHeldButton()->click();
        const MentoringSession late =
            SessionRepository(*(&w->workspace()->database())).byId(id).value();
        QCOMPARE(late.start, planned.start.addSecs(600));
        QCOMPARE(late.minutes, planned.minutes + 10);
        w->undoStack()->undo();
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(id)->status,
                 SessionStatus::Planned);
    }

    void theRecordShowsWhatWasLoggedAndLabelsStay()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        auto w = open(settings);
        ThisWeekPage *page = w->thisWeekPage();
        QTableWidget *table = page->sessionTable();
        const auto rowOf = [&](auto pred) {
            for (int r = 0; r < table->rowCount(); ++r) {
                const qint64 id = table->item(r, 0)->data(Qt::UserRole + 2).toLongLong();
                if (pred(SessionRepository(w->workspace()->database()).byId(id).value()))
                    return r;
            }
            return -1;
        };
        // A coaching meeting due by today: its fields are labelled, and the
        // labels stay once the boxes hold text.
        const int row = rowOf([](const MentoringSession &s) {
            return s.status == SessionStatus::Planned && s.kind == SessionKind::Coaching &&
                   s.day <= QDate(2026, 11, 23);
        });
        QVERIFY(row >= 0);
        const qint64 id = table->item(row, 0)->data(Qt::UserRole + 2).toLongLong();
        table->selectRow(row);
        QCOMPARE(page->markHeldButton()->text(), QStringLiteral("&Mark Held"));
        QVERIFY(page->coachingBox()->isVisibleTo(page));
        for (QWidget *field : {static_cast<QWidget *>(page->noteEdit()),
                               static_cast<QWidget *>(page->actionStepEdit())}) {
            bool labelled = false;
            for (QLabel *l : page->findChildren<QLabel *>())
                labelled = labelled ||
                           (l->buddy() == field && !l->text().isEmpty() && l->isVisibleTo(page));
            QVERIFY2(labelled, qPrintable(field->accessibleName()));
        }
        page->noteEdit()->setText(QStringLiteral("Worked on questioning"));
        page->actionStepEdit()->setText(QStringLiteral("Use cold calling in the starter"));
        page->markHeldButton()->click();
        QCOMPARE(SessionRepository(w->workspace()->database()).byId(id)->status,
                 SessionStatus::Held);
        w->finishLoading();
        // Still selected; the row shows the note and the step; saving again
        // is a correction and says so.
        const int now = rowOf([id](const MentoringSession &s) { return s.id == id; });
        QVERIFY(table->item(now, 0)->isSelected());
        const QString details = table->item(now, 6)->text();
        QVERIFY2(details.contains(QStringLiteral("Worked on questioning")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("cold calling")), qPrintable(details));
        QCOMPARE(page->noteEdit()->text(), QStringLiteral("Worked on questioning"));
        QVERIFY(page->markHeldButton()->text().contains(QStringLiteral("Correct")));
        QCOMPARE(w->undoStack()->undoText(),
                 QStringLiteral("Session held on %1")
                     .arg(SessionRepository(w->workspace()->database())
                              .byId(id)
                              ->day.toString(QStringLiteral("dd/MM/yyyy"))));
        page->minutesBox()->setValue(page->minutesBox()->value() + 5);
        page->markHeldButton()->click();
        w->finishLoading();
        QVERIFY(w->undoStack()->undoText().startsWith(QStringLiteral("Correct the record")));
        w->undoStack()->undo();
        w->undoStack()->undo();
        QCOMPARE(SessionRepository(w->workspace()->database()).byId(id)->status,
                 SessionStatus::Planned);
        w->finishLoading();

        // A session still to come cannot be marked held; the button says why.
        const int later = rowOf([](const MentoringSession &s) {
            return s.status == SessionStatus::Planned && s.day > QDate(2026, 11, 23);
        });
        QVERIFY(later >= 0);
        table->selectRow(later);
        QVERIFY(!page->markHeldButton()->isEnabled());
        QVERIFY(page->markHeldButton()->toolTip().contains(QStringLiteral("still to come")));
    }

    void anEmptySchoolOpensOnTheStartChecklist()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        MainWindow w(settings);
        QDialog *asked = nullptr;
        w.setDialogHook([&](QDialog *d) { asked = d; });
        QVERIFY(w.openDatabase(m_dir.filePath(QStringLiteral("empty.inductiondesk"))).ok());
        w.finishLoading();
        QCOMPARE(w.currentSection(), MainWindow::ThisWeek);
        ThisWeekPage *page = w.thisWeekPage();
        QVERIFY2(page->summary()->text().contains(QStringLiteral("Nobody")),
                 qPrintable(page->summary()->text()));
        StartChecklist *list = page->checklist();
        QVERIFY(list->isVisibleTo(page));
        for (int s = 0; s < StartChecklist::StepCount; ++s)
            QVERIFY(!list->isDone(StartChecklist::Step(s)));
        // Each step is a button that opens where it is done.
        list->button(StartChecklist::SchoolName)->click();
        QVERIFY(qobject_cast<PreferencesDialog *>(asked));
        asked->reject();
        list->button(StartChecklist::Timetables)->click();
        QCOMPARE(w.currentSection(), MainWindow::Calendar);
        w.showSection(MainWindow::ThisWeek);
        // A step done is ticked at once.
        SchoolPreferences named = SchoolUseCases(*w.workspace()).preferences().value();
        named.school.name = QStringLiteral("Brook Lane Primary");
        QVERIFY(
            w.push(QStringLiteral("Name"), SchoolUseCases(*w.workspace()).setPreferences(named)));
        w.finishLoading();
        QVERIFY(list->isDone(StartChecklist::SchoolName));
        QVERIFY(!list->isDone(StartChecklist::TermDates));
        QVERIFY(list->isVisibleTo(page));
        if (const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
            w.resize(1100, 720);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/start.png")));
        }
    }

    void aSchoolSetUpHasNoChecklist()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        auto w = open(settings);
        QVERIFY(!w->thisWeekPage()->checklist()->isVisibleTo(w->thisWeekPage()));
    }

    void anEditOfSessionsShowsWhatReadingAllShows()
    {
        // A session edit works only its pairing's flags into what is shown;
        // the page must then show exactly what reading everything shows.
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        auto w = open(settings);
        ThisWeekPage *page = w->thisWeekPage();
        const QStringList first = shown(page);
        const int flagsBefore = page->flagCount();
        const SessionUseCases sessions(*w->workspace());
        qint64 held = 0;
        const auto lastTwoWeeks = sessions.inWeeks({QDate(2026, 11, 9), QDate(2026, 11, 20)});
        QVERIFY(lastTwoWeeks.ok());
        for (const MentoringSession &s : *lastTwoWeeks) {
            if (s.status == SessionStatus::Held)
                held = s.id;
        }
        QVERIFY(held > 0);
        QVERIFY(w->push(QStringLiteral("Mark not held"), sessions.markNotHeld(held)));
        w->finishLoading();
        QVERIFY(page->flagCount() > flagsBefore);
        const QStringList edited = shown(page);
        page->reload(w->workspace());
        QCOMPARE(shown(page), edited);

        w->undoStack()->undo();
        w->finishLoading();
        QCOMPARE(shown(page), first);
        w->undoStack()->redo();
        w->finishLoading();
        QCOMPARE(shown(page), edited);
    }

    void aLongListOpensOnlyTheGroupsTheTutorOpens()
    {
        // A trust's hundreds of pairings are listed closed, each saying how
        // many flags it holds; a group opened stays open when flags are read
        // again after an edit.
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        auto w = open(settings);
        ThisWeekPage *page = w->thisWeekPage();
        page->setFlagsShownOpen(1);
        page->reload(w->workspace());
        QTreeWidget *tree = page->flagTree();
        QVERIFY(tree->topLevelItemCount() >= 2);
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QVERIFY(!tree->topLevelItem(g)->isExpanded());
            QVERIFY2(tree->topLevelItem(g)->text(0).contains(QLatin1String(" flag")),
                     qPrintable(tree->topLevelItem(g)->text(0)));
        }
        const QString opened = tree->topLevelItem(1)->text(0);
        tree->expandItem(tree->topLevelItem(1));
        // Any edit of sessions reads the flags again.
        const SessionUseCases sessions(*w->workspace());
        const auto week = sessions.inWeeks({QDate(2026, 11, 9), QDate(2026, 11, 20)});
        QVERIFY(week.ok());
        qint64 held = 0;
        for (const MentoringSession &s : *week)
            held = s.status == SessionStatus::Held ? s.id : held;
        QVERIFY(held > 0);
        QVERIFY(w->push(QStringLiteral("Mark not held"), sessions.markNotHeld(held)));
        w->finishLoading();
        int open = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            if (group->isExpanded()) {
                ++open;
                QCOMPARE(group->text(0).section(QLatin1Char(':'), 0, 0),
                         opened.section(QLatin1Char(':'), 0, 0));
            }
        }
        QCOMPARE(open, 1);
        // A short list shows every group open.
        page->setFlagsShownOpen(10'000);
        page->reload(w->workspace());
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            QVERIFY(tree->topLevelItem(g)->isExpanded());
    }

    void screenshot()
    {
        const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INDUCTIONDESK_SCREENSHOT_DIR to write screenshots");
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        auto w = open(settings);
        w->resize(1100, 720);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTest::qWait(50);
        QVERIFY(w->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/this-week.png")));
    }
};

QTEST_MAIN(TestThisWeekPage)
#include "tst_thisweekpage.moc"
