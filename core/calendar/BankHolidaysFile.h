#pragma once

#include "Term.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// The GOV.UK bank-holidays.json format: {"england-and-wales": {"division": ...,
// "events": [{"title", "date", "notes", "bunting"}]}, "scotland": ..., ...}.
// Schools in England follow the england-and-wales division.
class BankHolidaysFile
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidaysFile)
public:
    static Result<QList<BankHoliday>> parse(const QByteArray &json, const QString &fileName);
    static const QList<BankHoliday> &shipped();
};

} // namespace idesk
