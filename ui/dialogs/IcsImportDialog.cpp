#include "IcsImportDialog.h"

#include "calendar/SchoolCalendar.h"
#include "util/Dates.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace idesk::ui {

IcsImportDialog::IcsImportDialog(const QString &fileName, const TermDatesReading &reading,
                                 const QList<BankHoliday> &bankHolidays,
                                 const QStringList &yearsReplaced, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import term dates from %1").arg(fileName));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What"), tr("Dates"), tr("Detail")});
    m_tree->setAccessibleName(tr("Term dates understood from the file"));
    m_tree->setRootIsDecorated(true);
    for (const auto &year : reading.years) {
        const SchoolCalendar calendar(year.terms, year.closures, bankHolidays);
        auto *yearItem =
            new QTreeWidgetItem(m_tree, {tr("Academic year %1").arg(year.academicYear)});
        auto *terms = new QTreeWidgetItem(yearItem, {tr("Terms")});
        for (const auto &t : year.terms)
            new QTreeWidgetItem(
                terms, {TermKinds::displayName(t.kind),
                        tr("%1 to %2").arg(Dates::uk(t.period.from), Dates::uk(t.period.to)),
                        tr("%n school day(s)", nullptr, calendar.schoolDayCount(t))});
        QHash<ClosureKind, QTreeWidgetItem *> groups;
        for (const auto &c : year.closures) {
            QTreeWidgetItem *&group = groups[c.kind];
            if (!group)
                group = new QTreeWidgetItem(yearItem, {ClosureKinds::displayName(c.kind)});
            const QString dates =
                c.period.from == c.period.to
                    ? Dates::uk(c.period.from)
                    : tr("%1 to %2").arg(Dates::uk(c.period.from), Dates::uk(c.period.to));
            new QTreeWidgetItem(group, {c.name, dates, QString()});
        }
        for (auto *g : std::as_const(groups))
            g->setText(2, tr("%n closure(s)", nullptr, g->childCount()));
    }
    m_tree->expandAll(); // everything understood is shown, nothing hidden behind a click
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This is what InductionDesk understood from %1. Check it against "
                                "the published dates before saving.")
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 2);
    const auto addList = [&](const QString &title, const QStringList &lines, const char *name) {
        if (lines.isEmpty())
            return;
        layout->addWidget(new QLabel(title, this));
        auto *list = new QListWidget(this);
        list->setObjectName(QLatin1String(name));
        // Messages are sentences: wrapped, never cut off at the edge.
        list->setWordWrap(true);
        list->setResizeMode(QListView::Adjust);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->addItems(lines);
        list->setAccessibleName(title);
        list->setMaximumHeight(list->fontMetrics().height() * 6);
        layout->addWidget(list, 1);
    };
    addList(tr("Warnings:"), reading.warnings, "warnings");
    addList(tr("Worked out rather than read:"), reading.notes, "notes");
    addList(tr("Not used:"), reading.ignored, "ignored");
    if (!yearsReplaced.isEmpty()) {
        auto *replace = new QLabel(
            tr("Saving replaces the term dates and closures already held for %1. You can undo "
               "this with Edit > Undo.")
                .arg(yearsReplaced.join(QStringLiteral(", "))),
            this);
        replace->setWordWrap(true);
        layout->addWidget(replace);
    }
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setText(tr("&Save term dates"));
    // Dates that look wrong are saved only on the tutor's word.
    if (!reading.warnings.isEmpty()) {
        auto *accept = new QCheckBox(
            tr("I have checked the &warnings against the published calendar; save anyway"), this);
        accept->setObjectName(QStringLiteral("acceptWarnings"));
        save->setEnabled(false);
        connect(accept, &QCheckBox::toggled, save, &QPushButton::setEnabled);
        layout->addWidget(accept);
    }
    layout->addWidget(m_buttons);
    resize(720, 560);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace idesk::ui
