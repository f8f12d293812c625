#include "Role.h"

#include <QCoreApplication>

#include <array>

namespace idesk::Roles {

namespace {
struct RoleName
{
    Role role;
    const char *key;
    const char *display;
};

constexpr std::array kNames{
    RoleName{Role::Ect, "ect", QT_TRANSLATE_NOOP("Role", "ECT")},
    RoleName{Role::Trainee, "trainee", QT_TRANSLATE_NOOP("Role", "Trainee")},
    RoleName{Role::EctMentor, "ect-mentor", QT_TRANSLATE_NOOP("Role", "ECT mentor")},
    RoleName{Role::IttGeneralMentor, "itt-general-mentor",
             QT_TRANSLATE_NOOP("Role", "ITT general mentor")},
    RoleName{Role::IttLeadMentor, "itt-lead-mentor", QT_TRANSLATE_NOOP("Role", "ITT lead mentor")},
    RoleName{Role::InductionTutor, "induction-tutor", QT_TRANSLATE_NOOP("Role", "Induction tutor")},
    RoleName{Role::Headteacher, "headteacher", QT_TRANSLATE_NOOP("Role", "Headteacher")},
};
} // namespace

QList<Role> all()
{
    QList<Role> roles;
    for (const auto &n : kNames)
        roles.append(n.role);
    return roles;
}

QString key(Role role)
{
    for (const auto &n : kNames) {
        if (n.role == role)
            return QString::fromLatin1(n.key);
    }
    return {};
}

std::optional<Role> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &n : kNames) {
        if (k == QLatin1String(n.key))
            return n.role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    for (const auto &n : kNames) {
        if (n.role == role)
            return QCoreApplication::translate("Role", n.display);
    }
    return {};
}

} // namespace idesk::Roles
