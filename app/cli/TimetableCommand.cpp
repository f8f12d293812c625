#include "TimetableCommand.h"

#include "TextTable.h"
#include "application/CalendarUseCases.h"
#include "io/TimetableFileReader.h"
#include "util/Weekdays.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace idesk::cli {

void TimetableCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("import FILE (FET teachers XML or .fet, aSc XML, a grid as CSV or XLSX, or "
           "InductionDesk's CSV), or show REF"));
    parser.addOptions({
        {QStringLiteral("format"),
         tr("import: the file's format: auto (default: told from the content), inductiondesk, "
            "fet, asc or grid."),
         QStringLiteral("format")},
        {QStringLiteral("match-by"),
         tr("import: match the file's teachers to staff by code or by name only (default: by "
            "staff code, then by name)."),
         QStringLiteral("code|name")},
        {QStringLiteral("match"),
         tr("import: match a teacher of the file to a member of staff by hand, as "
            "\"TEACHER=REF\" (remembered for the next file from the same source); "
            "\"TEACHER=\" leaves them out. Repeatable."),
         QStringLiteral("teacher=ref")},
        {QStringLiteral("dry-run"), tr("import: check the file; save nothing.")},
        {QStringLiteral("json"), tr("Print JSON.")},
    });
}

int TimetableCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() == 2 && args.first() == QLatin1String("import"))
        return import(context, parser, args.at(1));
    if (args.size() == 2 && args.first() == QLatin1String("show"))
        return show(context, parser, args.at(1));
    return context.usage(tr("expected: timetable import FILE, or timetable show REF"), name());
}

int TimetableCommand::import(CliContext &context, const QCommandLineParser &parser,
                             const QString &file)
{
    TimetableReadOptions options;
    options.format = parser.value(QStringLiteral("format"));
    if (!options.format.isEmpty() && !TimetableFileReader::formats().contains(options.format))
        return context.usage(tr("--format must be one of %1")
                                 .arg(TimetableFileReader::formats().join(QStringLiteral(", "))),
                             name());
    const QString by = parser.value(QStringLiteral("match-by"));
    if (by == QLatin1String("code"))
        options.by = MatchBy::Code;
    else if (by == QLatin1String("name"))
        options.by = MatchBy::Name;
    else if (!by.isEmpty())
        return context.usage(tr("--match-by must be code or name"), name());
    for (const QString &m : parser.values(QStringLiteral("match"))) {
        const qsizetype eq = m.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.usage(tr("--match takes TEACHER=REF, not \"%1\"").arg(m), name());
        const QString ref = m.mid(eq + 1).trimmed();
        qint64 id = 0;
        if (!ref.isEmpty()) {
            const auto person = context.person(ref);
            if (!person)
                return context.fail(person.error());
            id = person->id;
        }
        options.byHand.insert(m.left(eq).trimmed(), id);
    }
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    CalendarUseCases calendar(**ws);
    auto plan = calendar.readTimetables(file, options);
    if (!plan)
        return context.fail(plan.error());
    for (auto it = options.byHand.cbegin(); it != options.byHand.cend(); ++it) {
        const bool known = std::any_of(plan->teachers.cbegin(), plan->teachers.cend(),
                                       [&](const TeacherMatch &t) { return t.key == it.key(); });
        if (!known)
            return context.fail(
                Error::invalid(tr("--match: the file has no teacher \"%1\"").arg(it.key())));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool nothing =
        plan->changedPeople == 0 && plan->newSchoolDay.isEmpty() && options.byHand.isEmpty();
    // The dry run asks the same change what it would do, and writes nothing.
    auto change = calendar.importTimetables(*plan);
    if (!change)
        return context.fail(change.error());
    if (!nothing) {
        if (auto s = dryRun ? (*ws)->check(**change) : (*ws)->apply(**change); !s)
            return context.fail(s.error());
    }
    return printImport(context, *plan, dryRun, !dryRun && !nothing, json);
}

int TimetableCommand::printImport(CliContext &context, const TimetablePlan &plan, bool dryRun,
                                  bool saved, bool json)
{
    const auto how = [](TeacherMatch::How h) {
        switch (h) {
        case TeacherMatch::How::Code:
            return QStringLiteral("code");
        case TeacherMatch::How::Name:
            return QStringLiteral("name");
        case TeacherMatch::How::Remembered:
            return QStringLiteral("remembered");
        case TeacherMatch::How::ByHand:
            return QStringLiteral("by-hand");
        case TeacherMatch::How::Unmatched:
            break;
        }
        return QString();
    };
    if (json) {
        QJsonArray unmatched, matches, created, notes;
        for (const TeacherMatch &t : plan.teachers) {
            if (t.personId == 0)
                unmatched.append(
                    QJsonObject{{QStringLiteral("name"), t.shown},
                                {QStringLiteral("key"), t.key},
                                {QStringLiteral("suggestion"),
                                 t.suggestion.isEmpty() ? QJsonValue() : QJsonValue(t.suggestion)},
                                {QStringLiteral("suggestion_id"),
                                 t.suggestionId ? QJsonValue(t.suggestionId) : QJsonValue()}});
            else
                matches.append(QJsonObject{{QStringLiteral("name"), t.shown},
                                           {QStringLiteral("person_id"), t.personId},
                                           {QStringLiteral("person"), t.personName},
                                           {QStringLiteral("by"), how(t.how)},
                                           {QStringLiteral("lessons"), t.lessons}});
        }
        QJsonObject periods;
        for (const PeriodMatch &p : plan.periods)
            periods.insert(p.fileName, p.schoolName.isEmpty() ? QJsonValue() : p.schoolName);
        for (const Period &p : plan.newSchoolDay)
            created.append(
                QJsonObject{{QStringLiteral("name"), p.name},
                            {QStringLiteral("kind"), PeriodKinds::key(p.kind)},
                            {QStringLiteral("start"), p.start.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("end"), p.end.toString(QStringLiteral("HH:mm"))}});
        for (const QString &n : plan.file.notes)
            notes.append(n);
        context.printJson(QJsonObject{{QStringLiteral("file"), plan.file.fileName},
                                      {QStringLiteral("format"), plan.file.format},
                                      {QStringLiteral("cycle_weeks"), plan.import.cycleWeeks},
                                      {QStringLiteral("teachers_matched"), plan.matchedCount()},
                                      {QStringLiteral("teachers_unmatched"), unmatched},
                                      {QStringLiteral("matches"), matches},
                                      {QStringLiteral("periods"), periods},
                                      {QStringLiteral("school_day_created"), created},
                                      {QStringLiteral("entries"), plan.import.entries.size()},
                                      {QStringLiteral("people"), plan.import.people},
                                      {QStringLiteral("people_changed"), plan.changedPeople},
                                      {QStringLiteral("notes"), notes},
                                      {QStringLiteral("errors"), QJsonArray()},
                                      {QStringLiteral("dry_run"), dryRun},
                                      {QStringLiteral("saved"), saved}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("%1: %2, %3-week cycle, %4 teachers: %5 matched")
               .arg(plan.file.fileName, plan.file.format)
               .arg(plan.import.cycleWeeks)
               .arg(plan.teachers.size())
               .arg(plan.matchedCount())
        << '\n';
    for (const TeacherMatch &t : plan.teachers) {
        if (t.personId)
            continue;
        out << "  "
            << (t.suggestion.isEmpty()
                    ? tr("Not matched: %1").arg(t.shown)
                    : tr("Not matched: %1 (closest: %2; to match, add --match \"%3=REF\")")
                          .arg(t.shown, t.suggestion, t.key))
            << '\n';
    }
    if (!plan.newSchoolDay.isEmpty()) {
        QStringList day;
        for (const Period &p : plan.newSchoolDay)
            day.append(QStringLiteral("%1 %2-%3")
                           .arg(p.name, p.start.toString(QStringLiteral("HH:mm")),
                                p.end.toString(QStringLiteral("HH:mm"))));
        out << tr("School day made from the file: %1").arg(day.join(QStringLiteral(", "))) << '\n';
    } else {
        QStringList periods;
        for (const PeriodMatch &p : plan.periods)
            periods.append(
                QStringLiteral("%1 -> %2")
                    .arg(p.fileName, p.schoolName.isEmpty() ? tr("(not used)") : p.schoolName));
        out << tr("Periods: %1").arg(periods.join(QStringLiteral(", "))) << '\n';
    }
    for (const QString &n : plan.file.notes)
        out << "  " << n << '\n';
    out << tr("%1 timetable entries for %2 people; %3 timetables change.")
               .arg(plan.import.entries.size())
               .arg(plan.import.people)
               .arg(plan.changedPeople)
        << '\n'
        << (dryRun  ? tr("Dry run: nothing was saved.")
            : saved ? tr("Saved.")
                    : tr("Nothing to save: the timetables are already as the file has them."))
        << Qt::endl;
    return Success;
}

int TimetableCommand::show(CliContext &context, const QCommandLineParser &parser,
                           const QString &ref)
{
    const auto person = context.person(ref);
    if (!person)
        return context.fail(person.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    CalendarUseCases calendar(**opened);
    auto day = calendar.schoolDay();
    if (!day)
        return context.fail(day.error());
    auto timetable = calendar.timetable();
    if (!timetable)
        return context.fail(timetable.error());
    const auto weekLabel = [](int w) {
        return w == 0 ? QStringLiteral("A") : QStringLiteral("B");
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray entries;
        for (int w = 0; w < timetable->cycleWeeks(); ++w) {
            for (int d = 1; d <= 5; ++d) {
                for (const auto &p : day->periods()) {
                    const TimetableEntry *e = timetable->entry(person->id, w, d, p.id);
                    entries.append(QJsonObject{
                        {QStringLiteral("week"), weekLabel(w)},
                        {QStringLiteral("day"), weekdayName(d)},
                        {QStringLiteral("period"), p.name},
                        {QStringLiteral("start"), p.start.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("end"), p.end.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("activity"),
                         Activities::key(e ? e->activity : Activity::Free)},
                        {QStringLiteral("class"), e ? e->classLabel : QString()}});
                }
            }
        }
        context.printJson(QJsonObject{{QStringLiteral("person_id"), person->id},
                                      {QStringLiteral("name"), person->displayName()},
                                      {QStringLiteral("cycle_weeks"), timetable->cycleWeeks()},
                                      {QStringLiteral("entries"), entries}});
        return Success;
    }
    QTextStream &out = context.out();
    if (day->isEmpty()) {
        out << tr("No school day yet: import one with 'school-day import FILE'.") << Qt::endl;
        return Success;
    }
    for (int w = 0; w < timetable->cycleWeeks(); ++w) {
        out << (timetable->cycleWeeks() == 2
                    ? tr("%1, week %2").arg(person->displayName(), weekLabel(w))
                    : person->displayName())
            << '\n';
        QStringList header{tr("Period")};
        for (int d = 1; d <= 5; ++d)
            header.append(weekdayName(d));
        TextTable table(header);
        for (const auto &p : day->periods()) {
            QStringList row{p.name};
            for (int d = 1; d <= 5; ++d) {
                const TimetableEntry *e = timetable->entry(person->id, w, d, p.id);
                const Activity a = e ? e->activity : Activity::Free;
                row.append(a == Activity::Teaching && !e->classLabel.isEmpty()
                               ? e->classLabel
                               : Activities::displayName(a));
            }
            table.addRow(row);
        }
        table.print(out);
        out << '\n';
    }
    out.flush();
    return Success;
}

} // namespace idesk::cli
