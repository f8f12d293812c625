#pragma once

#include "Term.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSet>

namespace idesk {

// What a bank-holidays file holds, for the user to check before it is merged.
struct BankHolidaysReading
{
    QList<BankHoliday> holidays; // england-and-wales, by date
    QList<int> years;            // the calendar years the file covers, replaced when saved
    QStringList warnings;        // saved only on the user's word
};

// The GOV.UK bank-holidays.json format: {"england-and-wales": {"division": ...,
// "events": [{"title", "date", "notes", "bunting"}]}, "scotland": ..., ...}.
// Schools in England follow the england-and-wales division. A list that
// cannot be true (dates outside 1900-2100, more than 20 in a year, a title
// of over 200 characters) is refused with the line of the event.
class BankHolidaysFile
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidaysFile)
public:
    static constexpr qint64 MaxBytes = 1024 * 1024; // GOV.UK's file is about 20 KB
    static constexpr int MostInAYear = 20;
    static constexpr int LongestTitle = 200;

    static Result<QList<BankHoliday>> parse(const QByteArray &json, const QString &fileName);
    // Reads and checks a file; a list that ends before the academic year of
    // `today` is warned of.
    static Result<BankHolidaysReading> read(const QString &path, QDate today);
    static Result<BankHolidaysReading> read(const QByteArray &json, const QString &fileName,
                                            QDate today);
    static const QList<BankHoliday> &shipped();
    // `held` with the years of `file` replaced by the file's.
    static QList<BankHoliday> merged(const QList<BankHoliday> &held,
                                     const BankHolidaysReading &file);
};

} // namespace idesk
