#include "TrainingPage.h"

#include "app/Heading.h"
#include "storage/AssignmentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TrainingRepository.h"
#include "util/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
QString words(const QString &key)
{
    QString w = key;
    w.replace(QLatin1Char('-'), QLatin1Char(' '));
    w.replace(QLatin1String("ect"), QLatin1String("ECT"));
    return w.left(1).toUpper() + w.mid(1);
}
} // namespace

TrainingPage::TrainingPage(QWidget *parent)
    : QWidget(parent)
    , m_mentor(new QComboBox(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_total(new QLabel(this))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_hours(new QDoubleSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_attended(new QCheckBox(tr("Attended"), this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
{
    m_mentor->setAccessibleName(tr("Mentor"));
    m_mentor->setMinimumContentsLength(24);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Event"), tr("Hours"), tr("Attended"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Training record"));
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setCalendarPopup(true);
    m_day->setAccessibleName(tr("Date of the training"));
    m_hours->setRange(0.25, 40);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Hours"));
    for (const QString &k : TrainingActivity::kinds())
        m_kind->addItem(words(k), k);
    for (const QString &e : TrainingActivity::events())
        m_event->addItem(words(e), e);
    m_kind->setAccessibleName(tr("Kind of training"));
    m_event->setAccessibleName(tr("Event"));
    m_attended->setChecked(true);
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setAccessibleName(tr("Note"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Mentor:"), this));
    top->addWidget(m_mentor);
    top->addWidget(m_total, 1);
    auto *form = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_day), static_cast<QWidget *>(m_hours),
                       static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_event),
                       static_cast<QWidget *>(m_attended)})
        form->addWidget(w);
    form->addWidget(m_note, 1);
    form->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Training"), this));
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);

    connect(m_mentor, &QComboBox::currentIndexChanged, this, &TrainingPage::showMentor);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (mentor() > 0)
            emit addRequested(draft());
    });
}

qint64 TrainingPage::mentor() const
{
    return m_mentor->currentData().toLongLong();
}

void TrainingPage::setMentor(qint64 personId)
{
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(personId)));
}

TrainingActivity TrainingPage::draft() const
{
    return {0,
            mentor(),
            m_day->date(),
            m_kind->currentData().toString(),
            m_event->currentData().toString(),
            m_hours->value(),
            m_attended->isChecked(),
            m_note->text().trimmed()};
}

void TrainingPage::reload(Database *db)
{
    m_db = db;
    const qint64 keep = mentor();
    QSignalBlocker block(m_mentor);
    m_mentor->clear();
    if (db) {
        QSet<qint64> mentors;
        if (auto pairings = AssignmentRepository(*db).all()) {
            for (const MentorAssignment &a : std::as_const(*pairings))
                mentors.insert(a.mentorId);
        }
        if (auto people = PersonRepository(*db).all()) {
            for (const Person &p : std::as_const(*people)) {
                if (mentors.contains(p.id))
                    m_mentor->addItem(p.displayName(), p.id);
            }
        }
    }
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(keep)));
    showMentor();
}

void TrainingPage::showMentor()
{
    m_table->setRowCount(0);
    if (!m_db || mentor() == 0) {
        m_total->clear();
        return;
    }
    auto list = TrainingRepository(*m_db).forMentor(mentor());
    if (!list)
        return;
    double hours = 0;
    for (const TrainingActivity &a : std::as_const(*list)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{Dates::uk(a.day),
                                words(a.kind),
                                words(a.event),
                                QString::number(a.hours),
                                a.attended ? tr("Yes") : tr("No"),
                                a.note};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        hours += a.attended ? a.hours : 0.0;
    }
    m_table->resizeColumnsToContents();
    m_total->setText(tr("%1 hours attended in all.").arg(hours));
}

} // namespace idesk::ui
