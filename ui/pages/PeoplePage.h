#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QTableView;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class BackgroundRead;

class PeopleModel;
class PeopleFilterModel;

// The staff table: search as you type, filter by role, sort by any column.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(PeopleModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    // Reads on a worker and shows when read; the table shows what it had meanwhile.
    void reloadInBackground(Workspace *workspace);
    BackgroundRead *backgroundRead() const { return m_read; }
    PeopleFilterModel *filter() const { return m_filter; }
    void focusSearch();

private:
    void failed(const QString &why);
    void updateCount();

    PeopleModel *m_model;
    BackgroundRead *m_read;
    PeopleFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_role;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace idesk::ui
