#include "StaffMerge.h"

#include "util/Dates.h"

#include <QSet>

namespace idesk {

QString StaffMerge::valueOf(const Person &p, StaffField field)
{
    switch (field) {
    case StaffField::StaffCode:
        return p.staffCode;
    case StaffField::Title:
        return p.title;
    case StaffField::FirstName:
        return p.firstName;
    case StaffField::LastName:
        return p.lastName;
    case StaffField::FullName:
        return p.fullName();
    case StaffField::Trn:
        return p.trn;
    case StaffField::Email:
        return p.email;
    case StaffField::Qts:
        return p.qts ? (p.qtsDate.isValid() ? tr("yes, %1").arg(Dates::uk(p.qtsDate)) : tr("yes"))
                     : tr("no");
    case StaffField::JobTitle:
        return p.jobTitle;
    case StaffField::StartDate:
        return Dates::uk(p.employmentStart);
    case StaffField::EndDate:
        return Dates::uk(p.employmentEnd);
    case StaffField::Fte:
        return QString::number(p.fte, 'g', 3);
    case StaffField::ContractType:
        return WorkingPatterns::key(p.workingPattern);
    }
    return {};
}

namespace {
// Whether the field's stored value is the same: most rows of a re-import
// change nothing, and comparing values is cheaper than writing them out.
bool sameValue(const Person &a, const Person &b, StaffField field)
{
    switch (field) {
    case StaffField::StaffCode:
        return a.staffCode == b.staffCode;
    case StaffField::Title:
        return a.title == b.title;
    case StaffField::FirstName:
        return a.firstName == b.firstName;
    case StaffField::LastName:
        return a.lastName == b.lastName;
    case StaffField::FullName:
        return a.firstName == b.firstName && a.lastName == b.lastName;
    case StaffField::Trn:
        return a.trn == b.trn;
    case StaffField::Email:
        return a.email == b.email;
    case StaffField::Qts:
        return a.qts == b.qts && a.qtsDate == b.qtsDate;
    case StaffField::JobTitle:
        return a.jobTitle == b.jobTitle;
    case StaffField::StartDate:
        return a.employmentStart == b.employmentStart;
    case StaffField::EndDate:
        return a.employmentEnd == b.employmentEnd;
    case StaffField::Fte:
        return a.fte == b.fte;
    case StaffField::ContractType:
        return a.workingPattern == b.workingPattern;
    }
    return false;
}

// The file's value for each field it gives, over what is held.
Person merged(const Person &held, const StaffRecord &rec)
{
    Person p = held;
    const Person &in = rec.person;
    const auto given = [&](StaffField f) {
        return rec.given.contains(f);
    };
    if (given(StaffField::StaffCode))
        p.staffCode = in.staffCode;
    if (given(StaffField::Title))
        p.title = in.title;
    if (given(StaffField::FirstName))
        p.firstName = in.firstName;
    if (given(StaffField::LastName))
        p.lastName = in.lastName;
    if (given(StaffField::Trn))
        p.trn = in.trn;
    if (given(StaffField::Email))
        p.email = in.email;
    if (given(StaffField::Qts)) {
        p.qts = in.qts;
        // "Yes" keeps a QTS date already known; a date replaces it.
        p.qtsDate = in.qtsDate.isValid() ? in.qtsDate : (in.qts ? held.qtsDate : QDate());
    }
    if (given(StaffField::JobTitle))
        p.jobTitle = in.jobTitle;
    if (given(StaffField::StartDate))
        p.employmentStart = in.employmentStart;
    if (given(StaffField::EndDate))
        p.employmentEnd = in.employmentEnd;
    if (given(StaffField::Fte)) {
        p.fte = in.fte;
        p.workingPattern = in.workingPattern;
    } else if (given(StaffField::ContractType)) {
        p.workingPattern = in.workingPattern;
        if (in.workingPattern == WorkingPattern::FullTime)
            p.fte = 1.0;
    }
    return p;
}
} // namespace

StaffImportPlan StaffMerge::plan(StaffList list, const QList<Person> &existing, QDate today)
{
    StaffImportPlan plan;
    QHash<QString, qsizetype> byTrn, byCode, byEmail;
    byTrn.reserve(existing.size());
    byCode.reserve(existing.size());
    byEmail.reserve(existing.size());
    plan.changes.reserve(list.records.size());
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const Person &p = existing.at(i);
        if (!p.trn.isEmpty())
            byTrn.insert(p.trn, i);
        if (!p.staffCode.isEmpty())
            byCode.insert(p.staffCode.toLower(), i);
        if (!p.email.isEmpty())
            byEmail.insert(p.email.toLower(), i);
    }
    QSet<qsizetype> matched;
    const QString trnWord = tr("TRN"), codeWord = tr("staff code"), emailWord = tr("email");
    const auto column = [&](StaffField f) {
        const int c = list.columns.column(f);
        return c >= 0 && c < list.table.header.size() ? list.table.header.at(c) : QString();
    };
    for (const StaffRecord &rec : std::as_const(list.records)) {
        const Person &in = rec.person;
        qsizetype index = -1;
        QString by;
        const auto find = [&](const QHash<QString, qsizetype> &map, const QString &value, bool fold,
                              const QString &word) {
            if (index >= 0 || value.isEmpty())
                return;
            if (const auto it = map.constFind(fold ? value.toLower() : value); it != map.cend()) {
                index = *it;
                by = word;
            }
        };
        find(byTrn, in.trn, false, trnWord);
        find(byCode, in.staffCode, true, codeWord);
        find(byEmail, in.email, true, emailWord);
        if (index >= 0 && matched.contains(index)) {
            list.problems.append({list.table.fileName,
                                  rec.row,
                                  {},
                                  tr("matches %1 by %2, who is already matched by an earlier row")
                                      .arg(existing.at(index).fullName(), by)});
            continue;
        }
        StaffChange change;
        change.row = rec.row;
        change.matchedBy = by;
        if (index >= 0) {
            matched.insert(index);
            change.before = existing.at(index);
            change.after = merged(change.before, rec);
        } else {
            Person fresh;
            fresh.employmentStart = QDate(); // unknown unless given
            change.after = merged(fresh, rec);
            if (!rec.given.contains(StaffField::StartDate))
                change.after.employmentStart = QDate();
        }
        // A value that belongs to someone else would break the match next time.
        const auto clash = [&](const QHash<QString, qsizetype> &map, const QString &value,
                               StaffField field, const QString &what) {
            if (value.isEmpty())
                return;
            const auto it = map.constFind(field == StaffField::Trn ? value : value.toLower());
            if (it != map.cend() && *it != index)
                list.problems.append({list.table.fileName, rec.row, column(field),
                                      tr("%1 %2 already belongs to %3")
                                          .arg(what, value, existing.at(*it).fullName())});
        };
        clash(byTrn, change.after.trn, StaffField::Trn, trnWord);
        clash(byCode, change.after.staffCode, StaffField::StaffCode, codeWord);
        clash(byEmail, change.after.email, StaffField::Email, emailWord);

        // What changes is listed for someone already held; a new person's
        // values are all new, and a list of 20,000 would only repeat them.
        if (index >= 0) {
            for (StaffField f : StaffColumns::allFields()) {
                if (f == StaffField::FullName || sameValue(change.before, change.after, f))
                    continue;
                const QString before = valueOf(change.before, f);
                const QString after = valueOf(change.after, f);
                if (before != after)
                    change.changes.append({f, before, after});
            }
        }
        change.kind = index < 0                  ? StaffChange::New
                      : change.changes.isEmpty() ? StaffChange::Unchanged
                                                 : StaffChange::Updated;
        plan.changes.append(std::move(change));
    }
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const Person &p = existing.at(i);
        if (!matched.contains(i) && p.employedOn(today))
            plan.missing.append(p);
    }
    plan.list = std::move(list);
    return plan;
}

} // namespace idesk
