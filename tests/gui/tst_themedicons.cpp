#include "DemoWindow.h"
#include "app/MainWindow.h"
#include "settings/Settings.h"
#include "style/ThemedIcons.h"

#include <QApplication>
#include <QListWidget>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace idesk;
using namespace idesk::ui;

Q_DECLARE_METATYPE(QPalette)

// The sidebar's icons stay clear in a light and a dark palette, on a plain
// row and on the selected one: the contrast of their strokes against what is
// behind them is at least 3:1 (WCAG's figure for icons).
class TestThemedIcons : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static double luminance(const QColor &c)
    {
        const auto channel = [](double v) {
            v /= 255.0;
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
    }
    static double contrast(const QColor &a, const QColor &b)
    {
        const double x = luminance(a), y = luminance(b);
        return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
    }
    // The colour of an icon's strokes: its most opaque pixels.
    static QColor ink(const QIcon &icon, QIcon::Mode mode)
    {
        const QImage image = icon.pixmap(QSize(32, 32), mode).toImage();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() == 255)
                    return c;
            }
        }
        return {};
    }

    static QPalette dark()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        return p;
    }

private slots:
    void initTestCase()
    {
        qputenv("INDUCTIONDESK_TODAY", "2026-11-23");
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void iconsStayVisible_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << QApplication::style()->standardPalette()
                               << QStringLiteral("light");
        QTest::newRow("dark") << dark() << QStringLiteral("dark");
    }
    void iconsStayVisible()
    {
        QFETCH(QPalette, palette);
        QFETCH(QString, name);
        QApplication::setPalette(palette);
        Settings settings(m_dir.filePath(name + QStringLiteral(".ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(name + QStringLiteral(".inductiondesk")));
        QListWidget *sidebar = w->sidebar();
        QCOMPARE(sidebar->palette().color(QPalette::Base), palette.color(QPalette::Base));
        for (int i = 0; i < sidebar->count(); ++i) {
            const QIcon icon = sidebar->item(i)->icon();
            QVERIFY(!icon.isNull());
            const double plain = contrast(ink(icon, QIcon::Normal), palette.color(QPalette::Base));
            const double selected =
                contrast(ink(icon, QIcon::Selected), palette.color(QPalette::Highlight));
            QVERIFY2(plain >= 3.0, qPrintable(QStringLiteral("%1 on a plain row: %2:1")
                                                  .arg(sidebar->item(i)->text())
                                                  .arg(plain, 0, 'f', 1)));
            QVERIFY2(selected >= 3.0, qPrintable(QStringLiteral("%1 selected: %2:1")
                                                     .arg(sidebar->item(i)->text())
                                                     .arg(selected, 0, 'f', 1)));
        }
        if (const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
            w->resize(1100, 720);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            QVERIFY(w->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/palette-") +
                                   name + QStringLiteral(".png")));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void aPaletteChangeRedrawsThem()
    {
        Settings settings(m_dir.filePath(QStringLiteral("switch.ini")));
        auto w = openDemoWindow(settings, m_dir.filePath(QStringLiteral("switch.inductiondesk")));
        const QColor before = ink(w->sidebar()->item(1)->icon(), QIcon::Normal);
        QApplication::setPalette(dark());
        QCoreApplication::processEvents();
        const QColor after = ink(w->sidebar()->item(1)->icon(), QIcon::Normal);
        QVERIFY(before != after);
        QVERIFY(contrast(after, dark().color(QPalette::Base)) >= 3.0);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestThemedIcons)
#include "tst_themedicons.moc"
