#include "SchoolUseCases.h"

#include "application/StepChange.h"
#include "application/Workspace.h"
#include "storage/AssignmentRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TimetableRepository.h"

#include <QSet>

#include <QFileInfo>

namespace idesk {

namespace {
const QString kCapacity = QStringLiteral("mentor_capacity");
const QString kOverrides = QStringLiteral("ruleset_overrides");

Status write(Database &db, const SchoolPreferences &p)
{
    SchoolRepository r(db);
    if (!p.school.name.isEmpty()) {
        if (auto s = r.setSchool(p.school); !s)
            return s;
    }
    if (auto s = r.setRuleSetOverrides(p.ruleSetOverrides); !s)
        return s;
    return r.setSetting(kCapacity,
                        p.mentorCapacity > 0 ? QString::number(p.mentorCapacity) : QString());
}
} // namespace

Result<School> SchoolUseCases::school() const
{
    return SchoolRepository(m_ws.database()).school();
}

QString SchoolUseCases::displayName() const
{
    const auto s = school();
    return s && !s->name.isEmpty() ? s->name : QFileInfo(m_ws.path()).completeBaseName();
}

int SchoolUseCases::mentorCapacity(QDate day) const
{
    return SchoolRepository(m_ws.database()).mentorCapacity(day);
}

RuleSetRegistry SchoolUseCases::ruleSets() const
{
    return SchoolRepository(m_ws.database()).ruleSets();
}

QJsonObject SchoolUseCases::ruleSetOverrides() const
{
    return SchoolRepository(m_ws.database()).ruleSetOverrides();
}

Result<SchoolPreferences> SchoolUseCases::preferences() const
{
    SchoolRepository repo(m_ws.database());
    auto s = repo.school();
    if (!s)
        return s.error();
    auto capacity = repo.setting(kCapacity);
    if (!capacity)
        return capacity.error();
    return SchoolPreferences{*s, capacity->toInt(), repo.ruleSetOverrides()};
}

Result<ChangePtr> SchoolUseCases::setPreferences(const SchoolPreferences &after) const
{
    auto before = preferences();
    if (!before)
        return before.error();
    const bool same = before->school.name == after.school.name &&
                      before->school.urn == after.school.urn &&
                      mentorCapacity(m_ws.today()) == after.mentorCapacity &&
                      before->ruleSetOverrides == after.ruleSetOverrides;
    if (same)
        return ChangePtr();
    // The undo puts back the settings exactly as stored (or not stored).
    SchoolRepository repo(m_ws.database());
    auto capacity = repo.storedSetting(kCapacity);
    if (!capacity)
        return capacity.error();
    auto overrides = repo.storedSetting(kOverrides);
    if (!overrides)
        return overrides.error();
    return StepChange::make(
        tr("Change school preferences"), Topic::School,
        [after](Database &db) { return write(db, after); },
        [school = before->school, capacity = *capacity, overrides = *overrides](Database &db) {
            SchoolRepository r(db);
            if (!school.name.isEmpty()) {
                if (auto s = r.setSchool(school); !s)
                    return s;
            }
            if (auto s = r.restoreSetting(kCapacity, capacity); !s)
                return s;
            return r.restoreSetting(kOverrides, overrides);
        });
}

Result<SetupProgress> SchoolUseCases::setupProgress() const
{
    Database &db = m_ws.database();
    const QDate today = m_ws.today();
    SetupProgress p;
    if (auto school = SchoolRepository(db).school())
        p.schoolNamed = !school->name.trimmed().isEmpty();
    auto terms = CalendarRepository(db).terms();
    auto people = PersonRepository(db).count();
    auto timetables = TimetableRepository(db).hasEntries();
    auto inductions = InductionRepository(db).all();
    auto placements = PlacementRepository(db).all();
    auto pairings = AssignmentRepository(db).all();
    for (const Status &s : {terms ? Status::success() : Status(terms.error()),
                            people ? Status::success() : Status(people.error()),
                            timetables ? Status::success() : Status(timetables.error()),
                            inductions ? Status::success() : Status(inductions.error()),
                            placements ? Status::success() : Status(placements.error()),
                            pairings ? Status::success() : Status(pairings.error())}) {
        if (!s)
            return s.error();
    }
    p.termDates = !terms->isEmpty();
    p.staff = *people > 0;
    p.timetables = *timetables;
    // Mentees today, or the next to start, and whether each has a mentor.
    QSet<qint64> mentees, mentored;
    for (const Induction &i : std::as_const(*inductions)) {
        if (i.isActiveOn(today) || i.start > today)
            mentees.insert(i.personId);
    }
    for (const Placement &pl : std::as_const(*placements)) {
        if (pl.period.to >= today)
            mentees.insert(pl.personId);
    }
    for (const MentorAssignment &a : std::as_const(*pairings)) {
        if (a.period.isOpenEnded() || a.period.to >= today)
            mentored.insert(a.menteeId);
    }
    p.mentees = !mentees.isEmpty();
    p.mentors = p.mentees && mentored.contains(mentees);
    auto planned = termPlanned(*terms);
    if (!planned)
        return planned.error();
    p.planned = *planned;
    return p;
}

Result<bool> SchoolUseCases::termPlanned() const
{
    auto terms = CalendarRepository(m_ws.database()).terms();
    if (!terms)
        return terms.error();
    return termPlanned(*terms);
}

Result<bool> SchoolUseCases::termPlanned(const QList<Term> &terms) const
{
    // The term holding today, or the next one.
    for (const Term &t : terms) {
        if (t.period.to >= m_ws.today())
            return SessionRepository(m_ws.database()).anyOn(t.period);
    }
    return false;
}

} // namespace idesk
