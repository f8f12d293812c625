#include "TestDatabase.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/AddEctDialog.h"
#include "dialogs/AddTraineeDialog.h"
#include "dialogs/PersonDialog.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/InductionRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "widgets/PersonFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

// Each people dialog driven with keys and clicks through the main window, and
// the database checked after save, undo and redo.
class TestPeopleDialogs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QDialog *m_dialog = nullptr;
    QStringList m_messages;

    Database &db() { return *(&m_window->workspace()->database()); }
    qint64 idOf(const char *code)
    {
        return PersonRepository(db()).byStaffCode(QString::fromLatin1(code))->value().id;
    }
    void type(QWidget *editor, const QString &text)
    {
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, text);
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("people-%1.inductiondesk").arg(++n));
        {
            auto d = Database::openSqlite(path);
            QVERIFY(d.ok());
            QVERIFY(DemoSchool::populate(**d, FixedClock(QDate(2026, 11, 23))).ok());
        }
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(n)));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->setDialogHook([this](QDialog *d) {
            m_dialog = d;
            d->show();
        });
        m_window->setMessageHook(
            [this](const QString &, const QString &m) { m_messages.append(m); });
        QVERIFY(m_window->openDatabase(path).ok());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_dialog = nullptr;
        m_messages.clear();
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void fieldMessagesAppearBesideTheField()
    {
        m_window->peopleActions()->editPerson(idOf("JTH"));
        auto *dialog = qobject_cast<PersonDialog *>(m_dialog);
        QVERIFY(dialog);
        PersonFields *f = dialog->fields();
        type(f->editor(QStringLiteral("trn")), QStringLiteral("12-34"));
        QVERIFY(f->messageLabel(QStringLiteral("trn"))->isVisibleTo(dialog));
        QVERIFY(f->messageLabel(QStringLiteral("trn"))
                    ->text()
                    .contains(QStringLiteral("5 to 7 digits")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        type(f->editor(QStringLiteral("staff_code")), QStringLiteral("DOK"));
        QVERIFY(f->messageLabel(QStringLiteral("staff_code"))
                    ->text()
                    .contains(QStringLiteral("David Okafor")));
        type(f->editor(QStringLiteral("email")), QStringLiteral("not-an-address"));
        QVERIFY(f->messageLabel(QStringLiteral("email"))->isVisibleTo(dialog));
        // Put it right and the messages go.
        type(f->editor(QStringLiteral("trn")), QStringLiteral("1234567"));
        type(f->editor(QStringLiteral("staff_code")), QStringLiteral("JTH"));
        type(f->editor(QStringLiteral("email")), QStringLiteral("j.thompson@school.example"));
        QVERIFY(f->isValid());
        QVERIFY(!f->messageLabel(QStringLiteral("trn"))->isVisibleTo(dialog));
        QVERIFY(dialog->saveButton()->isEnabled());
    }

    void editPersonAndRolesWithUndoRedo()
    {
        const qint64 id = idOf("JTH");
        m_window->peopleActions()->editPerson(id);
        auto *dialog = qobject_cast<PersonDialog *>(m_dialog);
        QVERIFY(dialog);
        // The job title from the staff list is shown, kept, and editable.
        const QString title = PersonRepository(db()).byId(id)->jobTitle;
        QVERIFY(!title.isEmpty());
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fields()->editor(QStringLiteral("job_title")))
                     ->text(),
                 title);
        type(dialog->fields()->editor(QStringLiteral("last_name")),
             QStringLiteral("Thompson-Reid"));
        dialog->addRole(Role::EctMentor, QDate(2026, 12, 1));
        QCOMPARE(dialog->rolesTable()->rowCount(), 1);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        QCOMPARE(PersonRepository(db()).byId(id)->lastName, QStringLiteral("Thompson-Reid"));
        QCOMPARE(PersonRepository(db()).byId(id)->jobTitle, title);
        QVERIFY(*RoleRepository(db()).holds(id, Role::EctMentor, QDate(2026, 12, 1)));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(PersonRepository(db()).byId(id)->lastName, QStringLiteral("Thompson"));
        QCOMPARE(RoleRepository(db()).forPerson(id)->size(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(PersonRepository(db()).byId(id)->lastName, QStringLiteral("Thompson-Reid"));
        QCOMPARE(RoleRepository(db()).forPerson(id)->size(), 1);
    }

    void endingARoleIsUndoable()
    {
        const qint64 id = idOf("DOK");
        m_window->peopleActions()->editPerson(id);
        auto *dialog = qobject_cast<PersonDialog *>(m_dialog);
        QVERIFY(dialog);
        dialog->rolesTable()->selectRow(0);
        dialog->endSelectedRole(QDate(2026, 12, 31));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!*RoleRepository(db()).holds(id, Role::InductionTutor, QDate(2027, 1, 4)));
        m_window->undoStack()->undo();
        QVERIFY(*RoleRepository(db()).holds(id, Role::InductionTutor, QDate(2027, 1, 4)));
    }

    void addEctNewPersonWithUndoRedo()
    {
        const int before = *PersonRepository(db()).count();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = qobject_cast<AddEctDialog *>(m_dialog);
        QVERIFY(dialog);
        PersonFields *f = dialog->fields();
        qobject_cast<QComboBox *>(f->editor(QStringLiteral("title")))
            ->setCurrentText(QStringLiteral("Mx"));
        type(f->editor(QStringLiteral("first_name")), QStringLiteral("Sam"));
        type(f->editor(QStringLiteral("last_name")), QStringLiteral("Rivers"));
        type(f->editor(QStringLiteral("staff_code")), QStringLiteral("SRI"));
        type(f->editor(QStringLiteral("trn")), QStringLiteral("2345678"));
        dialog->startEdit()->setDate(QDate(2027, 1, 4));
        QCOMPARE(dialog->routeBox()->currentData().toString(), QStringLiteral("provider-led"));
        type(dialog->appropriateBodyEdit(), QStringLiteral("North AB"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        QCOMPARE(*PersonRepository(db()).count(), before + 1);
        const qint64 id = idOf("SRI");
        auto inductions = InductionRepository(db()).forPerson(id);
        QCOMPARE(inductions->size(), 1);
        QCOMPARE(inductions->first().start, QDate(2027, 1, 4));
        QCOMPARE(inductions->first().appropriateBody, QStringLiteral("North AB"));
        QVERIFY(*RoleRepository(db()).holds(id, Role::Ect, QDate(2027, 1, 4)));

        m_window->undoStack()->undo();
        QCOMPARE(*PersonRepository(db()).count(), before);
        QVERIFY(!PersonRepository(db()).byStaffCode(QStringLiteral("SRI"))->has_value());
        m_window->undoStack()->redo();
        QCOMPARE(*PersonRepository(db()).count(), before + 1);
        QCOMPARE(InductionRepository(db()).forPerson(idOf("SRI"))->size(), 1);
    }

    void addEctRefusalKeepsTheDialogOpen()
    {
        m_window->peopleActions()->addEct();
        auto *dialog = qobject_cast<AddEctDialog *>(m_dialog);
        QVERIFY(dialog);
        dialog->chooseExisting(idOf("JBA")); // no QTS
        QVERIFY(!dialog->fields()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problemLabel()->isVisibleTo(dialog));
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("QTS")));
        QCOMPARE(InductionRepository(db()).forPerson(idOf("JBA"))->size(), 0);
        QCOMPARE(m_window->undoStack()->count(), 0);
        dialog->reject();
    }

    void addEctForExistingStaffUndoKeepsThePerson()
    {
        const qint64 id = idOf("ZHA");
        m_window->peopleActions()->addEct();
        auto *dialog = qobject_cast<AddEctDialog *>(m_dialog);
        QVERIFY(dialog);
        dialog->chooseExisting(id);
        dialog->startEdit()->setDate(QDate(2026, 11, 23));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(InductionRepository(db()).forPerson(id)->size(), 1);
        m_window->undoStack()->undo();
        QCOMPARE(InductionRepository(db()).forPerson(id)->size(), 0);
        QVERIFY(!*RoleRepository(db()).holds(id, Role::Ect, QDate(2026, 11, 23)));
        QVERIFY(PersonRepository(db()).byId(id).ok());
    }

    void addTraineeWithPlacementUndoRedo()
    {
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = qobject_cast<AddTraineeDialog *>(m_dialog);
        QVERIFY(dialog);
        PersonFields *f = dialog->fields();
        type(f->editor(QStringLiteral("first_name")), QStringLiteral("Tara"));
        type(f->editor(QStringLiteral("last_name")), QStringLiteral("Quinn"));
        type(f->editor(QStringLiteral("staff_code")), QStringLiteral("TQU"));
        type(dialog->providerEdit(), QStringLiteral("Northfield SCITT"));
        dialog->fromEdit()->setDate(QDate(2027, 1, 11));
        dialog->toEdit()->setDate(QDate(2027, 3, 26));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        const qint64 id = idOf("TQU");
        auto placements = PlacementRepository(db()).forPerson(id);
        QCOMPARE(placements->size(), 1);
        QCOMPARE(placements->first().provider, QStringLiteral("Northfield SCITT"));
        QVERIFY(*RoleRepository(db()).holds(id, Role::Trainee, QDate(2027, 2, 1)));
        QCOMPARE(PersonRepository(db()).byId(id)->employmentStart, QDate(2027, 1, 11));
        m_window->undoStack()->undo();
        QVERIFY(!PersonRepository(db()).byStaffCode(QStringLiteral("TQU"))->has_value());
        m_window->undoStack()->redo();
        QCOMPARE(PlacementRepository(db()).forPerson(idOf("TQU"))->size(), 1);
    }

    void traineePlacementMustEndAfterItStarts()
    {
        m_window->peopleActions()->addTrainee();
        auto *dialog = qobject_cast<AddTraineeDialog *>(m_dialog);
        QVERIFY(dialog);
        dialog->chooseExisting(idOf("OWR"));
        type(dialog->providerEdit(), QStringLiteral("Uni"));
        dialog->fromEdit()->setDate(QDate(2027, 3, 1));
        dialog->toEdit()->setDate(QDate(2027, 2, 1));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("end date")));
        dialog->reject();
    }
};

QTEST_MAIN(TestPeopleDialogs)
#include "tst_peopledialogs.moc"
