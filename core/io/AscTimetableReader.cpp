#include "AscTimetableReader.h"

#include "io/SlotContent.h"

#include <QHash>

namespace idesk {

namespace {
QTime timeOf(const QString &text)
{
    QTime t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    return t.isValid() ? t : QTime::fromString(text.trimmed(), QStringLiteral("H:mm:ss"));
}

QStringList idsOf(const QString &list)
{
    QStringList ids;
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.trimmed());
    return ids;
}

bool allOnes(const QString &bits)
{
    return !bits.contains(QLatin1Char('0'));
}
} // namespace

Result<TimetableFile> AscTimetableReader::read(const XmlNode &root, const QString &fileName)
{
    TimetableFile file;
    file.fileName = fileName;
    file.format = QStringLiteral("asc");
    const auto missing = [&](const QString &what) {
        return Error::in(Place::atLine(fileName, root.line),
                         tr("%1, line %2: the aSc export has no <%3>; export it again with "
                            "File, Export, \"aSc Timetables 2012 XML\"")
                             .arg(fileName)
                             .arg(root.line)
                             .arg(what));
    };
    const XmlNode *periods = root.child(QStringLiteral("periods"));
    const XmlNode *teachers = root.child(QStringLiteral("teachers"));
    const XmlNode *lessons = root.child(QStringLiteral("lessons"));
    const XmlNode *cards = root.child(QStringLiteral("cards"));
    if (!periods)
        return missing(QStringLiteral("periods"));
    if (!teachers)
        return missing(QStringLiteral("teachers"));
    if (!lessons)
        return missing(QStringLiteral("lessons"));
    if (!cards)
        return missing(QStringLiteral("cards"));

    QList<Located> problems;
    const auto problem = [&](const XmlNode &at, const QString &message) {
        problems.append({Place::atLine(fileName, at.line),
                         tr("%1, line %2: %3").arg(fileName).arg(at.line).arg(message)});
    };
    QHash<QString, int> periodIndex; // aSc's period number -> ours
    for (const XmlNode *p : periods->all(QStringLiteral("period"))) {
        FilePeriod period;
        const QString number = p->attribute(QStringLiteral("period"));
        period.name = p->attribute(QStringLiteral("short"));
        if (period.name.isEmpty())
            period.name = p->attribute(QStringLiteral("name"));
        if (period.name.isEmpty())
            period.name = number;
        period.number = number.toInt();
        period.start = timeOf(p->attribute(QStringLiteral("starttime")));
        period.end = timeOf(p->attribute(QStringLiteral("endtime")));
        if (number.isEmpty() || periodIndex.contains(number)) {
            problem(*p, tr("the period \"%1\" has no number or repeats one").arg(period.name));
            continue;
        }
        if (!p->attribute(QStringLiteral("starttime")).isEmpty() &&
            (!period.start.isValid() || !period.end.isValid() || period.end <= period.start)) {
            problem(*p, tr("the period \"%1\" has times \"%2\" to \"%3\", which are not a span "
                           "of the day")
                            .arg(period.name, p->attribute(QStringLiteral("starttime")),
                                 p->attribute(QStringLiteral("endtime"))));
            continue;
        }
        periodIndex.insert(number, int(file.periods.size()));
        file.periods.append(period);
    }

    QHash<QString, int> teacherIndex;
    for (const XmlNode *t : teachers->all(QStringLiteral("teacher"))) {
        QString name = QString(t->attribute(QStringLiteral("firstname")) + QLatin1Char(' ') +
                               t->attribute(QStringLiteral("lastname")))
                           .trimmed();
        if (name.isEmpty())
            name = t->attribute(QStringLiteral("name"));
        const QString code = t->attribute(QStringLiteral("short"));
        const QString key = code.isEmpty() ? name : code;
        if (key.isEmpty())
            continue;
        teacherIndex.insert(t->attribute(QStringLiteral("id")), int(file.teachers.size()));
        file.teachers.append({key, code, name});
    }
    QHash<QString, QString> classNames, subjectNames;
    if (const XmlNode *classes = root.child(QStringLiteral("classes"))) {
        for (const XmlNode *c : classes->all(QStringLiteral("class"))) {
            const QString s = c->attribute(QStringLiteral("short"));
            classNames.insert(c->attribute(QStringLiteral("id")),
                              s.isEmpty() ? c->attribute(QStringLiteral("name")) : s);
        }
    }
    if (const XmlNode *subjects = root.child(QStringLiteral("subjects"))) {
        for (const XmlNode *s : subjects->all(QStringLiteral("subject"))) {
            const QString sh = s->attribute(QStringLiteral("short"));
            subjectNames.insert(s->attribute(QStringLiteral("id")),
                                sh.isEmpty() ? s->attribute(QStringLiteral("name")) : sh);
        }
    }
    struct Lesson
    {
        QList<int> teachers;
        QString label;
        std::optional<Activity> other;
    };
    QHash<QString, Lesson> lessonById;
    for (const XmlNode *l : lessons->all(QStringLiteral("lesson"))) {
        Lesson lesson;
        for (const QString &id : idsOf(l->attribute(QStringLiteral("teacherids")))) {
            if (!teacherIndex.contains(id))
                problem(*l, tr("the lesson names a teacher \"%1\" the file does not list").arg(id));
            else
                lesson.teachers.append(teacherIndex.value(id));
        }
        QStringList classes;
        for (const QString &id : idsOf(l->attribute(QStringLiteral("classids"))))
            classes.append(classNames.value(id, id));
        const QString subject = subjectNames.value(l->attribute(QStringLiteral("subjectid")));
        lesson.other = classes.isEmpty() ? SlotContent::nonTeaching(subject) : std::nullopt;
        const QString together = classes.isEmpty() ? subject
                                 : subject.isEmpty()
                                     ? classes.join(QLatin1Char('+'))
                                     : classes.join(QLatin1Char('+')) + QLatin1Char(' ') + subject;
        lesson.label = together.left(40);
        lessonById.insert(l->attribute(QStringLiteral("id")), lesson);
    }

    // Cards of older exports name one day ("day"), as listed in <days>.
    QStringList dayIds;
    if (const XmlNode *days = root.child(QStringLiteral("days"))) {
        for (const XmlNode *d : days->all(QStringLiteral("day")))
            dayIds.append(d->attribute(QStringLiteral("day")));
    }
    const bool fromOne =
        root.attribute(QStringLiteral("options")).contains(QLatin1String("daynumbering1"));
    const auto daysOf = [&](const XmlNode &card) {
        QString days = card.attribute(QStringLiteral("days"));
        const QString day = card.attribute(QStringLiteral("day"));
        if (!days.isEmpty() || day.isEmpty())
            return days;
        qsizetype index = dayIds.indexOf(day);
        if (index < 0)
            index = day.toInt() - (fromOne ? 1 : 0);
        if (index < 0 || index >= 10)
            return QString();
        days = QString(index >= 5 ? 10 : 5, QLatin1Char('0'));
        days[index] = QLatin1Char('1');
        return days;
    };
    int unplaced = 0;
    int longestDays = 0;
    int weekLength = 0;
    for (const XmlNode *c : cards->all(QStringLiteral("card"))) {
        const auto lesson = lessonById.constFind(c->attribute(QStringLiteral("lessonid")));
        if (lesson == lessonById.cend()) {
            problem(*c, tr("the card's lesson \"%1\" is not among the lessons")
                            .arg(c->attribute(QStringLiteral("lessonid"))));
            continue;
        }
        const QString period = c->attribute(QStringLiteral("period"));
        const QString days = daysOf(*c);
        if (period.isEmpty() || !days.contains(QLatin1Char('1'))) {
            ++unplaced;
            continue;
        }
        if (!periodIndex.contains(period)) {
            problem(*c,
                    tr("the card is in period \"%1\", which is not among the periods").arg(period));
            continue;
        }
        const QString weeks = c->attribute(QStringLiteral("weeks"));
        if (days.size() != 5 && days.size() != 6 && days.size() != 7 && days.size() != 10) {
            problem(*c,
                    tr("the days \"%1\" are not a pattern of five or ten school days").arg(days));
            continue;
        }
        if (!weeks.isEmpty() && !allOnes(weeks) && weeks.size() > 2) {
            problem(*c, tr("the weeks \"%1\" are a %2-week cycle; InductionDesk holds timetables "
                           "of one or two weeks")
                            .arg(weeks)
                            .arg(weeks.size()));
            continue;
        }
        longestDays = qMax(longestDays, int(days.size()));
        if (!weeks.isEmpty() && !allOnes(weeks))
            weekLength = 2;
        const Activity activity = lesson->other.value_or(Activity::Teaching);
        if (activity == Activity::Free)
            continue;
        for (int i = 0; i < days.size(); ++i) {
            if (days.at(i) != QLatin1Char('1'))
                continue;
            const int weekday = i % 5 + 1;
            if (days.size() != 10 && i >= 5)
                continue; // Saturday and Sunday: not planned here
            QList<int> inWeeks;
            if (days.size() == 10)
                inWeeks = {i / 5};
            else if (weeks.isEmpty() || allOnes(weeks))
                inWeeks = {-1};
            else
                for (int w = 0; w < weeks.size(); ++w) {
                    if (weeks.at(w) == QLatin1Char('1'))
                        inWeeks.append(w);
                }
            for (int week : std::as_const(inWeeks)) {
                for (int teacher : lesson->teachers) {
                    FileLesson fl;
                    fl.teacher = teacher;
                    fl.week = week;
                    fl.weekday = weekday;
                    fl.period = periodIndex.value(period);
                    fl.activity = activity;
                    fl.label = activity == Activity::Teaching ? lesson->label : QString();
                    fl.place = Place::atLine(fileName, c->line);
                    file.lessons.append(fl);
                }
            }
        }
    }
    if (!problems.isEmpty())
        return Error::ofAll(problems);
    file.cycleWeeks = longestDays == 10 || weekLength == 2 ? 2 : 1;
    if (unplaced > 0)
        file.notes.append(
            tr("%n card(s) not placed in the timetable were left out.", nullptr, unplaced));
    if (file.periods.isEmpty())
        return Error::in(
            Place::atLine(fileName, periods->line),
            tr("%1, line %2: the aSc export lists no periods").arg(fileName).arg(periods->line));
    return file;
}

} // namespace idesk
