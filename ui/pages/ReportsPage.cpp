#include "ReportsPage.h"

#include "application/CalendarUseCases.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/ReportUseCases.h"
#include "application/Workspace.h"
#include "reporting/PrintFlow.h"
#include "reporting/ReportRenderer.h"
#include "reporting/TermlyReportBuilder.h"
#include "settings/FileChooser.h"
#include "settings/Settings.h"
#include "style/Heading.h"
#include "util/Dates.h"
#include "util/TaskRunner.h"
#include "widgets/BackgroundRead.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace idesk::ui {

ReportsPage::ReportsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_term(new QComboBox(this))
    , m_school(new QRadioButton(tr("The &whole school (with the overview)"), this))
    , m_menteeChoice(new QRadioButton(tr("One &mentee:"), this))
    , m_mentorChoice(new QRadioButton(tr("One mento&r and their mentees:"), this))
    , m_mentee(new QComboBox(this))
    , m_mentor(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_runner(new TaskRunner(this))
    , m_read(new BackgroundRead(this))
{
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_school, m_menteeChoice, m_mentorChoice})
        group->addButton(b);
    m_school->setChecked(true);
    m_term->setAccessibleName(tr("Term"));
    m_mentee->setAccessibleName(tr("Mentee"));
    m_mentor->setAccessibleName(tr("Mentor"));
    auto *previewButton = new QPushButton(tr("Pre&view…"), this);
    auto *printButton = new QPushButton(tr("Pri&nt…"), this);
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("savePdf"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Term:"), m_term);
    form->addRow(m_school);
    form->addRow(m_menteeChoice, m_mentee);
    form->addRow(m_mentorChoice, m_mentor);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(previewButton);
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    buttons->addStretch();
    auto *note = new QLabel(tr("The summary reports the mentoring and support each ECT and trainee "
                               "received, what was missed and why, and each mentor's training. "
                               "It never grades a teacher."),
                            this);
    note->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Reports"), this));
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString path =
            m_fileHook
                ? m_fileHook()
                : FileChooser(m_settings)
                      .saveFile(this, FileChooser::Purpose::Export, tr("Save the termly summary"),
                                proposedFileName(), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        savePdfInBackground(path);
    });
    for (QRadioButton *b : {m_school, m_menteeChoice, m_mentorChoice})
        connect(b, &QRadioButton::toggled, this, [this] { remember(); });
    connect(m_mentee, &QComboBox::currentIndexChanged, this, [this] { remember(); });
    connect(m_mentor, &QComboBox::currentIndexChanged, this, [this] { remember(); });
}

QString ReportsPage::proposedFileName() const
{
    // "Termly summary autumn 2026.pdf", with the person when it is about one.
    QString name =
        tr("Termly summary %1")
            .arg(m_term->currentData().toString().replace(QLatin1Char('-'), QLatin1Char(' ')));
    if (m_menteeChoice->isChecked() && m_mentee->currentIndex() >= 0)
        name += QStringLiteral(", ") + m_mentee->currentText();
    if (m_mentorChoice->isChecked() && m_mentor->currentIndex() >= 0)
        name += QStringLiteral(", ") + m_mentor->currentText();
    // Characters no file system takes become spaces.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    return name.simplified() + QStringLiteral(".pdf");
}

QString ReportsPage::choiceKey() const
{
    if (m_menteeChoice->isChecked())
        return QStringLiteral("mentee:%1").arg(m_mentee->currentData().toLongLong());
    if (m_mentorChoice->isChecked())
        return QStringLiteral("mentor:%1").arg(m_mentor->currentData().toLongLong());
    return QStringLiteral("school");
}

void ReportsPage::remember()
{
    if (m_ws)
        m_settings.setLastReportChoice(choiceKey());
}

ReportsPage::Data ReportsPage::read(Workspace &ws)
{
    Data d;
    if (auto time = CalendarUseCases(ws).calendar()) {
        for (const Term &t : time->terms())
            d.terms.append(
                {tr("%1 %2").arg(TermKinds::displayName(t.kind), t.academicYear), t.label()});
        if (const Term *current = time->termContaining(ws.today()))
            d.currentTerm = current->label();
    } else {
        d.errors.append(time.error().message);
    }
    QSet<qint64> mentees, mentors;
    if (auto pairings = PairingUseCases(ws).all()) {
        for (const MentorAssignment &a : std::as_const(*pairings)) {
            mentees.insert(a.menteeId);
            mentors.insert(a.mentorId);
        }
    } else {
        d.errors.append(pairings.error().message);
    }
    if (auto people = PeopleUseCases(ws).all()) {
        for (const Person &p : std::as_const(*people)) {
            if (mentees.contains(p.id))
                d.mentees.append({p.id, p.displayName()});
            if (mentors.contains(p.id))
                d.mentors.append({p.id, p.displayName()});
        }
    } else {
        d.errors.append(people.error().message);
    }
    return d;
}

void ReportsPage::reload(Workspace *db)
{
    m_read->forget(); // what is read now is newer than any read on a worker
    show(db, db ? read(*db) : Data());
}

void ReportsPage::reloadInBackground(Workspace *db)
{
    if (!db) {
        reload(nullptr);
        return;
    }
    m_read->start<Data>(
        *db, &ReportsPage::read, [this, db](Data &d) { show(db, d); },
        [this](const QString &why) { m_status->setText(tr("Could not be read: %1").arg(why)); });
}

void ReportsPage::show(Workspace *db, const Data &d)
{
    m_ws = nullptr; // no remembering while the lists are filled
    for (QComboBox *box : {m_term, m_mentee, m_mentor}) {
        box->blockSignals(true);
        box->clear();
    }
    for (const auto &[words, label] : d.terms)
        m_term->addItem(words, label);
    if (!d.currentTerm.isEmpty())
        m_term->setCurrentIndex(m_term->findData(d.currentTerm));
    for (const auto &[id, name] : d.mentees)
        m_mentee->addItem(name, id);
    for (const auto &[id, name] : d.mentors)
        m_mentor->addItem(name, id);
    // A read that fails is said, never shown as an empty list.
    m_status->setText(d.errors.isEmpty()
                          ? QString()
                          : tr("Could not be read: %1").arg(d.errors.join(QLatin1Char(' '))));
    const QString last = m_settings.lastReportChoice();
    const qint64 id = last.section(QLatin1Char(':'), 1).toLongLong();
    if (last.startsWith(QLatin1String("mentee:")) && m_mentee->findData(id) >= 0) {
        m_menteeChoice->setChecked(true);
        m_mentee->setCurrentIndex(m_mentee->findData(id));
    } else if (last.startsWith(QLatin1String("mentor:")) && m_mentor->findData(id) >= 0) {
        m_mentorChoice->setChecked(true);
        m_mentor->setCurrentIndex(m_mentor->findData(id));
    } else {
        m_school->setChecked(true);
    }
    for (QComboBox *box : {m_term, m_mentee, m_mentor})
        box->blockSignals(false);
    m_ws = db;
}

Result<ReportsPage::Job> ReportsPage::job() const
{
    if (!m_ws)
        return Error::notFound(tr("No database is open"));
    auto time = CalendarUseCases(*m_ws).calendar();
    if (!time)
        return time.error();
    const Term *term = time->termByLabel(m_term->currentData().toString());
    if (!term)
        return Error::notFound(tr("Choose a term (term dates are entered under Calendar)"));
    Job j;
    j.range = term->period;
    j.period = m_term->currentText();
    if (m_menteeChoice->isChecked())
        j.choice.menteeId = m_mentee->currentData().toLongLong();
    if (m_mentorChoice->isChecked())
        j.choice.mentorId = m_mentor->currentData().toLongLong();
    j.overview = m_school->isChecked();
    return j;
}

Result<TermlyReport> ReportsPage::build() const
{
    auto j = job();
    if (!j)
        return j.error();
    return ReportUseCases(*m_ws).termly(j->range, j->period, j->choice);
}

namespace {
QString pdfName(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
               ? path
               : path + QStringLiteral(".pdf");
}

Status writeReport(Workspace &ws, const ReportsPage::Job &job, const QString &file,
                   QPageSize::PageSizeId size)
{
    auto report = ReportUseCases(ws).termly(job.range, job.period, job.choice);
    if (!report)
        return report.error();
    return ReportRenderer::writePdf(*report, file, size, job.overview);
}
} // namespace

Status ReportsPage::savePdf(const QString &path)
{
    auto j = job();
    if (!j)
        return j.error();
    return writeReport(*m_ws, *j, pdfName(path), m_settings.pageSizeId());
}

void ReportsPage::savePdfInBackground(const QString &path)
{
    auto j = job();
    if (!j) {
        m_status->setText(j.error().message);
        return;
    }
    if (m_runner->isRunning())
        return;
    const QString file = pdfName(path);
    const QPageSize::PageSizeId size = m_settings.pageSizeId();
    Workspace *ws = m_ws;
    auto done = std::make_shared<Status>(Error::storage({}));
    m_status->setText(tr("Saving %1…").arg(QFileInfo(file).fileName()));
    m_runner->start(
        [ws, job = *j, file, size, done](const TaskControl &) {
            // A connection of the worker's own, made and closed on its thread.
            auto worker = ws->openForWorker();
            *done = worker ? writeReport(**worker, job, file, size) : Status(worker.error());
        },
        [this, file, done] {
            m_status->setText(*done ? tr("Saved %1").arg(QDir::toNativeSeparators(file))
                                    : done->error().message);
        });
}

void ReportsPage::render(QPrinter *printer)
{
    auto report = build();
    if (!report) {
        m_status->setText(report.error().message);
        return;
    }
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setPageOrientation(m_school->isChecked() ? QPageLayout::Landscape
                                                      : QPageLayout::Portrait);
    QPainter painter(printer);
    ReportRenderer renderer(*report, m_school->isChecked());
    if (auto s = renderer.render(*printer, painter); !s)
        m_status->setText(s.error().message);
}

ReportPreviewDialog *ReportsPage::preview()
{
    auto report = build();
    if (!report) {
        m_status->setText(report.error().message);
        return nullptr;
    }
    auto kept = std::make_shared<TermlyReport>(std::move(*report));
    auto renderer = std::shared_ptr<ReportRenderer>(
        new ReportRenderer(*kept, m_school->isChecked()), [kept](ReportRenderer *r) { delete r; });
    return PrintFlow::preview(this, tr("Termly summary"), m_settings.pageSizeId(), renderer,
                              [this] { print(); });
}

void ReportsPage::print()
{
    PrintFlow::print(this, m_settings.pageSizeId(), [this](QPrinter *printer) { render(printer); });
}

} // namespace idesk::ui
