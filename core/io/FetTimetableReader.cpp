#include "FetTimetableReader.h"

#include "io/SlotContent.h"
#include "io/SlotName.h"

#include <QHash>

namespace idesk {

namespace {
using Located = idesk::Located;

// A FET name list as <Day><Name>Monday</Name></Day> (FET 5 and 6) or
// <Day>Monday</Day> (older files).
QString nameOf(const XmlNode &node)
{
    const QString n = node.childText(QStringLiteral("Name"));
    return n.isEmpty() ? node.text : n;
}

// The file's days as weekdays of a one- or two-week cycle: by their names
// when every name says, else by their order when there are five or ten.
struct Days
{
    QList<int> week;    // per day of the file: 0, 1, or -2 when not a school day
    QList<int> weekday; // 1 to 7
    int cycleWeeks = 1;
};

Result<Days> readDays(const QStringList &names, const QString &fileName, int line,
                      QStringList *notes)
{
    Days days;
    bool allNamed = true;
    for (const QString &n : names) {
        const auto d = SlotName::parseDay(n);
        allNamed = allNamed && d;
        days.week.append(d ? d->week : -1);
        days.weekday.append(d ? d->weekday : 0);
    }
    if (!allNamed) {
        if (names.size() != 5 && names.size() != 10)
            return Error::in(Place::atLine(fileName, line),
                             FetTimetableReader::tr("%1, line %2: the days (%3) are not named "
                                                    "Monday to Friday, nor five or ten in order")
                                 .arg(fileName)
                                 .arg(line)
                                 .arg(names.join(QStringLiteral(", "))));
        for (int i = 0; i < names.size(); ++i) {
            days.week[i] = i / 5;
            days.weekday[i] = i % 5 + 1;
        }
        notes->append(FetTimetableReader::tr("The days %1 were taken in order as %2.")
                          .arg(names.join(QStringLiteral(", ")),
                               names.size() == 10
                                   ? FetTimetableReader::tr("Monday to Friday of week A, then B")
                                   : FetTimetableReader::tr("Monday to Friday")));
    }
    // Names such as "Monday" and "Monday2" leave the first week unsaid.
    bool weekB = days.week.contains(1);
    for (int i = 0; i < days.week.size(); ++i) {
        if (days.week[i] < 0 && weekB)
            days.week[i] = 0;
    }
    QSet<int> seen;
    for (int i = 0; i < names.size(); ++i) {
        if (days.weekday[i] > 5) {
            days.week[i] = -2;
            continue;
        }
        const int key = qMax(0, days.week[i]) * 10 + days.weekday[i];
        if (seen.contains(key))
            return Error::in(Place::atLine(fileName, line),
                             FetTimetableReader::tr("%1, line %2: the day \"%3\" is the same "
                                                    "school day as another; name the days of a "
                                                    "two-week timetable with their week (\"Monday "
                                                    "A\")")
                                 .arg(fileName)
                                 .arg(line)
                                 .arg(names.at(i)));
        seen.insert(key);
    }
    days.cycleWeeks = weekB ? 2 : 1;
    if (!weekB) {
        for (int &w : days.week) {
            if (w != -2)
                w = -1;
        }
    }
    return days;
}

FilePeriod periodOf(const QString &name)
{
    FilePeriod p;
    p.name = name;
    SlotName::parseTimeRange(name, &p.start, &p.end);
    if (const auto s = SlotName::parse(name))
        p.number = s->period ? s->period : s->running;
    return p;
}

QString labelOf(const QStringList &students, const QString &subject)
{
    QString label = students.join(QLatin1Char('+'));
    if (!subject.isEmpty())
        label += (label.isEmpty() ? QString() : QStringLiteral(" ")) + subject;
    return label.left(40);
}

void noteWeekend(const QHash<QString, int> &skipped, QStringList *notes)
{
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        notes->append(FetTimetableReader::tr("%1: %2 lessons not used (InductionDesk plans "
                                             "Monday to Friday).")
                          .arg(it.key())
                          .arg(it.value()));
}

// FET's "*_teachers.xml".
Result<TimetableFile> readTeachersXml(const XmlNode &root, const QString &fileName)
{
    TimetableFile file;
    file.fileName = fileName;
    file.format = QStringLiteral("fet");
    QStringList dayNames, hourNames;
    for (const XmlNode *teacher : root.all(QStringLiteral("Teacher"))) {
        for (const XmlNode *day : teacher->all(QStringLiteral("Day"))) {
            const QString d = day->attribute(QStringLiteral("name"));
            if (!dayNames.contains(d))
                dayNames.append(d);
            for (const XmlNode *hour : day->all(QStringLiteral("Hour"))) {
                const QString h = hour->attribute(QStringLiteral("name"));
                if (!hourNames.contains(h))
                    hourNames.append(h);
            }
        }
    }
    if (root.all(QStringLiteral("Teacher")).isEmpty() || dayNames.isEmpty() || hourNames.isEmpty())
        return Error::in(Place::atLine(fileName, root.line),
                         FetTimetableReader::tr("%1, line %2: FET's teachers timetable lists no "
                                                "teachers with days and hours")
                             .arg(fileName)
                             .arg(root.line));
    auto days = readDays(dayNames, fileName, root.line, &file.notes);
    if (!days)
        return days.error();
    file.cycleWeeks = days->cycleWeeks;
    for (const QString &h : std::as_const(hourNames))
        file.periods.append(periodOf(h));
    QHash<QString, int> weekend;
    QList<Located> problems;
    for (const XmlNode *teacher : root.all(QStringLiteral("Teacher"))) {
        const QString name = teacher->attribute(QStringLiteral("name")).trimmed();
        if (name.isEmpty()) {
            problems.append({Place::atLine(fileName, teacher->line),
                             FetTimetableReader::tr("%1, line %2: a teacher has no name")
                                 .arg(fileName)
                                 .arg(teacher->line)});
            continue;
        }
        const int t = int(file.teachers.size());
        file.teachers.append({name, name, {}});
        for (const XmlNode *day : teacher->all(QStringLiteral("Day"))) {
            const int d = int(dayNames.indexOf(day->attribute(QStringLiteral("name"))));
            for (const XmlNode *hour : day->all(QStringLiteral("Hour"))) {
                if (!hour->child(QStringLiteral("Activity")))
                    continue;
                if (days->week.at(d) == -2) {
                    ++weekend[dayNames.at(d)];
                    continue;
                }
                QStringList students;
                for (const XmlNode *s : hour->all(QStringLiteral("Students")))
                    students.append(s->attribute(QStringLiteral("name")));
                const QString subject =
                    hour->child(QStringLiteral("Subject"))
                        ? hour->child(QStringLiteral("Subject"))->attribute(QStringLiteral("name"))
                        : QString();
                FileLesson lesson;
                lesson.teacher = t;
                lesson.week = days->week.at(d);
                lesson.weekday = days->weekday.at(d);
                lesson.period = int(hourNames.indexOf(hour->attribute(QStringLiteral("name"))));
                lesson.place = Place::atLine(fileName, hour->line);
                const auto other =
                    students.isEmpty() ? SlotContent::nonTeaching(subject) : std::nullopt;
                lesson.activity = other.value_or(Activity::Teaching);
                if (lesson.activity == Activity::Free)
                    continue;
                if (lesson.activity == Activity::Teaching)
                    lesson.label = labelOf(students, subject);
                file.lessons.append(lesson);
            }
        }
    }
    if (!problems.isEmpty())
        return Error::ofAll(problems);
    noteWeekend(weekend, &file.notes);
    return file;
}

struct FetActivity
{
    QStringList teachers;
    QString subject;
    QStringList students;
    int duration = 1;
    int line = 0;
    bool active = true;
};

// A ".fet" file with its timetable: activities locked in time by
// ConstraintActivityPreferredStartingTime at 100%.
Result<TimetableFile> readFetFile(const XmlNode &root, const QString &fileName)
{
    TimetableFile file;
    file.fileName = fileName;
    file.format = QStringLiteral("fet");
    file.source = root.childText(QStringLiteral("Institution_Name"));
    const XmlNode *daysList = root.child(QStringLiteral("Days_List"));
    const XmlNode *hoursList = root.child(QStringLiteral("Hours_List"));
    if (!daysList || !hoursList)
        return Error::in(Place::atLine(fileName, root.line),
                         FetTimetableReader::tr("%1, line %2: the FET file has no days or hours")
                             .arg(fileName)
                             .arg(root.line));
    QStringList dayNames, hourNames;
    for (const XmlNode *d : daysList->all(QStringLiteral("Day")))
        dayNames.append(nameOf(*d));
    for (const XmlNode *h : hoursList->all(QStringLiteral("Hour")))
        hourNames.append(nameOf(*h));
    auto days = readDays(dayNames, fileName, daysList->line, &file.notes);
    if (!days)
        return days.error();
    file.cycleWeeks = days->cycleWeeks;
    for (const QString &h : std::as_const(hourNames))
        file.periods.append(periodOf(h));

    QHash<QString, int> teacherIndex;
    if (const XmlNode *list = root.child(QStringLiteral("Teachers_List"))) {
        for (const XmlNode *t : list->all(QStringLiteral("Teacher"))) {
            const QString name = nameOf(*t).trimmed();
            if (name.isEmpty() || teacherIndex.contains(name))
                continue;
            teacherIndex.insert(name, int(file.teachers.size()));
            // FET 6 keeps a long name (the full name) beside the short one.
            file.teachers.append({name, name, t->childText(QStringLiteral("Long_Name"))});
        }
    }
    QHash<QString, FetActivity> activities;
    if (const XmlNode *list = root.child(QStringLiteral("Activities_List"))) {
        for (const XmlNode *a : list->all(QStringLiteral("Activity"))) {
            FetActivity act;
            for (const XmlNode *t : a->all(QStringLiteral("Teacher")))
                act.teachers.append(t->text);
            for (const XmlNode *s : a->all(QStringLiteral("Students")))
                act.students.append(s->text);
            act.subject = a->childText(QStringLiteral("Subject"));
            act.duration = qBound(1, a->childText(QStringLiteral("Duration")).toInt(), 20);
            act.active = a->childText(QStringLiteral("Active")) != QLatin1String("false");
            act.line = a->line;
            activities.insert(a->childText(QStringLiteral("Id")), act);
        }
    }
    const XmlNode *constraints = root.child(QStringLiteral("Time_Constraints_List"));
    QList<Located> problems;
    QHash<QString, int> weekend;
    const auto place = [&](const XmlNode &at, const QString &dayName, const QString &hourName,
                           int *day, int *hour) {
        *day = int(dayNames.indexOf(dayName));
        *hour = int(hourNames.indexOf(hourName));
        if (*day < 0 || *hour < 0) {
            problems.append({Place::atLine(fileName, at.line),
                             FetTimetableReader::tr("%1, line %2: \"%3\" at \"%4\" is not a day "
                                                    "and hour of the file")
                                 .arg(fileName)
                                 .arg(at.line)
                                 .arg(dayName, hourName)});
            return false;
        }
        if (days->week.at(*day) == -2) {
            ++weekend[dayName];
            return false;
        }
        return true;
    };
    int placed = 0;
    if (constraints) {
        for (const XmlNode &c : constraints->children) {
            if (c.childText(QStringLiteral("Active")) == QLatin1String("false") ||
                c.childText(QStringLiteral("Weight_Percentage")).toDouble() < 100)
                continue;
            // FET before 5 called the locked place "ConstraintActivityPreferredTime".
            if (c.name == QLatin1String("ConstraintActivityPreferredStartingTime") ||
                c.name == QLatin1String("ConstraintActivityPreferredTime")) {
                const auto act = activities.constFind(c.childText(QStringLiteral("Activity_Id")));
                if (act == activities.cend() || !act->active)
                    continue;
                int d = 0, h = 0;
                if (c.childText(QStringLiteral("Preferred_Day")).isEmpty() ||
                    c.childText(QStringLiteral("Preferred_Hour")).isEmpty())
                    continue; // a day or an hour alone is a wish, not a place
                if (!place(c, c.childText(QStringLiteral("Preferred_Day")),
                           c.childText(QStringLiteral("Preferred_Hour")), &d, &h))
                    continue;
                ++placed;
                const auto other =
                    act->students.isEmpty() ? SlotContent::nonTeaching(act->subject) : std::nullopt;
                const Activity activity = other.value_or(Activity::Teaching);
                if (activity == Activity::Free)
                    continue;
                for (const QString &teacher : act->teachers) {
                    if (!teacherIndex.contains(teacher)) {
                        teacherIndex.insert(teacher, int(file.teachers.size()));
                        file.teachers.append({teacher, teacher, {}});
                    }
                    for (int k = 0; k < act->duration && h + k < hourNames.size(); ++k) {
                        FileLesson lesson;
                        lesson.teacher = teacherIndex.value(teacher);
                        lesson.week = days->week.at(d);
                        lesson.weekday = days->weekday.at(d);
                        lesson.period = h + k;
                        lesson.activity = activity;
                        lesson.label = activity == Activity::Teaching
                                           ? labelOf(act->students, act->subject)
                                           : QString();
                        lesson.place = Place::atLine(fileName, c.line);
                        file.lessons.append(lesson);
                    }
                }
            } else if (c.name == QLatin1String("ConstraintTeacherNotAvailableTimes")) {
                const QString teacher = c.childText(QStringLiteral("Teacher"));
                if (!teacherIndex.contains(teacher))
                    continue;
                for (const XmlNode *t : c.all(QStringLiteral("Not_Available_Time"))) {
                    int d = 0, h = 0;
                    if (!place(*t, t->childText(QStringLiteral("Day")),
                               t->childText(QStringLiteral("Hour")), &d, &h))
                        continue;
                    FileLesson off;
                    off.teacher = teacherIndex.value(teacher);
                    off.week = days->week.at(d);
                    off.weekday = days->weekday.at(d);
                    off.period = h;
                    off.activity = Activity::NotWorking;
                    off.place = Place::atLine(fileName, t->line);
                    file.lessons.append(off);
                }
            }
        }
    }
    if (!problems.isEmpty())
        return Error::ofAll(problems);
    if (placed == 0)
        return Error::in(Place::atLine(fileName, root.line),
                         FetTimetableReader::tr("%1: the FET file holds no timetable (no "
                                                "activity is placed at a day and hour); generate "
                                                "it in FET and open the "
                                                "\"data_and_timetable\" file, or export the "
                                                "teachers timetable")
                             .arg(fileName));
    noteWeekend(weekend, &file.notes);
    return file;
}
} // namespace

Result<TimetableFile> FetTimetableReader::read(const XmlNode &root, const QString &fileName)
{
    if (root.name == QLatin1String("Teachers_Timetable"))
        return readTeachersXml(root, fileName);
    if (root.name == QLatin1String("fet"))
        return readFetFile(root, fileName);
    return Error::in(Place::atLine(fileName, root.line),
                     tr("%1: is FET's \"%2\"; open the teachers timetable (*_teachers.xml) or "
                        "the .fet file")
                         .arg(fileName, root.name));
}

} // namespace idesk
