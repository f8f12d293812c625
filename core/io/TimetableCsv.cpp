#include "TimetableCsv.h"

#include "util/Weekdays.h"

#include <QRegularExpression>

namespace idesk {

std::optional<Activity> TimetableCsv::parseActivity(const QString &text)
{
    const QString t =
        text.trimmed()
            .toLower()
            .remove(QLatin1Char('.'))
            .replace(QRegularExpression(QStringLiteral("[\\s_-]+")), QStringLiteral(" "));
    if (auto a = Activities::fromKey(QString(t).replace(QLatin1Char(' '), QLatin1Char('-'))))
        return a;
    static const QHash<QString, Activity> synonyms{
        {QStringLiteral("lesson"), Activity::Teaching},
        {QStringLiteral("teach"), Activity::Teaching},
        {QStringLiteral("class"), Activity::Teaching},
        {QStringLiteral("t"), Activity::Teaching},
        {QStringLiteral("planning"), Activity::Ppa},
        {QStringLiteral("ppa time"), Activity::Ppa},
        {QStringLiteral("nc"), Activity::NonContact},
        {QStringLiteral("non contact"), Activity::NonContact},
        {QStringLiteral("noncontact"), Activity::NonContact},
        {QStringLiteral("directed"), Activity::NonContact},
        {QStringLiteral("management"), Activity::NonContact},
        {QStringLiteral("ect time"), Activity::NonContact},
        {QStringLiteral("induction time"), Activity::NonContact},
        {QStringLiteral("mentor time"), Activity::NonContact},
        {QStringLiteral("free period"), Activity::Free},
        {QStringLiteral("f"), Activity::Free},
        {QStringLiteral("not working"), Activity::NotWorking},
        {QStringLiteral("nw"), Activity::NotWorking},
        {QStringLiteral("off"), Activity::NotWorking},
        {QStringLiteral("absent"), Activity::NotWorking},
        {QStringLiteral("non working"), Activity::NotWorking},
    };
    const auto it = synonyms.constFind(t);
    return it == synonyms.cend() ? std::nullopt : std::optional<Activity>(*it);
}

std::optional<int> TimetableCsv::parseWeek(const QString &text)
{
    QString t = text.trimmed().toUpper();
    if (t.startsWith(QLatin1String("WEEK")))
        t = t.mid(4).trimmed();
    if (t.isEmpty() || t == QLatin1String("AB") || t == QLatin1String("BOTH") ||
        t == QLatin1String("ALL") || t == QLatin1String("A/B"))
        return -1;
    if (t == QLatin1String("A") || t == QLatin1String("1"))
        return 0;
    if (t == QLatin1String("B") || t == QLatin1String("2"))
        return 1;
    return std::nullopt;
}

Result<TimetableImport> TimetableCsv::parse(const CsvTable &table, const SchoolDay &day,
                                            const QHash<QString, qint64> &staffCodes,
                                            QStringList *problems)
{
    const int cStaff = table.column({QStringLiteral("Staff Code"), QStringLiteral("Staff"),
                                     QStringLiteral("Teacher Code"), QStringLiteral("Code")});
    const int cWeek = table.column({QStringLiteral("Week"), QStringLiteral("Timetable Week")});
    const int cDay = table.column({QStringLiteral("Day"), QStringLiteral("Weekday")});
    const int cPeriod = table.column({QStringLiteral("Period"), QStringLiteral("Lesson")});
    const int cActivity = table.column({QStringLiteral("Activity"), QStringLiteral("Type")});
    const int cClass = table.column(
        {QStringLiteral("Class"), QStringLiteral("Group"), QStringLiteral("Teaching Group")});
    QStringList missing;
    for (const auto &[column, name] :
         {std::pair{cStaff, "Staff Code"}, std::pair{cWeek, "Week"}, std::pair{cDay, "Day"},
          std::pair{cPeriod, "Period"}, std::pair{cActivity, "Activity"}}) {
        if (column < 0)
            missing.append(QString::fromLatin1(name));
    }
    if (!missing.isEmpty())
        return Error::invalid(tr("%1, row 1: the header has no column %2 (expected Staff Code, "
                                 "Week, Day, Period, Activity and optionally Class)")
                                  .arg(table.fileName, missing.join(QStringLiteral(", "))));
    if (day.isEmpty())
        return Error::invalid(
            tr("%1: there is no school day yet, so the periods cannot be matched; import the "
               "school day first")
                .arg(table.fileName));

    struct Row
    {
        TimetableEntry entry;
        int week = -1; // -1: every week
        int rowNumber = 0;
    };
    QList<Row> rows;
    bool weekB = false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const int rowNumber = table.rowNumbers.at(r);
        const auto where = [&](const char *column) {
            return tr("%1, row %2, column %3")
                .arg(table.fileName)
                .arg(rowNumber)
                .arg(QLatin1String(column));
        };
        const int before = int(problems->size());
        Row row;
        row.rowNumber = rowNumber;
        const QString code = table.cell(r, cStaff);
        const auto person = staffCodes.constFind(code.toUpper());
        if (code.isEmpty())
            problems->append(tr("%1: the staff code is empty").arg(where("Staff Code")));
        else if (person == staffCodes.cend())
            problems->append(
                tr("%1: no one has the staff code \"%2\"").arg(where("Staff Code"), code));
        else
            row.entry.personId = *person;
        const auto week = parseWeek(table.cell(r, cWeek));
        if (!week)
            problems->append(tr("%1: \"%2\" is not a timetable week (A or B)")
                                 .arg(where("Week"), table.cell(r, cWeek)));
        else
            row.week = *week;
        weekB = weekB || row.week == 1;
        bool isNumber = false;
        int weekday = table.cell(r, cDay).toInt(&isNumber);
        if (!isNumber) {
            const auto days = parseWeekdays(table.cell(r, cDay));
            weekday = days && days->size() == 1 ? days->first() : 0;
        }
        if (weekday < 1 || weekday > 5)
            problems->append(tr("%1: \"%2\" is not a school day (Monday to Friday)")
                                 .arg(where("Day"), table.cell(r, cDay)));
        row.entry.weekday = weekday;
        const Period *period = day.byName(table.cell(r, cPeriod));
        const auto activity = parseActivity(table.cell(r, cActivity));
        if (!period)
            problems->append(tr("%1: \"%2\" is not a period of the school day")
                                 .arg(where("Period"), table.cell(r, cPeriod)));
        else
            row.entry.periodId = period->id;
        if (!activity)
            problems->append(tr("%1: \"%2\" is not an activity (teaching, PPA, non-contact, free, "
                                "not working)")
                                 .arg(where("Activity"), table.cell(r, cActivity)));
        else
            row.entry.activity = *activity;
        if (period && activity == Activity::Teaching && period->kind != PeriodKind::Lesson &&
            period->kind != PeriodKind::Registration)
            problems->append(tr("%1: %2 is a %3, so no one teaches in it")
                                 .arg(where("Activity"), period->name,
                                      PeriodKinds::key(period->kind)
                                          .replace(QLatin1Char('-'), QLatin1Char(' '))));
        if (cClass >= 0)
            row.entry.classLabel = table.cell(r, cClass).left(40);
        if (int(problems->size()) == before)
            rows.append(row);
    }

    TimetableImport result;
    result.cycleWeeks = weekB ? 2 : 1;
    QHash<quint64, int> seen; // cell -> row number
    QSet<qint64> people;
    for (const Row &row : std::as_const(rows)) {
        const QList<int> weeks =
            row.week < 0 ? (weekB ? QList<int>{0, 1} : QList<int>{0}) : QList<int>{row.week};
        for (int w : weeks) {
            TimetableEntry e = row.entry;
            e.week = w;
            const quint64 cell = (quint64(e.personId) << 32) | (quint64(e.periodId) << 8) |
                                 quint64(w << 4) | quint64(e.weekday);
            if (const auto it = seen.constFind(cell); it != seen.cend()) {
                problems->append(tr("%1, row %2: the same person, week, day and period is "
                                    "already given on row %3")
                                     .arg(table.fileName)
                                     .arg(row.rowNumber)
                                     .arg(*it));
                break;
            }
            seen.insert(cell, row.rowNumber);
            result.entries.append(e);
            people.insert(e.personId);
        }
    }
    if (table.rows.isEmpty())
        problems->append(tr("%1: has a header but no rows").arg(table.fileName));
    if (!problems->isEmpty())
        return Error::invalid(problems->join(QLatin1Char('\n')));
    result.people = int(people.size());
    return result;
}

} // namespace idesk
