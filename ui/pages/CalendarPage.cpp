#include "CalendarPage.h"

#include "application/CalendarUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "models/TimetableModel.h"
#include "style/Heading.h"
#include "util/Dates.h"
#include "util/Weekdays.h"
#include "widgets/TimetableCellDelegate.h"
#include "widgets/YearView.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

CalendarPage::CalendarPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->addTab(makeYearTab(), tr("&Year"));
    m_tabs->addTab(makeSchoolDayTab(), tr("School &day"));
    m_tabs->addTab(makeTimetableTab(), tr("&Timetables"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Calendar"), this));
    layout->addWidget(m_tabs);
}

QWidget *CalendarPage::makeYearTab()
{
    auto *tab = new QWidget(this);
    m_year = new QComboBox(tab);
    m_year->setAccessibleName(tr("Academic year"));
    m_yearView = new YearView(tab);
    m_yearSummary = new QLabel(tab);
    m_yearSummary->setWordWrap(true);
    m_yearSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *edit = new QPushButton(tr("Edit te&rm dates…"), tab);
    auto *import = new QPushButton(tr("&Import .ics…"), tab);
    auto *exportIcs = new QPushButton(tr("E&xport .ics…"), tab);
    auto *bank = new QPushButton(tr("&Bank holidays…"), tab);
    bank->setToolTip(tr("Read England and Wales bank holidays from GOV.UK's bank-holidays.json "
                        "(the years it covers replace those held)"));
    import->setToolTip(tr("Read term dates from an iCalendar file published by your local "
                          "authority or trust"));
    exportIcs->setToolTip(tr("Save this year's term dates as an iCalendar file for other "
                             "calendar programs"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Academic year:"), tab));
    bar->addWidget(m_year);
    bar->addStretch();
    bar->addWidget(edit);
    bar->addWidget(import);
    bar->addWidget(exportIcs);
    bar->addWidget(bank);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    // The year scrolls on a small screen rather than forcing the window taller.
    auto *scroll = new QScrollArea(tab);
    scroll->setWidget(m_yearView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_yearSummary);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CalendarPage::showYear);
    connect(edit, &QPushButton::clicked, this,
            [this] { emit editTermDatesRequested(academicYear()); });
    connect(import, &QPushButton::clicked, this, &CalendarPage::importIcsRequested);
    connect(bank, &QPushButton::clicked, this, &CalendarPage::importBankHolidaysRequested);
    connect(exportIcs, &QPushButton::clicked, this,
            [this] { emit exportIcsRequested(academicYear()); });
    return tab;
}

QWidget *CalendarPage::makeSchoolDayTab()
{
    auto *tab = new QWidget(this);
    m_periods = new QTableWidget(0, 4, tab);
    m_periods->setHorizontalHeaderLabels({tr("Period"), tr("Starts"), tr("Ends"), tr("Kind")});
    m_periods->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_periods->verticalHeader()->hide();
    m_periods->horizontalHeader()->setStretchLastSection(true);
    m_periods->setAccessibleName(tr("Periods of the school day"));
    m_contracted = new QLabel(tab);
    m_contracted->setWordWrap(true);
    auto *import = new QPushButton(tr("&Import school day…"), tab);
    import->setToolTip(tr("Read the periods from a CSV file with the columns Period, Start, End "
                          "and Kind"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_contracted, 1);
    bar->addWidget(import);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_periods);
    connect(import, &QPushButton::clicked, this, &CalendarPage::importSchoolDayRequested);
    return tab;
}

QWidget *CalendarPage::makeTimetableTab()
{
    auto *tab = new QWidget(this);
    m_person = new QComboBox(tab);
    m_person->setAccessibleName(tr("Whose timetable"));
    m_person->setMinimumContentsLength(24);
    m_week = new QComboBox(tab);
    m_week->setAccessibleName(tr("Week of the timetable cycle"));
    m_pattern = new QLabel(tab);
    m_timetableModel = new TimetableModel(this);
    m_timetableView = new QTableView(tab);
    m_timetableView->setModel(m_timetableModel);
    m_timetableView->setItemDelegate(new TimetableCellDelegate(m_timetableView));
    m_timetableView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked);
    m_timetableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_timetableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timetableView->setAccessibleName(tr("Timetable"));
    auto *import = new QPushButton(tr("&Import timetables…"), tab);
    import->setToolTip(tr("Read timetables from a CSV file with the columns Staff Code, Week, "
                          "Day, Period, Activity and Class"));
    auto *hint = new QLabel(tr("Double-click a period, or press F2, to change it."), tab);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Person:"), tab));
    bar->addWidget(m_person);
    bar->addWidget(new QLabel(tr("Week:"), tab));
    bar->addWidget(m_week);
    bar->addWidget(m_pattern, 1);
    bar->addWidget(import);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_timetableView, 1);
    layout->addWidget(hint);
    connect(m_person, &QComboBox::currentIndexChanged, this, &CalendarPage::showTimetable);
    connect(m_week, &QComboBox::currentIndexChanged, this,
            [this](int week) { m_timetableModel->setWeek(std::max(0, week)); });
    connect(import, &QPushButton::clicked, this, &CalendarPage::importTimetablesRequested);
    connect(m_timetableModel, &TimetableModel::cellEdited, this,
            &CalendarPage::timetableCellEdited);
    return tab;
}

QString CalendarPage::academicYear() const
{
    return m_year->currentData().toString();
}

void CalendarPage::setAcademicYear(const QString &year)
{
    const int i = m_year->findData(year);
    if (i >= 0)
        m_year->setCurrentIndex(i);
}

qint64 CalendarPage::timetablePerson() const
{
    return m_person->currentData().toLongLong();
}

void CalendarPage::setTimetablePerson(qint64 personId)
{
    const int i = m_person->findData(personId);
    if (i >= 0)
        m_person->setCurrentIndex(i);
}

void CalendarPage::setTimetableWeek(int week)
{
    m_week->setCurrentIndex(week);
}

CalendarPage::Data CalendarPage::read(Workspace &ws)
{
    Data d;
    // This year, the next, the ones with term dates and those back to the
    // earliest induction, so a tutor can enter them. A calendar that cannot
    // be read is said by showYear, which reads it again.
    d.years = CalendarUseCases(ws).yearsToShow().value_or({Dates::academicYearLabel(ws.today())});
    auto people = PeopleUseCases(ws).all();
    if (!people) {
        d.error = people.error().message;
        return d;
    }
    // Sorted by collation keys made once each, not compared afresh in every step.
    QCollator collator;
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(people->size());
    for (qsizetype i = 0; i < people->size(); ++i)
        keys.append({collator.sortKey(people->at(i).lastName + people->at(i).firstName), i});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    d.staff.reserve(people->size());
    for (const auto &key : std::as_const(keys)) {
        const Person &p = people->at(key.second);
        d.staff.append({p.id, p.staffCode.isEmpty()
                                  ? p.fullName()
                                  : tr("%1 (%2)").arg(p.fullName(), p.staffCode)});
    }
    return d;
}

void CalendarPage::reload(Workspace *workspace)
{
    show(workspace, workspace ? read(*workspace) : Data());
}

void CalendarPage::show(Workspace *workspace, const Data &d)
{
    m_ws = workspace;
    const QString keepYear = academicYear();
    const qint64 keepPerson = timetablePerson();
    const int keepWeek = m_week->currentIndex();

    QSignalBlocker blockYear(m_year);
    m_year->clear();
    for (const QString &y : d.years)
        m_year->addItem(y, y);
    const QDate today = m_ws ? m_ws->today() : Clock::system().today();
    const int yearIndex =
        m_year->findData(keepYear.isEmpty() ? Dates::academicYearLabel(today) : keepYear);
    m_year->setCurrentIndex(std::max(0, yearIndex));

    QSignalBlocker blockPerson(m_person);
    m_person->clear();
    for (const auto &[id, label] : d.staff)
        m_person->addItem(label, id);
    m_person->setCurrentIndex(std::max(0, m_person->findData(keepPerson)));
    showYear();
    // A read that fails is said, never shown as an empty list.
    if (!d.error.isEmpty())
        m_yearSummary->setText(tr("The staff list could not be read: %1").arg(d.error));
    showTimetable();
    if (keepWeek >= 0 && keepWeek < m_week->count())
        m_week->setCurrentIndex(keepWeek);
}

void CalendarPage::showYear()
{
    const QString year = academicYear();
    auto time = m_ws ? CalendarUseCases(*m_ws).schoolTimeWithLessonsOf(0)
                     : Result<SchoolTime>(SchoolTime());
    if (!time) {
        m_yearSummary->setText(time.error().message);
        return;
    }
    m_yearView->setCalendar(time->calendar(), year);
    const QList<Term> terms = time->calendar().termsOf(year);
    QStringList lines;
    int total = 0;
    for (const auto &t : terms) {
        const int days = time->calendar().schoolDayCount(t);
        total += days;
        lines << tr("%1: %2 to %3, %4 school days, %5 weeks")
                     .arg(TermKinds::displayName(t.kind), Dates::uk(t.period.from),
                          Dates::uk(t.period.to))
                     .arg(days)
                     .arg(time->calendar().schoolWeeks(t.period).size());
    }
    if (terms.isEmpty())
        lines << tr("No term dates for %1 yet. Enter them with Edit term dates, or import the "
                    "calendar your local authority or trust publishes (.ics).")
                     .arg(year);
    else
        lines << tr("%1 school days in the year.").arg(total);
    m_yearSummary->setText(lines.join(QLatin1Char('\n')));

    // The school day tab reads from the same load.
    const SchoolDay &day = time->schoolDay();
    m_periods->setRowCount(int(day.periods().size()));
    for (int r = 0; r < day.periods().size(); ++r) {
        const Period &p = day.periods().at(r);
        m_periods->setItem(r, 0, new QTableWidgetItem(p.name));
        m_periods->setItem(r, 1, new QTableWidgetItem(p.start.toString(QStringLiteral("HH:mm"))));
        m_periods->setItem(r, 2, new QTableWidgetItem(p.end.toString(QStringLiteral("HH:mm"))));
        m_periods->setItem(r, 3, new QTableWidgetItem(PeriodKinds::displayName(p.kind)));
    }
    m_periods->resizeColumnsToContents();
    QStringList windows;
    for (int d = 1; d <= 5; ++d) {
        if (const auto w = time->contractedTime().on(d))
            windows << tr("%1 %2 to %3")
                           .arg(weekdayName(d), w->start.toString(QStringLiteral("HH:mm")),
                                w->end.toString(QStringLiteral("HH:mm")));
    }
    m_contracted->setText(
        day.isEmpty()
            ? tr("No school day yet: import one from a CSV file.")
            : tr("Teaching hours are the %n lesson(s). Contracted time: %1.", nullptr,
                 int(day.lessons().size()))
                  .arg(windows.isEmpty() ? tr("not set") : windows.join(QStringLiteral(", "))));
}

void CalendarPage::showTimetable()
{
    const qint64 person = timetablePerson();
    auto time = m_ws ? CalendarUseCases(*m_ws).schoolTimeWithLessonsOf(person)
                     : Result<SchoolTime>(SchoolTime());
    if (!time)
        return;
    const int cycle = time->timetable().cycleWeeks();
    {
        QSignalBlocker block(m_week);
        const int keep = m_week->currentIndex();
        m_week->clear();
        m_week->addItem(cycle == 2 ? tr("Week A") : tr("Every week"));
        if (cycle == 2)
            m_week->addItem(tr("Week B"));
        m_week->setCurrentIndex(std::clamp(keep, 0, cycle - 1));
        m_week->setEnabled(cycle == 2);
    }
    m_timetableModel->setTimetable(time->schoolDay(), time->timetable(), person,
                                   m_week->currentIndex());
    const auto pattern = time->workingPattern(person);
    if (pattern) {
        QStringList days;
        for (int d = 1; d <= 7; ++d) {
            if (pattern->worksOn(d))
                days << weekdayName(d);
        }
        m_pattern->setText(tr("Works %1").arg(days.join(QStringLiteral(", "))));
    } else {
        m_pattern->setText(person ? tr("Works every weekday") : QString());
    }
}

} // namespace idesk::ui
