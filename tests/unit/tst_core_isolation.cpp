#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The core must build and run without Qt Gui or Widgets, so that the CLI,
// servers and tests never drag a display stack in. Checked two ways: what the
// sources include, and what the core target links.
class TestCoreIsolation : public QObject
{
    Q_OBJECT
private slots:
    void sourcesIncludeNoGuiHeaders()
    {
        static const QRegularExpression forbidden(QStringLiteral(
            "#\\s*include\\s*[<\"](QtGui|QtWidgets|QtPrintSupport|QtSvg|QWidget|QApplication|"
            "QGuiApplication|QPainter|QTextDocument|QPdfWriter|QImage|QPixmap|QColor|QFont|QIcon|"
            "QPrinter)\\b"));
        QStringList offenders;
        int files = 0;
        QDirIterator it(QStringLiteral(CORE_SOURCE_DIR),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (forbidden.match(text).hasMatch())
                    offenders.append(
                        QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed()));
            }
        }
        QVERIFY2(files > 20, "the core sources were not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void coreLinksOnlyCoreAndSql()
    {
        QFile f(QStringLiteral(CORE_LINK_FILE));
        QVERIFY2(f.open(QIODevice::ReadOnly), CORE_LINK_FILE);
        const QStringList libs =
            QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(libs.contains(QStringLiteral("Qt6::Core")));
        QVERIFY(libs.contains(QStringLiteral("Qt6::Sql")));
        for (const QString &lib : libs) {
            const bool allowed =
                lib == QLatin1String("Qt6::Core") || lib == QLatin1String("Qt6::Sql") ||
                lib == QLatin1String("idesk_common") || !lib.startsWith(QLatin1String("Qt"));
            QVERIFY2(allowed, qPrintable(QStringLiteral("core links %1").arg(lib)));
            QVERIFY2(!lib.contains(QLatin1String("Gui")) && !lib.contains(QLatin1String("Widgets")),
                     qPrintable(lib));
        }
    }
};

QTEST_GUILESS_MAIN(TestCoreIsolation)
#include "tst_core_isolation.moc"
