#include "DemoWindow.h"
#include "Poppler.h"
#include "app/MainWindow.h"
#include "application/Workspace.h"
#include "pages/MentorsPage.h"
#include "pages/ThisWeekPage.h"
#include "pages/mentors/ActionStepsTab.h"
#include "pages/mentors/OversightTab.h"
#include "pages/mentors/StandardsTab.h"
#include "pages/mentors/TrainingTab.h"
#include "services/MentorDevelopmentService.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StandardsRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

// The Mentors section on the demo school: one click rates an item, the
// history and support plan follow, the training tab reads the pace, action
// steps carry to the next meeting, a lead mentor sees the mentors in their
// care, and the standards summary prints on one page.
class TestMentorsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<MainWindow> open(Settings &settings)
    {
        auto w = openDemoWindow(settings,
                                m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(++m_n)));
        w->showSection(MainWindow::Mentors);
        return w;
    }
    static qint64 idOf(MainWindow &w, const char *code)
    {
        return PersonRepository(*(&w.workspace()->database()))
            .byStaffCode(QLatin1String(code))
            ->value()
            .id;
    }
    static QString run(const QString &program, const QStringList &args)
    {
        return poppler::run(program, args);
    }

private slots:
    void threeTabsAndOversightOnlyForLeadMentors()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = open(settings);
        MentorsPage *page = w->mentorsPage();
        QCOMPARE(page->tabs()->tabText(MentorsPage::Standards), QStringLiteral("&Standards"));
        QCOMPARE(page->tabs()->tabText(MentorsPage::Training), QStringLiteral("&Training"));
        QCOMPARE(page->tabs()->tabText(MentorsPage::ActionSteps), QStringLiteral("&Action steps"));
        page->setMentor(idOf(*w, "JHU"));
        QVERIFY(!page->isOversightShown());
        page->setMentor(idOf(*w, "SPA"));
        QVERIFY(page->isOversightShown());
        QTableWidget *overseen = page->oversightTab()->table();
        QCOMPARE(overseen->rowCount(), 2);
        // Each row says standards, training and trainees' time in words.
        for (int r = 0; r < 2; ++r) {
            QVERIFY(overseen->item(r, 1)->text().contains(QStringLiteral("Red")));
            // The lead mentor sees each one's support plan.
            QVERIFY(overseen->item(r, 1)->text().contains(QStringLiteral("Support plan:")));
            QVERIFY(overseen->item(r, 2)->text().contains(QStringLiteral("ITT general mentor")));
            QVERIFY(overseen->item(r, 3)->text().contains(QStringLiteral("min")));
        }
        // Stop overseeing one, then undo.
        overseen->selectRow(0);
        page->oversightTab()->removeButton()->click();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(page->oversightTab()->table()->rowCount(), 1);
        w->undoStack()->undo();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(page->oversightTab()->table()->rowCount(), 2);
        // Double-clicking a mentor opens them.
        emit overseen->cellDoubleClicked(0, 0);
        QCOMPARE(page->mentor(), overseen->item(0, 0)->data(Qt::UserRole + 2).toLongLong());
    }

    void oneClickRatesAnItemWithTheWordShown()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        auto w = open(settings);
        MentorsPage *page = w->mentorsPage();
        const qint64 cev = idOf(*w, "CEV");
        page->setMentor(cev);
        StandardsTab *tab = page->standardsTab();
        const int before =
            int(StandardsRepository(*(&w->workspace()->database())).forMentor(cev)->size());
        // 2.4 is green in the demo; the plan does not hold it.
        QToolButton *red = tab->ratingButton(QStringLiteral("2.4"), StandardsRating::Red);
        QVERIFY(red);
        QCOMPARE(red->text(), QStringLiteral("Red"));
        QVERIFY(tab->ratingButton(QStringLiteral("2.4"), StandardsRating::Green)->isChecked());
        const auto planHas = [&](const QString &code) {
            for (int i = 0; i < tab->plan()->count(); ++i) {
                if (tab->plan()->item(i)->text().contains(code + QLatin1Char(':')))
                    return true;
            }
            return false;
        };
        QVERIFY(!planHas(QStringLiteral("2.4")));

        tab->noteEdit()->setText(QStringLiteral("Feedback runs long"));
        red = tab->ratingButton(QStringLiteral("2.4"), StandardsRating::Red);
        QTest::mouseClick(red, Qt::LeftButton);
        w->finishLoading(); // the section in view reads again on a worker
        auto history = StandardsRepository(*(&w->workspace()->database())).forMentor(cev);
        QCOMPARE(int(history->size()), before + 1);
        QCOMPARE(history->last().item, QStringLiteral("2.4"));
        QCOMPARE(history->last().rating, StandardsRating::Red);
        QCOMPARE(history->last().date, QDate(2026, 11, 23));
        QCOMPARE(history->last().note, QStringLiteral("Feedback runs long"));
        QVERIFY(tab->noteEdit()->text().isEmpty());
        QVERIFY(tab->ratingButton(QStringLiteral("2.4"), StandardsRating::Red)->isChecked());
        QVERIFY(!tab->ratingButton(QStringLiteral("2.4"), StandardsRating::Green)->isChecked());
        QVERIFY(planHas(QStringLiteral("2.4")));
        QVERIFY(tab->plan()->item(0)->text().startsWith(QStringLiteral("Red 2.4")));

        // The selected item's history, newest first.
        for (int r = 0; r < tab->table()->rowCount(); ++r) {
            if (tab->table()->item(r, 0)->text() == QLatin1String("2.4"))
                tab->table()->selectRow(r);
        }
        QVERIFY(tab->history()->count() >= 2);
        QVERIFY(tab->history()->item(0)->text().contains(QStringLiteral("Red")));

        // Undo takes the rating back out of the history and the plan.
        w->undoStack()->undo();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(int(StandardsRepository(*(&w->workspace()->database())).forMentor(cev)->size()),
                 before);
        QVERIFY(!planHas(QStringLiteral("2.4")));
    }

    void trainingTabReadsThePace()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        auto w = open(settings);
        MentorsPage *page = w->mentorsPage();
        page->setMentor(idOf(*w, "TNG"));
        page->showTab(MentorsPage::Training);
        TrainingTab *tab = page->trainingTab();
        const auto labels = tab->paceBox()->findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        QVERIFY2(labels.first()->text().contains(QStringLiteral("ECT mentor programme")),
                 qPrintable(labels.first()->text()));
        QVERIFY(labels.first()->text().contains(QStringLiteral("Behind the pace")));
        QCOMPARE(tab->paceBox()->findChildren<QProgressBar *>().size(), 1);
        page->setMentor(idOf(*w, "ROB"));
        QVERIFY(tab->total()->text().contains(QStringLiteral("1 missed")));
    }

    void actionStepsListedAndCarriedToTheNextMeeting()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        auto w = open(settings);
        MentorsPage *page = w->mentorsPage();
        const qint64 jhu = idOf(*w, "JHU");
        page->setMentor(jhu);
        page->showTab(MentorsPage::ActionSteps);
        QTableWidget *table = page->actionStepsTab()->table();
        QVERIFY(table->rowCount() >= 3);
        QVERIFY(!table->item(0, 2)->text().isEmpty());
        QVERIFY(QDate::fromString(table->item(0, 0)->text(), QStringLiteral("dd/MM/yyyy")) >=
                QDate::fromString(table->item(1, 0)->text(), QStringLiteral("dd/MM/yyyy")));
        const qint64 latest = table->item(0, 2)->data(Qt::UserRole + 1).toLongLong();
        table->item(0, 2)->setText(QStringLiteral("Narrate the positive"));
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(latest)->actionStep,
                 QStringLiteral("Narrate the positive"));
        w->undoStack()->undo();
        w->finishLoading(); // the section in view reads again on a worker
        QVERIFY(SessionRepository(*(&w->workspace()->database())).byId(latest)->actionStep !=
                QStringLiteral("Narrate the positive"));

        // This week: the next coaching meeting shows that step first. It is
        // marked held once it has happened: the Friday of that week.
        w->setToday(QDate(2026, 11, 27));
        ThisWeekPage *week = w->thisWeekPage();
        QTableWidget *sessions = week->sessionTable();
        int row = -1;
        for (int r = 0; r < sessions->rowCount() && row < 0; ++r) {
            if (sessions->item(r, 5)->text() == QLatin1String("Planned") &&
                sessions->item(r, 2)->text() == QLatin1String("Instructional coaching") &&
                sessions->item(r, 3)->text().contains(QStringLiteral("Hughes")))
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 meeting = sessions->item(row, 0)->data(Qt::UserRole + 2).toLongLong();
        sessions->selectRow(row);
        QVERIFY(!week->coachingBox()->isHidden());
        const QString previous =
            SessionRepository(*(&w->workspace()->database())).byId(latest)->actionStep;
        QVERIFY2(week->previousStepLabel()->text().contains(previous),
                 qPrintable(week->previousStepLabel()->text()));
        week->practisedBox()->setCurrentIndex(week->practisedBox()->findData(1));
        week->actionStepEdit()->setText(QStringLiteral("Plan one hinge question"));
        week->markHeldButton()->click();
        w->finishLoading(); // the section in view reads again on a worker
        const MentoringSession held =
            SessionRepository(*(&w->workspace()->database())).byId(meeting).value();
        QCOMPARE(held.status, SessionStatus::Held);
        QCOMPARE(held.actionStep, QStringLiteral("Plan one hinge question"));
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(latest)->actionPractised,
                 std::optional<bool>(true));
        w->undoStack()->undo();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(SessionRepository(*(&w->workspace()->database())).byId(meeting)->status,
                 SessionStatus::Planned);
        QVERIFY(SessionRepository(*(&w->workspace()->database())).byId(latest)->actionPractised !=
                std::optional<bool>(true));
    }

    void standardsSummaryPrintsOnOnePage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        auto w = open(settings);
        MentorsPage *page = w->mentorsPage();
        page->setMentor(idOf(*w, "CEV"));
        const QString pdf = m_dir.filePath(QStringLiteral("cev-standards.pdf"));
        page->setFileHook([pdf] { return pdf; });
        page->standardsTab()->pdfButton()->click();
        // Drawn off the GUI thread: the status says when the file is written.
        QTRY_VERIFY2(page->status()->text().contains(QStringLiteral("Saved")),
                     qPrintable(page->status()->text()));
        QCOMPARE(poppler::pages(pdf), 1);
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Mrs Catherine Evans")));
        QVERIFY(text.contains(QStringLiteral("Support plan")));
        QVERIFY(text.contains(QStringLiteral("not an assessment")));
        const StandardsProfile profile = MentorDevelopmentService(*(&w->workspace()->database()),
                                                                  FixedClock(QDate(2026, 11, 23)))
                                             .standards(idOf(*w, "CEV"))
                                             .value();
        for (const SupportNeed &n : profile.supportPlan())
            QVERIFY2(text.contains(n.item.code + QStringLiteral(" (")), qPrintable(n.item.code));
        QCOMPARE(text.count(QStringLiteral("Amber")),
                 profile.count(StandardsRating::Amber) * 2); // the table and the plan
        if (const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR"); !out.isEmpty())
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-singlefile"), pdf,
                 QString::fromLocal8Bit(out) + QStringLiteral("/standards-summary")});
    }

    void screenshots()
    {
        const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INDUCTIONDESK_SCREENSHOT_DIR to write screenshots");
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        auto w = open(settings);
        w->resize(1200, 780);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        MentorsPage *page = w->mentorsPage();
        const QString dir = QString::fromLocal8Bit(out);
        const struct
        {
            const char *mentor;
            MentorsPage::Tab tab;
            const char *file;
        } shots[] = {{"CEV", MentorsPage::Standards, "mentors-standards"},
                     {"TNG", MentorsPage::Training, "mentors-training"},
                     {"JHU", MentorsPage::ActionSteps, "mentors-action-steps"},
                     {"SPA", MentorsPage::Oversight, "mentors-overseen"}};
        for (const auto &shot : shots) {
            page->setMentor(idOf(*w, shot.mentor));
            page->showTab(shot.tab);
            QTest::qWait(50);
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(shot.file) +
                                   QStringLiteral(".png")));
        }
    }
};

QTEST_MAIN(TestMentorsPage)
#include "tst_mentorspage.moc"
