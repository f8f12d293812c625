#pragma once

#include "application/SetupProgress.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace idesk::ui {

// Getting started, for a school not yet set up: the steps in the order a
// tutor takes them, each a button that does it and a tick once it is done.
class StartChecklist : public QFrame
{
    Q_OBJECT
public:
    enum Step
    {
        SchoolName,
        TermDates,
        StaffList,
        Timetables,
        Mentees,
        Mentors,
        Plan,
        StepCount
    };
    Q_ENUM(Step)

    explicit StartChecklist(QWidget *parent = nullptr);

    void setProgress(const SetupProgress &progress);
    bool isDone(Step step) const;
    QPushButton *button(Step step) const { return m_buttons.at(step); }

signals:
    void stepRequested(idesk::ui::StartChecklist::Step step);

private:
    QList<QLabel *> m_ticks;
    QList<QPushButton *> m_buttons;
    QList<bool> m_done;
};

} // namespace idesk::ui
