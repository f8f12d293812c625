#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace idesk {

enum class Role
{
    Ect,
    Trainee,
    EctMentor,
    IttGeneralMentor,
    IttLeadMentor,
    InductionTutor,
    Headteacher,
};

namespace Roles {
QList<Role> all();
// The stable names used in the database, the CLI and JSON ("ect-mentor").
QString key(Role role);
std::optional<Role> fromKey(const QString &key);
// The translated name a person reads ("ECT mentor").
QString displayName(Role role);
} // namespace Roles

} // namespace idesk
