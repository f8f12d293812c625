#include "GridTimetableReader.h"

#include "io/SlotContent.h"
#include "io/SlotName.h"
#include "io/TimetableCsv.h"

#include <QHash>

namespace idesk {

namespace {
struct Columns
{
    int code = -1, name = -1, forename = -1, surname = -1, day = -1, week = -1, period = -1,
        start = -1, end = -1, klass = -1, subject = -1, activity = -1;
    QList<int> slotColumns; // wide: the columns that are periods
    QList<SlotName> slotNames;

    bool hasTeacher() const { return code >= 0 || name >= 0 || surname >= 0; }
    bool isLong() const { return hasTeacher() && (period >= 0 || (day >= 0 && start >= 0)); }
    bool isWide() const { return hasTeacher() && slotColumns.size() >= 3; }
};

Columns columnsOf(const CsvTable &table)
{
    Columns c;
    c.code = table.column({QStringLiteral("Staff Code"), QStringLiteral("Teacher Code"),
                           QStringLiteral("Code"), QStringLiteral("Initials"),
                           QStringLiteral("Staff Initials"), QStringLiteral("Teacher Initials"),
                           QStringLiteral("Short Name"), QStringLiteral("Short"),
                           QStringLiteral("Abbreviation"), QStringLiteral("Staff ID")});
    c.name = table.column({QStringLiteral("Teacher Name"), QStringLiteral("Staff Name"),
                           QStringLiteral("Full Name"), QStringLiteral("Name"),
                           QStringLiteral("Teacher"), QStringLiteral("Staff"),
                           QStringLiteral("Employee")});
    c.forename =
        table.column({QStringLiteral("Forename"), QStringLiteral("First Name"),
                      QStringLiteral("Preferred Forename"), QStringLiteral("Legal Forename")});
    c.surname =
        table.column({QStringLiteral("Surname"), QStringLiteral("Last Name"),
                      QStringLiteral("Preferred Surname"), QStringLiteral("Legal Surname")});
    c.day = table.column({QStringLiteral("Day"), QStringLiteral("Weekday"),
                          QStringLiteral("Day of Week"), QStringLiteral("Day Name")});
    c.week = table.column({QStringLiteral("Week"), QStringLiteral("Timetable Week"),
                           QStringLiteral("Cycle Week"), QStringLiteral("Wk")});
    c.period = table.column({QStringLiteral("Period"), QStringLiteral("Period Name"),
                             QStringLiteral("Lesson"), QStringLiteral("Slot"),
                             QStringLiteral("Timeslot"), QStringLiteral("Time")});
    c.start = table.column(
        {QStringLiteral("Start"), QStringLiteral("Start Time"), QStringLiteral("From")});
    c.end = table.column({QStringLiteral("End"), QStringLiteral("End Time"), QStringLiteral("To")});
    c.klass = table.column({QStringLiteral("Class"), QStringLiteral("Class Code"),
                            QStringLiteral("Teaching Group"), QStringLiteral("Group"),
                            QStringLiteral("Set"), QStringLiteral("Class Name")});
    c.subject = table.column(
        {QStringLiteral("Subject"), QStringLiteral("Subject Code"), QStringLiteral("Course")});
    c.activity = table.column({QStringLiteral("Activity"), QStringLiteral("Type")});
    const QList<int> known{c.code,   c.name,  c.forename, c.surname, c.day,     c.week,
                           c.period, c.start, c.end,      c.klass,   c.subject, c.activity};
    for (int i = 0; i < table.header.size(); ++i) {
        if (known.contains(i))
            continue;
        const auto slot = SlotName::parse(table.header.at(i));
        if (!slot)
            continue;
        const bool usable = slot->isDaySlot() || slot->running > 0 || slot->hasTime() ||
                            (c.day >= 0 && (slot->period > 0 || !slot->name.isEmpty()));
        if (usable && slot->name.size() <= 12) {
            c.slotColumns.append(i);
            c.slotNames.append(*slot);
        }
    }
    return c;
}

// A title row of days over a header of periods ("Monday" above "1", blank
// above "2"...): the days carried into the header as "Monday 1".
void carryDaysDown(CsvTable &table, qsizetype headerIndex)
{
    if (headerIndex < 1)
        return;
    const QStringList &above = headerIndex == 1 ? table.header : table.rows.at(headerIndex - 2);
    int days = 0;
    for (const QString &cell : above)
        days += SlotName::parseDay(cell) ? 1 : 0;
    if (days < 2)
        return;
    QStringList &header = table.rows[headerIndex - 1];
    QString day;
    for (int i = 0; i < header.size(); ++i) {
        const QString cell = i < above.size() ? above.at(i).trimmed() : QString();
        if (!cell.isEmpty())
            day = SlotName::parseDay(cell) ? cell : QString();
        if (!day.isEmpty() && !header.at(i).trimmed().isEmpty())
            header[i] = day + QLatin1Char(' ') + header.at(i).trimmed();
    }
}

QString periodNameOf(const SlotName &s)
{
    if (!s.name.isEmpty())
        return s.name.left(1).toUpper() + s.name.mid(1);
    if (s.period > 0)
        return QString::number(s.period);
    if (s.running > 0)
        return QString::number(s.running);
    return s.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           s.end.toString(QStringLiteral("HH:mm"));
}

bool looksLikeCode(const QString &text)
{
    return !text.isEmpty() && text.size() <= 6 && !text.contains(QLatin1Char(' '));
}
} // namespace

Result<TimetableFile> GridTimetableReader::read(CsvTable table)
{
    TimetableFile file;
    file.fileName = table.fileName;
    file.format = QStringLiteral("grid");
    // The header is the first of the top rows that names a teacher and
    // either periods across or a period column.
    Columns columns = columnsOf(table);
    if (!columns.isLong() && !columns.isWide()) {
        const qsizetype limit = qMin<qsizetype>(table.rows.size(), 20);
        for (qsizetype i = 1; i <= limit; ++i) {
            CsvTable candidate = table;
            carryDaysDown(candidate, i);
            candidate.rebaseHeader(i);
            const Columns c = columnsOf(candidate);
            if (c.isLong() || c.isWide()) {
                table = std::move(candidate);
                columns = c;
                break;
            }
        }
    }
    const auto at = [&](int row, int column) {
        return Place::atRow(table.fileName, row,
                            column >= 0 && column < table.header.size() ? table.header.at(column)
                                                                        : QString(),
                            table.sheet);
    };
    if (!columns.isLong() && !columns.isWide())
        return Error::in(at(table.headerRow, -1),
                         tr("%1: no header names a teacher (Staff Code, Teacher or Name) "
                            "together with the periods, either as a Period column or as columns "
                            "such as \"Mon:1\", \"MonA:1\", \"Monday P1\", \"1\" to \"50\" or "
                            "\"09:00 - 10:00\"")
                             .arg(Place::atRow(table.fileName, 0, {}, table.sheet).text()));

    QList<Located> problems;
    const auto problem = [&](int row, int column, const QString &message) {
        problems.append({at(row, column), tr("%1: %2").arg(at(row, column).text(), message)});
    };
    QHash<QString, int> periodIndex;
    const auto periodOf = [&](const SlotName &s) {
        FilePeriod p;
        p.name = periodNameOf(s);
        p.number = s.period > 0 ? s.period : s.running;
        p.start = s.start;
        p.end = s.end;
        const QString key = p.name.toLower() + p.start.toString() + p.end.toString();
        if (!periodIndex.contains(key)) {
            periodIndex.insert(key, int(file.periods.size()));
            file.periods.append(p);
        }
        return periodIndex.value(key);
    };
    QHash<QString, int> teacherIndex;
    QHash<QString, int> weekend;
    bool running = false, placedByDay = false;
    int rowsRead = 0;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const int row = table.rowNumbers.at(r);
        FileTeacher teacher;
        const QString code = table.cell(r, columns.code);
        QString name = table.cell(r, columns.name);
        if (name.isEmpty() && columns.surname >= 0)
            name = QString(table.cell(r, columns.forename) + QLatin1Char(' ') +
                           table.cell(r, columns.surname))
                       .trimmed();
        if (code.isEmpty() && looksLikeCode(name) && columns.surname < 0) {
            teacher.code = name; // a "Teacher" column of initials
        } else {
            teacher.code = code;
            teacher.name = name;
        }
        teacher.key = teacher.code.isEmpty() ? teacher.name : teacher.code;
        if (teacher.key.isEmpty())
            continue; // a blank or a total row
        ++rowsRead;
        if (!teacherIndex.contains(teacher.key.toLower())) {
            teacherIndex.insert(teacher.key.toLower(), int(file.teachers.size()));
            file.teachers.append(teacher);
        } else if (file.teachers[teacherIndex.value(teacher.key.toLower())].name.isEmpty()) {
            file.teachers[teacherIndex.value(teacher.key.toLower())].name = teacher.name;
        }
        const int t = teacherIndex.value(teacher.key.toLower());

        // The row's own day and week, for long rows and per-day wide rows.
        int rowWeek = -1, rowDay = 0;
        if (columns.week >= 0) {
            const auto w = TimetableCsv::parseWeek(table.cell(r, columns.week));
            if (!w) {
                problem(row, columns.week,
                        tr("\"%1\" is not a timetable week (A or B, 1 or 2)")
                            .arg(table.cell(r, columns.week)));
                continue;
            }
            rowWeek = *w;
        }
        if (columns.day >= 0) {
            const QString d = table.cell(r, columns.day);
            bool number = false;
            const int n = d.toInt(&number);
            if (number && n >= 1 && n <= 10) {
                rowDay = (n - 1) % 5 + 1;
                if (n > 5)
                    rowWeek = 1; // a ten-day cycle's second week
            } else if (const auto s = SlotName::parseDay(d)) {
                rowDay = s->weekday;
                if (s->week >= 0)
                    rowWeek = s->week;
            } else if (!d.isEmpty() || columns.isLong()) {
                problem(row, columns.day, tr("\"%1\" is not a day of the week").arg(d));
                continue;
            }
            if (rowDay > 5) {
                ++weekend[d];
                continue;
            }
        }
        const auto add = [&](const SlotName &slot, int week, int weekday, const QString &cell,
                             int column) {
            SlotContent content;
            if (columns.activity >= 0 && columns.isLong()) {
                const auto a = TimetableCsv::parseActivity(table.cell(r, columns.activity));
                if (!a) {
                    problem(row, columns.activity,
                            tr("\"%1\" is not an activity (teaching, PPA, non-contact, duty, "
                               "free, not working)")
                                .arg(table.cell(r, columns.activity)));
                    return;
                }
                content.activity = *a;
                content.empty = false;
                content.label = *a == Activity::Teaching ? cell.left(40) : QString();
            } else {
                content = SlotContent::read(cell);
            }
            if (content.empty || content.activity == Activity::Free)
                return;
            if (weekday > 5) {
                ++weekend[QStringLiteral("Saturday and Sunday")];
                return;
            }
            FileLesson lesson;
            lesson.teacher = t;
            lesson.week = week;
            lesson.weekday = weekday;
            lesson.period = periodOf(slot);
            lesson.activity = content.activity;
            lesson.label = content.label;
            lesson.place = at(row, column);
            file.lessons.append(lesson);
        };

        if (columns.isLong()) {
            SlotName slot;
            if (columns.period >= 0) {
                const QString p = table.cell(r, columns.period);
                const auto parsed = SlotName::parse(p);
                if (!parsed) {
                    problem(row, columns.period, tr("\"%1\" is not a period").arg(p));
                    continue;
                }
                slot = *parsed;
                if (slot.running > 0 && rowDay > 0) {
                    slot.period = slot.running; // "1" beside a Day column is period 1
                    slot.running = 0;
                }
            }
            if (columns.start >= 0 && columns.end >= 0) {
                QTime s, e;
                if (SlotName::parseTimeRange(table.cell(r, columns.start) + QStringLiteral(" - ") +
                                                 table.cell(r, columns.end),
                                             &s, &e)) {
                    slot.start = s;
                    slot.end = e;
                }
            }
            const int weekday = rowDay ? rowDay : slot.weekday;
            const int week = slot.week >= 0 ? slot.week : rowWeek;
            if (slot.running > 0) {
                running = true;
            } else if (weekday == 0) {
                problem(row, columns.period,
                        tr("\"%1\" names no day; add a Day column or name periods as \"Mon:1\"")
                            .arg(table.cell(r, columns.period)));
                continue;
            }
            placedByDay = placedByDay || weekday > 0;
            QString cell = table.cell(r, columns.klass);
            if (cell.isEmpty())
                cell = table.cell(r, columns.subject);
            add(slot, week, slot.running > 0 ? 0 : weekday, cell,
                columns.period >= 0 ? columns.period : columns.start);
            continue;
        }
        for (int k = 0; k < columns.slotColumns.size(); ++k) {
            SlotName slot = columns.slotNames.at(k);
            if (slot.running > 0 && rowDay > 0) {
                slot.period = slot.running;
                slot.running = 0;
            }
            const int weekday = slot.weekday ? slot.weekday : rowDay;
            const int week = slot.week >= 0 ? slot.week : rowWeek;
            if (slot.running > 0) {
                running = true;
            } else if (weekday == 0) {
                problem(table.headerRow, columns.slotColumns.at(k),
                        tr("the column \"%1\" names no day; add a Day column or head the "
                           "columns \"Mon:1\"")
                            .arg(table.header.at(columns.slotColumns.at(k))));
                break;
            }
            placedByDay = placedByDay || weekday > 0;
            add(slot, week, slot.running > 0 ? 0 : weekday,
                table.cell(r, columns.slotColumns.at(k)), columns.slotColumns.at(k));
        }
    }
    if (running && placedByDay)
        problems.append({at(table.headerRow, -1),
                         tr("%1: mixes periods numbered over the cycle with periods named by "
                            "day")
                             .arg(at(table.headerRow, -1).text())});
    if (rowsRead == 0)
        problems.append(
            {at(table.headerRow, -1),
             tr("%1: has a header but no teachers").arg(at(table.headerRow, -1).text())});
    if (!problems.isEmpty())
        return Error::ofAll(problems);
    file.runningNumbers = running;
    for (const FileLesson &l : std::as_const(file.lessons)) {
        if (l.week == 1)
            file.cycleWeeks = 2;
    }
    for (auto it = weekend.cbegin(); it != weekend.cend(); ++it)
        file.notes.append(tr("%1: %n lesson(s) not used (InductionDesk plans Monday to Friday).",
                             nullptr, it.value())
                              .arg(it.key()));
    if (!table.sheet.isEmpty())
        file.notes.prepend(
            tr("Read the sheet \"%1\", header on row %2.").arg(table.sheet).arg(table.headerRow));
    else if (table.headerRow > 1)
        file.notes.prepend(tr("Header found on row %1.").arg(table.headerRow));
    return file;
}

} // namespace idesk
