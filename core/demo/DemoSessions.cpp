#include "DemoSessions.h"

#include "storage/Database.h"

#include "calendar/SchoolCalendar.h"
#include "services/SchedulingService.h"
#include "storage/SchoolTimeLoader.h"
#include "storage/SessionRepository.h"
#include "storage/TrainingRepository.h"

namespace idesk {

Status DemoSessions::populate(Database &db, QDate today)
{
    auto time = SchoolTimeLoader::load(db);
    if (!time)
        return time.error();
    // The term under way, or the next one in the holidays.
    const Term *term = time->calendar().termContaining(today);
    if (!term) {
        for (const Term &t : time->calendar().terms()) {
            if (t.period.from > today) {
                term = &t;
                break;
            }
        }
    }
    if (!term)
        return Status::success();
    const DateRange range = term->period;
    auto plan = SchedulingService(db).plan(range, true);
    if (!plan)
        return plan.error();
    SessionRepository sessions(db);
    auto all = sessions.inWeeks(range);
    if (!all)
        return all.error();
    bool cancelled = false, missed = false;
    for (MentoringSession s : std::as_const(*all)) {
        if (s.day >= today)
            continue;
        s.status = SessionStatus::Held;
        // Two weeks before today: one coaching meeting cancelled, one observation missed.
        if (s.weekMonday == SchoolCalendar::mondayOf(today).addDays(-14)) {
            if (!cancelled && s.kind == SessionKind::Coaching) {
                s.status = SessionStatus::Cancelled;
                cancelled = true;
            } else if (!missed && s.kind == SessionKind::Observation) {
                s.status = SessionStatus::Missed;
                missed = true;
            }
        }
        if (auto u = sessions.update(s); !u)
            return u;
    }
    // Training so far: two mentors on pace, Mr Nguyen behind (a flag to see).
    auto code = [&](const char *staffCode) -> qint64 {
        auto q = db.scalar(QStringLiteral("SELECT id FROM person WHERE staff_code = ?"),
                           {QLatin1String(staffCode)});
        return q ? q->toLongLong() : 0;
    };
    const QDate start = range.from;
    const QList<TrainingActivity> training{
        {0,
         code("JHU"),
         start.addDays(9),
         QStringLiteral("ect-mentor-programme"),
         QStringLiteral("induction-conference"),
         4,
         true,
         {}},
        {0,
         code("JHU"),
         start.addDays(44),
         QStringLiteral("ect-mentor-programme"),
         QStringLiteral("clinic"),
         1.5,
         true,
         {}},
        {0,
         code("ROB"),
         start.addDays(9),
         QStringLiteral("ect-mentor-programme"),
         QStringLiteral("induction-conference"),
         4,
         true,
         {}},
        {0, code("ROB"), start.addDays(44), QStringLiteral("ect-mentor-programme"),
         QStringLiteral("clinic"), 1.5, false, QStringLiteral("Cover could not be found")},
        {0,
         code("CEV"),
         start.addDays(16),
         QStringLiteral("initial"),
         QStringLiteral("conference"),
         6,
         true,
         {}},
    };
    TrainingRepository repo(db);
    for (const TrainingActivity &a : training) {
        if (a.day >= today || a.mentorId == 0)
            continue;
        if (auto id = repo.insert(a); !id)
            return id.error();
    }
    return Status::success();
}

} // namespace idesk
