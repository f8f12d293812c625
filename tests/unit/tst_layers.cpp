#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The front ends reach the data only through core's application layer
// (core/application): nothing under ui/ or app/ includes storage or a
// service that holds the database, and SQL lives in core/storage alone.
// Inside ui/ the folders depend one way, and the window only wires.
namespace {

struct Source
{
    QString path; // relative to the project
    QStringList lines;
};

QList<Source> sources(const QString &folder)
{
    QList<Source> list;
    const QDir root(QStringLiteral(SOURCE_DIR));
    QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("%s cannot be read", qPrintable(path));
        list.append(
            {root.relativeFilePath(path), QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))});
    }
    return list;
}

QStringList offending(const QList<Source> &files, const QRegularExpression &pattern)
{
    QStringList found;
    for (const Source &s : files) {
        for (qsizetype i = 0; i < s.lines.size(); ++i) {
            if (pattern.match(s.lines.at(i)).hasMatch())
                found.append(QStringLiteral("%1:%2: %3")
                                 .arg(s.path)
                                 .arg(i + 1)
                                 .arg(s.lines.at(i).trimmed()));
        }
    }
    return found;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT
private slots:
    void frontEndsUseOnlyTheApplicationLayer()
    {
        // Storage, and the services that hold a Database, are core's own.
        static const QRegularExpression forbidden(
            QStringLiteral("#\\s*include\\s*[<\"](storage/|services/[A-Za-z]*Service\\.h|QSql)"));
        QList<Source> files = sources(QStringLiteral("ui")) + sources(QStringLiteral("app"));
        QVERIFY2(files.size() > 50, "the ui and app sources were not found");
        const QStringList found = offending(files, forbidden);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void sqlLivesInStorageOnly()
    {
        static const QRegularExpression sql(
            QStringLiteral("\\bQSql(Query|Database|Record|Error|Driver)\\b|#\\s*include\\s*<QSql"));
        QList<Source> files;
        for (const QString &folder :
             {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("core")}) {
            for (const Source &s : sources(folder)) {
                if (!s.path.startsWith(QLatin1String("core/storage/")))
                    files.append(s);
            }
        }
        const QStringList found = offending(files, sql);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void uiFoldersDependOneWay()
    {
        // Which ui folder includes which; a cycle would tie them together.
        static const QRegularExpression include(QStringLiteral("#\\s*include\\s*\"([a-z]+)/"));
        const QSet<QString> folders{QStringLiteral("app"),      QStringLiteral("commands"),
                                    QStringLiteral("dialogs"),  QStringLiteral("models"),
                                    QStringLiteral("pages"),    QStringLiteral("reporting"),
                                    QStringLiteral("settings"), QStringLiteral("style"),
                                    QStringLiteral("widgets"),  QStringLiteral("mentors")};
        QHash<QString, QSet<QString>> uses;
        for (const Source &s : sources(QStringLiteral("ui"))) {
            const QString from = s.path.section(QLatin1Char('/'), 1, 1);
            for (const QString &line : s.lines) {
                const auto m = include.match(line);
                if (m.hasMatch() && folders.contains(m.captured(1)) && m.captured(1) != from)
                    uses[from].insert(m.captured(1) == QLatin1String("mentors")
                                          ? QStringLiteral("pages")
                                          : m.captured(1));
            }
        }
        uses.remove(QStringLiteral("mentors"));
        // Only the window's own folder reaches the actions and the window.
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            if (it.key() != QLatin1String("app"))
                QVERIFY2(!it.value().contains(QStringLiteral("app")),
                         qPrintable(it.key() + QStringLiteral(" includes app/")));
        }
        // No cycle: a depth-first walk never meets a folder it is inside.
        QHash<QString, int> state; // 1 visiting, 2 done
        std::function<bool(const QString &, QStringList &)> cycle = [&](const QString &f,
                                                                        QStringList &path) {
            state[f] = 1;
            path.append(f);
            for (const QString &g : uses.value(f)) {
                if (g == f)
                    continue;
                if (state.value(g) == 1 || (state.value(g) == 0 && cycle(g, path))) {
                    path.append(g);
                    return true;
                }
            }
            state[f] = 2;
            path.removeLast();
            return false;
        };
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            QStringList path;
            if (state.value(it.key()) == 0 && cycle(it.key(), path))
                QFAIL(qPrintable(QStringLiteral("ui folders include each other: ") +
                                 path.join(QStringLiteral(" -> "))));
        }
    }

    void theWindowOnlyWires()
    {
        QFile f(QStringLiteral(SOURCE_DIR "/ui/app/MainWindow.cpp"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int lines = int(f.readAll().count('\n'));
        QVERIFY2(lines < 400, qPrintable(QStringLiteral("MainWindow.cpp has %1 lines").arg(lines)));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
