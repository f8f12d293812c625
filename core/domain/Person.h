#pragma once

#include "util/DateRange.h"

#include <QDate>
#include <QString>

#include <optional>

namespace idesk {

enum class WorkingPattern
{
    FullTime,
    PartTime
};

namespace WorkingPatterns {
QString key(WorkingPattern pattern);
std::optional<WorkingPattern> fromKey(const QString &key);
} // namespace WorkingPatterns

struct Person
{
    qint64 id = 0;
    QString staffCode;
    QString title;
    QString firstName;
    QString lastName;
    QString trn; // normalised to 7 digits, or empty when unknown
    QString email;
    bool qts = false;
    QDate qtsDate;
    WorkingPattern workingPattern = WorkingPattern::FullTime;
    double fte = 1.0;
    QDate employmentStart;
    QDate employmentEnd;
    QString jobTitle; // as the school's information system has it

    QString fullName() const;    // "Jane Smith"
    QString displayName() const; // "Ms Jane Smith"
    // Unknown start means "employed as far back as we know".
    bool employedOn(QDate day) const;
    bool hasQtsOn(QDate day) const { return qts && (!qtsDate.isValid() || qtsDate <= day); }

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace idesk
