#pragma once

#include "application/Change.h"
#include "application/TimetableCellChange.h"
#include "calendar/BankHolidaysFile.h"
#include "calendar/SchoolTime.h"
#include "calendar/TermDatesReading.h"
#include "calendar/YearDates.h"
#include "services/TimetablePlan.h"

#include <QCoreApplication>

namespace idesk {

class Workspace;

// The school's time: term dates, closures and bank holidays, the school day,
// contracted time and timetables; reading them from files and every edit.
class CalendarUseCases
{
    Q_DECLARE_TR_FUNCTIONS(CalendarUseCases)
public:
    explicit CalendarUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    // Everything about the school's time in one value.
    Result<SchoolTime> schoolTime() const;
    // The same with only `person`'s lessons (nobody's when 0): for showing
    // one timetable, or none, without reading everyone's.
    Result<SchoolTime> schoolTimeWithLessonsOf(qint64 person) const;
    Result<SchoolCalendar> calendar() const;
    // The academic years a tutor may need term dates for, oldest first: this
    // one and the next, those held, and each back to the start of the
    // earliest induction (an ECT who began before the school used
    // InductionDesk is credited by that year's dates once entered).
    Result<QStringList> yearsToShow() const;
    Result<YearDates> termDates(const QString &academicYear) const;
    Result<QList<BankHoliday>> bankHolidays() const;
    Result<SchoolDay> schoolDay() const;
    Result<Timetable> timetable() const;
    static Status validateYear(const QString &academicYear, const QList<Term> &terms,
                               const QList<Closure> &closures);

    Result<ChangePtr> setTermDates(const QString &academicYear, const YearDates &dates) const;
    // What a calendar file says, judged against the bank holidays held: the
    // one reading both a dry run (or the GUI's preview) and the import use.
    Result<TermDatesReading> readIcs(const QString &path) const;
    // The years of the reading that already hold dates (they are replaced).
    Result<QStringList> yearsReplacedBy(const TermDatesReading &reading) const;
    Result<ChangePtr> importTermDates(const TermDatesReading &reading,
                                      const QString &fileName) const;
    Status exportIcs(const QString &path, const QString &academicYear) const;
    // `text` names the change for the Edit menu (default: "Import bank holidays").
    Result<ChangePtr> setBankHolidays(const QList<BankHoliday> &holidays,
                                      const QString &text = {}) const;
    // A GOV.UK bank-holidays.json, checked (and warned of when it ends
    // before this academic year).
    Result<BankHolidaysReading> readBankHolidays(const QString &path) const;
    // Merges by year: the years the file covers are replaced, others kept.
    Result<ChangePtr> importBankHolidays(const BankHolidaysReading &reading,
                                         const QString &fileName) const;

    static Result<QList<Period>> readSchoolDay(const QString &path, QStringList *problems);
    Result<ChangePtr> setSchoolDay(const QList<Period> &periods) const;
    Result<ChangePtr> setContractedTime(const QList<int> &weekdays, const TimeWindow &window) const;

    // A timetable export read and matched to staff and the school day: the
    // one plan the GUI's preview, the CLI's dry run and the import use.
    Result<TimetablePlan> readTimetables(const QString &path,
                                         const TimetableReadOptions &options = {}) const;
    // The same file matched again, with the matches made by hand.
    Result<TimetablePlan> matchTimetables(const TimetableFile &file,
                                          const TimetableReadOptions &options) const;
    // Saves the plan; undo puts back the timetables, the school day (when the
    // file made it) and the remembered matches.
    Result<ChangePtr> importTimetables(const TimetablePlan &plan) const;
    std::shared_ptr<TimetableCellChange> setTimetableEntry(const TimetableEntry &before,
                                                           const TimetableEntry &after) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
