#include "PersonEdits.h"

#include "services/PlacementService.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"

#include "util/Dates.h"

#include <QCoreApplication>

namespace idesk {

namespace {
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PersonEdit)
};

// The fields in which two readings of one person differ, in words.
QString differences(const Person &then, const Person &now)
{
    QStringList out;
    auto field = [&](const char *name, const QString &a, const QString &b) {
        if (a != b)
            out.append(Words::tr("%1 was “%2” and is now “%3”")
                           .arg(QCoreApplication::translate("PersonEdit", name), a, b));
    };
    field(QT_TRANSLATE_NOOP("PersonEdit", "title"), then.title, now.title);
    field(QT_TRANSLATE_NOOP("PersonEdit", "first name"), then.firstName, now.firstName);
    field(QT_TRANSLATE_NOOP("PersonEdit", "last name"), then.lastName, now.lastName);
    field(QT_TRANSLATE_NOOP("PersonEdit", "staff code"), then.staffCode, now.staffCode);
    field(QT_TRANSLATE_NOOP("PersonEdit", "TRN"), then.trn, now.trn);
    field(QT_TRANSLATE_NOOP("PersonEdit", "email"), then.email, now.email);
    field(QT_TRANSLATE_NOOP("PersonEdit", "job title"), then.jobTitle, now.jobTitle);
    field(QT_TRANSLATE_NOOP("PersonEdit", "QTS"), then.qts ? Words::tr("yes") : Words::tr("no"),
          now.qts ? Words::tr("yes") : Words::tr("no"));
    field(QT_TRANSLATE_NOOP("PersonEdit", "QTS date"), Dates::uk(then.qtsDate),
          Dates::uk(now.qtsDate));
    field(QT_TRANSLATE_NOOP("PersonEdit", "FTE"), QString::number(then.fte),
          QString::number(now.fte));
    field(QT_TRANSLATE_NOOP("PersonEdit", "working pattern"),
          WorkingPatterns::key(then.workingPattern), WorkingPatterns::key(now.workingPattern));
    field(QT_TRANSLATE_NOOP("PersonEdit", "employment start"), Dates::uk(then.employmentStart),
          Dates::uk(now.employmentStart));
    field(QT_TRANSLATE_NOOP("PersonEdit", "employment end"), Dates::uk(then.employmentEnd),
          Dates::uk(now.employmentEnd));
    return out.join(QStringLiteral("; "));
}
} // namespace

Status PersonEdit::apply(Database &db)
{
    return db.write([&]() -> Status {
        // Saved over what the dialog read, never over what was written since.
        auto now = PersonRepository(db).byId(before.id);
        if (!now)
            return now.error();
        if (!(*now == before))
            return Error::refused(
                Words::tr(
                    "%1's details were changed meanwhile, perhaps by a colleague or the command "
                    "line, so this was not saved: %2. Open them again to see what is there now.")
                    .arg(before.fullName(), differences(before, *now)));
        if (auto s = PersonRepository(db).update(after); !s)
            return s;
        RoleRepository roles(db);
        for (auto &e : ended) {
            if (auto s = roles.setEnd(e.tenureId, e.newTo); !s)
                return s;
        }
        for (auto &t : added) {
            t.personId = after.id;
            auto id = roles.add(t);
            if (!id)
                return id.error();
            t.id = *id;
        }
        return Status::success();
    });
}

Status PersonEdit::revert(Database &db)
{
    return db.write([&]() -> Status {
        RoleRepository roles(db);
        for (const auto &t : added) {
            if (auto s = roles.remove(t.id); !s)
                return s;
        }
        for (const auto &e : ended) {
            if (auto s = roles.setEnd(e.tenureId, e.oldTo); !s)
                return s;
        }
        return PersonRepository(db).update(before);
    });
}

namespace {
// What adding an ECT and adding a trainee share: a new person is stored first;
// undo removes that person (their record goes with them), or, for someone
// already on the staff list, only the record and the role the addition made.
Status addMentee(Database &db, bool newPerson, Person &person,
                 const std::function<Status()> &addRecord)
{
    return db.write([&]() -> Status {
        if (newPerson) {
            auto id = PersonRepository(db).insert(person);
            if (!id)
                return id.error();
            person.id = *id;
        }
        return addRecord();
    });
}

Status removeMentee(Database &db, bool newPerson, qint64 personId, qint64 addedRoleId,
                    const std::function<Status()> &removeRecord)
{
    return db.write([&]() -> Status {
        if (newPerson)
            return PersonRepository(db).remove(personId);
        if (auto s = removeRecord(); !s)
            return s;
        return addedRoleId > 0 ? RoleRepository(db).remove(addedRoleId) : Status::success();
    });
}
} // namespace

Status NewEct::apply(Database &db)
{
    return addMentee(db, newPerson, person, [&]() -> Status {
        induction.personId = person.id;
        auto id = InductionService(db).start(induction, &addedRoleId);
        if (!id)
            return id.error();
        inductionId = *id;
        return Status::success();
    });
}

Status NewEct::revert(Database &db)
{
    return removeMentee(db, newPerson, person.id, addedRoleId,
                        [&] { return InductionRepository(db).remove(inductionId); });
}

Status NewTrainee::apply(Database &db)
{
    return addMentee(db, newPerson, person, [&]() -> Status {
        placement.personId = person.id;
        auto id = PlacementService(db).add(placement, &addedRoleId);
        if (!id)
            return id.error();
        placement.id = *id;
        return Status::success();
    });
}

Status NewTrainee::revert(Database &db)
{
    return removeMentee(db, newPerson, person.id, addedRoleId,
                        [&] { return PlacementRepository(db).remove(placement.id); });
}

} // namespace idesk
