#pragma once

#include "domain/MentorAssignment.h"
#include "domain/Person.h"
#include "domain/Role.h"

#include <QJsonObject>

namespace idesk::cli {

// The JSON shapes of the CLI: keys are a public interface, never renamed.
QJsonObject personJson(const Person &person, const QList<Role> &currentRoles);
QJsonObject pairingJson(const MentorAssignment &pairing);

} // namespace idesk::cli
