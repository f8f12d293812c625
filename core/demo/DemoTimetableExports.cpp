#include "DemoTimetableExports.h"

#include "util/Weekdays.h"

#include <QHash>
#include <QLocale>
#include <QXmlStreamWriter>

namespace idesk {

namespace {
QString hourName(const Period &p)
{
    return p.start.toString(QStringLiteral("HH:mm")) + QStringLiteral(" - ") +
           p.end.toString(QStringLiteral("HH:mm"));
}

QString dayName(int weekday)
{
    return QLocale(QLocale::English).dayName(weekday);
}

QString csv(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// What a timetabling program would write in the slot.
QString slotText(const TimetableEntry *e)
{
    if (!e || e->activity == Activity::Free)
        return {};
    if (e->activity == Activity::Teaching)
        return e->classLabel.isEmpty() ? QStringLiteral("Lesson") : e->classLabel;
    if (e->activity == Activity::Ppa)
        return QStringLiteral("PPA");
    if (e->activity == Activity::NonContact)
        return QStringLiteral("Non-contact");
    if (e->activity == Activity::Duty)
        return QStringLiteral("Duty");
    return QStringLiteral("Not working");
}
} // namespace

QList<Period> DemoTimetableExports::taught() const
{
    QList<Period> out;
    for (const Period &p : m_day.periods()) {
        if (p.kind == PeriodKind::Lesson || p.kind == PeriodKind::Registration)
            out.append(p);
    }
    return out;
}

QList<const Person *> DemoTimetableExports::timetabled() const
{
    QList<const Person *> out;
    for (const Person &p : m_people) {
        if (m_timetable.hasTimetable(p.id) && !p.staffCode.isEmpty())
            out.append(&p);
    }
    return out;
}

QByteArray DemoTimetableExports::fetTeachersXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Teachers_Timetable"));
    const int weeks = m_timetable.cycleWeeks();
    for (const Person *p : timetabled()) {
        xml.writeStartElement(QStringLiteral("Teacher"));
        xml.writeAttribute(QStringLiteral("name"), p->staffCode);
        for (int w = 0; w < weeks; ++w) {
            for (int d = 1; d <= 5; ++d) {
                xml.writeStartElement(QStringLiteral("Day"));
                xml.writeAttribute(
                    QStringLiteral("name"),
                    weeks == 2 ? dayName(d) + (w == 0 ? QStringLiteral(" A") : QStringLiteral(" B"))
                               : dayName(d));
                for (const Period &period : taught()) {
                    xml.writeStartElement(QStringLiteral("Hour"));
                    xml.writeAttribute(QStringLiteral("name"), hourName(period));
                    const TimetableEntry *e = m_timetable.entry(p->id, w, d, period.id);
                    if (e && e->activity != Activity::Free && e->activity != Activity::NotWorking) {
                        xml.writeEmptyElement(QStringLiteral("Activity"));
                        xml.writeAttribute(QStringLiteral("id"),
                                           QString::number(p->id * 1000 + w * 100 + d * 10));
                        // The demo's class labels ("10X/Ma1") name the subject already.
                        const bool teaching = e->activity == Activity::Teaching;
                        if (!teaching) {
                            xml.writeEmptyElement(QStringLiteral("Subject"));
                            xml.writeAttribute(QStringLiteral("name"), slotText(e));
                        } else {
                            xml.writeEmptyElement(QStringLiteral("Students"));
                            xml.writeAttribute(QStringLiteral("name"), e->classLabel);
                        }
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

QByteArray DemoTimetableExports::ascXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("timetable"));
    xml.writeAttribute(QStringLiteral("ascttversion"), QStringLiteral("2024.9.2"));
    xml.writeAttribute(QStringLiteral("importtype"), QStringLiteral("database"));
    xml.writeAttribute(QStringLiteral("displayname"), QStringLiteral("aSc Timetables 2012 XML"));
    xml.writeStartElement(QStringLiteral("periods"));
    const QList<Period> periods = taught();
    QHash<qint64, int> numbers;
    int lesson = 0;
    for (const Period &p : periods) {
        const int n = p.kind == PeriodKind::Registration ? 0 : ++lesson;
        numbers.insert(p.id, n);
        xml.writeEmptyElement(QStringLiteral("period"));
        xml.writeAttribute(QStringLiteral("name"), p.name);
        xml.writeAttribute(QStringLiteral("short"), p.name);
        xml.writeAttribute(QStringLiteral("period"), QString::number(n));
        xml.writeAttribute(QStringLiteral("starttime"), p.start.toString(QStringLiteral("H:mm")));
        xml.writeAttribute(QStringLiteral("endtime"), p.end.toString(QStringLiteral("H:mm")));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("subjects"));
    xml.writeEmptyElement(QStringLiteral("subject"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("SUBJ"));
    xml.writeAttribute(QStringLiteral("name"), QString());
    xml.writeAttribute(QStringLiteral("short"), QString());
    xml.writeEmptyElement(QStringLiteral("subject"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("PPA"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("PPA"));
    xml.writeAttribute(QStringLiteral("short"), QStringLiteral("PPA"));
    xml.writeEmptyElement(QStringLiteral("subject"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("NC"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Non-contact"));
    xml.writeAttribute(QStringLiteral("short"), QStringLiteral("NC"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("teachers"));
    for (const Person *p : timetabled()) {
        xml.writeEmptyElement(QStringLiteral("teacher"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("T%1").arg(p->id));
        xml.writeAttribute(QStringLiteral("firstname"), p->firstName);
        xml.writeAttribute(QStringLiteral("lastname"), p->lastName);
        xml.writeAttribute(QStringLiteral("name"), p->fullName());
        xml.writeAttribute(QStringLiteral("short"), p->staffCode);
    }
    xml.writeEndElement();
    // A class per label taught; a lesson per teacher and class (or PPA).
    QHash<QString, QString> classes;
    QHash<QString, QString> lessons; // "teacher|class" -> lesson id
    struct Card
    {
        QString lesson;
        int period;
        int weekday;
        int week;
    };
    QList<Card> cards;
    for (const Person *p : timetabled()) {
        for (const TimetableEntry &e : m_timetable.entriesOf(p->id)) {
            if (!numbers.contains(e.periodId) ||
                (e.activity != Activity::Teaching && e.activity != Activity::Ppa &&
                 e.activity != Activity::NonContact))
                continue;
            // Non-teaching time is a lesson with no class of a subject that says so.
            const QString label = e.activity == Activity::Teaching ? e.classLabel
                                  : e.activity == Activity::Ppa    ? QStringLiteral("=PPA")
                                                                   : QStringLiteral("=NC");
            if (!label.startsWith(QLatin1Char('=')) && !classes.contains(label))
                classes.insert(label, QStringLiteral("C%1").arg(classes.size() + 1));
            const QString key = QString::number(p->id) + QLatin1Char('|') + label;
            if (!lessons.contains(key))
                lessons.insert(key, QStringLiteral("L%1").arg(lessons.size() + 1));
            cards.append({lessons.value(key), numbers.value(e.periodId), e.weekday, e.week});
        }
    }
    xml.writeStartElement(QStringLiteral("classes"));
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        xml.writeEmptyElement(QStringLiteral("class"));
        xml.writeAttribute(QStringLiteral("id"), it.value());
        xml.writeAttribute(QStringLiteral("name"), it.key());
        xml.writeAttribute(QStringLiteral("short"), it.key());
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("lessons"));
    for (auto it = lessons.cbegin(); it != lessons.cend(); ++it) {
        const QString teacher = it.key().section(QLatin1Char('|'), 0, 0);
        const QString label = it.key().section(QLatin1Char('|'), 1);
        xml.writeEmptyElement(QStringLiteral("lesson"));
        xml.writeAttribute(QStringLiteral("id"), it.value());
        const bool other = label.startsWith(QLatin1Char('='));
        xml.writeAttribute(QStringLiteral("classids"), other ? QString() : classes.value(label));
        xml.writeAttribute(QStringLiteral("subjectid"),
                           other ? label.mid(1) : QStringLiteral("SUBJ"));
        xml.writeAttribute(QStringLiteral("teacherids"), QStringLiteral("T") + teacher);
        xml.writeAttribute(QStringLiteral("periodspercard"), QStringLiteral("1"));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("cards"));
    const bool two = m_timetable.cycleWeeks() == 2;
    for (const Card &c : std::as_const(cards)) {
        xml.writeEmptyElement(QStringLiteral("card"));
        xml.writeAttribute(QStringLiteral("lessonid"), c.lesson);
        xml.writeAttribute(QStringLiteral("period"), QString::number(c.period));
        QString days(5, QLatin1Char('0'));
        days[c.weekday - 1] = QLatin1Char('1');
        xml.writeAttribute(QStringLiteral("days"), days);
        xml.writeAttribute(QStringLiteral("weeks"), !two          ? QStringLiteral("1")
                                                    : c.week == 0 ? QStringLiteral("10")
                                                                  : QStringLiteral("01"));
        xml.writeAttribute(QStringLiteral("terms"), QStringLiteral("1"));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray DemoTimetableExports::misGridCsv() const
{
    const QList<Period> periods = taught();
    const int weeks = m_timetable.cycleWeeks();
    QStringList header{QStringLiteral("Name"), QStringLiteral("Staff Code")};
    for (int w = 0; w < weeks; ++w) {
        for (int d = 1; d <= 5; ++d) {
            int lesson = 0;
            for (const Period &p : periods) {
                const QString n = p.kind == PeriodKind::Registration ? QStringLiteral("Reg")
                                                                     : QString::number(++lesson);
                header.append(QStringLiteral("%1%2:%3").arg(w + 1).arg(weekdayName(d), n));
            }
        }
    }
    QString text = QStringLiteral("Hollinsbrook Academy - Staff Timetables\r\n\r\n") +
                   header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Person *p : timetabled()) {
        QStringList row{csv(p->lastName + QStringLiteral(", ") + p->firstName), p->staffCode};
        for (int w = 0; w < weeks; ++w) {
            for (int d = 1; d <= 5; ++d) {
                for (const Period &period : periods)
                    row.append(csv(slotText(m_timetable.entry(p->id, w, d, period.id))));
            }
        }
        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    // Next term's new starter, on the timetable before the staff list.
    QStringList starter{QStringLiteral("\"Fletcher, Tom\""), QStringLiteral("TFL")};
    for (int i = 2; i < header.size(); ++i)
        starter.append(i % 3 == 0 ? QStringLiteral("8Y/Hi1") : QString());
    text += starter.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    return text.toUtf8();
}

} // namespace idesk
