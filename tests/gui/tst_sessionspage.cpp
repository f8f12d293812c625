#include "DemoWindow.h"
#include "app/MainWindow.h"
#include "app/SessionActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/CancelSessionDialog.h"
#include "pages/SessionsPage.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include "models/SessionsModel.h"
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestSessionsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> open(Settings &settings)
    {
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("demo.inductiondesk")));
        w->showSection(MainWindow::Sessions);
        w->sessionsPage()->setTerm(QStringLiteral("autumn-2026"));
        return w;
    }

private slots:
    void initTestCase()
    {
        // The window's clock starts on the day the tests are set in.
        qputenv("INDUCTIONDESK_TODAY", "2026-11-23");
    }

    void planTermOffTheGuiThreadThenUndo()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = open(settings);
        SessionsPage *page = w->sessionsPage();
        const DateRange term = page->selectedTerm();
        QCOMPARE(term.from, QDate(2026, 9, 1));
        // The demo comes with this term planned and the weeks gone logged.
        const QList<MentoringSession> demo =
            *SessionRepository(*(&w->workspace()->database())).inWeeks(term);
        QCOMPARE(page->model()->rowCount(), demo.size());
        const auto heldIn = [](const QList<MentoringSession> &list) {
            return std::count_if(list.cbegin(), list.cend(), [](const MentoringSession &s) {
                return s.status == SessionStatus::Held;
            });
        };
        QVERIFY(heldIn(demo) > 10);
        QSignalSpy done(w->sessionActions(), &SessionActions::planFinished);
        page->planButton()->click();
        QVERIFY(w->sessionActions()->isPlanning() || done.count() == 1);
        QVERIFY(done.wait(30000) || done.count() == 1);
        w->finishLoading(); // the page reads again on a worker
        QVERIFY(page->planButton()->isEnabled());
        const int planned =
            int(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size());
        QVERIFY(planned > 100);
        QCOMPARE(page->model()->rowCount(), planned);
        QVERIFY(page->unplacedList()->count() >= 1);
        QVERIFY(page->summary()->text().contains(QString::number(planned)));
        // Held sessions stayed as they were.
        QCOMPARE(heldIn(*SessionRepository(*(&w->workspace()->database())).inWeeks(term)),
                 heldIn(demo));

        w->undoStack()->undo();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size(),
                 demo.size());
        QCOMPARE(page->model()->rowCount(), demo.size());
        w->undoStack()->redo();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(int(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size()),
                 planned);
    }

    void cancelOffersSlotsAndMoveIsUndoable()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        auto w = open(settings);
        SessionsPage *page = w->sessionsPage();
        const DateRange term = page->selectedTerm();
        QSignalSpy done(w->sessionActions(), &SessionActions::planFinished);
        w->sessionActions()->plan(term);
        QVERIFY(done.wait(30000) || done.count() == 1);
        w->finishLoading();                                      // the page reads again on a worker
        page->table()->selectRow(page->model()->rowCount() - 1); // a future, planned one
        const qint64 id = page->selectedSession();
        QVERIFY(id > 0);
        QVERIFY(page->cancelButton()->isEnabled());
        // The button asks why and to confirm; "Keep Session" changes nothing.
        int asked = 0;
        bool confirm = false;
        w->setDialogHook([&](QDialog *d) {
            auto *dialog = qobject_cast<CancelSessionDialog *>(d);
            QVERIFY(dialog);
            ++asked;
            QVERIFY(!dialog->confirmButton()->isEnabled()); // no reason yet
            if (!confirm) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Mentor on a school trip"));
            QVERIFY(dialog->confirmButton()->isEnabled());
            dialog->confirmButton()->click();
        });
        page->cancelButton()->click();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(asked, 1);
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(id)->status,
                 SessionStatus::Planned);
        confirm = true;
        page->cancelButton()->click();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(asked, 2);
        const MentoringSession cancelled = *SessionRepository(w->workspace()->database()).byId(id);
        QCOMPARE(cancelled.status, SessionStatus::Cancelled);
        QCOMPARE(cancelled.cancelReason, QStringLiteral("Mentor on a school trip"));
        // The row says so, and the selection stayed on it.
        QCOMPARE(page->selectedSession(), id);
        const int row = page->table()->currentIndex().row();
        QVERIFY(
            page->model()->index(row, 6).data().toString().contains(QStringLiteral("school trip")));
        QVERIFY(!page->cancelButton()->isEnabled());
        QVERIFY(page->offerList()->count() > 0);
        // Offers are never in the past.
        for (int i = 0; i < page->offerList()->count(); ++i) {
            const QString text = page->offerList()->item(i)->text();
            const QDate day = QDate::fromString(text.section(QLatin1Char(' '), 1, 1),
                                                QStringLiteral("dd/MM/yyyy"));
            QVERIFY2(day >= QDate(2026, 11, 23), qPrintable(text));
        }
        const int before =
            int(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size());
        emit page->offerList()->itemActivated(page->offerList()->item(0));
        w->finishLoading(); // the page reads again on a worker
        const auto after = *SessionRepository(*(&w->workspace()->database())).inWeeks(term);
        QCOMPARE(after.size(), before + 1);
        QVERIFY(std::any_of(after.cbegin(), after.cend(),
                            [](const MentoringSession &s) { return s.handPlaced; }));
        // The cancelled row now says where it went.
        page->selectSession(id);
        QVERIFY2(
            page->model()
                ->index(page->table()->currentIndex().row(), 5)
                .data()
                .toString()
                .contains(QStringLiteral("moved to")),
            qPrintable(
                page->model()->index(page->table()->currentIndex().row(), 5).data().toString()));
        w->undoStack()->undo(); // the move
        w->finishLoading();     // the page reads again on a worker
        w->undoStack()->undo(); // the cancellation
        w->finishLoading();     // the page reads again on a worker
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(id)->status,
                 SessionStatus::Planned);
        QCOMPARE(int(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size()),
                 before);
    }

    void opensAtThisWeekAndJumpsBack()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("demo.inductiondesk")));
        w->showSection(MainWindow::Sessions);
        SessionsPage *page = w->sessionsPage();
        QVERIFY2(page->selectedTermLabel().startsWith(QStringLiteral("Autumn")),
                 qPrintable(page->selectedTermLabel()));
        const auto selectedDay = [&] {
            const qint64 id = page->selectedSession();
            return id > 0 ? SessionRepository(w->workspace()->database()).byId(id)->day : QDate();
        };
        QVERIFY2(selectedDay() >= QDate(2026, 11, 23) && selectedDay() <= QDate(2026, 11, 29),
                 qPrintable(selectedDay().toString()));
        page->setTerm(QStringLiteral("spring-2027"));
        QVERIFY(page->shownWeeks().from >= QDate(2027, 1, 1));
        page->todayButton()->click();
        QVERIFY(page->selectedTermLabel().startsWith(QStringLiteral("Autumn")));
        QVERIFY(selectedDay() >= QDate(2026, 11, 23) && selectedDay() <= QDate(2026, 11, 29));
    }

    void filtersByWeeksPersonAndPairing()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        auto w = open(settings);
        SessionsPage *page = w->sessionsPage();
        const int all = page->model()->rowCount();
        QVERIFY(all > 20);
        // One person: only rows with them as mentor or mentee.
        QComboBox *person = page->personFilter();
        QVERIFY(person->count() > 2);
        person->setCurrentIndex(1);
        const QString name = person->currentText();
        const int theirs = page->model()->rowCount();
        QVERIFY(theirs > 0 && theirs < all);
        for (int r = 0; r < theirs; ++r)
            QVERIFY(page->model()->index(r, 3).data().toString() == name ||
                    page->model()->index(r, 4).data().toString() == name);
        person->setCurrentIndex(0);
        QCOMPARE(page->model()->rowCount(), all);
        // One pairing.
        page->pairingFilter()->setCurrentIndex(1);
        const int pairingRows = page->model()->rowCount();
        QVERIFY(pairingRows > 0 && pairingRows < all);
        for (int r = 1; r < pairingRows; ++r)
            QCOMPARE(page->model()->index(r, 4).data().toString(),
                     page->model()->index(0, 4).data().toString());
        page->pairingFilter()->setCurrentIndex(0);
        // Two weeks only.
        page->setShownWeeks({QDate(2026, 11, 16), QDate(2026, 11, 27)});
        const int twoWeeks = page->model()->rowCount();
        QVERIFY(twoWeeks > 0 && twoWeeks < all);
        for (int r = 0; r < twoWeeks; ++r) {
            const QDate day = QDate::fromString(
                page->model()->index(r, 0).data().toString().section(QLatin1Char(' '), 1, 1),
                QStringLiteral("dd/MM/yyyy"));
            QVERIFY(day >= QDate(2026, 11, 16) && day <= QDate(2026, 11, 29));
        }
    }

    void heldIsCorrectedNotCancelledAndMissedIsMarked()
    {
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        auto w = open(settings);
        SessionsPage *page = w->sessionsPage();
        const auto sessions =
            *SessionRepository(w->workspace()->database()).inWeeks(page->selectedTerm());
        const auto first = [&](auto pred) {
            for (const MentoringSession &s : sessions)
                if (pred(s))
                    return s;
            qFatal("no such session in the demo");
        };
        // Widths and selection survive a change.
        page->table()->setColumnWidth(1, 123);
        const MentoringSession held =
            first([](const MentoringSession &s) { return s.status == SessionStatus::Held; });
        page->selectSession(held.id);
        QVERIFY(!page->cancelButton()->isEnabled());
        QVERIFY(page->cancelButton()->toolTip().contains(QStringLiteral("not held")));
        QVERIFY(!page->missedButton()->isEnabled());
        QVERIFY(page->notHeldButton()->isEnabled());
        page->notHeldButton()->click();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(SessionRepository(w->workspace()->database()).byId(held.id)->status,
                 SessionStatus::Planned);
        QCOMPARE(page->selectedSession(), held.id);
        QCOMPARE(page->table()->columnWidth(1), 123);
        // Now a past session that was not held: it can be marked missed, not cancelled.
        QVERIFY(!page->cancelButton()->isEnabled());
        QVERIFY(page->missedButton()->isEnabled());
        page->missedButton()->click();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(SessionRepository(w->workspace()->database()).byId(held.id)->status,
                 SessionStatus::Missed);
        QVERIFY(page->model()
                    ->index(page->table()->currentIndex().row(), 5)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Missed")));
        // Both undo, in order.
        w->undoStack()->undo();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(SessionRepository(w->workspace()->database()).byId(held.id)->status,
                 SessionStatus::Planned);
        w->undoStack()->undo();
        w->finishLoading(); // the page reads again on a worker
        QCOMPARE(SessionRepository(w->workspace()->database()).byId(held.id)->status,
                 SessionStatus::Held);
        QCOMPARE(page->table()->columnWidth(1), 123);
        // What was recorded shows in the row: a held coaching meeting's step.
        const MentoringSession withStep = first([](const MentoringSession &s) {
            return s.status == SessionStatus::Held && !s.actionStep.isEmpty();
        });
        page->selectSession(withStep.id);
        QVERIFY(page->model()
                    ->index(page->table()->currentIndex().row(), 6)
                    .data()
                    .toString()
                    .contains(withStep.actionStep.left(20)));
        // A session still to come cannot be missed.
        const MentoringSession later = first([](const MentoringSession &s) {
            return s.status == SessionStatus::Planned && s.day > QDate(2026, 11, 23);
        });
        page->selectSession(later.id);
        QVERIFY(!page->missedButton()->isEnabled());
        QVERIFY(page->cancelButton()->isEnabled());
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
        QSignalSpy done(w->sessionActions(), &SessionActions::planFinished);
        w->sessionActions()->plan(w->sessionsPage()->selectedTerm());
        QVERIFY(done.wait(30000) || done.count() == 1);
        w->finishLoading(); // the page reads again on a worker
        QTest::qWait(50);
        QVERIFY(w->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/sessions.png")));
    }
};

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
