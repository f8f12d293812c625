#include "StartChecklist.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace idesk::ui {

StartChecklist::StartChecklist(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Getting started"));
    auto *grid = new QGridLayout(this);
    auto *title = new QLabel(tr("<b>Getting started</b>: set the school up in these steps, in "
                                "order. Each is ticked once it is done."),
                             this);
    title->setWordWrap(true);
    grid->addWidget(title, 0, 0, 1, 3);
    // What each step is, and the button that does it.
    const QList<QPair<QString, QString>> steps{
        {tr("The school's name"), tr("Name the School…")},
        {tr("Term dates for this year"), tr("Enter Term Dates…")},
        {tr("The staff list from the school's system"), tr("Import Staff List…")},
        {tr("The school day and the timetables"), tr("Go to Calendar")},
        {tr("ECTs and trainees"), tr("Add an ECT…")},
        {tr("A mentor for each of them"), tr("Assign Mentor…")},
        {tr("Their sessions for the term"), tr("Plan the Term")},
    };
    for (int i = 0; i < steps.size(); ++i) {
        auto *tick = new QLabel(this);
        auto *what = new QLabel(tr("%1. %2").arg(i + 1).arg(steps.at(i).first), this);
        auto *button = new QPushButton(steps.at(i).second, this);
        button->setAccessibleName(steps.at(i).second);
        grid->addWidget(tick, i + 1, 0);
        grid->addWidget(what, i + 1, 1);
        grid->addWidget(button, i + 1, 2);
        connect(button, &QPushButton::clicked, this, [this, i] { emit stepRequested(Step(i)); });
        m_ticks.append(tick);
        m_buttons.append(button);
        m_done.append(false);
    }
    grid->setColumnStretch(1, 1);
}

void StartChecklist::setProgress(const SetupProgress &progress)
{
    m_done = {progress.schoolNamed, progress.termDates, progress.staff,  progress.timetables,
              progress.mentees,     progress.mentors,   progress.planned};
    for (int i = 0; i < m_done.size(); ++i) {
        // Words as well as a mark, so it reads without colour or glyphs.
        m_ticks.at(i)->setText(m_done.at(i) ? tr("✔ Done") : tr("☐ To do"));
        m_ticks.at(i)->setAccessibleName(m_done.at(i) ? tr("Done") : tr("To do"));
    }
    setVisible(!progress.complete());
}

bool StartChecklist::isDone(Step step) const
{
    return m_done.value(step);
}

} // namespace idesk::ui
