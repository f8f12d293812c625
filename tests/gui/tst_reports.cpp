#include "DemoWindow.h"
#include "Poppler.h"
#include "app/MainWindow.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "pages/ReportsPage.h"
#include "reporting/ReportPreviewDialog.h"
#include "reporting/TermlyReportBuilder.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "util/TaskRunner.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace idesk;
using namespace idesk::ui;

// The termly summary as a reader gets it: the PDF's text (poppler's
// pdftotext) holds what the data says; its pages are counted (pdfinfo).
class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    static QString run(const QString &program, const QStringList &args)
    {
        return poppler::run(program, args);
    }
    static int pages(const QString &pdf) { return poppler::pages(pdf); }

    std::unique_ptr<MainWindow> open(Settings &settings)
    {
        auto w = openDemoWindow(settings,
                                m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(++m_n)));
        ReportsPage *page = w->reportsPage();
        page->termBox()->setCurrentIndex(page->termBox()->findData(QStringLiteral("autumn-2026")));
        return w;
    }

private slots:
    void wholeSchoolPdfSaysWhatTheDataSays()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = open(settings);
        ReportsPage *page = w->reportsPage();
        w->setToday(QDate(2026, 12, 21));
        const TermlyReport report = page->build().value();
        QCOMPARE(report.mentees.size(), 6);
        const QString pdf = m_dir.filePath(QStringLiteral("school.pdf"));
        QVERIFY(page->savePdf(pdf));
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QLatin1String("Hollinsbrook Academy")));
        QVERIFY(text.contains(QLatin1String("Autumn term 2026-27")));
        QVERIFY(text.contains(QLatin1String("produced 21/12/2026")));
        QVERIFY(text.contains(QLatin1String("It does not assess or grade any teacher")));
        for (const MenteeSummary &m : report.mentees) {
            QVERIFY2(text.contains(m.name), qPrintable(m.name));
            QVERIFY(text.contains(QStringLiteral("Sessions due %1 · held %2 · missed %3")
                                      .arg(m.due)
                                      .arg(m.held)
                                      .arg(m.missed)));
        }
        // An overview page, then mentees and mentors running on down the
        // pages as a printed report does: fewer pages than one each.
        const int expected = pages(pdf);
        QVERIFY2(expected > 1 &&
                     expected < 1 + int(report.mentees.size()) + int(report.mentors.size()),
                 qPrintable(QString::number(expected)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(expected)));
        // Words, never codes; the chart's axis has values.
        QVERIFY(!text.contains(QLatin1String("induction-conference")));
        QVERIFY(!text.contains(QLatin1String("no-qts")));
        QVERIFY(text.contains(QLatin1String("60 min")) || text.contains(QLatin1String("90 min")));
        // Support given, never a judgement: no inspection grades anywhere.
        for (const char *word :
             {"Outstanding", "Requires improvement", "Inadequate", "Good progress"})
            QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), word);
        if (const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                 QString::fromLocal8Bit(out) + QStringLiteral("/report-overview")});
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                 QStringLiteral("2"), QStringLiteral("-singlefile"), pdf,
                 QString::fromLocal8Bit(out) + QStringLiteral("/report-mentee")});
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-f"), QString::number(expected), QStringLiteral("-l"),
                 QString::number(expected), QStringLiteral("-singlefile"), pdf,
                 QString::fromLocal8Bit(out) + QStringLiteral("/report-mentor")});
        }
    }

    // A right-to-left override typed into a name ends with the name: the rest
    // of the footer still reads left to right.
    void aDirectionOverrideInANameStaysInTheName()
    {
        Settings settings(m_dir.filePath(QStringLiteral("bidi.ini")));
        auto w = open(settings);
        QVERIFY(w->workspace()->database().exec(QStringLiteral("UPDATE school SET name = ?"),
                                                {QStringLiteral("Hollinsbrook \u202EAcademy")}));
        w->setToday(QDate(2026, 12, 21));
        const QString pdf = m_dir.filePath(QStringLiteral("bidi.pdf"));
        QVERIFY(w->reportsPage()->savePdf(pdf));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QStringList footers;
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("Hollinsbrook")) ||
                line.contains(QLatin1String("ymedacA")))
                footers.append(line);
        QVERIFY2(text.contains(QStringLiteral("Autumn term 2026-27 · produced 21/12/2026")) &&
                     !text.contains(QStringLiteral("decudorp")),
                 qPrintable(footers.join(QLatin1Char('|'))));
        QVERIFY(text.contains(QLatin1String("Page 1 of")));
    }

    void aMenteeWithNoMissedWeeksIsToldSo()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        auto w = open(settings);
        const qint64 amu = PersonRepository(*(&w->workspace()->database()))
                               .byStaffCode(QStringLiteral("AMU"))
                               ->value()
                               .id;
        // Every one of Mr Murphy's sessions held.
        SessionRepository repo(*(&w->workspace()->database()));
        const QList<MentoringSession> all =
            repo.inWeeks({QDate(2026, 8, 31), QDate(2026, 12, 18)}).value();
        for (MentoringSession s : all) {
            s.status = SessionStatus::Held;
            QVERIFY(repo.update(s));
        }
        ReportsPage *page = w->reportsPage();
        page->menteeButton()->setChecked(true);
        page->menteeBox()->setCurrentIndex(page->menteeBox()->findData(amu));
        QCOMPARE(settings.lastReportChoice(), QStringLiteral("mentee:%1").arg(amu));
        const QString pdf = m_dir.filePath(QStringLiteral("amu.pdf"));
        w->setToday(QDate(2026, 12, 21));
        QVERIFY(page->savePdf(pdf));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QLatin1String("Mr Adam Murphy")));
        QVERIFY(text.contains(QLatin1String("No weeks were missed")));
        QVERIFY(!text.contains(QLatin1String("The school at a glance")));
        QCOMPARE(pages(pdf), 1);

        // The choice is remembered for next time.
        const QString database = (&w->workspace()->database())->path();
        w.reset();
        settings.sync();
        Settings again(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow w2(again);
        QVERIFY(w2.openDatabase(database));
        QTRY_VERIFY(w2.reportsPage()->menteeButton()->isChecked()); // when the page has read
        QCOMPARE(w2.reportsPage()->menteeBox()->currentData().toLongLong(), amu);
    }

    void saveAsPdfRunsOffTheGuiThread()
    {
        Settings settings(m_dir.filePath(QStringLiteral("bg.ini")));
        auto w = open(settings);
        w->setToday(QDate(2026, 12, 21));
        ReportsPage *page = w->reportsPage();
        const QString pdf = m_dir.filePath(QStringLiteral("background.pdf"));
        page->setFileHook([pdf] { return pdf; });
        auto *button = page->findChild<QPushButton *>(QStringLiteral("savePdf"));
        QVERIFY(button);
        button->click();
        // The click returns at once; the runner says when the file is written.
        QVERIFY(page->runner()->isRunning() || QFileInfo::exists(pdf));
        QTRY_VERIFY_WITH_TIMEOUT(!page->runner()->isRunning(), 20000);
        QTRY_VERIFY2(page->status()->text().startsWith(QStringLiteral("Saved")),
                     qPrintable(page->status()->text()));
        QVERIFY(pages(pdf) > 1);
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QLatin1String("Hollinsbrook Academy")));
    }

    void previewShowsEachPageInItsOwnOrientation()
    {
        Settings settings(m_dir.filePath(QStringLiteral("preview.ini")));
        auto w = open(settings);
        w->setToday(QDate(2026, 12, 21));
        ReportsPage *page = w->reportsPage();
        page->schoolButton()->setChecked(true);
        const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
        QVERIFY(page->savePdf(pdf));
        ReportPreviewDialog *dialog = page->preview();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Page for page as the PDF: the overview landscape, the rest portrait.
        const QString info = run(QStringLiteral("pdfinfo"),
                                 {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                  QString::number(pages(pdf)), pdf});
        QCOMPARE(dialog->pageCount(), pages(pdf));
        for (int i = 0; i < dialog->pageCount(); ++i) {
            const QRegularExpression size(
                QStringLiteral("Page +%1 size: +([0-9.]+) x ([0-9.]+)").arg(i + 1));
            const auto match = size.match(info);
            QVERIFY2(match.hasMatch(), qPrintable(info));
            const bool pdfLandscape = match.captured(1).toDouble() > match.captured(2).toDouble();
            const QSize shown = dialog->pageLabel(i)->size();
            QCOMPARE(shown.width() > shown.height(), pdfLandscape);
        }
        QVERIFY(dialog->pageLabel(0)->width() > dialog->pageLabel(0)->height());
        QVERIFY(dialog->pageLabel(1)->width() < dialog->pageLabel(1)->height());
        // The first page is drawn once seen, whole: its page number is there.
        QTRY_VERIFY(!dialog->shownPage(0).isNull());
        QVERIFY(dialog->shownPage(0).width() > dialog->shownPage(0).height());
        if (const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(dialog->grab().save(QString::fromLocal8Bit(out) +
                                        QStringLiteral("/report-preview.png")));
        dialog->close();
    }

    void theSaveDialogProposesANamedFile()
    {
        Settings settings(m_dir.filePath(QStringLiteral("name.ini")));
        auto w = open(settings);
        ReportsPage *page = w->reportsPage();
        page->schoolButton()->setChecked(true);
        QCOMPARE(page->proposedFileName(), QStringLiteral("Termly summary autumn 2026.pdf"));
        page->menteeButton()->setChecked(true);
        page->menteeBox()->setCurrentIndex(0);
        QCOMPARE(page->proposedFileName(), QStringLiteral("Termly summary autumn 2026, %1.pdf")
                                               .arg(page->menteeBox()->currentText()));
        // The message names the file written, with its .pdf.
        const QString chosen = m_dir.filePath(QStringLiteral("For governors"));
        page->setFileHook([chosen] { return chosen; });
        page->findChild<QPushButton *>(QStringLiteral("savePdf"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->runner()->isRunning(), 20000);
        QTRY_VERIFY2(page->status()->text().endsWith(QStringLiteral("For governors.pdf")),
                     qPrintable(page->status()->text()));
        QVERIFY(QFileInfo::exists(chosen + QStringLiteral(".pdf")));
    }

    void mentorReportHasTheirTraining()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        auto w = open(settings);
        const qint64 jhu = PersonRepository(*(&w->workspace()->database()))
                               .byStaffCode(QStringLiteral("JHU"))
                               ->value()
                               .id;
        ReportsPage *page = w->reportsPage();
        page->mentorButton()->setChecked(true);
        page->mentorBox()->setCurrentIndex(page->mentorBox()->findData(jhu));
        const QString pdf = m_dir.filePath(QStringLiteral("jhu.pdf"));
        w->setToday(QDate(2026, 12, 21));
        QVERIFY(page->savePdf(pdf));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QLatin1String("Mentor: Mr James Hughes")));
        QVERIFY(text.contains(QLatin1String("Training: 5.5 hours attended")));
        QVERIFY(text.contains(QLatin1String("Miss Emily Brown")));
        QCOMPARE(pages(pdf), 1); // the mentee, then the mentor, on one page
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
