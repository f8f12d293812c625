#include "Trn.h"

#include <QCoreApplication>

namespace idesk::Trn {

Result<QString> normalise(const QString &raw)
{
    // Most TRNs arrive as they are stored: seven digits, kept as they are.
    if (raw.size() == 7 && std::all_of(raw.cbegin(), raw.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return raw;
    QString digits;
    digits.reserve(raw.size());
    for (const QChar c : raw) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    if (digits.size() < 5 || digits.size() > 7) {
        return Error::invalid(
            QCoreApplication::translate("Trn", "TRN \"%1\" must have 5 to 7 digits (it has %2)")
                .arg(raw.trimmed())
                .arg(digits.size()));
    }
    return digits.rightJustified(7, QLatin1Char('0'));
}

} // namespace idesk::Trn
