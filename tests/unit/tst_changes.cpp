#include "TestDatabase.h"
#include "application/AvailabilityUseCases.h"
#include "application/CalendarUseCases.h"
#include "application/MentorUseCases.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/ReportUseCases.h"
#include "application/SchoolUseCases.h"
#include "application/SessionUseCases.h"
#include "application/StaffImportUseCases.h"
#include "demo/DemoSchool.h"
#include "domain/SessionRules.h"
#include "util/Dates.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <functional>

using namespace idesk;

// Every kind of edit the application layer makes, each tried headless on the
// demo school: it applies in one transaction, reverts to exactly what was
// there, applies again, and a change the rules forbid is refused with nothing
// written.
namespace {

using Build = std::function<Result<ChangePtr>(Workspace &)>;

struct EditCase
{
    Build build;
    Build refused; // refused when built, or when applied
};

Person person(Workspace &ws, const char *code)
{
    return PeopleUseCases(ws).resolve(QString::fromLatin1(code)).value();
}

QList<MentoringSession> sessionsIn(Workspace &ws, QDate from, QDate to)
{
    return SessionUseCases(ws).inWeeks({from, to}).value();
}

// The first session of the demo's autumn term that matches.
MentoringSession firstSession(Workspace &ws,
                              const std::function<bool(const MentoringSession &)> &ok)
{
    for (const MentoringSession &s : sessionsIn(ws, QDate(2026, 9, 1), QDate(2026, 12, 18))) {
        if (ok(s))
            return s;
    }
    qFatal("no demo session fits");
}

bool plannedAfter(const MentoringSession &s, QDate day)
{
    return s.status == SessionStatus::Planned && s.day > day;
}

bool plannedBy(const MentoringSession &s, QDate day)
{
    return s.status == SessionStatus::Planned && s.day <= day;
}

Result<ChangePtr> changeOf(const Result<std::shared_ptr<AssignmentChange>> &made)
{
    if (!made)
        return made.error();
    return ChangePtr(*made);
}

// A staff list written beside the database, read, checked and made a change.
Result<ChangePtr> importStaff(Workspace &ws, const QByteArray &csv)
{
    const QString path = QFileInfo(ws.path()).absolutePath() + QStringLiteral("/staff.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return Error::storage(f.errorString());
    f.close();
    StaffImportUseCases import(ws);
    const CsvTable table = StaffImportUseCases::load(path).value();
    auto plan = import.prepare(table, import.columnsFor(table).value());
    if (!plan)
        return plan.error();
    return import.apply(*plan, {}, ws.today());
}

// Flags as text, every field, for comparing lists.
QStringList describe(const QList<Flag> &flags)
{
    QStringList out;
    for (const Flag &f : flags)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                   .arg(Flag::kindKey(f.kind), Flag::severityKey(f.severity))
                   .arg(f.pairingId)
                   .arg(f.sessionId)
                   .arg(f.menteeId)
                   .arg(f.week.toString(Qt::ISODate), f.message, f.action);
    return out;
}

QMap<QString, EditCase> cases()
{
    const QDate today(2026, 11, 23);
    QMap<QString, EditCase> c;

    c.insert(QStringLiteral("mark held"),
             {[today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedBy(x, today); });
                  HeldRequest r;
                  r.sessionId = s.id;
                  r.note = QStringLiteral("Worked on questioning");
                  return SessionUseCases(ws).markHeld(r);
              },
              [today](Workspace &ws) {
                  // Still to come: it cannot have been held.
                  const auto s = firstSession(ws, [&](auto &x) {
                      return x.status == SessionStatus::Planned && x.day > today;
                  });
                  HeldRequest r;
                  r.sessionId = s.id;
                  return SessionUseCases(ws).markHeld(r);
              }});
    c.insert(QStringLiteral("correct a held record"),
             {[](Workspace &ws) {
                  const auto s =
                      firstSession(ws, [](auto &x) { return x.status == SessionStatus::Held; });
                  HeldRequest r;
                  r.sessionId = s.id;
                  r.minutes = s.minutes + 5;
                  return SessionUseCases(ws).markHeld(r);
              },
              [](Workspace &ws) {
                  // A note longer than the limit is refused, never cut short.
                  const auto s =
                      firstSession(ws, [](auto &x) { return x.status == SessionStatus::Held; });
                  HeldRequest r;
                  r.sessionId = s.id;
                  r.note = QString(SessionRules::kMaxNote + 1, QLatin1Char('x'));
                  return SessionUseCases(ws).markHeld(r);
              }});
    c.insert(QStringLiteral("cancel"),
             {[today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedAfter(x, today); });
                  return SessionUseCases(ws).cancel(s.id, QStringLiteral("Mentor on a trip"));
              },
              [](Workspace &ws) {
                  // A held session is corrected with "not held", never cancelled.
                  const auto s =
                      firstSession(ws, [](auto &x) { return x.status == SessionStatus::Held; });
                  return SessionUseCases(ws).cancel(s.id, QStringLiteral("Mentor on a trip"));
              }});
    c.insert(QStringLiteral("cancel without a reason"),
             {[today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedAfter(x, today); });
                  return SessionUseCases(ws).cancel(s.id, QStringLiteral("Exam week"));
              },
              [today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedAfter(x, today); });
                  return SessionUseCases(ws).cancel(s.id, QStringLiteral("   "));
              }});
    c.insert(QStringLiteral("mark missed"),
             {[today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedBy(x, today); });
                  return SessionUseCases(ws).markMissed(s.id);
              },
              [today](Workspace &ws) {
                  // Still to come: it can be cancelled, not missed.
                  const auto s = firstSession(ws, [&](auto &x) { return plannedAfter(x, today); });
                  return SessionUseCases(ws).markMissed(s.id);
              }});
    c.insert(QStringLiteral("mark not held"),
             {[](Workspace &ws) {
                  const auto s =
                      firstSession(ws, [](auto &x) { return x.status == SessionStatus::Held; });
                  return SessionUseCases(ws).markNotHeld(s.id);
              },
              [today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedBy(x, today); });
                  return SessionUseCases(ws).markNotHeld(s.id);
              }});
    c.insert(QStringLiteral("move"),
             {[today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedBy(x, today); });
                  return SessionUseCases(ws).move(s.id, s.day.addDays(1), s.periodId, s.start);
              },
              [today](Workspace &ws) {
                  const auto s = firstSession(ws, [&](auto &x) { return plannedBy(x, today); });
                  return SessionUseCases(ws).move(s.id, QDate(), s.periodId, s.start);
              }});
    c.insert(QStringLiteral("action step"),
             {[](Workspace &ws) {
                  const auto s = firstSession(ws, [](auto &x) {
                      return x.status == SessionStatus::Held && x.kind == SessionKind::Coaching;
                  });
                  return SessionUseCases(ws).recordActionStep(s.id,
                                                              QStringLiteral("Cold-call first"));
              },
              [](Workspace &ws) {
                  const auto s =
                      firstSession(ws, [](auto &x) { return x.kind == SessionKind::Observation; });
                  return SessionUseCases(ws).recordActionStep(s.id, QStringLiteral("x"));
              }});
    c.insert(QStringLiteral("practised"),
             {[](Workspace &ws) {
                  const auto s = firstSession(ws, [](auto &x) { return !x.actionStep.isEmpty(); });
                  return SessionUseCases(ws).recordPractised(s.id,
                                                             !s.actionPractised.value_or(false));
              },
              [](Workspace &ws) {
                  const auto s = firstSession(ws, [](auto &x) { return x.actionStep.isEmpty(); });
                  return SessionUseCases(ws).recordPractised(s.id, true);
              }});
    c.insert(
        QStringLiteral("plan"),
        {[](Workspace &ws) {
             // Spring 2027's first weeks: nothing planned there yet.
             const DateRange range{QDate(2027, 1, 4), QDate(2027, 1, 15)};
             SessionUseCases sessions(ws);
             auto job = sessions.preparePlan(range);
             if (!job)
                 return Result<ChangePtr>(job.error());
             return sessions.savePlan(range, SessionUseCases::solve(*job));
         },
         [](Workspace &ws) {
             SchedulePlan stopped;
             stopped.cancelled = true;
             return SessionUseCases(ws).savePlan({QDate(2027, 1, 4), QDate(2027, 1, 15)}, stopped);
         }});
    c.insert(QStringLiteral("replace mentor"),
             {[today](Workspace &ws) {
                  PairingUseCases pairings(ws);
                  const Person amu = person(ws, "AMU");
                  const auto current =
                      pairings.currentPairing(amu.id, PairingKind::Ect, today).value();
                  AssignmentRequest r;
                  r.kind = PairingKind::Ect;
                  r.menteeId = amu.id;
                  r.mentorId = person(ws, "GTA").id;
                  r.period = {today.addDays(1), {}};
                  r.replacingId = current->id;
                  r.replacementReason = QStringLiteral("Mentor left");
                  for (const auto &w : pairings.preview(r).value().warnings)
                      r.acknowledged.append(w.warning);
                  return changeOf(pairings.assign(r));
              },
              [today](Workspace &ws) {
                  // Nobody mentors themselves.
                  AssignmentRequest r;
                  r.kind = PairingKind::Ect;
                  r.menteeId = person(ws, "AMU").id;
                  r.mentorId = r.menteeId;
                  r.period = {today, {}};
                  return changeOf(PairingUseCases(ws).assign(r));
              }});
    c.insert(QStringLiteral("edit person"),
             {[](Workspace &ws) {
                  PersonEdit e;
                  e.before = person(ws, "GTA");
                  e.after = e.before;
                  e.after.email = QStringLiteral("gareth.t@example.org");
                  return PeopleUseCases(ws).edit(e);
              },
              [](Workspace &ws) {
                  PersonEdit e;
                  e.before = person(ws, "GTA");
                  e.after = e.before;
                  e.after.staffCode = QStringLiteral("DOK"); // someone else's code
                  return PeopleUseCases(ws).edit(e);
              }});
    c.insert(QStringLiteral("add ECT"), {[today](Workspace &ws) {
                                             NewEct n;
                                             n.person.firstName = QStringLiteral("Nia");
                                             n.person.lastName = QStringLiteral("Evans");
                                             n.person.staffCode = QStringLiteral("NEV");
                                             n.person.qts = true;
                                             n.person.employmentStart = today;
                                             n.induction.start = today;
                                             return PeopleUseCases(ws).addEct(n);
                                         },
                                         [today](Workspace &ws) {
                                             NewEct n;
                                             n.newPerson = false;
                                             n.person = person(ws, "EBR"); // already in induction
                                             n.induction.personId = n.person.id;
                                             n.induction.start = today;
                                             return PeopleUseCases(ws).addEct(n);
                                         }});
    c.insert(QStringLiteral("add trainee"),
             {[today](Workspace &ws) {
                  NewTrainee n;
                  n.person.firstName = QStringLiteral("Tom");
                  n.person.lastName = QStringLiteral("Reed");
                  n.person.employmentStart = today;
                  n.placement.provider = QStringLiteral("Northfield SCITT");
                  n.placement.period = {today, today.addDays(60)};
                  return PeopleUseCases(ws).addTrainee(n);
              },
              [today](Workspace &ws) {
                  NewTrainee n;
                  n.person.firstName = QStringLiteral("Tom");
                  n.person.lastName = QStringLiteral("Reed");
                  n.placement.provider = QStringLiteral("Northfield SCITT");
                  n.placement.period = {today, today.addDays(-1)};
                  return PeopleUseCases(ws).addTrainee(n);
              }});
    c.insert(
        QStringLiteral("add role"),
        {[today](Workspace &ws) {
             return PeopleUseCases(ws).addRole(person(ws, "GTA").id, Role::EctMentor, {today, {}});
         },
         [today](Workspace &ws) {
             return PeopleUseCases(ws).addRole(999999, Role::EctMentor, {today, {}});
         }});
    c.insert(
        QStringLiteral("end role"),
        {[today](Workspace &ws) {
             return PeopleUseCases(ws).endRole(person(ws, "DOK").id, Role::InductionTutor, today);
         },
         [today](Workspace &ws) {
             return PeopleUseCases(ws).endRole(person(ws, "GTA").id, Role::InductionTutor, today);
         }});
    c.insert(QStringLiteral("start induction"), {[today](Workspace &ws) {
                                                     InductionRequest r;
                                                     r.personId = person(ws, "ZHA").id;
                                                     r.start = today;
                                                     return PeopleUseCases(ws).startInduction(r);
                                                 },
                                                 [today](Workspace &ws) {
                                                     InductionRequest r;
                                                     r.personId =
                                                         person(ws, "EBR").id; // already has one
                                                     r.start = today;
                                                     return PeopleUseCases(ws).startInduction(r);
                                                 }});
    c.insert(QStringLiteral("induction status"),
             {[today](Workspace &ws) {
                  return PeopleUseCases(ws).changeInductionStatus(
                      person(ws, "AMU").id, InductionStatus::Paused, today,
                      QStringLiteral("long-term-sickness"));
              },
              [today](Workspace &ws) {
                  // A paused induction is resumed before it can be completed.
                  return PeopleUseCases(ws).changeInductionStatus(
                      person(ws, "AMU").id, InductionStatus::Completed, today, {});
              }});
    c.insert(QStringLiteral("add placement"), {[today](Workspace &ws) {
                                                   Placement p;
                                                   p.personId = person(ws, "RYO").id;
                                                   p.provider = QStringLiteral("Northfield SCITT");
                                                   p.period = {today, today.addDays(30)};
                                                   return PeopleUseCases(ws).addPlacement(p);
                                               },
                                               [today](Workspace &ws) {
                                                   Placement p;
                                                   p.personId = person(ws, "RYO").id;
                                                   p.provider = QStringLiteral("Northfield SCITT");
                                                   p.period = {today, today.addDays(-30)};
                                                   return PeopleUseCases(ws).addPlacement(p);
                                               }});
    c.insert(QStringLiteral("working pattern"),
             {[](Workspace &ws) {
                  WorkSchedule w;
                  w.weekdays = {1, 2, 3};
                  return PeopleUseCases(ws).setWorkingPattern(person(ws, "GTA").id, w);
              },
              [](Workspace &ws) {
                  return PeopleUseCases(ws).setWorkingPattern(person(ws, "GTA").id, {});
              }});
    c.insert(QStringLiteral("term dates"),
             {[](Workspace &ws) {
                  YearDates d = CalendarUseCases(ws).termDates(QStringLiteral("2026-27")).value();
                  d.terms.last().period.to = d.terms.last().period.to.addDays(-1);
                  return CalendarUseCases(ws).setTermDates(QStringLiteral("2026-27"), d);
              },
              [](Workspace &ws) {
                  YearDates d = CalendarUseCases(ws).termDates(QStringLiteral("2026-27")).value();
                  d.terms.first().period.to = d.terms.last().period.to; // terms overlap
                  return CalendarUseCases(ws).setTermDates(QStringLiteral("2026-27"), d);
              }});
    c.insert(QStringLiteral("import term dates"),
             {[](Workspace &ws) {
                  auto reading = CalendarUseCases(ws).readIcs(
                      QStringLiteral(FIXTURES_DIR "/ics/la-2026-27.ics"));
                  if (!reading)
                      return Result<ChangePtr>(reading.error());
                  return CalendarUseCases(ws).importTermDates(*reading,
                                                              QStringLiteral("la-2026-27.ics"));
              },
              [](Workspace &ws) {
                  TermDatesReading r;
                  CalendarYearDraft y;
                  y.academicYear = QStringLiteral("2027-28");
                  Term t;
                  t.academicYear = y.academicYear;
                  t.kind = TermKind::Autumn;
                  t.period = {QDate(2027, 12, 1), QDate(2027, 9, 1)}; // ends before it starts
                  y.terms = {t};
                  r.years = {y};
                  return CalendarUseCases(ws).importTermDates(r, QStringLiteral("bad.ics"));
              }});
    c.insert(QStringLiteral("bank holidays"),
             {[](Workspace &ws) {
                  QList<BankHoliday> list = CalendarUseCases(ws).bankHolidays().value();
                  list.append({QDate(2027, 6, 7), QStringLiteral("A new one-off holiday")});
                  return CalendarUseCases(ws).setBankHolidays(list);
              },
              [](Workspace &ws) {
                  return CalendarUseCases(ws).setBankHolidays({});
              }});
    c.insert(QStringLiteral("school day"),
             {[](Workspace &ws) {
                  QList<Period> periods = CalendarUseCases(ws).schoolDay().value().periods();
                  periods.last().end = periods.last().end.addSecs(-300);
                  return CalendarUseCases(ws).setSchoolDay(periods);
              },
              [](Workspace &ws) {
                  QList<Period> periods = CalendarUseCases(ws).schoolDay().value().periods();
                  periods[1].start = periods[0].start; // two periods at once
                  return CalendarUseCases(ws).setSchoolDay(periods);
              }});
    c.insert(QStringLiteral("contracted time"),
             {[](Workspace &ws) {
                  return CalendarUseCases(ws).setContractedTime({1, 2, 3, 4, 5},
                                                                {QTime(8, 0), QTime(17, 0)});
              },
              [](Workspace &ws) {
                  return CalendarUseCases(ws).setContractedTime({1}, {QTime(17, 0), QTime(8, 0)});
              }});
    c.insert(QStringLiteral("import timetables"),
             {[](Workspace &ws) {
                  TimetablePlan p;
                  p.file.fileName = QStringLiteral("t.csv");
                  const Timetable t = CalendarUseCases(ws).timetable().value();
                  p.import.cycleWeeks = t.cycleWeeks();
                  p.import.entries = t.allEntries();
                  p.import.entries.removeLast();
                  return CalendarUseCases(ws).importTimetables(p);
              },
              [](Workspace &ws) {
                  TimetablePlan p;
                  p.file.fileName = QStringLiteral("t.csv");
                  p.import.cycleWeeks = 2;
                  TimetableEntry e = CalendarUseCases(ws).timetable().value().allEntries().first();
                  e.personId = 999999; // nobody
                  p.import.entries = {e};
                  return CalendarUseCases(ws).importTimetables(p);
              }});
    c.insert(QStringLiteral("timetable cell"),
             {[](Workspace &ws) {
                  const TimetableEntry before =
                      CalendarUseCases(ws).timetable().value().allEntries().first();
                  TimetableEntry after = before;
                  after.activity =
                      before.activity == Activity::Ppa ? Activity::Free : Activity::Ppa;
                  return Result<ChangePtr>(CalendarUseCases(ws).setTimetableEntry(before, after));
              },
              [](Workspace &ws) {
                  const TimetableEntry before =
                      CalendarUseCases(ws).timetable().value().allEntries().first();
                  TimetableEntry after = before;
                  after.periodId = 999999; // no such period
                  return Result<ChangePtr>(CalendarUseCases(ws).setTimetableEntry(before, after));
              }});
    c.insert(
        QStringLiteral("absence"),
        {[today](Workspace &ws) {
             return AvailabilityUseCases(ws).addAbsence(
                 {0, person(ws, "EBR").id, {today, today.addDays(2)}, QStringLiteral("sickness")});
         },
         [today](Workspace &ws) {
             return AvailabilityUseCases(ws).addAbsence(
                 {0, person(ws, "EBR").id, {today, today.addDays(-2)}, QStringLiteral("sickness")});
         }});
    c.insert(QStringLiteral("block time"),
             {[today](Workspace &ws) {
                  return AvailabilityUseCases(ws).block(
                      {0, 0, today, QTime(9, 0), QTime(12, 0), QStringLiteral("Conference")});
              },
              [today](Workspace &ws) {
                  return AvailabilityUseCases(ws).block(
                      {0, 0, today, QTime(12, 0), QTime(9, 0), QStringLiteral("Conference")});
              }});
    c.insert(QStringLiteral("unblock"),
             {[today](Workspace &ws) {
                  // A conference blocked first, to unblock.
                  AvailabilityUseCases availability(ws);
                  auto block = availability.block(
                      {0, 0, today, QTime(9, 0), QTime(12, 0), QStringLiteral("Conference")});
                  if (!block || !ws.apply(**block))
                      qFatal("the conference could not be blocked");
                  return availability.unblock(availability.blockedTimes().value().first());
              },
              [today](Workspace &ws) {
                  BlockedTime gone{999999, 0, today, QTime(9, 0), QTime(12, 0), {}};
                  return AvailabilityUseCases(ws).unblock(gone);
              }});
    c.insert(QStringLiteral("self-assessment"),
             {[today](Workspace &ws) {
                  return MentorUseCases(ws).assess({0, person(ws, "JHU").id, QStringLiteral("2.7"),
                                                    StandardsRating::Amber, today,
                                                    QStringLiteral("Working on it")});
              },
              [today](Workspace &ws) {
                  return MentorUseCases(ws).assess({0,
                                                    person(ws, "JHU").id,
                                                    QStringLiteral("2.7"),
                                                    StandardsRating::Amber,
                                                    today.addDays(1),
                                                    {}});
              }});
    c.insert(QStringLiteral("add training"), {[today](Workspace &ws) {
                                                  TrainingActivity a;
                                                  a.mentorId = person(ws, "JHU").id;
                                                  a.day = today;
                                                  a.kind = QStringLiteral("ect-mentor-programme");
                                                  a.event = QStringLiteral("clinic");
                                                  a.hours = 1.5;
                                                  return MentorUseCases(ws).addTraining(a);
                                              },
                                              [today](Workspace &ws) {
                                                  TrainingActivity a;
                                                  a.mentorId = person(ws, "JHU").id;
                                                  a.day = today;
                                                  a.kind = QStringLiteral("ect-mentor-programme");
                                                  a.event = QStringLiteral("clinic");
                                                  a.hours = -2;
                                                  return MentorUseCases(ws).addTraining(a);
                                              }});
    c.insert(QStringLiteral("remove training"),
             {[](Workspace &ws) {
                  const auto record = MentorUseCases(ws).training(person(ws, "JHU").id).value();
                  return MentorUseCases(ws).removeTraining(record.activities.first());
              },
              [](Workspace &ws) {
                  auto a =
                      MentorUseCases(ws).training(person(ws, "JHU").id).value().activities.first();
                  a.id = 999999;
                  return MentorUseCases(ws).removeTraining(a);
              }});
    c.insert(
        QStringLiteral("add oversight"),
        {[](Workspace &ws) {
             return MentorUseCases(ws).addOversight(person(ws, "SPA").id, person(ws, "JHU").id);
         },
         [](Workspace &ws) {
             // Only a lead mentor oversees.
             return MentorUseCases(ws).addOversight(person(ws, "GTA").id, person(ws, "JHU").id);
         }});
    c.insert(QStringLiteral("remove oversight"),
             {[](Workspace &ws) {
                  return MentorUseCases(ws).removeOversight(
                      MentorUseCases(ws).oversight().value().first().id);
              },
              [](Workspace &ws) {
                  return MentorUseCases(ws).removeOversight(999999);
              }});
    c.insert(QStringLiteral("preferences"),
             {[](Workspace &ws) {
                  SchoolPreferences p = SchoolUseCases(ws).preferences().value();
                  p.school.name = QStringLiteral("Hollinsbrook Academy Trust");
                  p.mentorCapacity = 3;
                  return SchoolUseCases(ws).setPreferences(p);
              },
              [](Workspace &ws) {
                  SchoolPreferences p = SchoolUseCases(ws).preferences().value();
                  p.school.urn = QStringLiteral("12"); // not six digits
                  return SchoolUseCases(ws).setPreferences(p);
              }});
    c.insert(QStringLiteral("staff import"),
             {[](Workspace &ws) {
                  return importStaff(ws, "Staff Code,Forename,Surname,Email\n"
                                         "NEW,Noor,Ali,n.ali@hollinsbrook.example\n"
                                         "GTA,Gareth,Taylor,gareth.taylor@hollinsbrook.example\n");
              },
              [](Workspace &ws) {
                  return importStaff(ws, "Staff Code,Forename,Surname,Email\nBAD,,,not-an-email\n");
              }});
    return c;
}

// The whole database as text, table by table, rows in order. Without ids,
// rows made again on a re-apply (which get new ids) compare equal.
QString snapshot(Database &db, bool withIds = true)
{
    QStringList out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            const QSqlRecord r = rows.record();
            for (int i = 0; i < r.count(); ++i) {
                const QString name = r.fieldName(i);
                // Timetable entries are known by person, week, day and period;
                // their row ids are named by nothing.
                if (name == QLatin1String("id") && table == QLatin1String("timetable_entry"))
                    continue;
                // Columns that name other rows by id.
                if (!withIds &&
                    (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")) ||
                     name == QLatin1String("rescheduled_to") ||
                     name == QLatin1String("replaced_by")))
                    continue;
                cells.append(name + QLatin1Char('=') + rows.value(i).toString());
            }
            lines.append(cells.join(QLatin1Char('|')));
        }
        lines.sort();
        out.append(table + QStringLiteral(":\n") + lines.join(QLatin1Char('\n')));
    }
    return out.join(QStringLiteral("\n\n"));
}

// Where two snapshots part, for a readable failure.
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('\n'));
    const QStringList y = b.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        if (x.value(i) != y.value(i))
            return QStringLiteral("line %1:\n  now:  %2\n  want: %3")
                .arg(i)
                .arg(x.value(i), y.value(i));
    }
    return {};
}

} // namespace

#define COMPARE_SNAPSHOTS(actual, expected)                                                        \
    do {                                                                                           \
        const QString a_ = (actual), e_ = (expected);                                              \
        QVERIFY2(a_ == e_, qPrintable(firstDifference(a_, e_)));                                   \
    } while (false)

class TestChanges : public QObject
{
    Q_OBJECT

private slots:
    void everyEditAppliesRevertsAndIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        const auto all = cases();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void everyEditAppliesRevertsAndIsRefused()
    {
        QFETCH(QString, kind);
        const EditCase edit = cases().value(kind);
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        QSignalSpy changed(&ws, &Workspace::changed);

        auto change = edit.build(ws);
        QVERIFY2(change.ok(), change.ok() ? "" : qPrintable(change.error().message));
        QVERIFY(*change);
        QVERIFY(!(*change)->text().isEmpty());
        changed.clear(); // a case may set something up first
        const QString before = snapshot(t.db());

        // Trying it (a dialog's check) writes nothing.
        QVERIFY(ws.check(**change));
        COMPARE_SNAPSHOTS(snapshot(t.db()), before);

        const Status applied = ws.apply(**change);
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        const QString after = snapshot(t.db());
        const QString afterWithoutIds = snapshot(t.db(), false);
        QVERIFY(after != before);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<Topics>() != Topics());

        QVERIFY(ws.revert(**change));
        COMPARE_SNAPSHOTS(snapshot(t.db()), before);

        QVERIFY(ws.apply(**change));
        const QString again = snapshot(t.db(), false);
        COMPARE_SNAPSHOTS(again, afterWithoutIds);

        // The edit the rules forbid is refused, and nothing is written.
        auto refused = edit.refused(ws);
        if (refused)
            QVERIFY2(!ws.apply(**refused), qPrintable(kind + QStringLiteral(" was not refused")));
        else
            QVERIFY(!refused.error().message.isEmpty());
        COMPARE_SNAPSHOTS(snapshot(t.db(), false), again);
    }

    // Someone else (another connection: the CLI, a colleague's copy) deletes
    // a row the edit wrote, between the edit and its undo: the undo is
    // refused in words, and what they did stays. The same for a redo.
    void everyUndoKeepsWhatWasWrittenMeanwhile_data()
    {
        QTest::addColumn<QString>("kind");
        const auto all = cases();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void everyUndoKeepsWhatWasWrittenMeanwhile()
    {
        QFETCH(QString, kind);
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        auto change = cases().value(kind).build(ws);
        QVERIFY(change.ok());
        const QString before = snapshot(t.db());
        QVERIFY(ws.apply(**change));
        const QString after = snapshot(t.db());

        // A row the edit left that was not there before: table and key.
        auto rowsOf = [](const QString &snap) {
            QStringList rows;
            QString current;
            for (const QString &line : snap.split(QLatin1Char('\n'))) {
                if (line.endsWith(QLatin1Char(':')) && !line.contains(QLatin1Char('=')))
                    current = line.chopped(1);
                else if (!line.isEmpty())
                    rows.append(current + QLatin1Char('\t') + line);
            }
            return rows;
        };
        const QStringList old = rowsOf(before);
        QString table, keyColumn, keyValue;
        for (const QString &row : rowsOf(after)) {
            if (old.contains(row))
                continue;
            table = row.section(QLatin1Char('\t'), 0, 0);
            const QString cell = row.section(QLatin1Char('\t'), 1).section(QLatin1Char('|'), 0, 0);
            keyColumn = cell.section(QLatin1Char('='), 0, 0);
            keyValue = cell.section(QLatin1Char('='), 1);
            break;
        }
        if (table.isEmpty())
            QSKIP("the edit only removes rows; its undo puts back rows that are gone");

        auto other = Workspace::open(ws.path(), t.clock());
        QVERIFY(other.ok());
        // Whatever refers to the row goes on referring: only the row is gone.
        QVERIFY((*other)->database().exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        QVERIFY((*other)
                    ->database()
                    .exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn),
                          {keyValue})
                    .ok());
        const QString meanwhile = snapshot(t.db());
        QVERIFY(meanwhile != after);

        const Status undo = ws.revert(**change);
        QVERIFY2(!undo,
                 qPrintable(kind + QStringLiteral(" was undone over a deletion in ") + table));
        QVERIFY2(undo.error().message.contains(QStringLiteral("cannot be undone")) &&
                     undo.error().message.contains(QStringLiteral("deleted")),
                 qPrintable(undo.error().message));
        COMPARE_SNAPSHOTS(snapshot(t.db()), meanwhile);
    }

    void aRedoKeepsWhatWasWrittenMeanwhile()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        auto change = cases().value(QStringLiteral("edit person")).build(ws);
        QVERIFY(change.ok());
        QVERIFY(ws.apply(**change));
        QVERIFY(ws.revert(**change));
        // Someone changes the same person's email meanwhile.
        auto other = Workspace::open(ws.path(), t.clock());
        QVERIFY(other.ok());
        auto exec = (*other)->database().exec(QStringLiteral(
            "UPDATE person SET email = 'meanwhile@example.org' WHERE staff_code = 'GTA'"));
        QVERIFY(exec.ok());
        const QString meanwhile = snapshot(t.db());
        const Status redo = ws.apply(**change);
        QVERIFY(!redo);
        // Both versions, in words.
        QVERIFY2(redo.error().message.contains(QStringLiteral("cannot be redone")) &&
                     redo.error().message.contains(QStringLiteral("meanwhile@example.org")),
                 qPrintable(redo.error().message));
        COMPARE_SNAPSHOTS(snapshot(t.db()), meanwhile);
    }

    // After an edit of some sessions, This week works out again only what
    // those pairings' sessions decide; the answer must be the whole one.
    void rereadingTheEditedPairingsGivesTheWholeAnswer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("movesFlags");
        for (const char *kind :
             {"mark held", "correct a held record", "cancel", "cancel without a reason",
              "mark missed", "move", "action step", "practised"})
            QTest::newRow(kind) << QString::fromLatin1(kind) << false;
        QTest::newRow("mark not held") << QStringLiteral("mark not held") << true;
    }

    void rereadingTheEditedPairingsGivesTheWholeAnswer()
    {
        QFETCH(QString, kind);
        QFETCH(bool, movesFlags);
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        const ReportUseCases reports(ws);
        const SessionUseCases sessions(ws);
        const DateRange year{Dates::academicYearStart(ws.today()), ws.today()};
        const DateRange weeks{ws.today().addDays(-14), ws.today().addDays(7)};
        const FlagReading before = reports.read(year).value();
        const QList<MentoringSession> sessionsBefore = sessions.inWeeks(weeks).value();
        QVERIFY(!before.flags.isEmpty());

        auto change = cases().value(kind).build(ws);
        QVERIFY2(change.ok(), change.ok() ? "" : qPrintable(change.error().message));
        QSignalSpy told(&ws, &Workspace::changedSessionsOf);
        QVERIFY(ws.apply(**change));
        QCOMPARE(told.size(), 1);
        const auto pairings = told.first().at(1).value<QSet<qint64>>();
        QVERIFY(!pairings.isEmpty());

        const FlagReading after = reports.reread(before, pairings).value();
        const FlagReading whole = reports.read(year).value();
        QCOMPARE(describe(after.flags), describe(whole.flags));
        QCOMPARE(describe(after.flags) != describe(before.flags), movesFlags);
        const auto sessionsAfter = sessions.rereadInWeeks(sessionsBefore, weeks, pairings).value();
        QVERIFY(sessionsAfter == sessions.inWeeks(weeks).value());

        // Undone, the reading reread from the edited one is the first again.
        QVERIFY(ws.revert(**change));
        QCOMPARE(told.size(), 2);
        QCOMPARE(told.last().at(1).value<QSet<qint64>>(), pairings);
        QCOMPARE(describe(reports.reread(after, pairings).value().flags), describe(before.flags));
        QVERIFY(sessions.rereadInWeeks(sessionsAfter, weeks, pairings).value() == sessionsBefore);
    }

    void anEditOfMoreThanSessionsNamesNoPairings()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        QSignalSpy told(&ws, &Workspace::changedSessionsOf);
        auto change = cases().value(QStringLiteral("replace mentor")).build(ws);
        QVERIFY(change.ok());
        QVERIFY(ws.apply(**change));
        QCOMPARE(told.size(), 1);
        QVERIFY(told.first().at(0).value<Topics>() & Topic::Pairings);
        QVERIFY(told.first().at(1).value<QSet<qint64>>().isEmpty());
    }

    void reapplyingMakesTheSameRecord()
    {
        // Undo then redo of an edit that makes rows leaves the same school.
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        auto change = cases().value(QStringLiteral("add ECT")).build(t.workspace());
        QVERIFY(change.ok());
        QVERIFY(t.workspace().apply(**change));
        const QString after = snapshot(t.db(), false);
        QVERIFY(t.workspace().revert(**change));
        QVERIFY(t.workspace().apply(**change));
        COMPARE_SNAPSHOTS(snapshot(t.db(), false), after);
    }

    void anEditMeanwhileIsNotOverwritten()
    {
        // Someone else changes the session between the edit and its undo: the
        // undo is refused and their change stays.
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        auto change = cases().value(QStringLiteral("cancel")).build(ws);
        QVERIFY(change.ok());
        QVERIFY(ws.apply(**change));
        const auto cancelled = firstSession(ws, [](auto &x) {
            return x.status == SessionStatus::Cancelled &&
                   x.cancelReason.contains(QStringLiteral("trip"));
        });
        // Meanwhile someone moves it to the next day.
        auto other = SessionUseCases(ws).move(cancelled.id, cancelled.day.addDays(1),
                                              cancelled.periodId, cancelled.start);
        QVERIFY(other.ok());
        QVERIFY(ws.apply(**other));
        const Status undo = ws.revert(**change);
        QVERIFY(!undo);
        QVERIFY2(undo.error().message.contains(QStringLiteral("changed again meanwhile")),
                 qPrintable(undo.error().message));
        const auto now = SessionUseCases(ws).session(cancelled.id);
        QCOMPARE(now->status, SessionStatus::Cancelled);
        QVERIFY(now->rescheduledTo > 0);
    }

    void replacingAMentorTakesOverTheFutureSessions_data()
    {
        QTest::addColumn<bool>("move");
        QTest::newRow("moved") << true;
        QTest::newRow("kept with the old mentor") << false;
    }

    void replacingAMentorTakesOverTheFutureSessions()
    {
        QFETCH(bool, move);
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        const QDate today = t.clock().today();
        const QDate from = today.addDays(1);
        PairingUseCases pairings(ws);
        const Person amu = person(ws, "AMU");
        const auto old = pairings.currentPairing(amu.id, PairingKind::Ect, today).value();
        QVERIFY(old.has_value());
        // The demo plans the whole autumn term.
        QVERIFY(SessionUseCases(ws).plan({QDate(2026, 9, 1), QDate(2026, 12, 18)}, true).ok());
        const auto futureOf = [&](qint64 pairing) {
            QList<MentoringSession> out;
            for (const MentoringSession &s : sessionsIn(ws, from, QDate(2026, 12, 18))) {
                if (s.assignmentId == pairing && s.day >= from &&
                    s.status == SessionStatus::Planned)
                    out.append(s);
            }
            return out;
        };
        const auto before = futureOf(old->id);
        QVERIFY(!before.isEmpty());

        AssignmentRequest r;
        r.kind = PairingKind::Ect;
        r.menteeId = amu.id;
        r.mentorId = person(ws, "GTA").id;
        r.period = {from, {}};
        r.replacingId = old->id;
        r.moveFutureSessions = move;
        for (const auto &w : pairings.preview(r).value().warnings)
            r.acknowledged.append(w.warning);
        auto change = pairings.assign(r).value();
        QVERIFY(ws.apply(*change));
        const AssignmentOutcome &outcome = change->outcome();
        if (!move) {
            QCOMPARE(futureOf(old->id).size(), before.size());
            QVERIFY(outcome.sessionsTakenOver.isEmpty());
            return;
        }
        QCOMPARE(futureOf(old->id).size(), 0);
        QCOMPARE(outcome.sessionsTakenOver.size(), before.size());
        const auto placed = futureOf(outcome.assignment.id);
        QCOMPARE(placed.size(), outcome.sessionsPlaced.size());
        QCOMPARE(placed.size() + outcome.sessionsUnplaced.size(), before.size());
        // Placed around the new mentor's diary: never on top of another of
        // GTA's sessions.
        const auto byId = pairings.allById().value();
        for (const MentoringSession &s : placed) {
            QVERIFY(s.day >= from);
            for (const MentoringSession &o : sessionsIn(ws, from, QDate(2026, 12, 18))) {
                if (o.id != s.id && o.status != SessionStatus::Cancelled &&
                    byId.value(o.assignmentId).mentorId == r.mentorId)
                    QVERIFY(o.day != s.day || o.periodId != s.periodId);
            }
        }

        // One undo puts every session back with the old mentor, ids and all.
        QVERIFY(ws.revert(*change));
        const auto back = futureOf(old->id);
        QCOMPARE(back.size(), before.size());
        for (int i = 0; i < back.size(); ++i)
            QCOMPARE(back.at(i).id, before.at(i).id);
    }

    void repeatedEditsOfOneFieldMerge()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        const auto s = firstSession(ws, [](auto &x) {
            return x.status == SessionStatus::Held && x.kind == SessionKind::Coaching;
        });
        SessionUseCases sessions(ws);
        auto first = sessions.recordActionStep(s.id, QStringLiteral("Cold-call"));
        QVERIFY(first.ok() && ws.apply(**first));
        auto second = sessions.recordActionStep(s.id, QStringLiteral("Cold-call first"));
        QVERIFY(second.ok() && ws.apply(**second));
        QCOMPARE((*first)->mergeKey(), (*second)->mergeKey());
        QVERIFY((*first)->mergeKey() >= 0);
        QVERIFY((*first)->absorb(**second));
        // One undo puts back what was there before either.
        QVERIFY(ws.revert(**first));
        QCOMPARE(sessions.session(s.id)->actionStep, s.actionStep);
        // A different field, or another session, is not folded in.
        auto practised = sessions.recordPractised(s.id, true);
        if (practised)
            QVERIFY(!(*first)->absorb(**practised));
    }

    void tooLongTextIsRefusedNamingTheField()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        const auto s = firstSession(t.workspace(), [](auto &x) {
            return x.status == SessionStatus::Held && x.kind == SessionKind::Coaching;
        });
        auto step = SessionUseCases(t.workspace())
                        .recordActionStep(
                            s.id, QString(SessionRules::kMaxActionStep + 1, QLatin1Char('x')));
        QVERIFY(!step);
        QVERIFY(step.error().message.contains(QStringLiteral("action step")));
        QVERIFY(step.error().message.contains(QString::number(SessionRules::kMaxActionStep)));
        HeldRequest r;
        r.sessionId = s.id;
        r.note = QString(SessionRules::kMaxNote + 1, QLatin1Char('x'));
        auto held = SessionUseCases(t.workspace()).markHeld(r);
        QVERIFY(!held);
        QVERIFY(held.error().message.contains(QStringLiteral("note")));
        QVERIFY(held.error().message.contains(QString::number(SessionRules::kMaxNote)));
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
