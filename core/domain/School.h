#pragma once

#include <QString>

namespace idesk {

struct School
{
    QString urn; // 6 digits
    QString name;

    static bool isValidUrn(const QString &urn)
    {
        if (urn.size() != 6)
            return false;
        for (const QChar c : urn) {
            if (!c.isDigit())
                return false;
        }
        return true;
    }
};

} // namespace idesk
