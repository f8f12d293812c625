#pragma once

#include <QObject>

namespace idesk::ui {

class ActionHost;

// What the People and Pairings menus do, each through its dialog and then
// as one undoable core change: add an ECT or a trainee, edit a person,
// assign or replace a mentor, record an absence, block time, import the
// staff list.
class PeopleActions : public QObject
{
    Q_OBJECT
public:
    PeopleActions(ActionHost &host, QObject *parent);

    // With `replacingPairingId`, the dialog is set up to replace that pairing.
    void assignMentor(qint64 replacingPairingId = 0);
    void addEct();
    void addTrainee();
    void editPerson(qint64 personId);
    void recordAbsence();
    void blockTime();
    // The staff import wizard, starting at `path` when given.
    void importStaffList(const QString &path = {});

signals:
    // A staff list was imported: the People section is where to look.
    void staffImported();

private:
    ActionHost &m_host;
};

} // namespace idesk::ui
