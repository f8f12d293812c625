#include "MentorsPage.h"

#include "settings/FileChooser.h"

#include "application/MentorUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "mentors/ActionStepsTab.h"
#include "mentors/OversightTab.h"
#include "mentors/StandardsTab.h"
#include "mentors/TrainingTab.h"
#include "reporting/PrintFlow.h"
#include "reporting/ReportRenderer.h"
#include "settings/Settings.h"
#include "style/Heading.h"
#include "util/TaskRunner.h"
#include "widgets/BackgroundRead.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace idesk::ui {

MentorsPage::MentorsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_mentor(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_standards(new StandardsTab(this))
    , m_training(new TrainingTab(this))
    , m_actionSteps(new ActionStepsTab(this))
    , m_oversight(new OversightTab(this))
    , m_runner(new TaskRunner(this))
    , m_read(new BackgroundRead(this))
{
    m_mentor->setAccessibleName(tr("Mentor"));
    m_mentor->setMinimumContentsLength(28);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_tabs->addTab(m_standards, tr("&Standards"));
    m_tabs->addTab(m_training, tr("&Training"));
    m_tabs->addTab(m_actionSteps, tr("&Action steps"));
    m_tabs->addTab(m_oversight, tr("&Mentors overseen"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Mentor:"), this));
    top->addWidget(m_mentor);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Mentors"), this));
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_mentor, &QComboBox::currentIndexChanged, this, &MentorsPage::showMentor);
    connect(m_oversight, &OversightTab::openMentorRequested, this, [this](qint64 id) {
        setMentor(id);
        showTab(Standards);
    });
    connect(m_standards, &StandardsTab::previewRequested, this, &MentorsPage::preview);
    connect(m_standards, &StandardsTab::printRequested, this, &MentorsPage::print);
    connect(m_standards, &StandardsTab::pdfRequested, this, [this] {
        const QString path = m_fileHook
                                 ? m_fileHook()
                                 : FileChooser(m_settings)
                                       .saveFile(this, FileChooser::Purpose::Export,
                                                 tr("Save the standards summary"),
                                                 tr("Standards summary %1.pdf")
                                                     .arg(m_mentor->currentText()
                                                              .section(QLatin1Char('('), 0, 0)
                                                              .simplified()),
                                                 tr("PDF files (*.pdf)"));
        if (path.isEmpty() || m_runner->isRunning())
            return;
        if (!m_ws || mentor() == 0) {
            m_status->setText(tr("Choose a mentor first"));
            return;
        }
        // Read here (one mentor), drawn off the GUI thread by the task runner.
        auto summary = MentorUseCases(*m_ws).standardsSummary(mentor());
        if (!summary) {
            m_status->setText(summary.error().message);
            return;
        }
        const QString file = pdfName(path);
        const QPageSize::PageSizeId size = m_settings.pageSizeId();
        auto done = std::make_shared<Status>(Error::storage({}));
        m_status->setText(tr("Saving %1…").arg(QFileInfo(file).fileName()));
        m_runner->start(
            [summary = *summary, file, size, done](const TaskControl &) {
                *done = ReportRenderer::writePdf(summary, file, size);
            },
            [this, file, done] {
                m_status->setText(*done ? tr("Saved %1").arg(file) : done->error().message);
            });
    });
}

QString MentorsPage::pdfName(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
               ? path
               : path + QStringLiteral(".pdf");
}

qint64 MentorsPage::mentor() const
{
    return m_mentor->currentData().toLongLong();
}

void MentorsPage::setMentor(qint64 personId)
{
    const int index = m_mentor->findData(personId);
    if (index >= 0)
        m_mentor->setCurrentIndex(index);
}

void MentorsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

bool MentorsPage::isOversightShown() const
{
    return m_tabs->isTabVisible(Oversight);
}

MentorsPage::Data MentorsPage::read(Workspace &ws, qint64 keep)
{
    Data d;
    d.today = ws.today();
    auto mentors = MentorUseCases(ws).mentors();
    if (!mentors) {
        d.error = mentors.error().message;
        return d;
    }
    d.mentors = std::move(*mentors);
    const bool kept = std::any_of(d.mentors.cbegin(), d.mentors.cend(),
                                  [&](const Person &p) { return p.id == keep; });
    const qint64 id = kept ? keep : d.mentors.isEmpty() ? 0 : d.mentors.first().id;
    d.shown = readMentor(ws, id, d.today);
    return d;
}

MentorsPage::Detail MentorsPage::readMentor(Workspace &ws, qint64 id, QDate today)
{
    Detail d;
    d.id = id;
    if (id == 0)
        return d;
    const MentorUseCases service(ws);
    auto profile = service.standards(id);
    auto training = service.training(id);
    auto steps = service.actionSteps(id);
    auto tenures = PeopleUseCases(ws).rolesOf(id);
    for (const Error *e :
         {profile ? nullptr : &profile.error(), training ? nullptr : &training.error(),
          steps ? nullptr : &steps.error(), tenures ? nullptr : &tenures.error()}) {
        if (e)
            d.error = e->message;
    }
    if (profile)
        d.profile = std::move(*profile);
    if (training)
        d.training = std::move(*training);
    if (steps)
        d.steps = std::move(*steps);
    const QList<RoleTenure> held = tenures ? *tenures : QList<RoleTenure>();
    for (const RoleTenure &t : held) {
        const Role r = t.role;
        if (!t.period.contains(today) ||
            !(r == Role::EctMentor || r == Role::IttGeneralMentor || r == Role::IttLeadMentor ||
              r == Role::InductionTutor) ||
            d.roles.contains(Roles::displayName(r)))
            continue;
        d.roles.append(Roles::displayName(r));
        d.lead = d.lead || r == Role::IttLeadMentor;
    }
    if (d.lead) {
        if (auto overseen = service.overseen(id))
            d.overseen = std::move(*overseen);
        else
            d.error = overseen.error().message;
    }
    return d;
}

void MentorsPage::reload(Workspace *db)
{
    m_read->forget(); // what is read now is newer than any read on a worker
    show(db, db ? read(*db, mentor()) : Data());
}

void MentorsPage::reloadInBackground(Workspace *db)
{
    if (!db) {
        reload(nullptr);
        return;
    }
    m_read->start<Data>(
        *db, [keep = mentor()](Workspace &ws) { return read(ws, keep); },
        [this, db](Data &d) { show(db, d); },
        [this](const QString &why) {
            m_status->setText(tr("The mentors could not be read: %1").arg(why));
        });
}

void MentorsPage::show(Workspace *db, const Data &d)
{
    m_ws = db;
    m_today = d.today;
    if (db)
        m_training->setToday(m_today);
    {
        QSignalBlocker block(m_mentor);
        m_mentor->clear();
        for (const Person &p : d.mentors)
            m_mentor->addItem(p.displayName(), p.id);
        m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(d.shown.id)));
    }
    showDetail(d.shown);
    if (!d.error.isEmpty())
        m_status->setText(tr("The mentors could not be read: %1").arg(d.error));
}

void MentorsPage::showMentor()
{
    showDetail(m_ws ? readMentor(*m_ws, mentor(), m_today) : Detail());
}

void MentorsPage::showDetail(const Detail &d)
{
    const qint64 id = d.id;
    m_status->clear();
    if (!m_ws || id == 0) {
        m_summary->setText(m_ws ? tr("Nobody mentors yet: pair a mentor with an ECT or trainee "
                                     "under Pairings.")
                                : QString());
        m_standards->show(0, std::nullopt, m_today);
        m_training->show(0, std::nullopt);
        m_actionSteps->show(0, std::nullopt);
        m_tabs->setTabVisible(Oversight, false);
        return;
    }
    if (!d.error.isEmpty())
        m_status->setText(d.error);
    m_standards->show(id, d.profile, m_today);
    m_training->show(id, d.training);
    m_actionSteps->show(id, d.steps);
    int behind = 0;
    if (d.training) {
        for (const ProgrammePace &p : std::as_const(d.training->programmes))
            behind += p.behind ? 1 : 0;
    }
    m_summary->setText(
        tr("%1. %n item(s) in the support plan; training %2.", nullptr,
           d.profile ? int(d.profile->supportPlan().size()) : 0)
            .arg(d.roles.isEmpty() ? tr("Mentor") : d.roles.join(QStringLiteral(", ")))
            .arg(behind > 0 ? tr("behind the pace") : tr("on pace")));
    m_tabs->setTabVisible(Oversight, d.lead);
    if (d.lead) {
        QList<QPair<qint64, QString>> candidates;
        for (int i = 0; i < m_mentor->count(); ++i)
            candidates.append({m_mentor->itemData(i).toLongLong(), m_mentor->itemText(i)});
        m_oversight->show(id, d.overseen, candidates);
    }
}

Status MentorsPage::savePdf(const QString &path)
{
    if (!m_ws || mentor() == 0)
        return Error::notFound(tr("Choose a mentor first"));
    auto summary = MentorUseCases(*m_ws).standardsSummary(mentor());
    if (!summary)
        return summary.error();
    return ReportRenderer::writePdf(*summary, pdfName(path), m_settings.pageSizeId());
}

void MentorsPage::render(QPrinter *printer)
{
    if (!m_ws || mentor() == 0)
        return;
    auto summary = MentorUseCases(*m_ws).standardsSummary(mentor());
    if (!summary) {
        m_status->setText(summary.error().message);
        return;
    }
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setPageOrientation(QPageLayout::Portrait);
    QPainter painter(printer);
    ReportRenderer renderer(*summary);
    if (auto s = renderer.render(*printer, painter); !s)
        m_status->setText(s.error().message);
}

ReportPreviewDialog *MentorsPage::preview()
{
    if (!m_ws || mentor() == 0)
        return nullptr;
    auto summary = MentorUseCases(*m_ws).standardsSummary(mentor());
    if (!summary) {
        m_status->setText(summary.error().message);
        return nullptr;
    }
    auto kept = std::make_shared<StandardsSummary>(std::move(*summary));
    auto renderer = std::shared_ptr<ReportRenderer>(new ReportRenderer(*kept),
                                                    [kept](ReportRenderer *r) { delete r; });
    return PrintFlow::preview(this, tr("Standards summary"), m_settings.pageSizeId(), renderer,
                              [this] { print(); });
}

void MentorsPage::print()
{
    PrintFlow::print(this, m_settings.pageSizeId(), [this](QPrinter *printer) { render(printer); });
}

} // namespace idesk::ui
