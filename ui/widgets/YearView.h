#pragma once

#include "calendar/SchoolCalendar.h"

#include <QWidget>

namespace idesk::ui {

// An academic year at a glance: twelve months from September, each day
// shaded by what it is (term, half term or holiday, INSET day, bank holiday,
// weekend), with a legend in words and a tooltip naming the day.
class YearView : public QWidget
{
    Q_OBJECT
public:
    enum class DayKind
    {
        OutsideTerm,
        Open,
        Weekend,
        Holiday, // half terms and holidays
        Inset,
        BankHoliday,
        OtherClosure
    };

    explicit YearView(QWidget *parent = nullptr);

    void setCalendar(const SchoolCalendar &calendar, const QString &academicYear);
    QString academicYear() const { return m_year; }
    DayKind kindOf(QDate day) const;
    QString describe(QDate day) const; // "Tuesday 1 September 2026: INSET day"
    QDate dayAt(const QPoint &pos) const;
    static QString kindName(DayKind kind);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect monthRect(int index) const;
    QRect dayRect(int monthIndex, QDate day) const;
    QColor colourOf(DayKind kind) const;
    int legendHeight() const;

    SchoolCalendar m_calendar;
    QString m_year;
    QDate m_start;
};

} // namespace idesk::ui
