#include "SessionCommand.h"

#include "io/SchoolDayCsv.h"
#include "services/MentorDevelopmentService.h"
#include "storage/SessionRepository.h"
#include "util/Dates.h"

namespace idesk::cli {

void SessionCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("held, cancel or missed"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The session id (schedule show)"));
    parser.addOptions({
        {QStringLiteral("date"), tr("held: the day it happened (default: as planned)."),
         tr("DATE")},
        {QStringLiteral("start"), tr("held: when it started, HH:MM (default: as planned)."),
         tr("HH:MM")},
        {QStringLiteral("minutes"), tr("held: how long it lasted (default: as planned)."), tr("N")},
        {QStringLiteral("note"), tr("A short developmental note (not an assessment of the ECT)."),
         tr("TEXT")},
        {QStringLiteral("reason"), tr("cancel: why."), tr("TEXT")},
        {QStringLiteral("action-step"),
         tr("held (coaching): the one action step agreed (developmental, not assessment)."),
         tr("TEXT")},
        {QStringLiteral("previous-practised"),
         tr("held (coaching): whether the previous action step was practised: yes or no."),
         tr("yes|no")},
    });
}

int SessionCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok ||
        !QStringList{QStringLiteral("held"), QStringLiteral("cancel"), QStringLiteral("missed")}
             .contains(action))
        return context.usage(tr("expected: session held|cancel|missed ID"), name());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    SessionRepository repo(**db);
    auto session = repo.byId(id);
    if (!session)
        return context.fail(session.error());
    MentoringSession s = *session;
    if (action == QLatin1String("held")) {
        s.status = SessionStatus::Held;
        int exitCode = Success;
        if (parser.isSet(QStringLiteral("date"))) {
            const auto d =
                context.dateOption(parser, QStringLiteral("date"), true, name(), &exitCode);
            if (!d)
                return exitCode;
            s.day = *d;
        }
        if (parser.isSet(QStringLiteral("start"))) {
            s.start = SchoolDayCsv::parseTime(parser.value(QStringLiteral("start")));
            if (!s.start.isValid())
                return context.usage(tr("--start must be HH:MM"), name());
        }
        if (parser.isSet(QStringLiteral("minutes"))) {
            s.minutes = parser.value(QStringLiteral("minutes")).toInt(&ok);
            if (!ok || s.minutes <= 0 || s.minutes > 480)
                return context.usage(tr("--minutes must be between 1 and 480"), name());
        }
    } else if (action == QLatin1String("cancel")) {
        s.status = SessionStatus::Cancelled;
        s.cancelReason = parser.value(QStringLiteral("reason")).trimmed();
    } else {
        s.status = SessionStatus::Missed;
    }
    if (parser.isSet(QStringLiteral("note")))
        s.note = parser.value(QStringLiteral("note")).trimmed().left(500);
    const bool coachingHeld = s.kind == SessionKind::Coaching && s.status == SessionStatus::Held;
    if ((parser.isSet(QStringLiteral("action-step")) ||
         parser.isSet(QStringLiteral("previous-practised"))) &&
        !coachingHeld)
        return context.usage(tr("--action-step and --previous-practised go with session held on a "
                                "coaching meeting"),
                             name());
    std::optional<bool> practised;
    if (parser.isSet(QStringLiteral("previous-practised"))) {
        const QString v = parser.value(QStringLiteral("previous-practised")).trimmed().toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return context.usage(tr("--previous-practised must be yes or no"), name());
        practised = v == QLatin1String("yes");
    }
    MentorDevelopmentService development(**db, context.clock());
    std::optional<MentoringSession> previous;
    auto written = (*db)->write([&]() -> Status {
        if (auto u = repo.update(s); !u)
            return u;
        if (!coachingHeld)
            return Status::success();
        auto p = development.previousActionStep(s);
        if (!p)
            return p.error();
        previous = *p;
        if (practised) {
            if (!previous)
                return Error::refused(tr("There is no earlier action step for this mentee"));
            if (auto r = development.recordPractised(previous->id, practised); !r)
                return r;
        }
        if (parser.isSet(QStringLiteral("action-step")))
            return development.recordActionStep(s.id, parser.value(QStringLiteral("action-step")));
        return Status::success();
    });
    if (!written)
        return context.fail(written.error());
    if (previous)
        context.out() << tr("Previous action step (%1): %2")
                             .arg(Dates::uk(previous->day), previous->actionStep)
                      << '\n';
    context.out()
        << tr("Session %1 on %2: %3").arg(id).arg(Dates::uk(s.day), SessionStatuses::key(s.status))
        << Qt::endl;
    return Success;
}

} // namespace idesk::cli
