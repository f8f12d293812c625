#include "DemoWindow.h"
#include "app/MainWindow.h"
#include "app/SessionActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "pages/SessionsPage.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
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
        QCOMPARE(page->table()->rowCount(), demo.size());
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
        QVERIFY(page->planButton()->isEnabled());
        const int planned =
            int(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size());
        QVERIFY(planned > 100);
        QCOMPARE(page->table()->rowCount(), planned);
        QVERIFY(page->unplacedList()->count() >= 1);
        QVERIFY(page->summary()->text().contains(QString::number(planned)));
        // Held sessions stayed as they were.
        QCOMPARE(heldIn(*SessionRepository(*(&w->workspace()->database())).inWeeks(term)),
                 heldIn(demo));

        w->undoStack()->undo();
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size(),
                 demo.size());
        QCOMPARE(page->table()->rowCount(), demo.size());
        w->undoStack()->redo();
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
        page->table()->selectRow(page->table()->rowCount() - 1); // a future, planned one
        const qint64 id = page->selectedSession();
        QVERIFY(id > 0);
        w->sessionActions()->cancelSession(id);
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(id)->status,
                 SessionStatus::Cancelled);
        QVERIFY(page->offerList()->count() > 0);
        const int before =
            int(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size());
        emit page->offerList()->itemActivated(page->offerList()->item(0));
        const auto after = *SessionRepository(*(&w->workspace()->database())).inWeeks(term);
        QCOMPARE(after.size(), before + 1);
        QVERIFY(std::any_of(after.cbegin(), after.cend(),
                            [](const MentoringSession &s) { return s.handPlaced; }));
        w->undoStack()->undo(); // the move
        w->undoStack()->undo(); // the cancellation
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(id)->status,
                 SessionStatus::Planned);
        QCOMPARE(int(SessionRepository(*(&w->workspace()->database())).inWeeks(term)->size()),
                 before);
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
        QTest::qWait(50);
        QVERIFY(w->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/sessions.png")));
    }
};

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
