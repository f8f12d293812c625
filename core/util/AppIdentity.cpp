#include "AppIdentity.h"

#include <QCoreApplication>

namespace idesk {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InductionDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("inductiondesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("InductionDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INDUCTIONDESK_VERSION));
}

} // namespace idesk
