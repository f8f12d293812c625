#include "Migrations.h"

namespace idesk::Migrations {

namespace {
QList<Migration> build()
{
    QList<Migration> steps;

    steps.append(
        {1,
         QStringLiteral("people, roles, inductions, placements, mentor assignments"),
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
             QStringLiteral("CREATE TABLE school (id {PK}, urn TEXT, name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE person (id {PK}, staff_code TEXT UNIQUE, title TEXT,"
                            " first_name TEXT NOT NULL, last_name TEXT NOT NULL, trn TEXT UNIQUE,"
                            " email TEXT, qts INTEGER NOT NULL DEFAULT 0, qts_date TEXT,"
                            " working_pattern TEXT NOT NULL DEFAULT 'full-time',"
                            " fte {REAL} NOT NULL DEFAULT 1.0, employment_start TEXT,"
                            " employment_end TEXT)"),
             QStringLiteral("CREATE TABLE person_role (id {PK}, person_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, role TEXT NOT NULL,"
                            " from_date TEXT NOT NULL, to_date TEXT)"),
             QStringLiteral("CREATE INDEX person_role_person ON person_role(person_id)"),
             QStringLiteral("CREATE TABLE induction (id {PK}, person_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, start_date TEXT NOT NULL,"
                            " fte {REAL} NOT NULL DEFAULT 1.0, route TEXT NOT NULL,"
                            " appropriate_body TEXT, terms_required {REAL} NOT NULL)"),
             QStringLiteral("CREATE TABLE induction_status (id {PK}, induction_id INTEGER NOT NULL"
                            " REFERENCES induction(id) ON DELETE CASCADE, status TEXT NOT NULL,"
                            " from_date TEXT NOT NULL, reason TEXT)"),
             QStringLiteral("CREATE TABLE placement (id {PK}, person_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, provider TEXT NOT NULL,"
                            " start_date TEXT NOT NULL, end_date TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE mentor_assignment (id {PK}, kind TEXT NOT NULL,"
                            " mentor_id INTEGER NOT NULL REFERENCES person(id),"
                            " mentee_id INTEGER NOT NULL REFERENCES person(id),"
                            " from_date TEXT NOT NULL, to_date TEXT,"
                            " replaced_by INTEGER REFERENCES mentor_assignment(id))"),
             QStringLiteral(
                 "CREATE INDEX mentor_assignment_mentee ON mentor_assignment(mentee_id)"),
             QStringLiteral(
                 "CREATE INDEX mentor_assignment_mentor ON mentor_assignment(mentor_id)"),
         }});

    // Version 2 records what version 1 could not: the acknowledgement behind a
    // warned pairing, when each mentor's training (re)started, legacy and
    // reduced inductions, DfE reason codes, settings and the backup log.
    steps.append(
        {2,
         QStringLiteral("acknowledgements, mentor training, induction reasons, settings"),
         {
             QStringLiteral(
                 "CREATE TABLE assignment_acknowledgement (id {PK}, assignment_id INTEGER"
                 " NOT NULL REFERENCES mentor_assignment(id) ON DELETE CASCADE,"
                 " warning TEXT NOT NULL, acknowledged_on TEXT NOT NULL, note TEXT,"
                 " UNIQUE (assignment_id, warning))"),
             QStringLiteral("ALTER TABLE mentor_assignment ADD COLUMN end_reason TEXT"),
             QStringLiteral("CREATE TABLE mentor_training (id {PK}, mentor_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, programme TEXT NOT NULL,"
                            " start_date TEXT NOT NULL, assignment_id INTEGER"
                            " REFERENCES mentor_assignment(id) ON DELETE SET NULL, reason TEXT)"),
             QStringLiteral(
                 "ALTER TABLE induction ADD COLUMN prior_terms {REAL} NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE induction ADD COLUMN legacy INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE induction_status ADD COLUMN reason_code TEXT"),
             // Version 1 kept one free-text reason; it becomes "other" + text.
             QStringLiteral("UPDATE induction_status SET reason_code = 'other'"
                            " WHERE reason IS NOT NULL AND reason <> ''"),
             QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)"),
             QStringLiteral("CREATE TABLE backup_log (id {PK}, made_at TEXT NOT NULL,"
                            " path TEXT NOT NULL, reason TEXT)"),
         }});
    // Version 3: the school calendar, the school day, contracted time, working
    // patterns and timetables.
    steps.append(
        {3,
         QStringLiteral("calendar, school day, contracted time, timetables"),
         {
             QStringLiteral("CREATE TABLE term (id {PK}, academic_year TEXT NOT NULL,"
                            " kind TEXT NOT NULL, start_date TEXT NOT NULL,"
                            " end_date TEXT NOT NULL, UNIQUE (academic_year, kind))"),
             QStringLiteral("CREATE TABLE closure (id {PK}, academic_year TEXT NOT NULL,"
                            " kind TEXT NOT NULL, name TEXT, start_date TEXT NOT NULL,"
                            " end_date TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE bank_holiday (day TEXT PRIMARY KEY, title TEXT)"),
             QStringLiteral("CREATE TABLE school_period (id {PK}, position INTEGER NOT NULL,"
                            " name TEXT NOT NULL UNIQUE, start_time TEXT NOT NULL,"
                            " end_time TEXT NOT NULL, kind TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE contracted_time (weekday INTEGER PRIMARY KEY,"
                            " start_time TEXT NOT NULL, end_time TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE working_pattern (person_id INTEGER PRIMARY KEY"
                            " REFERENCES person(id) ON DELETE CASCADE, weekdays TEXT NOT NULL,"
                            " start_time TEXT, end_time TEXT)"),
             QStringLiteral("CREATE TABLE timetable_entry (id {PK}, person_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, week INTEGER NOT NULL,"
                            " weekday INTEGER NOT NULL, period_id INTEGER NOT NULL"
                            " REFERENCES school_period(id), activity TEXT NOT NULL,"
                            " class_label TEXT, UNIQUE (person_id, week, weekday, period_id))"),
             QStringLiteral("CREATE TABLE timetable_week (monday TEXT PRIMARY KEY,"
                            " label INTEGER NOT NULL)"),
         }});
    // Version 4: what staff lists from school information systems carry
    // beyond version 1's person: the job title, and a log of imports.
    steps.append(
        {4,
         QStringLiteral("job titles, staff import log"),
         {
             QStringLiteral("ALTER TABLE person ADD COLUMN job_title TEXT"),
             QStringLiteral("CREATE TABLE staff_import (id {PK}, imported_at TEXT NOT NULL,"
                            " file_name TEXT NOT NULL, source TEXT, added INTEGER NOT NULL,"
                            " updated INTEGER NOT NULL, marked_left INTEGER NOT NULL)"),
         }});
    // Version 5: mentoring sessions, absences and blocked times (conferences,
    // clinics) for the scheduler and the session log.
    steps.append(
        {5,
         QStringLiteral("mentoring sessions, absences, blocked times"),
         {
             QStringLiteral(
                 "CREATE TABLE mentoring_session (id {PK}, assignment_id INTEGER NOT NULL"
                 " REFERENCES mentor_assignment(id) ON DELETE CASCADE,"
                 " kind TEXT NOT NULL, ordinal INTEGER NOT NULL DEFAULT 0,"
                 " week_monday TEXT NOT NULL, day TEXT NOT NULL, period_id INTEGER,"
                 " start_time TEXT NOT NULL, minutes INTEGER NOT NULL,"
                 " status TEXT NOT NULL DEFAULT 'planned',"
                 " hand_placed INTEGER NOT NULL DEFAULT 0, exceptional_reason TEXT)"),
             QStringLiteral(
                 "CREATE INDEX mentoring_session_week ON mentoring_session(week_monday)"),
             QStringLiteral("CREATE TABLE absence (id {PK}, person_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, from_date TEXT NOT NULL,"
                            " to_date TEXT NOT NULL, kind TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE blocked_time (id {PK}, person_id INTEGER"
                            " REFERENCES person(id) ON DELETE CASCADE, day TEXT NOT NULL,"
                            " start_time TEXT NOT NULL, end_time TEXT NOT NULL, reason TEXT)"),
         }});
    // Version 6: the session log (notes, why a session was cancelled, where it
    // went) and the mentor training record (hours and events).
    steps.append(
        {6,
         QStringLiteral("session log, mentor training record"),
         {
             QStringLiteral("ALTER TABLE mentoring_session ADD COLUMN note TEXT"),
             QStringLiteral("ALTER TABLE mentoring_session ADD COLUMN cancel_reason TEXT"),
             QStringLiteral("ALTER TABLE mentoring_session ADD COLUMN rescheduled_to INTEGER"),
             QStringLiteral("CREATE TABLE training_activity (id {PK}, mentor_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, day TEXT NOT NULL,"
                            " kind TEXT NOT NULL, event TEXT NOT NULL, hours {REAL} NOT NULL,"
                            " attended INTEGER NOT NULL DEFAULT 1, note TEXT)"),
         }});
    // Version 7: mentor development: self-assessment against the National
    // Standards (every rating kept as history), which general mentors a lead
    // mentor oversees, and the action step agreed at each coaching meeting.
    steps.append(
        {7,
         QStringLiteral("standards self-assessment, lead mentor oversight, action steps"),
         {
             QStringLiteral("CREATE TABLE standards_assessment (id {PK}, mentor_id INTEGER NOT NULL"
                            " REFERENCES person(id) ON DELETE CASCADE, item TEXT NOT NULL,"
                            " rating TEXT NOT NULL CHECK (rating IN ('red', 'amber', 'green')),"
                            " assessed_on TEXT NOT NULL, note TEXT)"),
             QStringLiteral("CREATE INDEX standards_assessment_mentor"
                            " ON standards_assessment(mentor_id)"),
             QStringLiteral(
                 "CREATE TABLE mentor_oversight (id {PK}, lead_mentor_id INTEGER NOT NULL"
                 " REFERENCES person(id) ON DELETE CASCADE, mentor_id INTEGER NOT NULL"
                 " REFERENCES person(id) ON DELETE CASCADE, since TEXT NOT NULL,"
                 " UNIQUE (lead_mentor_id, mentor_id))"),
             QStringLiteral("ALTER TABLE mentoring_session ADD COLUMN action_step TEXT"),
             QStringLiteral("ALTER TABLE mentoring_session ADD COLUMN action_practised INTEGER"),
         }});
    // Version 8: people found by staff code (whatever its case) and TRN
    // without reading the whole table, so checking a trust's staff list of
    // 20,000 is linear, not quadratic.
    steps.append({8,
                  QStringLiteral("indexes for staff codes and TRNs"),
                  {
                      QStringLiteral("CREATE INDEX person_staff_code_lower"
                                     " ON person(lower(staff_code))"),
                      QStringLiteral("CREATE INDEX person_trn ON person(trn)"),
                  }});
    // Version 9: a pairing's sessions found without reading every session of
    // the trust's history (a mentor's action steps, the step agreed last
    // time, a pairing's record).
    steps.append({9,
                  QStringLiteral("index of sessions by pairing"),
                  {
                      QStringLiteral("CREATE INDEX mentoring_session_assignment"
                                     " ON mentoring_session(assignment_id)"),
                  }});
    // Version 10: person_trn repeated the index UNIQUE already gives trn, and
    // every person written paid for both.
    steps.append({10,
                  QStringLiteral("one index for TRNs, not two"),
                  {
                      QStringLiteral("DROP INDEX person_trn"),
                  }});
    // Version 11: a timetable export's teacher matched to staff by hand is
    // remembered for the next export from the same source.
    steps.append({11,
                  QStringLiteral("teachers of timetable exports matched by hand"),
                  {
                      QStringLiteral("CREATE TABLE timetable_teacher_match (source TEXT NOT NULL,"
                                     " teacher TEXT NOT NULL, person_id INTEGER NOT NULL"
                                     " REFERENCES person(id) ON DELETE CASCADE,"
                                     " PRIMARY KEY (source, teacher))"),
                  }});
    return steps;
}
} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> steps = build();
    return steps;
}

QString forDialect(QString statement, bool postgres)
{
    statement.replace(QLatin1String("{PK}"),
                      postgres
                          ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                          : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    statement.replace(QLatin1String("{REAL}"),
                      postgres ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    return statement;
}

} // namespace idesk::Migrations
