#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QTableView;

namespace idesk::ui {

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
    PeopleFilterModel *filter() const { return m_filter; }
    void focusSearch();

private:
    void updateCount();

    PeopleModel *m_model;
    PeopleFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_role;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace idesk::ui
