#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// File > Backups: the database's backups, newest first, with Back Up Now,
// Restore, the folder they are in and how many are kept. Restoring is the
// window's to do (it closes the database first): the dialog asks for it.
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *backUpButton() const { return m_backUp; }
    QPushButton *restoreButton() const { return m_restore; }
    QSpinBox *keepBox() const { return m_keep; }
    // Reads the folder again.
    void refresh();
    // Backs up now (the button).
    void backUpNow();

signals:
    // The tutor chose to restore this backup.
    void restoreRequested(const QString &backup);

private:
    void keepChanged(int keep);
    void updateButtons();

    Workspace &m_ws;
    QLabel *m_where;
    QTreeWidget *m_list;
    QSpinBox *m_keep;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QLabel *m_problem;
};

} // namespace idesk::ui
