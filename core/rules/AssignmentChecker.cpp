#include "AssignmentChecker.h"

#include "util/Dates.h"

namespace idesk {

namespace {
QString employmentText(const Person &p)
{
    if (p.employmentStart.isValid() && p.employmentEnd.isValid())
        return AssignmentChecker::tr("employed from %1 to %2")
            .arg(Dates::uk(p.employmentStart), Dates::uk(p.employmentEnd));
    if (p.employmentStart.isValid())
        return AssignmentChecker::tr("employed from %1").arg(Dates::uk(p.employmentStart));
    return AssignmentChecker::tr("employed until %1").arg(Dates::uk(p.employmentEnd));
}

bool outsideEmployment(const Person &p, const DateRange &period)
{
    if (!p.employedOn(period.from))
        return true;
    if (!period.isOpenEnded())
        return !p.employedOn(period.to);
    return false;
}
} // namespace

AssignmentCheck AssignmentChecker::check(const AssignmentRequest &request,
                                         const AssignmentFacts &facts)
{
    AssignmentCheck result;
    const QString mentor = facts.mentor.displayName();
    const QString mentee = facts.mentee.displayName();
    const QDate from = request.period.from;

    if (!request.period.isValid())
        result.refusals.append(
            tr("The pairing needs a start date, and cannot end before it starts"));
    if (request.mentorId == request.menteeId) {
        result.refusals.append(tr("%1 cannot mentor themselves").arg(mentee));
        return result; // every other check would only repeat this one
    }
    if (!facts.menteeEligible) {
        result.refusals.append(
            request.kind == PairingKind::Ect
                ? tr("%1 has no active induction on %2, so cannot be given an ECT mentor")
                      .arg(mentee, Dates::uk(from))
                : tr("%1 has no ITT placement at the school on %2, so cannot be given an ITT "
                     "mentor")
                      .arg(mentee, Dates::uk(from)));
    }
    if (outsideEmployment(facts.mentor, request.period))
        result.refusals.append(tr("%1 is not employed at the school for the whole pairing (%2)")
                                   .arg(mentor, employmentText(facts.mentor)));
    if (outsideEmployment(facts.mentee, request.period))
        result.refusals.append(tr("%1 is not employed at the school for the whole pairing (%2)")
                                   .arg(mentee, employmentText(facts.mentee)));

    for (const auto &other : facts.menteePairings) {
        if (other.kind != request.kind)
            continue;
        if (other.id == request.replacingId) {
            if (other.period.from >= from)
                result.refusals.append(
                    tr("The new mentor must start after the pairing being replaced began (%1)")
                        .arg(Dates::uk(other.period.from)));
            else if (!other.period.isOpenEnded() && other.period.to < from.addDays(-1))
                result.refusals.append(
                    tr("The pairing being replaced had already ended on %1; assign a new "
                       "mentor instead of replacing")
                        .arg(Dates::uk(other.period.to)));
            continue;
        }
        if (other.period.overlaps(request.period)) {
            result.refusals.append(
                tr("%1 already has a mentor of this kind from %2%3; replace that mentor instead "
                   "of adding a second")
                    .arg(mentee, Dates::uk(other.period.from),
                         other.period.isOpenEnded()
                             ? QString()
                             : tr(" to %1").arg(Dates::uk(other.period.to))));
        }
    }

    auto warn = [&](AssignmentWarning w, const QString &message) {
        result.warnings.append({w, message, request.acknowledged.contains(w)});
    };
    if (!facts.mentor.hasQtsOn(from))
        warn(AssignmentWarning::NoQts,
             tr("%1 does not hold QTS. A mentor without QTS is allowed only after the decision "
                "has been checked with the appropriate body.")
                 .arg(mentor));
    if (request.kind == PairingKind::Ect && facts.mentorIsInductionTutor)
        warn(AssignmentWarning::InductionTutor,
             tr("%1 is also the induction tutor. The mentor should ideally be someone else; "
                "go ahead only with safeguards in place.")
                 .arg(mentor));
    if (facts.mentorOtherMentees >= facts.capacity)
        warn(AssignmentWarning::Capacity,
             tr("%1 already mentors %n other mentee(s); the school's limit is %2. Make sure they "
                "have the time.",
                nullptr, facts.mentorOtherMentees)
                 .arg(mentor)
                 .arg(facts.capacity));
    return result;
}

} // namespace idesk
