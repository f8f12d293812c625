#include "CliJson.h"

#include "util/Dates.h"

#include <QJsonArray>

namespace idesk::cli {

namespace {
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(Dates::iso(d)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject personJson(const Person &p, const QList<Role> &currentRoles)
{
    QJsonArray roles;
    for (const auto r : currentRoles)
        roles.append(Roles::key(r));
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("staff_code"), textOrNull(p.staffCode)},
        {QStringLiteral("title"), textOrNull(p.title)},
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("trn"), textOrNull(p.trn)},
        {QStringLiteral("email"), textOrNull(p.email)},
        {QStringLiteral("qts"), p.qts},
        {QStringLiteral("qts_date"), dateOrNull(p.qtsDate)},
        {QStringLiteral("working_pattern"), WorkingPatterns::key(p.workingPattern)},
        {QStringLiteral("fte"), p.fte},
        {QStringLiteral("employment_start"), dateOrNull(p.employmentStart)},
        {QStringLiteral("employment_end"), dateOrNull(p.employmentEnd)},
        {QStringLiteral("roles"), roles},
    };
}

QJsonObject pairingJson(const MentorAssignment &a)
{
    QJsonArray acknowledged;
    for (const auto w : a.acknowledged)
        acknowledged.append(AssignmentWarnings::key(w));
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("kind"), PairingKinds::key(a.kind)},
        {QStringLiteral("mentor_id"), a.mentorId},
        {QStringLiteral("mentee_id"), a.menteeId},
        {QStringLiteral("from"), dateOrNull(a.period.from)},
        {QStringLiteral("to"), dateOrNull(a.period.to)},
        {QStringLiteral("replaced_by"),
         a.replacedBy > 0 ? QJsonValue(a.replacedBy) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("end_reason"), textOrNull(a.endReason)},
        {QStringLiteral("acknowledged"), acknowledged},
    };
}

} // namespace idesk::cli
