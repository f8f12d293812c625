#include "TimetableImportWizard.h"

#include "settings/FileChooser.h"

#include "application/CalendarUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "util/Clock.h"
#include "util/TaskRunner.h"
#include "util/Weekdays.h"
#include "widgets/GatedWizardPage.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString howText(TeacherMatch::How how)
{
    switch (how) {
    case TeacherMatch::How::Code:
        return TimetableImportWizard::tr("Staff code");
    case TeacherMatch::How::Name:
        return TimetableImportWizard::tr("Name");
    case TeacherMatch::How::Remembered:
        return TimetableImportWizard::tr("As last time");
    case TeacherMatch::How::ByHand:
        return TimetableImportWizard::tr("By hand");
    case TeacherMatch::How::Unmatched:
        break;
    }
    return TimetableImportWizard::tr("Not matched");
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

TimetableImportWizard::TimetableImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_ws(workspace)
    , m_runner(new TaskRunner(this))
{
    setWindowTitle(tr("Import timetables"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(FilePage, makeFilePage());
    setPage(TeachersPage, makeTeachersPage());
    setPage(PeriodsPage, makePeriodsPage());
    setPage(PreviewPage, makePreviewPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    connect(m_runner, &TaskRunner::progress, m_progress, &QProgressBar::setValue);
    resize(900, 620);
}

TimetableImportWizard::~TimetableImportWizard()
{
    m_runner->abandon();
}

bool TimetableImportWizard::isBusy() const
{
    return m_runner->isRunning();
}

QWizardPage *TimetableImportWizard::makeFilePage()
{
    m_filePage = new GatedWizardPage(this);
    m_filePage->setTitle(tr("The timetable export"));
    m_filePage->setSubTitle(
        tr("Export the staff timetables from the school's timetabling program: FET's teachers "
           "timetable or .fet file, aSc Timetables' XML export, or a grid of teachers and "
           "periods from the MIS or a spreadsheet (CSV or XLSX)."));
    m_path = new QLineEdit(m_filePage);
    m_path->setAccessibleName(tr("Timetable file"));
    auto *browse = new QPushButton(tr("Bro&wse…"), m_filePage);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (!m_files)
            return;
        const QString path = m_files->openFile(
            this, FileChooser::Purpose::Import, tr("Import timetables"),
            tr("Timetable exports (*.xml *.fet *.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    m_format = new QComboBox(m_filePage);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Told from the content"), QStringLiteral("auto"));
    m_format->addItem(tr("FET"), QStringLiteral("fet"));
    m_format->addItem(tr("aSc Timetables XML"), QStringLiteral("asc"));
    m_format->addItem(tr("Grid (CSV or XLSX)"), QStringLiteral("grid"));
    m_format->addItem(tr("InductionDesk CSV"), QStringLiteral("inductiondesk"));
    m_matchBy = new QComboBox(m_filePage);
    m_matchBy->addItem(tr("Staff code, then name"), int(MatchBy::CodeThenName));
    m_matchBy->addItem(tr("Staff code only"), int(MatchBy::Code));
    m_matchBy->addItem(tr("Name only"), int(MatchBy::Name));
    const auto changed = [this] {
        m_read = false;
        m_filePage->setReady(!m_path->text().trimmed().isEmpty());
    };
    connect(m_path, &QLineEdit::textChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_matchBy, &QComboBox::currentIndexChanged, this, changed);
    m_fileProblem = new ProblemLabel(m_filePage);
    m_fileProblem->setObjectName(QStringLiteral("fileProblem"));
    m_progress = new QProgressBar(m_filePage);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel reading"), m_filePage);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_runner->cancel(); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), row);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Match teachers by:"), m_matchBy);
    auto *layout = new QVBoxLayout(m_filePage);
    layout->addLayout(form);
    layout->addWidget(m_fileProblem);
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    layout->addLayout(busy);
    layout->addStretch();
    return m_filePage;
}

QWizardPage *TimetableImportWizard::makeTeachersPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Teachers"));
    page->setSubTitle(tr("Each teacher of the file and who they are here. A teacher not matched "
                         "is left out; choose who they are below, and the choice is remembered "
                         "for the next export from the same program."));
    m_teacherSummary = new QLabel(page);
    m_teacherSummary->setWordWrap(true);
    m_teachers = makeTable(page, {tr("In the file"), tr("Member of staff"), tr("Matched by"),
                                  tr("Lessons"), tr("Closest")});
    m_teachers->setObjectName(QStringLiteral("teachers"));
    auto *choose = new QComboBox(page);
    choose->setObjectName(QStringLiteral("matchTo"));
    choose->setAccessibleName(tr("Member of staff for the selected teacher"));
    choose->setEnabled(false);
    auto *suggestion = new QPushButton(tr("&Use the closest"), page);
    suggestion->setEnabled(false);
    const auto selected = [this]() -> const TeacherMatch * {
        const int row = m_teachers->currentRow();
        if (row < 0 || !m_teachers->item(row, 0))
            return nullptr;
        const QString key = m_teachers->item(row, 0)->data(KeyRole).toString();
        for (const TeacherMatch &t : m_plan.teachers) {
            if (t.key == key)
                return &t;
        }
        return nullptr;
    };
    connect(m_teachers, &QTableWidget::currentCellChanged, this,
            [this, choose, suggestion, selected] {
                const TeacherMatch *t = selected();
                choose->setEnabled(t);
                suggestion->setEnabled(t && t->suggestionId && t->personId != t->suggestionId);
                if (choose->count() != m_staff.size() + 1) {
                    const QSignalBlocker block(choose);
                    choose->clear();
                    choose->addItem(tr("(leave out)"), 0);
                    for (const Person &p : std::as_const(m_staff))
                        choose->addItem(p.staffCode.isEmpty()
                                            ? p.displayName()
                                            : tr("%1 (%2)").arg(p.displayName(), p.staffCode),
                                        p.id);
                }
                const QSignalBlocker block(choose);
                choose->setCurrentIndex(t ? qMax(0, choose->findData(t->personId)) : 0);
            });
    connect(choose, &QComboBox::activated, this, [this, choose, selected] {
        if (const TeacherMatch *t = selected())
            matchTeacher(t->key, choose->currentData().toLongLong());
    });
    connect(suggestion, &QPushButton::clicked, this, [this, selected] {
        if (const TeacherMatch *t = selected())
            matchTeacher(t->key, t->suggestionId);
    });
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Selected teacher is:"), page);
    label->setBuddy(choose);
    row->addWidget(label);
    row->addWidget(choose, 1);
    row->addWidget(suggestion);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_teacherSummary);
    layout->addWidget(m_teachers, 1);
    layout->addLayout(row);
    return page;
}

QWizardPage *TimetableImportWizard::makePeriodsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Periods"));
    m_periodSummary = new QLabel(page);
    m_periodSummary->setWordWrap(true);
    m_periods = makeTable(page, {tr("In the file"), tr("School day")});
    m_periods->setObjectName(QStringLiteral("periods"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_periodSummary);
    layout->addWidget(m_periods, 1);
    return page;
}

QWizardPage *TimetableImportWizard::makePreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("Each teacher's timetable as it will be saved. Nothing is saved until "
                         "Import, and Undo takes it back."));
    m_previewSummary = new QLabel(page);
    m_previewSummary->setWordWrap(true);
    m_previewTeacher = new QComboBox(page);
    m_previewTeacher->setObjectName(QStringLiteral("previewTeacher"));
    m_weekA = makeTable(page, {});
    m_weekB = makeTable(page, {});
    for (QTableWidget *week : {m_weekA, m_weekB}) {
        week->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        week->setWordWrap(true);
        week->setColumnCount(5);
        week->horizontalHeader()->setStretchLastSection(false);
        week->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    m_weekA->setObjectName(QStringLiteral("weekA"));
    m_weekB->setObjectName(QStringLiteral("weekB"));
    connect(m_previewTeacher, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_previewTeacher->currentData().toLongLong();
        fillWeek(m_weekA, id, 0);
        fillWeek(m_weekB, id, 1);
    });
    m_notes = new QListWidget(page);
    m_notes->setMaximumHeight(70);
    auto *chooser = new QHBoxLayout;
    auto *label = new QLabel(tr("&Teacher:"), page);
    label->setBuddy(m_previewTeacher);
    chooser->addWidget(label);
    chooser->addWidget(m_previewTeacher, 1);
    auto *weeks = new QHBoxLayout;
    auto *a = new QVBoxLayout;
    a->addWidget(new QLabel(tr("Week A"), page));
    a->addWidget(m_weekA);
    auto *b = new QVBoxLayout;
    m_weekBTitle = new QLabel(tr("Week B"), page);
    b->addWidget(m_weekBTitle);
    b->addWidget(m_weekB);
    weeks->addLayout(a);
    weeks->addLayout(b);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewSummary);
    layout->addLayout(chooser);
    layout->addLayout(weeks, 1);
    layout->addWidget(m_notes);
    return page;
}

void TimetableImportWizard::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

TimetableReadOptions TimetableImportWizard::options() const
{
    TimetableReadOptions o;
    o.format = m_format->currentData().toString();
    o.by = MatchBy(m_matchBy->currentData().toInt());
    o.byHand = m_byHand;
    return o;
}

void TimetableImportWizard::plan(bool reread, const std::function<void()> &then)
{
    struct Outcome
    {
        Result<TimetablePlan> plan = Error::invalid({});
        Result<QList<Person>> staff = Error::invalid({});
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const TimetableReadOptions o = options();
    const TimetableFile file = m_plan.file;
    m_progress->show();
    m_cancel->show();
    m_fileProblem->showProblem(reread ? tr("Reading %1…").arg(QFileInfo(path).fileName())
                                      : tr("Matching…"));
    button(QWizard::NextButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_runner->start(
        [open = m_ws.workerOpener(), today = m_ws.today(), path, o, file, reread,
         outcome](const TaskControl &) {
            // The worker's own connection, made and closed on its thread.
            const FixedClock clock(today);
            auto worker = open(clock);
            if (!worker) {
                outcome->plan = worker.error();
                return;
            }
            CalendarUseCases calendar(**worker);
            outcome->plan =
                reread ? calendar.readTimetables(path, o) : calendar.matchTimetables(file, o);
            outcome->staff = PeopleUseCases(**worker).all();
        },
        [this, outcome, then] {
            m_progress->hide();
            m_cancel->hide();
            button(QWizard::BackButton)->setEnabled(true);
            button(QWizard::NextButton)->setEnabled(true);
            if (m_runner->isCancelled()) {
                m_fileProblem->showProblem(tr("Cancelled."));
                return;
            }
            if (!outcome->plan) {
                m_fileProblem->showProblem(outcome->plan.error().message);
                return;
            }
            m_fileProblem->showProblem({});
            m_plan = std::move(outcome->plan).value();
            if (outcome->staff)
                m_staff = outcome->staff.value();
            m_read = true;
            m_rematch = false;
            then();
        });
}

bool TimetableImportWizard::validateCurrentPage()
{
    if (isBusy())
        return false;
    if (currentId() == FilePage && !m_read) {
        m_byHand.clear();
        plan(true, [this] { next(); });
        return false;
    }
    if (currentId() == TeachersPage && m_rematch) {
        plan(false, [this] { next(); });
        return false;
    }
    return true;
}

void TimetableImportWizard::matchTeacher(const QString &key, qint64 personId)
{
    m_byHand.insert(key, personId);
    for (TeacherMatch &t : m_plan.teachers) {
        if (t.key != key)
            continue;
        t.personId = personId;
        t.how = personId ? TeacherMatch::How::ByHand : TeacherMatch::How::Unmatched;
        t.personName.clear();
        for (const Person &p : std::as_const(m_staff)) {
            if (p.id == personId)
                t.personName = p.displayName();
        }
    }
    m_rematch = true;
    const int row = m_teachers->currentRow();
    showTeachers();
    m_teachers->setCurrentCell(row, 0);
}

void TimetableImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == TeachersPage)
        showTeachers();
    else if (id == PeriodsPage)
        showPeriods();
    else if (id == PreviewPage)
        showPreview();
}

void TimetableImportWizard::showTeachers()
{
    const QString format = m_plan.file.format == QLatin1String("fet")    ? tr("FET")
                           : m_plan.file.format == QLatin1String("asc")  ? tr("aSc Timetables")
                           : m_plan.file.format == QLatin1String("grid") ? tr("a grid")
                                                                         : tr("InductionDesk CSV");
    const int unmatched = int(m_plan.teachers.size()) - m_plan.matchedCount();
    m_teacherSummary->setText(
        tr("%1 read as %2, a %3-week timetable: %4 of %5 teachers matched.")
            .arg(m_plan.file.fileName, format)
            .arg(m_plan.import.cycleWeeks)
            .arg(m_plan.matchedCount())
            .arg(m_plan.teachers.size()) +
        (unmatched ? QLatin1Char(' ') + tr("%n not matched, shown first.", nullptr, unmatched)
                   : QString()));
    QList<const TeacherMatch *> rows;
    for (const TeacherMatch &t : m_plan.teachers) {
        if (!t.personId)
            rows.append(&t);
    }
    for (const TeacherMatch &t : m_plan.teachers) {
        if (t.personId)
            rows.append(&t);
    }
    const QSignalBlocker block(m_teachers);
    m_teachers->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const TeacherMatch &t = *rows.at(r);
        auto *file = cell(t.shown);
        file->setData(KeyRole, t.key);
        m_teachers->setItem(r, 0, file);
        m_teachers->setItem(r, 1, cell(t.personId ? t.personName : tr("(left out)")));
        auto *how = cell(howText(t.how));
        if (!t.personId)
            how->setForeground(palette().color(QPalette::Link));
        m_teachers->setItem(r, 2, how);
        m_teachers->setItem(r, 3, cell(t.personId ? QString::number(t.lessons) : QString()));
        m_teachers->setItem(r, 4, cell(t.personId ? QString() : t.suggestion));
    }
    m_teachers->resizeColumnsToContents();
}

void TimetableImportWizard::showPeriods()
{
    m_periods->setRowCount(0);
    if (!m_plan.newSchoolDay.isEmpty()) {
        m_periodSummary->setText(
            tr("There is no school day yet: this one is made from the file's times, with breaks "
               "and lunch in the gaps. It can be changed later on the Calendar page."));
        m_periods->setHorizontalHeaderLabels({tr("Period"), tr("Time")});
        m_periods->setRowCount(int(m_plan.newSchoolDay.size()));
        for (int r = 0; r < m_plan.newSchoolDay.size(); ++r) {
            const Period &p = m_plan.newSchoolDay.at(r);
            m_periods->setItem(r, 0,
                               cell(tr("%1 (%2)").arg(p.name, PeriodKinds::displayName(p.kind))));
            m_periods->setItem(r, 1,
                               cell(tr("%1 to %2")
                                        .arg(p.start.toString(QStringLiteral("HH:mm")),
                                             p.end.toString(QStringLiteral("HH:mm")))));
        }
    } else {
        m_periodSummary->setText(
            tr("The file's periods matched to the school day by time, name or number."));
        m_periods->setHorizontalHeaderLabels({tr("In the file"), tr("School day")});
        m_periods->setRowCount(int(m_plan.periods.size()));
        for (int r = 0; r < m_plan.periods.size(); ++r) {
            const PeriodMatch &p = m_plan.periods.at(r);
            m_periods->setItem(r, 0, cell(p.fileName));
            m_periods->setItem(r, 1,
                               cell(p.schoolName.isEmpty() ? tr("(not used)") : p.schoolName));
        }
    }
    m_periods->resizeColumnsToContents();
}

void TimetableImportWizard::showPreview()
{
    const int changed = m_plan.changedPeople;
    m_previewSummary->setText(
        tr("%n timetable(s) to save", nullptr, m_plan.import.people) + QStringLiteral("; ") +
        (changed == 0 ? tr("none differs from what is held, so nothing will change.")
                      : tr("%n of them change.", nullptr, changed)));
    const QSignalBlocker block(m_previewTeacher);
    m_previewTeacher->clear();
    for (const TeacherMatch &t : m_plan.teachers) {
        if (t.personId)
            m_previewTeacher->addItem(tr("%1: %2").arg(t.shown, t.personName), t.personId);
    }
    const bool two = m_plan.import.cycleWeeks == 2;
    m_weekB->setVisible(two);
    m_weekBTitle->setVisible(two);
    m_notes->clear();
    m_notes->addItems(m_plan.file.notes);
    m_notes->setVisible(!m_plan.file.notes.isEmpty());
    const qint64 id = m_previewTeacher->currentData().toLongLong();
    fillWeek(m_weekA, id, 0);
    fillWeek(m_weekB, id, 1);
}

void TimetableImportWizard::fillWeek(QTableWidget *table, qint64 personId, int week)
{
    const QList<Period> &periods = m_plan.day.periods();
    table->clearContents();
    table->setRowCount(int(periods.size()));
    QStringList days;
    for (int d = 1; d <= 5; ++d)
        days.append(weekdayName(d));
    table->setHorizontalHeaderLabels(days);
    QStringList names;
    for (const Period &p : periods)
        names.append(p.name);
    table->setVerticalHeaderLabels(names);
    table->verticalHeader()->show();
    for (const TimetableEntry &e : m_plan.import.entries) {
        if (e.personId != personId || e.week != week)
            continue;
        int row = -1;
        for (int r = 0; r < periods.size(); ++r) {
            if (periods.at(r).id == e.periodId)
                row = r;
        }
        if (row < 0)
            continue;
        table->setItem(row, e.weekday - 1,
                       cell(e.activity == Activity::Teaching && !e.classLabel.isEmpty()
                                ? e.classLabel
                                : Activities::displayName(e.activity)));
    }
}

} // namespace idesk::ui
