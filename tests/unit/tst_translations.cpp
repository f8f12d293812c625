#include "util/Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// British English is the source language: the English translation exists for
// plural forms only, and must cover every "%n" message in the sources.
class TestTranslations : public QObject
{
    Q_OBJECT

    // Every string literal in the sources (concatenated literals joined), as
    // written (escapes kept), with the name of its file.
    static QList<QPair<QString, QString>> literals()
    {
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        static const QRegularExpression joint(QStringLiteral("\"\\s*\\n\\s*\""));
        QList<QPair<QString, QString>> out;
        for (const char *dir : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    qFatal("cannot read %s", qPrintable(f.fileName()));
                QString text = QString::fromUtf8(f.readAll());
                text.replace(joint, QString());
                for (const auto &m : literal.globalMatch(text))
                    out.append({it.fileName(), m.captured(1)});
            }
        }
        return out;
    }

    static QSet<QString> numerusSources()
    {
        QFile ts(QStringLiteral(TS_FILE));
        if (!ts.open(QIODevice::ReadOnly))
            qFatal("no %s", TS_FILE);
        QSet<QString> sources;
        QXmlStreamReader xml(&ts);
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message"))
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            else if (xml.isStartElement() && xml.name() == QLatin1String("source") && numerus)
                sources.insert(xml.readElementText());
            else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform") &&
                     xml.readElementText().isEmpty())
                qFatal("an empty plural form in %s: run fill-english-plurals.py", TS_FILE);
        }
        return sources;
    }

private slots:
    void pluralsReadAsEnglish()
    {
        idesk::installTranslations(*QCoreApplication::instance(),
                                   QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(QCoreApplication::translate("CalendarCommand", "%n school day(s)", nullptr, 1),
                 QStringLiteral("1 school day"));
        QCOMPARE(QCoreApplication::translate("CalendarCommand", "%n school day(s)", nullptr, 71),
                 QStringLiteral("71 school days"));
        QCOMPARE(QCoreApplication::translate("DemoSchool",
                                             "The demo school goes only into an empty database; "
                                             "this one already holds %n person(s)",
                                             nullptr, 3),
                 QStringLiteral("The demo school goes only into an empty database; this one "
                                "already holds 3 people"));
    }

    void everyPluralMessageHasItsForms()
    {
        const QSet<QString> known = numerusSources();
        // Every string literal with %n in the sources.
        QStringList missing;
        for (auto [file, s] : literals()) {
            if (!s.contains(QLatin1String("%n")))
                continue;
            s.replace(QLatin1String("\\\""), QLatin1String("\""));
            s.replace(QLatin1String("\\n"), QLatin1String("\n"));
            if (!known.contains(s))
                missing.append(file + QStringLiteral(": ") + s);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target and "
                                           "fill-english-plurals.py for:\n") +
                            missing.join(QLatin1Char('\n'))));
    }

    void noCountIsWrittenWithBrackets()
    {
        // "flag(s)" is never shown: a literal naming a count in brackets is a
        // plural message (%n), so it reads "1 flag", "2 flags".
        QStringList bracketed;
        for (const auto &[file, s] : literals()) {
            const bool pattern = s.contains(QLatin1String("\\\\b")); // a regex
            if ((s.contains(QLatin1String("(s)")) || s.contains(QLatin1String("(es)"))) &&
                !s.contains(QLatin1String("%n")) && !pattern)
                bracketed.append(file + QStringLiteral(": ") + s);
        }
        QVERIFY2(bracketed.isEmpty(), qPrintable(bracketed.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
