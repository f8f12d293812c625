#include "DemoWindow.h"
#include "app/MainWindow.h"
#include "application/Workspace.h"
#include "dialogs/PreferencesDialog.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace idesk;
using namespace idesk::ui;

// No text is cut off where a tutor reads it: at the default window size and
// at 1024x640, every label fits (or wraps) and every table cell either fits
// its column (wrapping counts) or is shortened with "…" and shows its whole
// text as a tooltip.
class TestTextFits : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QStringList cutIn(QWidget *root)
    {
        QStringList out;
        for (QLabel *l : root->findChildren<QLabel *>()) {
            if (!l->isVisibleTo(root) || l->wordWrap() || l->text().isEmpty() ||
                !l->pixmap().isNull() || l->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(l->text()))
                continue;
            const int needed =
                l->fontMetrics().horizontalAdvance(QString(l->text()).remove(QLatin1Char('&')));
            if (needed > l->contentsRect().width() + 1)
                out.append(QStringLiteral("label \"%1\": %2 of %3 px")
                               .arg(l->text())
                               .arg(l->contentsRect().width())
                               .arg(needed));
        }
        for (QComboBox *box : root->findChildren<QComboBox *>()) {
            if (!box->isVisibleTo(root) || box->isEditable() || box->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(box);
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                             QStyle::SC_ComboBoxEditField, box);
            const int needed = box->fontMetrics().horizontalAdvance(box->currentText());
            if (needed > field.width() + 1)
                out.append(QStringLiteral("%1 \"%2\": %3 of %4 px")
                               .arg(box->accessibleName(), box->currentText())
                               .arg(field.width())
                               .arg(needed));
        }
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            if (!view->isVisibleTo(root) || !view->model() || qobject_cast<QListView *>(view))
                continue;
            const QAbstractItemModel *m = view->model();
            auto *tree = qobject_cast<QTreeView *>(view);
            for (int r = 0; r < std::min(m->rowCount(), 60); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    const QString text = i.data(Qt::DisplayRole).toString();
                    const QRect rect = view->visualRect(i);
                    if (text.isEmpty() || rect.width() <= 0 ||
                        i.data(Qt::ToolTipRole).toString() == text)
                        continue;
                    if (tree && tree->isFirstColumnSpanned(r, {}))
                        continue;
                    const QFontMetrics fm(view->font());
                    const bool wraps = tree ? tree->wordWrap()
                                            : qobject_cast<QTableView *>(view) &&
                                                  static_cast<QTableView *>(view)->wordWrap();
                    const QRect need = fm.boundingRect(QRect(0, 0, rect.width() - 8, 10000),
                                                       wraps ? Qt::TextWordWrap : 0, text);
                    if (need.width() > rect.width() - 4 || need.height() > rect.height() + 2)
                        out.append(QStringLiteral("%1 row %2 column %3 \"%4\": %5x%6 in %7x%8")
                                       .arg(view->accessibleName())
                                       .arg(r + 1)
                                       .arg(c + 1)
                                       .arg(text.left(40))
                                       .arg(need.width())
                                       .arg(need.height())
                                       .arg(rect.width())
                                       .arg(rect.height()));
                }
            }
        }
        return out;
    }

private slots:
    void initTestCase() { qputenv("INDUCTIONDESK_TODAY", "2026-11-23"); }

    void everyPage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QSize(1280, 800);
        QTest::newRow("1024x640") << QSize(1024, 640);
    }
    void everyPage()
    {
        QFETCH(QSize, size);
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("demo.inductiondesk")));
        w->resize(size);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        // The window can be that small: no page forces it wider or taller.
        QVERIFY2(w->minimumSizeHint().width() <= size.width() &&
                     w->minimumSizeHint().height() <= size.height(),
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(w->minimumSizeHint().width())
                                .arg(w->minimumSizeHint().height())));
        QStringList problems;
        for (int s = 0; s < MainWindow::SectionCount; ++s) {
            w->showSection(MainWindow::Section(s));
            QTest::qWait(20);
            QWidget *page = sectionPage(*w, s);
            const QList<QTabWidget *> tabs = page->findChildren<QTabWidget *>();
            if (const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
                !out.isEmpty() && size == QSize(1024, 640) && s == MainWindow::Sessions)
                w->grab().save(QString::fromLocal8Bit(out) +
                               QStringLiteral("/small-screen-sessions.png"));
            if (tabs.isEmpty()) {
                for (const QString &p : cutIn(page))
                    problems.append(w->sidebar()->item(s)->text() + QStringLiteral(": ") + p);
                continue;
            }
            for (int t = 0; t < tabs.first()->count(); ++t) {
                if (!tabs.first()->isTabVisible(t))
                    continue;
                tabs.first()->setCurrentIndex(t);
                QTest::qWait(20);
                for (const QString &p : cutIn(page))
                    problems.append(w->sidebar()->item(s)->text() + QStringLiteral(" > ") +
                                    tabs.first()->tabText(t) + QStringLiteral(": ") + p);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void preferences()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("demo2.inductiondesk")));
        PreferencesDialog dialog(w->workspace(), settings, w->workspace()->today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = cutIn(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTextFits)
#include "tst_textfits.moc"
