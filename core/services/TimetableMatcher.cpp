#include "TimetableMatcher.h"

#include "io/SlotName.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace idesk {

namespace {
int distance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QStringList variantsOf(const Person &p)
{
    const QString f = TimetableMatcher::normalName(p.firstName);
    const QString l = TimetableMatcher::normalName(p.lastName);
    const QString t = TimetableMatcher::normalName(p.title);
    const QString i = f.left(1);
    QStringList v{f + QLatin1Char(' ') + l, l + QLatin1Char(' ') + f, i + QLatin1Char(' ') + l,
                  l + QLatin1Char(' ') + i};
    if (!t.isEmpty())
        v += {t + QLatin1Char(' ') + l, t + QLatin1Char(' ') + f + QLatin1Char(' ') + l,
              t + QLatin1Char(' ') + i + QLatin1Char(' ') + l};
    return v;
}

bool isRegistration(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("reg"),    QStringLiteral("registration"), QStringLiteral("am reg"),
        QStringLiteral("pm reg"), QStringLiteral("tutor"),        QStringLiteral("tutor time"),
        QStringLiteral("form"),   QStringLiteral("form time"),    QStringLiteral("am"),
        QStringLiteral("pm"),     QStringLiteral("tut"),          QStringLiteral("tutorial")};
    return names.contains(TimetableMatcher::normalName(name));
}

std::optional<PeriodKind> kindByName(const QString &name)
{
    const QString n = TimetableMatcher::normalName(name);
    if (isRegistration(name))
        return PeriodKind::Registration;
    if (n == QLatin1String("break") || n == QLatin1String("am break") ||
        n == QLatin1String("pm break") || n == QLatin1String("recess"))
        return PeriodKind::Break;
    if (n == QLatin1String("lunch") || n == QLatin1String("lunchtime"))
        return PeriodKind::Lunch;
    return std::nullopt;
}

int overlap(const FilePeriod &f, const Period &p)
{
    const QTime s = std::max(f.start, p.start), e = std::min(f.end, p.end);
    return e > s ? int(s.secsTo(e) / 60) : 0;
}

// Teaching outranks a duty, which outranks the kinds of free time; not
// working gives way to anything the file places in that period.
int rank(Activity a)
{
    switch (a) {
    case Activity::Teaching:
        return 4;
    case Activity::Duty:
        return 3;
    case Activity::Ppa:
    case Activity::NonContact:
        return 2;
    case Activity::Free:
        return 1;
    case Activity::NotWorking:
        return 0;
    }
    return 0;
}
} // namespace

QString TimetableMatcher::normalName(const QString &name)
{
    static const QRegularExpression stops(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return name.normalized(QString::NormalizationForm_KD)
        .remove(QRegularExpression(QStringLiteral("\\p{Mn}")))
        .toLower()
        .replace(stops, QStringLiteral(" "))
        .trimmed();
}

Result<QList<Period>> TimetableMatcher::schoolDayFrom(const TimetableFile &file)
{
    QStringList untimed;
    QList<FilePeriod> timed;
    for (const FilePeriod &p : file.periods) {
        if (!p.start.isValid() || !p.end.isValid())
            untimed.append(p.name);
        else
            timed.append(p);
    }
    if (!untimed.isEmpty() || timed.isEmpty())
        return Error::invalid(tr("%1: there is no school day yet, and the file names its "
                                 "periods without times (%2); import the school day first "
                                 "(Calendar, School day)")
                                  .arg(file.fileName, untimed.join(QStringLiteral(", "))));
    std::sort(timed.begin(), timed.end(),
              [](const FilePeriod &a, const FilePeriod &b) { return a.start < b.start; });
    QList<Period> periods;
    QSet<QString> names;
    const auto unique = [&](QString name) {
        const QString base = name;
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = base + QLatin1Char(' ') + QString::number(n);
        names.insert(name.toLower());
        return name;
    };
    // Lunch is the longest gap of half an hour or more around midday.
    int lunchAfter = -1, lunchLength = 0;
    for (int i = 0; i + 1 < timed.size(); ++i) {
        const int gap = int(timed.at(i).end.secsTo(timed.at(i + 1).start) / 60);
        if (gap >= 25 && gap > lunchLength && timed.at(i).end >= QTime(11, 0) &&
            timed.at(i).end <= QTime(14, 30)) {
            lunchAfter = i;
            lunchLength = gap;
        }
    }
    int lesson = 0;
    for (int i = 0; i < timed.size(); ++i) {
        const FilePeriod &f = timed.at(i);
        if (i > 0 && periods.last().end > f.start)
            return Error::invalid(tr("%1: the periods %2 and %3 overlap")
                                      .arg(file.fileName, timed.at(i - 1).name, f.name));
        Period p;
        p.start = f.start;
        p.end = f.end;
        p.kind = kindByName(f.name).value_or(PeriodKind::Lesson);
        if (p.kind == PeriodKind::Lesson)
            ++lesson;
        static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
        const bool timeName = SlotName::parse(f.name) && SlotName::parse(f.name)->hasTime();
        p.name = unique(digitsOnly.match(f.name).hasMatch() ? QStringLiteral("P") + f.name
                        : timeName || f.name.isEmpty()      ? QStringLiteral("P%1").arg(lesson)
                                                            : f.name.left(20));
        periods.append(p);
        if (i + 1 < timed.size()) {
            const int gap = int(f.end.secsTo(timed.at(i + 1).start) / 60);
            if (gap >= 10) {
                Period g;
                g.start = f.end;
                g.end = timed.at(i + 1).start;
                g.kind = i == lunchAfter ? PeriodKind::Lunch : PeriodKind::Break;
                g.name = unique(i == lunchAfter ? tr("Lunch") : tr("Break"));
                periods.append(g);
            }
        }
    }
    for (int i = 0; i < periods.size(); ++i)
        periods[i].id = i + 1;
    if (auto s = SchoolDay::validate(periods); !s)
        return s.error();
    return periods;
}

Result<TimetablePlan> TimetableMatcher::plan(const TimetableFile &file, const QList<Person> &staff,
                                             const SchoolDay &givenDay, const Options &options)
{
    TimetablePlan plan;
    plan.file = file;
    QList<Located> problems;

    // The school day: the one held, or one made from the file.
    if (givenDay.isEmpty()) {
        if (file.runningNumbers)
            return Error::invalid(tr("%1: numbers its periods over the whole cycle, which "
                                     "needs the school day to place them; import the school "
                                     "day first")
                                      .arg(file.fileName));
        auto periods = schoolDayFrom(file);
        if (!periods)
            return periods.error();
        plan.newSchoolDay = *periods;
        plan.day = SchoolDay(*periods);
    } else {
        plan.day = givenDay;
    }
    const QList<Period> lessons = plan.day.lessons();

    // Each file period to a school period.
    QSet<int> used;
    for (const FileLesson &l : file.lessons)
        used.insert(l.period);
    QList<qint64> periodIds(file.periods.size(), 0);
    if (!file.runningNumbers) {
        for (int i = 0; i < file.periods.size(); ++i) {
            const FilePeriod &f = file.periods.at(i);
            const Period *match = nullptr;
            if (f.start.isValid() && f.end.isValid()) {
                int best = 0;
                for (const Period &p : plan.day.periods()) {
                    const int o = overlap(f, p);
                    if (o > best && o * 2 >= std::min(p.minutes(), f.start.secsTo(f.end) / 60)) {
                        best = o;
                        match = &p;
                    }
                }
            }
            if (!match) {
                const QString n = normalName(f.name).remove(QLatin1Char(' '));
                for (const Period &p : plan.day.periods()) {
                    if (!match && normalName(p.name).remove(QLatin1Char(' ')) == n)
                        match = &p;
                }
            }
            if (!match && isRegistration(f.name)) {
                for (const Period &p : plan.day.periods()) {
                    if (p.kind == PeriodKind::Registration) {
                        match = &p;
                        break;
                    }
                }
            }
            if (!match && f.number > 0) {
                for (const Period &p : plan.day.periods()) {
                    const auto s = SlotName::parse(p.name);
                    if (s && !match && (p.kind == PeriodKind::Lesson) &&
                        (s->period == f.number || s->running == f.number))
                        match = &p;
                }
                if (!match && f.number <= lessons.size())
                    match = plan.day.byId(lessons.at(f.number - 1).id);
            }
            if (match) {
                periodIds[i] = match->id;
                plan.periods.append({f.name, match->name, match->id});
            } else {
                plan.periods.append({f.name, QString(), 0});
                if (used.contains(i)) {
                    QStringList names;
                    for (const Period &p : plan.day.periods())
                        names.append(p.name);
                    // Named where the file first uses it.
                    Place where{file.fileName, 0, 0, {}, {}};
                    for (const FileLesson &l : file.lessons) {
                        if (l.period == i) {
                            where = l.place;
                            break;
                        }
                    }
                    problems.append(
                        {where, tr("%1: the period \"%2\" matches no period of the "
                                   "school day (%3) by time, name or number")
                                    .arg(where.text(), f.name, names.join(QStringLiteral(", ")))});
                }
            }
        }
    }

    // Each teacher to a member of staff.
    QHash<QString, qint64> byCode;
    QHash<QString, qint64> byName; // -1: more than one person has the name
    QHash<qint64, const Person *> people;
    for (const Person &p : staff) {
        people.insert(p.id, &p);
        if (!p.staffCode.isEmpty())
            byCode.insert(p.staffCode.toLower(), p.id);
        for (const QString &v : variantsOf(p)) {
            const auto it = byName.constFind(v);
            byName.insert(v, it != byName.cend() && *it != p.id ? -1 : p.id);
        }
    }
    const bool codes = options.by != MatchBy::Name;
    const bool names = options.by != MatchBy::Code;
    for (const FileTeacher &t : file.teachers) {
        TeacherMatch m;
        m.key = t.key;
        m.shown = t.shown();
        const auto set = [&](qint64 id, TeacherMatch::How how) {
            if (m.personId || !people.contains(id))
                return;
            m.personId = id;
            m.how = how;
            m.personName = people.value(id)->displayName();
        };
        if (options.byHand.contains(t.key)) {
            if (options.byHand.value(t.key) != 0)
                set(options.byHand.value(t.key), TeacherMatch::How::ByHand);
            else
                m.how = TeacherMatch::How::Unmatched; // left out on purpose
        } else {
            if (options.remembered.contains(t.key))
                set(options.remembered.value(t.key), TeacherMatch::How::Remembered);
            if (codes) {
                for (const QString &c : {t.code, t.key}) {
                    if (!c.isEmpty() && byCode.contains(c.toLower()))
                        set(byCode.value(c.toLower()), TeacherMatch::How::Code);
                }
            }
            if (names) {
                for (const QString &n : {t.name, t.key}) {
                    const qint64 id = byName.value(normalName(n), 0);
                    if (id > 0)
                        set(id, TeacherMatch::How::Name);
                }
            }
        }
        if (!m.personId && !staff.isEmpty()) {
            int best = INT_MAX;
            const QString name = normalName(t.name.isEmpty() ? t.key : t.name);
            for (const Person &p : staff) {
                int d = INT_MAX;
                for (const QString &v : variantsOf(p))
                    d = std::min(d, distance(name, v));
                if (!t.code.isEmpty() && !p.staffCode.isEmpty())
                    d = std::min(d, distance(t.code.toLower(), p.staffCode.toLower()) * 2);
                if (d < best) {
                    best = d;
                    m.suggestionId = p.id;
                    m.suggestion =
                        p.displayName() + (p.staffCode.isEmpty()
                                               ? QString()
                                               : QStringLiteral(" (%1)").arg(p.staffCode));
                }
            }
        }
        plan.teachers.append(m);
    }

    // Lessons to entries.
    int cycle = file.cycleWeeks;
    const int perDay = int(lessons.size());
    if (file.runningNumbers) {
        if (perDay == 0)
            return Error::invalid(tr("%1: numbers its periods over the cycle, but the school "
                                     "day has no lessons")
                                      .arg(file.fileName));
        int highest = 0;
        for (const FilePeriod &p : file.periods)
            highest = std::max(highest, p.number);
        cycle = highest > 5 * perDay ? 2 : 1;
        for (const FilePeriod &p : file.periods) {
            const int n = p.number - 1;
            const int week = n / (5 * perDay), weekday = (n % (5 * perDay)) / perDay + 1;
            plan.periods.append(
                {p.name,
                 tr("%1 %2, %3")
                     .arg(cycle == 2 ? (week == 0 ? tr("Week A") : tr("Week B")) : QString(),
                          QLocale(QLocale::English).dayName(weekday), lessons.at(n % perDay).name)
                     .trimmed(),
                 lessons.at(n % perDay).id});
            if (p.number > 10 * perDay)
                problems.append({Place{file.fileName, 0, 0, {}, {}},
                                 tr("%1: the period \"%2\" is beyond a two-week cycle of %3 "
                                    "lessons a day")
                                     .arg(file.fileName, p.name)
                                     .arg(perDay)});
        }
    }
    // One entry per person, week, day and period: (person, period * 16 + week * 8 + day).
    QHash<QPair<qint64, qint64>, int> at;
    QList<TimetableEntry> &entries = plan.import.entries;
    QSet<qint64> withEntries;
    for (const FileLesson &l : file.lessons) {
        const TeacherMatch &m = plan.teachers.at(l.teacher);
        if (!m.personId)
            continue;
        int week = l.week, weekday = l.weekday;
        qint64 periodId = 0;
        if (file.runningNumbers) {
            const int n = file.periods.at(l.period).number - 1;
            if (n < 0 || n >= 10 * perDay)
                continue;
            week = n / (5 * perDay);
            weekday = (n % (5 * perDay)) / perDay + 1;
            periodId = lessons.at(n % perDay).id;
        } else {
            periodId = periodIds.at(l.period);
        }
        if (!periodId || weekday < 1 || weekday > 5)
            continue;
        const Period *period = plan.day.byId(periodId);
        Activity activity = l.activity;
        // Nobody teaches in a break: what the file places there is a duty.
        if (activity == Activity::Teaching && period &&
            (period->kind == PeriodKind::Break || period->kind == PeriodKind::Lunch ||
             period->kind == PeriodKind::BeforeSchool || period->kind == PeriodKind::AfterSchool))
            activity = Activity::Duty;
        QList<int> weeks;
        if (week >= 0)
            weeks = {week};
        else
            for (int w = 0; w < cycle; ++w)
                weeks.append(w);
        for (int w : std::as_const(weeks)) {
            const QPair<qint64, qint64> cell{m.personId, periodId * 16 + w * 8 + weekday};
            const auto it = at.constFind(cell);
            if (it == at.cend()) {
                at.insert(cell, int(entries.size()));
                entries.append({m.personId, w, weekday, periodId, activity,
                                activity == Activity::Teaching ? l.label : QString()});
                withEntries.insert(m.personId);
                continue;
            }
            TimetableEntry &e = entries[*it];
            if (activity == Activity::Teaching && e.activity == Activity::Teaching) {
                // Two classes taught together ("10X+10Y").
                if (!l.label.isEmpty() && !e.classLabel.split(QLatin1Char('+')).contains(l.label))
                    e.classLabel =
                        (e.classLabel.isEmpty() ? l.label
                                                : e.classLabel + QLatin1Char('+') + l.label)
                            .left(40);
            } else if (rank(activity) > rank(e.activity)) {
                e.activity = activity;
                e.classLabel = activity == Activity::Teaching ? l.label : QString();
            }
        }
    }
    // A day off in the file (not working in every lesson) is the whole day
    // off, breaks and before and after school too.
    {
        QHash<QPair<qint64, int>, int> offLessons; // (person, week * 8 + day) -> lessons off
        for (const TimetableEntry &e : std::as_const(entries)) {
            const Period *p = plan.day.byId(e.periodId);
            if (e.activity == Activity::NotWorking && p && p->kind == PeriodKind::Lesson)
                ++offLessons[{e.personId, e.week * 8 + e.weekday}];
        }
        for (auto it = offLessons.cbegin(); it != offLessons.cend(); ++it) {
            if (it.value() < lessons.size())
                continue;
            const int week = it.key().second / 8, weekday = it.key().second % 8;
            for (const Period &p : plan.day.periods()) {
                const QPair<qint64, qint64> cell{it.key().first, p.id * 16 + week * 8 + weekday};
                if (at.contains(cell))
                    continue;
                at.insert(cell, int(entries.size()));
                entries.append(
                    {it.key().first, week, weekday, p.id, Activity::NotWorking, QString()});
            }
        }
    }
    QHash<qint64, int> lessonsOf;
    for (const TimetableEntry &e : std::as_const(entries))
        lessonsOf[e.personId] += e.activity == Activity::Teaching ? 1 : 0;
    for (TeacherMatch &m : plan.teachers)
        m.lessons = lessonsOf.value(m.personId);
    if (!problems.isEmpty())
        return Error::ofAll(problems);
    plan.import.cycleWeeks = cycle;
    plan.import.people = int(withEntries.size());
    return plan;
}

} // namespace idesk
