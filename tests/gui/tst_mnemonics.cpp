#include "DemoWindow.h"
#include "app/MainWindow.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "dialogs/AbsenceDialog.h"
#include "dialogs/AddEctDialog.h"
#include "dialogs/AddTraineeDialog.h"
#include "dialogs/AssignMentorDialog.h"
#include "dialogs/BlockedTimeDialog.h"
#include "dialogs/CancelSessionDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/StaffImportWizard.h"
#include "dialogs/TermDatesDialog.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace idesk;
using namespace idesk::ui;

// Every Alt letter reaches one thing: in each menu, in the menu bar with the
// page in view, and in each dialog. A letter used twice does nothing useful
// (Qt cycles between the two), so the keyboard user is stranded.
class TestMnemonics : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QChar letterOf(const QString &text)
    {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    // "letter: text" for every visible widget under `root` that has an Alt letter.
    static QStringList lettersIn(QWidget *root)
    {
        QStringList out;
        const auto add = [&](const QString &text) {
            if (const QChar c = letterOf(text); !c.isNull())
                out.append(QString(c) + QStringLiteral(": ") + text);
        };
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root))
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(b->text());
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                add(l->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w); g && g->isCheckable())
                add(g->title());
        }
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(root))
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
            }
        }
        return out;
    }

    static QStringList clashes(const QStringList &letters)
    {
        QHash<QChar, QStringList> by;
        for (const QString &l : letters)
            by[l.at(0)].append(l.mid(3));
        QStringList out;
        for (auto it = by.cbegin(); it != by.cend(); ++it) {
            if (it.value().size() > 1)
                out.append(QStringLiteral("Alt+%1: %2")
                               .arg(it.key().toUpper(), it.value().join(QStringLiteral(" | "))));
        }
        return out;
    }

    static void walkMenu(QMenu *menu, QStringList &problems)
    {
        QStringList letters;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            if (const QChar c = letterOf(a->text()); !c.isNull())
                letters.append(QString(c) + QStringLiteral(": ") + a->text());
            else if (!a->text().isEmpty() && !menu->title().contains(QLatin1String("Recent")))
                problems.append(menu->title() + QStringLiteral(" > ") + a->text() +
                                QStringLiteral(" has no Alt letter"));
            if (a->menu())
                walkMenu(a->menu(), problems);
        }
        for (const QString &c : clashes(letters))
            problems.append(menu->title() + QStringLiteral(": ") + c);
    }

private slots:
    void initTestCase() { qputenv("INDUCTIONDESK_TODAY", "2026-11-23"); }

    void menusAndEveryPage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("demo.inductiondesk")));
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QStringList problems;
        QStringList bar;
        for (QAction *a : w->menuBar()->actions()) {
            bar.append(QString(letterOf(a->text())) + QStringLiteral(": ") + a->text());
            walkMenu(a->menu(), problems);
        }
        problems += clashes(bar);
        // A page's own letters live alongside the menu bar's.
        for (int s = 0; s < MainWindow::SectionCount; ++s) {
            w->showSection(MainWindow::Section(s));
            QWidget *page = sectionPage(*w, s);
            for (const QString &c : clashes(bar + lettersIn(page)))
                problems.append(w->sidebar()->item(s)->text() + QStringLiteral(": ") + c);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyDialog()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("demo2.inductiondesk")));
        Workspace &ws = *w->workspace();
        const QDate today = ws.today();
        const Person someone = PeopleUseCases(ws).all().value().first();
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.emplace_back(new AssignMentorDialog(ws, today));
        dialogs.emplace_back(new AddEctDialog(ws, today));
        dialogs.emplace_back(new AddTraineeDialog(ws, today));
        dialogs.emplace_back(new PersonDialog(ws, someone, today));
        dialogs.emplace_back(new AbsenceDialog(ws, today));
        dialogs.emplace_back(new BlockedTimeDialog(ws, today));
        dialogs.emplace_back(new PreferencesDialog(&ws, settings, today));
        dialogs.emplace_back(new CancelSessionDialog(QStringLiteral("coaching"), 300));
        dialogs.emplace_back(new TermDatesDialog(QStringLiteral("2026-27"), {}, {}));
        dialogs.emplace_back(new StaffImportWizard(ws, today));
        QStringList problems;
        for (const auto &d : dialogs) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            for (const QString &c : clashes(lettersIn(d.get())))
                problems.append(QString::fromLatin1(d->metaObject()->className()) +
                                QStringLiteral(": ") + c);
            d->hide();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
